/** A user's module: reads statements, and adds a page parser of its own. */
module org.example.consumer {
    // transitive: this module's own API (a PageParser) shows joint-statements types
    requires transitive io.github.jointstatements.parsers;

    exports org.example.consumer;

    provides io.github.jointstatements.parsers.PageParser
            with org.example.consumer.BulletinPageParser;
}
