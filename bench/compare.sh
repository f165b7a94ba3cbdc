#!/usr/bin/env bash
# Runs the same job with digitrade, pandas and data.table on synthetic BACI files and prints
# wall-time and peak-RSS ratios. See docs/performance.md.
#
#   bench/compare.sh                      # 1M, 5M and 10M rows
#   SIZES="1000000" bench/compare.sh      # other sizes
#
# The job: read the CSV, sum exports over (exporter, product) across importers, compute the
# Balassa RCA matrix and the HHI of each exporter's basket. Each tool prints checksums
# (rca_sum, hhi_mean) that must agree. Needs Debian's python3-pandas, r-base-core and
# r-cran-data.table; installs them with apt-get when missing (as root). Not run by ./mvnw verify.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000000 5000000 10000000"}
SEED=${SEED:-42}
DT_THREADS=${DT_THREADS:-2}
# C1 only (-XX:TieredStopAtLevel=1): a one-shot CLI run is over before C2 pays for its compile
# time (C2 used about a third of the CPU of the 10M job on 2 cores); see docs/performance.md
JAVA_OPTS=${JAVA_OPTS:-"-Xmx1g -XX:+UseParallelGC -XX:TieredStopAtLevel=1"}
PY=/usr/bin/python3
OUT=bench/out
mkdir -p "$OUT"

missing=()
for p in python3-pandas r-base-core r-cran-data.table time; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "compare.sh: missing Debian packages ${missing[*]}; install them as root" >&2
    exit 1
  fi
  echo "== installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "== building digitrade and the bench classes"
./mvnw -B -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/cp.txt" -Dmdep.includeScope=runtime
CP="target/classes:target/test-classes:$(cat "$OUT/cp.txt")"

echo "== environment"
java -version 2>&1 | head -1
$PY -c 'import pandas, sys; print("pandas", pandas.__version__, "python", sys.version.split()[0])'
Rscript -e 'cat("data.table", as.character(packageVersion("data.table")), "R", R.version$major, R.version$minor, "\n")'
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# runs a command, prints its output line followed by "wall_s rss_kib"
measure() {
  local log
  log=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$log.time" "$@" > "$log"
  echo "$(tail -n 1 "$log") wall_s=$(cut -d' ' -f1 "$log.time") rss_kib=$(cut -d' ' -f2 "$log.time")"
  rm -f "$log" "$log.time"
}

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

results="$OUT/results.txt"
: > "$results"
for n in $SIZES; do
  data="$OUT/baci_$n.csv"
  codes="$OUT/country_codes.csv"
  if [ ! -s "$data" ] || [ ! -s "$codes" ]; then
    echo "== generating $data"
    java -cp "$CP" io.github.digitrade.bench.Generate "$n" "$SEED" "$data" "$codes"
  fi
  cat "$data" > /dev/null   # the same warm page cache for every tool
  echo "== $n rows ($(du -m "$data" | cut -f1) MiB)"
  d=$(measure java $JAVA_OPTS -cp "$CP" io.github.digitrade.bench.BenchJob "$data" "$codes")
  echo "$d" | tee -a "$results"
  p=$(measure $PY bench/job_pandas.py "$data")
  echo "$p" | tee -a "$results"
  r=$(measure Rscript bench/job_datatable.R "$data" "$DT_THREADS")
  echo "$r" | tee -a "$results"
  for c in rows exporters products; do
    if [ "$(field $c "$d")" != "$(field $c "$p")" ] || [ "$(field $c "$d")" != "$(field $c "$r")" ]; then
      echo "compare.sh: $c differ between the tools" >&2
      exit 1
    fi
  done
  awk -v d="$d" -v p="$p" -v r="$r" -v n="$n" 'function f(s, k,   m) {
      m = s; sub(".* " k "=", "", m); sub(" .*", "", m); return m + 0 }
    BEGIN {
      printf "ratios at %d rows: pandas/digitrade time %.2fx, data.table/digitrade time %.2fx, " \
        "peak RSS digitrade %.0f MiB vs pandas %.0f MiB vs data.table %.0f MiB " \
        "(digitrade/data.table %.2f); rca_sum %.6f / %.6f / %.6f\n",
        n, f(p, "wall_s") / f(d, "wall_s"), f(r, "wall_s") / f(d, "wall_s"),
        f(d, "rss_kib") / 1024, f(p, "rss_kib") / 1024, f(r, "rss_kib") / 1024,
        f(d, "rss_kib") / f(r, "rss_kib"), f(d, "rca_sum"), f(p, "rca_sum"), f(r, "rca_sum") }' \
    | tee -a "$results"
done
echo "== results in $results"
