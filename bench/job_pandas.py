"""The pandas side of bench/compare.sh: the same job as BenchJob.

Reads a BACI file, sums exports over (exporter, product) across importers, computes the Balassa
RCA of every (exporter, product) and the HHI of each exporter's basket, and prints checksums.
"""
import sys
import time

import pandas as pd

t0 = time.perf_counter()
df = pd.read_csv(
    sys.argv[1],
    usecols=["i", "k", "v"],
    dtype={"i": "int32", "k": "int32", "v": "float64"},
)
t1 = time.perf_counter()
x = df.groupby(["i", "k"], sort=False)["v"].sum()
xc = x.groupby(level=0).transform("sum")
xp = x.groupby(level=1).transform("sum")
xw = x.sum()
rca = (x / xc) / (xp / xw)
share = x / xc
hhi = (share * share).groupby(level=0).sum()
t2 = time.perf_counter()
print(
    "pandas rows=%d exporters=%d products=%d rca_sum=%.6f hhi_mean=%.9f read_s=%.3f compute_s=%.3f"
    % (
        len(df),
        x.index.get_level_values(0).nunique(),
        x.index.get_level_values(1).nunique(),
        rca.sum(),
        hhi.mean(),
        t1 - t0,
        t2 - t1,
    )
)
