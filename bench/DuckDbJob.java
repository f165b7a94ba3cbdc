import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The DuckDB side of bench/compare.sh: the same job as BenchJob, through DuckDB's JDBC driver in
 * an in-memory database. Reads the BACI file with read_csv (the product code as text, as digitrade
 * reads it), sums exports over (exporter, product) across importers, computes the Balassa RCA of
 * every (exporter, product) and the HHI of each exporter's basket, and prints the checksums:
 * {@code java -cp duckdb_jdbc.jar:CLASSES DuckDbJob BACI.csv THREADS}.
 */
public final class DuckDbJob {
  private DuckDbJob() {}

  public static void main(String[] args) throws SQLException {
    String file = args[0].replace("'", "''");
    int threads = Integer.parseInt(args[1]);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      long t0 = System.nanoTime();
      s.execute(
          "CREATE TABLE d AS SELECT i, k, v FROM read_csv('" + file + "', header = true,"
              + " columns = {'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'VARCHAR',"
              + " 'v': 'DOUBLE', 'q': 'VARCHAR'})");
      long t1 = System.nanoTime();
      String sql =
          "WITH x AS (SELECT i, k, sum(v) AS v FROM d GROUP BY i, k),"
              + " y AS (SELECT i, k, v, sum(v) OVER (PARTITION BY i) AS xc,"
              + " sum(v) OVER (PARTITION BY k) AS xp, sum(v) OVER () AS xw FROM x),"
              + " h AS (SELECT i, sum((v / xc) * (v / xc)) AS hhi FROM y GROUP BY i)"
              + " SELECT (SELECT count(*) FROM d), (SELECT count(DISTINCT i) FROM y),"
              + " (SELECT count(DISTINCT k) FROM y), (SELECT sum((v / xc) / (xp / xw)) FROM y),"
              + " (SELECT avg(hhi) FROM h)";
      try (ResultSet r = s.executeQuery(sql)) {
        r.next();
        long t2 = System.nanoTime();
        System.out.printf(
            Locale.ROOT,
            "duckdb rows=%d exporters=%d products=%d rca_sum=%.6f hhi_mean=%.9f read_s=%.3f"
                + " compute_s=%.3f threads=%d%n",
            r.getLong(1),
            r.getLong(2),
            r.getLong(3),
            r.getDouble(4),
            r.getDouble(5),
            (t1 - t0) / 1e9,
            (t2 - t1) / 1e9,
            threads);
      }
    }
  }
}
