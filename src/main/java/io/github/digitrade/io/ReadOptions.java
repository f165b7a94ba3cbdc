package io.github.digitrade.io;

import com.google.common.collect.ImmutableMap;
import io.github.digitrade.calc.DuplicatePolicy;
import java.util.Map;
import java.util.Objects;

/**
 * The options of a {@link FlowReader}, one immutable value with withers: error mode, progress
 * listener, duplicate-key policy, BACI country codes, whether numeric country codes are labelled
 * with ISO alpha-3 codes and whether Comtrade's excluded aggregate records are collected.
 */
final class ReadOptions {

  static final ReadOptions DEFAULT =
      new ReadOptions(
          ReadMode.STRICT,
          ProgressListener.NONE,
          DuplicatePolicy.SUM,
          ImmutableMap.of(),
          false,
          false);

  final ReadMode mode;
  final ProgressListener progress;
  final DuplicatePolicy duplicates;
  final ImmutableMap<Integer, String> countryCodes;
  final boolean isoCodes;
  final boolean aggregates;

  private ReadOptions(
      ReadMode mode,
      ProgressListener progress,
      DuplicatePolicy duplicates,
      ImmutableMap<Integer, String> countryCodes,
      boolean isoCodes,
      boolean aggregates) {
    this.mode = mode;
    this.progress = progress;
    this.duplicates = duplicates;
    this.countryCodes = countryCodes;
    this.isoCodes = isoCodes;
    this.aggregates = aggregates;
  }

  ReadOptions withMode(ReadMode mode) {
    return new ReadOptions(
        Objects.requireNonNull(mode, "mode"), progress, duplicates, countryCodes, isoCodes, aggregates);
  }

  ReadOptions withProgress(ProgressListener listener) {
    return new ReadOptions(
        mode, Objects.requireNonNull(listener, "listener"), duplicates, countryCodes, isoCodes, aggregates);
  }

  ReadOptions withDuplicates(DuplicatePolicy policy) {
    return new ReadOptions(
        mode, progress, Objects.requireNonNull(policy, "policy"), countryCodes, isoCodes, aggregates);
  }

  /**
   * Returns a copy with these BACI country codes, checked (0 to 999, labels not blank) and
   * stripped.
   */
  ReadOptions withCountryCodes(Map<Integer, String> codes) {
    Objects.requireNonNull(codes, "codes");
    ImmutableMap.Builder<Integer, String> stripped = ImmutableMap.builder();
    for (Map.Entry<Integer, String> e : codes.entrySet()) {
      if (e.getKey() < 0 || e.getKey() > 999) {
        throw new IllegalArgumentException(
            "country code = " + e.getKey() + ": expected a code from 0 to 999");
      }
      if (e.getValue().isBlank()) {
        throw new IllegalArgumentException(
            "label of country code " + e.getKey() + " = \"" + e.getValue() + "\": expected a label");
      }
      stripped.put(e.getKey(), e.getValue().strip());
    }
    return new ReadOptions(mode, progress, duplicates, stripped.buildOrThrow(), isoCodes, aggregates);
  }

  ReadOptions withIsoCodes() {
    return new ReadOptions(mode, progress, duplicates, countryCodes, true, aggregates);
  }

  ReadOptions withAggregates() {
    return new ReadOptions(mode, progress, duplicates, countryCodes, isoCodes, true);
  }

  @Override
  public String toString() {
    return mode
        + ", duplicates "
        + duplicates
        + (countryCodes.isEmpty() ? "" : ", " + countryCodes.size() + " country codes")
        + (isoCodes ? ", ISO codes" : "")
        + (aggregates ? ", aggregates kept apart" : "");
  }
}
