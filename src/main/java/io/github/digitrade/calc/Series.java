package io.github.digitrade.calc;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/** What the per-period results share: checks, look-up by period, and the printed form. */
final class Series {

  private static final int SHOWN = 12;

  private Series() {}

  static <T> ImmutableMap<String, T> check(Map<String, T> byPeriod) {
    Objects.requireNonNull(byPeriod, "byPeriod");
    for (String p : byPeriod.keySet()) {
      if (p.isBlank()) {
        throw new IllegalArgumentException(
            "period = \"" + p + "\": expected a non-blank period label");
      }
    }
    return ImmutableMap.copyOf(byPeriod);
  }

  static <T> T get(ImmutableMap<String, T> byPeriod, String period) {
    T v = byPeriod.get(Objects.requireNonNull(period, "period"));
    if (v == null) {
      throw new IllegalArgumentException(
          "period " + period + " is not in this series: expected one of " + byPeriod.keySet());
    }
    return v;
  }

  static String text(String name, ImmutableMap<String, ?> byPeriod) {
    StringBuilder s = new StringBuilder(name).append('[').append(byPeriod.size());
    s.append(byPeriod.size() == 1 ? " period]" : " periods]");
    int i = 0;
    for (Map.Entry<String, ?> e : byPeriod.entrySet()) {
      if (i++ == SHOWN) {
        s.append("\n… ").append(byPeriod.size() - SHOWN).append(" more periods");
        break;
      }
      s.append('\n').append(e.getKey()).append(": ").append(e.getValue());
    }
    return s.toString();
  }
}
