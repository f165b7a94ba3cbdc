package io.github.digitrade.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * Spark's {@code sum} with the exactness of {@link ExactSum}: an aggregate whose result is the
 * correctly rounded sum of the group's values, the same double to the last bit however the rows are
 * partitioned, ordered or merged. Spark's own {@code sum} of doubles adds in partition order, so its
 * last bits change with the partitioning.
 *
 * <p>Values that are null, NaN, infinite or negative are left out of the sum: the readers of this
 * package flag such rows, count them in the same aggregation and refuse the result (see {@link
 * FlowDataset}), so they never reach a figure.
 *
 * <pre>{@code
 * flows.groupBy("reporter").agg(ExactSums.sum(functions.col("value")).as("value"));
 * }</pre>
 */
public final class ExactSums {

  private static final UserDefinedFunction SUM =
      functions.udaf(new ExactSumAggregator(), Encoders.DOUBLE());

  private ExactSums() {}

  /**
   * Returns the exact-sum aggregate of a double column.
   *
   * @param value the column of finite, non-negative doubles, not null
   * @return the aggregate column, of type double, never null
   */
  public static Column sum(Column value) {
    return SUM.apply(value);
  }

  /** The aggregator: an {@link ExactSum} buffer per group, merged exactly. */
  static final class ExactSumAggregator extends Aggregator<Double, ExactSum, Double> {
    private static final long serialVersionUID = 1L;

    @Override
    public ExactSum zero() {
      return ExactSum.empty();
    }

    @Override
    public ExactSum reduce(ExactSum b, @Nullable Double a) {
      if (a != null) {
        double x = a;
        if (x >= 0 && x <= Double.MAX_VALUE) {
          b.add(x);
        }
      }
      return b;
    }

    @Override
    public ExactSum merge(ExactSum b1, ExactSum b2) {
      return b1.addAll(b2);
    }

    @Override
    public Double finish(ExactSum reduction) {
      return reduction.value();
    }

    @Override
    public Encoder<ExactSum> bufferEncoder() {
      return Encoders.kryo(ExactSum.class);
    }

    @Override
    public Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
  }
}
