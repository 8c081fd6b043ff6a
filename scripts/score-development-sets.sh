#!/bin/sh
# Scores a build on all of the repository's development sets pooled into one set: the regression
# check every analysis change is held to (README, "How well it reads").
#
# usage: scripts/score-development-sets.sh SCORER [JAR]
#   SCORER  the shared scorer, ../shared/tools/score-statements
#   JAR     the command-line jar; default examples/target/joint-statements.jar
# Environment: SETS="unseen-text-issuers9 unseen-text-meta9" pools only those sets (folders of
# parsers/src/test/resources); SCORER_ARGS=--per-doc for a line per document.
#
# Each document folder is copied as <set>--<document> into a temporary folder (`parse` names a
# document after the folder that holds it), `parse` runs over it, and the scorer prints its summary.
set -e
scorer=${1:?usage: scripts/score-development-sets.sh SCORER [JAR]}
jar=${2:-examples/target/joint-statements.jar}
resources=$(dirname "$0")/../parsers/src/test/resources
pool=$(mktemp -d "${TMPDIR:-/tmp}/devsets-XXXXXX")
out=$pool.jsonl
trap 'rm -rf "$pool" "$out"' EXIT
sets=${SETS:-$(cd "$resources" && ls -d unseen-text* heldout)}
for s in $sets; do
  for d in "$resources/$s"/*/; do
    [ -f "$d/expected.json" ] || continue
    cp -r "$d" "$pool/$s--$(basename "$d")"
  done
done
echo "pooled $(ls "$pool" | wc -l) documents from $(echo $sets | wc -w) sets" >&2
java -jar "$jar" parse "$pool" > "$out" 2>/dev/null || true
"$scorer" "$pool" "$out" $SCORER_ARGS
