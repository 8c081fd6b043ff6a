/**
 * The JSON form of statements: {@link io.github.jointstatements.core.json.StatementJson} writes
 * and reads the library's JSON contract, one document or JSON Lines.
 */
package io.github.jointstatements.core.json;
