package io.github.digitrade.gravity;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The observations a fit uses, copied out of the frame, with dense fixed-effect codes. */
final class Sample {
  final int n;
  final int[] rows;
  final double[] y;
  final double[][] x;
  final ImmutableList<String> names;
  final Factor[] factors;
  final int[][] codes;
  final int[] levels;
  /** For each dimension, the frame factor's level code of each dense code. */
  final int[][] levelOf;
  final double @Nullable [] w;
  final double @Nullable [] off;

  private Sample(int[] rows, double[] y, double[][] x, ImmutableList<String> names, Factor[] factors,
      int[][] codes, int[] levels, int[][] levelOf, double @Nullable [] w, double @Nullable [] off) {
    this.n = rows.length;
    this.rows = rows;
    this.y = y;
    this.x = x;
    this.names = names;
    this.factors = factors;
    this.codes = codes;
    this.levels = levels;
    this.levelOf = levelOf;
    this.w = w;
    this.off = off;
  }

  static Sample of(int[] rows, double[] yAll, double[][] xAll, List<String> regNames, Factor[] fes,
      double @Nullable [] wAll, double @Nullable [] offAll) {
    int n = rows.length;
    boolean intercept = fes.length == 0;
    int k = xAll.length + (intercept ? 1 : 0);
    double[][] x = new double[k][];
    ImmutableList.Builder<String> names = ImmutableList.builder();
    int c = 0;
    if (intercept) {
      x[c] = new double[n];
      Arrays.fill(x[c], 1.0);
      names.add(Estimation.INTERCEPT);
      c++;
    }
    for (int j = 0; j < xAll.length; j++, c++) {
      x[c] = pick(xAll[j], rows);
      names.add(regNames.get(j));
    }
    int[][] codes = new int[fes.length][];
    int[] levels = new int[fes.length];
    int[][] levelOf = new int[fes.length][];
    for (int q = 0; q < fes.length; q++) {
      int[] src = fes[q].codesView();
      int[] map = new int[fes[q].levelCount()];
      Arrays.fill(map, -1);
      int[] back = new int[fes[q].levelCount()];
      int g = 0;
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        int old = src[rows[i]];
        int nw = map[old];
        if (nw < 0) {
          nw = g++;
          map[old] = nw;
          back[nw] = old;
        }
        out[i] = nw;
      }
      codes[q] = out;
      levels[q] = g;
      levelOf[q] = Arrays.copyOf(back, g);
    }
    return new Sample(rows, pick(yAll, rows), x, names.build(), fes, codes, levels, levelOf,
        wAll == null ? null : pick(wAll, rows), offAll == null ? null : pick(offAll, rows));
  }

  static double[] pick(double[] all, int[] rows) {
    double[] v = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      v[i] = all[rows[i]];
    }
    return v;
  }

  Sample withoutColumns(boolean[] drop) {
    int k = 0;
    for (boolean d : drop) {
      k += d ? 0 : 1;
    }
    double[][] x2 = new double[k][];
    ImmutableList.Builder<String> nm = ImmutableList.builder();
    for (int c = 0, j = 0; c < drop.length; c++) {
      if (!drop[c]) {
        x2[j++] = x[c];
        nm.add(names.get(c));
      }
    }
    return new Sample(rows, y, x2, nm.build(), factors, codes, levels, levelOf, w, off);
  }

  /** The PPML starting means {@code (y + ȳ) / 2}, ȳ weighted. */
  double[] startMu() {
    double sw = 0;
    double sy = 0;
    for (int i = 0; i < n; i++) {
      double wi = w == null ? 1 : w[i];
      sw += wi;
      sy += wi * y[i];
    }
    double mean = sy / sw;
    double[] mu = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = 0.5 * (y[i] + mean);
    }
    return mu;
  }
}
