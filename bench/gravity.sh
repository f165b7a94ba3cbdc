#!/usr/bin/env bash
# Times the whole gravity process from the command line on the 1M-row synthetic panel (200
# countries x 25 years, exporter-year, importer-year and pair fixed effects): JVM start, reading the
# CSV, building the factors, PPML with separation checks. Prints wall time, CPU time and peak RSS.
# See docs/performance.md. Not run by ./mvnw verify.
#
#   bench/gravity.sh                 # generates bench/out/panel.csv once (numpy), then 3 runs
#   RUNS=5 bench/gravity.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
OUT=bench/out
GEN=${GEN:-../shared/tools/gen_gravity_panel.py}
JAVA_OPTS=${JAVA_OPTS:-"-Xmx1g -XX:+UseParallelGC"}
mkdir -p "$OUT"

if [ ! -s "$OUT/panel.csv" ]; then
  echo "== generating $OUT/panel.csv"
  /usr/bin/python3 "$GEN" 200 25 7 "$OUT/panel.csv"
fi

echo "== building digitrade and the bench classes"
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=runtime
CP="target/classes:target/test-classes:$(cat "$OUT/cp.txt")"

echo "== environment"
java -version 2>&1 | head -1
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
cat "$OUT/panel.csv" > /dev/null

for i in $(seq "$RUNS"); do
  /usr/bin/time -f 'wall_s=%e user_s=%U sys_s=%S rss_kib=%M' \
    java $JAVA_OPTS -cp "$CP" io.github.digitrade.bench.GravityJob "$OUT/panel.csv" 2>&1
  echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
done
