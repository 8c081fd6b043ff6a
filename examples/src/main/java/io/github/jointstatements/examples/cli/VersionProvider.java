package io.github.jointstatements.examples.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}: the jar's implementation version. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"joint-statements " + (version == null ? "(development)" : version)};
    }
}
