# Sourced by bench/compare.sh and bench/pair.sh: the JVM of the Java sides ($JAVA, `java` unless
# set; the library and the bench classes are compiled for Java 17), its feature release, the flags
# of the digitrade side ($JAVA_OPTS unless set) and the options that make and use a class-data
# archive: on JDK 25 or later the JDK's ahead-of-time cache, before it a dynamic CDS archive.
JAVA=${JAVA:-java}
JAVA_FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 \
  | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1)
# C1 only (-XX:TieredStopAtLevel=1), on every JDK: a one-shot CLI run is over before C2 pays for its
# compile time (on JDK 17 C2 used about a third of the CPU of the 10M job on 2 cores; on JDK 25.0.3,
# with the cache's method profiles at hand for C2, the C1-only read still took 0.74 of the tiered
# one's time at 10M rows and 0.95 at 30M, paired rounds); see docs/performance.md
# -Xmn48m: a young generation small enough that the table's columns (20 MB each at 10M rows, two
# bytes a row) are mostly allocated in the old one directly, rather than in eden and copied there
# by a young collection: at 10M rows 256 MiB of peak RSS against 327-337 MiB with -Xmn64m (at 1M
# rows it is the other way round, 148 against 104 MiB); see docs/performance.md
JAVA_OPTS=${JAVA_OPTS:-"-Xmx1g -Xmn48m -XX:+UseParallelGC -XX:TieredStopAtLevel=1"}
if [ "$JAVA_FEATURE" -ge 25 ]; then
  CDS_MAKE=-XX:AOTCacheOutput CDS_USE=-XX:AOTCache CDS_EXT=aot
else
  CDS_MAKE=-XX:ArchiveClassesAtExit CDS_USE=-XX:SharedArchiveFile CDS_EXT=jsa
fi
