#!/usr/bin/env bash
# Two builds of the library, the same BenchJob, alternating processes: prints, for each of the read,
# the whole process, the system and user CPU and the peak RSS, the median after ÷ before within
# the pairs and its range. See docs/performance.md ("Blocks copied from a mapping released at once").
#
#   bench/pair.sh BEFORE.jar AFTER.jar [ROUNDS] [ROWS]
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/pair.sh before.jar after.jar 9 30000000
#
# A jar is the library's classes (`jar cf after.jar -C target/classes .`). Each build gets its own
# class-data archive (an ahead-of-time cache on JDK 25 or later) from a training run on the 100,000
# -row file, and the flags of bench/compare.sh. Needs bench/compare.sh to have run once (the bench
# classes, the class path and the files in bench/out); the file of ROWS rows must be there.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { echo "usage: bench/pair.sh BEFORE.jar AFTER.jar [ROUNDS] [ROWS]" >&2; exit 2; }
BEFORE=$(realpath "$1")
AFTER=$(realpath "$2")
ROUNDS=${3:-11}
ROWS=${4:-10000000}
OUT=bench/out
source bench/jvm.sh
for f in "$OUT/cp.txt" "$OUT/benchjob.jar" "$OUT/baci_train.csv" "$OUT/baci_$ROWS.csv"; do
  [ -s "$f" ] || { echo "pair.sh: $f is missing: run bench/compare.sh first" >&2; exit 1; }
done
DEPS=$(cat "$OUT/cp.txt")
declare -A jar=([before]="$BEFORE" [after]="$AFTER") cds
for side in before after; do
  archive="$OUT/pair-$side.$CDS_EXT"
  rm -f "$archive"
  "$JAVA" $JAVA_OPTS "$CDS_MAKE=$archive" -cp "${jar[$side]}:$OUT/benchjob.jar:$DEPS" \
    io.github.digitrade.bench.BenchJob "$OUT/baci_train.csv" "$OUT/country_codes_train.csv" > /dev/null 2>&1
  [ -s "$archive" ] || { echo "pair.sh: the training run made no archive $archive" >&2; exit 1; }
  cds[$side]="$CDS_USE=$archive"
done
rounds=$(mktemp)
trap 'rm -f "$rounds" "$rounds.time"' EXIT
for ((i = 0; i < ROUNDS; i++)); do
  if ((i % 2 == 0)); then order="before after"; else order="after before"; fi
  for side in $order; do
    line=$(/usr/bin/time -f "%e %S %U %M" -o "$rounds.time" "$JAVA" $JAVA_OPTS "${cds[$side]}" \
      -cp "${jar[$side]}:$OUT/benchjob.jar:$DEPS" io.github.digitrade.bench.BenchJob \
      "$OUT/baci_$ROWS.csv" "$OUT/country_codes.csv")
    read -r wall sys user rss < "$rounds.time"
    read_s=$(sed -E 's/.* read_s=([^ ]+).*/\1/' <<<"$line")
    echo "$i $side $read_s $wall $sys $user $rss" | tee -a "$rounds"
  done
done
echo "== $ROWS rows, $ROUNDS pairs, $("$JAVA" -version 2>&1 | head -1): after ÷ before"
for c in 3:read 4:wall 5:system 6:user 7:rss; do
  col=${c%%:*} name=${c#*:}
  awk -v col="$col" '{ v[$1 "," $2] = $col; n[$1] = 1 }
    END { for (i in n) print v[i ",after"] / v[i ",before"] }' "$rounds" | sort -g \
    | awk -v name="$name" '{ a[NR] = $1 } END { m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2;
        printf "%s: %.3f (range %.3f-%.3f, %d pairs)\n", name, m, a[1], a[NR], NR }'
done
