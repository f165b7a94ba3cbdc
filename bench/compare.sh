#!/usr/bin/env bash
# Runs the same job with digitrade, data.table, DuckDB (and, once, pandas) on synthetic BACI files,
# in paired, alternating rounds, and prints the paired wall-time ratios. See docs/performance.md.
#
#   bench/compare.sh                      # 1M, 5M and 10M rows, 7 rounds each
#   SIZES="10000000 30000000" PAIRS=9 bench/compare.sh
#   PANDAS=0 bench/compare.sh             # without the one pandas run per size
#   CDS=0 bench/compare.sh                # the two JVM sides without a class-data archive
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/compare.sh   # the JVM sides on JDK 25
#
# The job: read the CSV, sum exports over (exporter, product) across importers, compute the Balassa
# RCA matrix and the HHI of each exporter's basket. Each tool prints checksums (rca_sum, hhi_mean)
# that must agree. A round runs digitrade, data.table and DuckDB one after the other (the order
# rotates from round to round); the ratios data.table/digitrade and DuckDB/digitrade are taken within
# each round, and the script prints their median and range over the rounds, the same for the read
# alone (digitrade's read_s against fread's), and the median peak RSS of each side. Needs Debian's
# r-base-core and r-cran-data.table (and python3-pandas unless PANDAS=0); installs them with apt-get
# when missing (as root). DuckDB is org.duckdb:duckdb_jdbc, fetched into the local Maven repository
# with dependency:get: a bench-only class path, not a dependency of the library. Not run by
# ./mvnw verify.
#
# With CDS=1 (the default), both JVM sides (digitrade and DuckDB's JDBC job) run from jars with an
# application class-data archive (-XX:SharedArchiveFile), each made once by a training run on a
# small file of 100,000 rows before the rounds, as a command-line tool would ship one: it spares
# each run the loading and linking of the classes it needs (about 0.03 s of 0.6 s at 10M rows).
# On JDK 25 or later the archive is the JDK's ahead-of-time cache (-XX:AOTCacheOutput, -XX:AOTCache).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000000 5000000 10000000"}
PAIRS=${PAIRS:-7}
PANDAS=${PANDAS:-1}
CDS=${CDS:-1}
# the JVM of the two Java sides, its flags for digitrade and its class-data archive options
source bench/jvm.sh
DUCKDB_VERSION=${DUCKDB_VERSION:-1.5.6.0}
DUCKDB_THREADS=${DUCKDB_THREADS:-2}
SEED=${SEED:-42}
DT_THREADS=${DT_THREADS:-2}
PY=/usr/bin/python3
OUT=bench/out
mkdir -p "$OUT"

missing=()
pkgs="r-base-core r-cran-data.table time"
[ "$PANDAS" = 1 ] && pkgs="python3-pandas $pkgs"
for p in $pkgs; do
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
# jars, not class folders: a class-data archive covers classes from jars only
rm -f "$OUT/digitrade.jar" "$OUT/benchjob.jar" "$OUT/duckdbjob.jar" "$OUT"/*.jsa "$OUT"/*.aot
jar cf "$OUT/digitrade.jar" -C target/classes .
jar cf "$OUT/benchjob.jar" -C target/test-classes io/github/digitrade/bench/BenchJob.class
CP="$OUT/digitrade.jar:$OUT/benchjob.jar:$(cat "$OUT/cp.txt")"
GEN_CP="target/classes:target/test-classes:$(cat "$OUT/cp.txt")"
DUCK_JAR="$HOME/.m2/repository/org/duckdb/duckdb_jdbc/$DUCKDB_VERSION/duckdb_jdbc-$DUCKDB_VERSION.jar"
if [ ! -s "$DUCK_JAR" ]; then
  ./mvnw -B -q dependency:get -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -Dtransitive=false
fi
rm -rf "$OUT/duckdb-classes"
mkdir -p "$OUT/duckdb-classes"
javac -d "$OUT/duckdb-classes" -cp "$DUCK_JAR" bench/DuckDbJob.java
jar cf "$OUT/duckdbjob.jar" -C "$OUT/duckdb-classes" .
DUCK_CP="$DUCK_JAR:$OUT/duckdbjob.jar"
DIGITRADE_CDS=""
DUCK_CDS=""
if [ "$CDS" = 1 ]; then
  train="$OUT/baci_train.csv"
  if [ ! -s "$train" ] || [ ! -s "$OUT/country_codes_train.csv" ]; then
    java -cp "$GEN_CP" io.github.digitrade.bench.Generate 100000 "$SEED" "$train" "$OUT/country_codes_train.csv"
  fi
  echo "== class-data archives (one training run each on $train)"
  "$JAVA" $JAVA_OPTS "$CDS_MAKE=$OUT/digitrade.$CDS_EXT" -cp "$CP" \
    io.github.digitrade.bench.BenchJob "$train" "$OUT/country_codes_train.csv" > /dev/null 2>&1
  "$JAVA" "$CDS_MAKE=$OUT/duckdb.$CDS_EXT" -cp "$DUCK_CP" DuckDbJob "$train" "$DUCKDB_THREADS" > /dev/null 2>&1
  for a in "$OUT/digitrade.$CDS_EXT" "$OUT/duckdb.$CDS_EXT"; do
    if [ ! -s "$a" ]; then
      echo "compare.sh: the training run made no archive $a" >&2
      exit 1
    fi
  done
  DIGITRADE_CDS="$CDS_USE=$OUT/digitrade.$CDS_EXT"
  DUCK_CDS="$CDS_USE=$OUT/duckdb.$CDS_EXT"
fi

echo "== environment"
"$JAVA" -version 2>&1 | head -1
[ "$PANDAS" = 1 ] && $PY -c 'import pandas, sys; print("pandas", pandas.__version__, "python", sys.version.split()[0])'
echo "duckdb_jdbc $DUCKDB_VERSION ($DUCKDB_THREADS threads)"
echo "digitrade JVM flags: $JAVA_OPTS $DIGITRADE_CDS"
Rscript -e 'cat("data.table", as.character(packageVersion("data.table")), "R", R.version$major, R.version$minor, "\n")'
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# runs a command, prints its output line followed by wall time, peak RSS and the load average
measure() {
  local log load
  log=$(mktemp)
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f '%e %M' -o "$log.time" "$@" > "$log"
  echo "$(tail -n 1 "$log") wall_s=$(cut -d' ' -f1 "$log.time") rss_kib=$(cut -d' ' -f2 "$log.time") load=$load"
  rm -f "$log" "$log.time"
}

run_side() {
  case $1 in
    digitrade) measure "$JAVA" $JAVA_OPTS $DIGITRADE_CDS -cp "$CP" io.github.digitrade.bench.BenchJob "$data" "$codes" ;;
    datatable) measure Rscript bench/job_datatable.R "$data" "$DT_THREADS" ;;
    duckdb) measure "$JAVA" $DUCK_CDS -cp "$DUCK_CP" DuckDbJob "$data" "$DUCKDB_THREADS" ;;
    pandas) measure $PY bench/job_pandas.py "$data" ;;
  esac
}

# median and range of a column of numbers
stats() { sort -g | awk '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
  printf "%.2f (range %.2f-%.2f, %d rounds)", m, a[1], a[NR], NR }'; }

field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$2"; }

results="$OUT/results.txt"
: > "$results"
for n in $SIZES; do
  data="$OUT/baci_$n.csv"
  codes="$OUT/country_codes.csv"
  if [ ! -s "$data" ] || [ ! -s "$codes" ]; then
    echo "== generating $data"
    java -cp "$GEN_CP" io.github.digitrade.bench.Generate "$n" "$SEED" "$data" "$codes"
  fi
  cat "$data" > /dev/null   # the same warm page cache for every tool
  echo "== $n rows ($(du -mL "$data" | cut -f1) MiB), $PAIRS rounds"
  rounds="$OUT/rounds_$n.txt"
  : > "$rounds"
  sides=(digitrade datatable duckdb)
  for ((round = 0; round < PAIRS; round++)); do
    for ((s = 0; s < 3; s++)); do
      side=${sides[$(((round + s) % 3))]}
      line=$(run_side "$side")
      echo "round=$round $line" | tee -a "$rounds" "$results"
    done
  done
  if [ "$PANDAS" = 1 ]; then
    echo "round=pandas $(run_side pandas)" | tee -a "$rounds" "$results"
  fi
  first=$(grep -m1 ' digitrade ' "$rounds")
  while read -r l; do
    for c in rows exporters products rca_sum; do
      if [ "$(field $c "$l")" != "$(field $c "$first")" ]; then
        echo "compare.sh: $c differ between the tools: $l" >&2
        exit 1
      fi
    done
  done < "$rounds"
  # per round: the ratio of each side's wall time (and fread's read) to digitrade's in that round
  ratio() {
    awk -v side="$1" -v key="$2" -v dkey="$3" 'function f(s, k,   m) {
        m = s; sub(".* " k "=", "", m); sub(" .*", "", m); return m + 0 }
      { split($1, r, "="); if ($2 == "digitrade") d[r[2]] = f($0, dkey); if ($2 == side) o[r[2]] = f($0, key) }
      END { for (k in d) if (k in o) print o[k] / d[k] }' "$rounds" | stats
  }
  median_of() { awk -v side="$1" -v key="$2" 'function f(s, k,   m) {
      m = s; sub(".* " k "=", "", m); sub(" .*", "", m); return m + 0 }
    $2 == side { print key == "rss_mib" ? f($0, "rss_kib") / 1024 : f($0, key) }' "$rounds" | stats; }
  {
    echo "== $n rows: paired ratios (other ÷ digitrade, wall time of the whole process)"
    echo "data.table ($DT_THREADS threads) / digitrade: $(ratio data.table wall_s wall_s)"
    echo "DuckDB ($DUCKDB_THREADS threads) / digitrade: $(ratio duckdb wall_s wall_s)"
    echo "read alone, fread / digitrade: $(ratio data.table read_s read_s)"
    echo "read alone, DuckDB / digitrade: $(ratio duckdb read_s read_s)"
    echo "peak RSS data.table / digitrade: $(ratio data.table rss_kib rss_kib)"
    for side in digitrade data.table duckdb; do
      echo "$side: wall $(median_of $side wall_s) s, read $(median_of $side read_s) s, peak RSS $(median_of $side rss_mib) MiB, load $(median_of $side load)"
    done
    if [ "$PANDAS" = 1 ]; then
      grep ' pandas ' "$rounds" | awk -v d="$(median_of digitrade wall_s | cut -d' ' -f1)" \
        '{ m = $0; sub(".* wall_s=", "", m); sub(" .*", "", m); printf "pandas (one run) / digitrade median: %.2f\n", m / d }'
    fi
  } | tee -a "$results"
done
echo "== results in $results"
