#!/usr/bin/env bash
# Scale of the Spark module against the core on one machine: a BACI-shaped dataset of ROWS rows
# (generated CSV, converted to Parquet), then read + RCA + partner HHI per year through Spark
# local[1] and local[2] (from Parquet) and through the core's FlowTable (from the CSV), each in its
# own JVM, with wall time per step and peak resident memory (GNU time). The results of the three
# runs are written as CSV and compared byte for byte.
#
#   bench/spark-scale.sh ROWS [DIR]        e.g. bench/spark-scale.sh 10000000 /tmp/digitrade-scale
#
# Needs ./mvnw install (the core) and ./mvnw -f spark/pom.xml test-compile first. Extra JVM options
# (such as -Dspark.sql.shuffle.partitions=16, which Spark reads as configuration) go in
# BENCH_JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:?usage: bench/spark-scale.sh ROWS [DIR]}
dir=${2:-/tmp/digitrade-scale-$rows}
./mvnw -q -f spark/pom.xml dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
cp="spark/target/test-classes:spark/target/classes:$(cat spark/target/cp.txt)"
opens=$(sed -n 's:.*<spark.test.jvm.args>\(.*\)</spark.test.jvm.args>.*:\1:p' spark/pom.xml)
run() {
  local name=$1 heap=$2; shift 2
  echo "== $name (-Xmx$heap)"
  /usr/bin/time -f "peak RSS %M KiB, wall %e s, CPU %P" \
    java $opens ${BENCH_JAVA_OPTS:-} -Xmx"$heap" -cp "$cp" io.github.digitrade.spark.bench.ScaleBench "$@"
}
if [ ! -d "$dir/baci.parquet" ]; then
  run generate 8g gen "$dir" "$rows"
fi
ls -l "$dir/baci.csv"; du -sh "$dir/baci.parquet"
run "Spark local[1]" 8g spark "$dir" 1
run "Spark local[2]" 8g spark "$dir" 2
run "core FlowTable" 16g core "$dir"
for f in rca hhi; do
  if cmp -s "$dir/core-$f.csv" "$dir/spark2-$f.csv" && cmp -s "$dir/core-$f.csv" "$dir/spark1-$f.csv"; then
    echo "$f: core, Spark local[1] and local[2] write identical bytes"
  else
    echo "$f: results differ between core and Spark (see $dir/*-$f.csv)"
  fi
done
