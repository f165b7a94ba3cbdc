# The data.table side of bench/compare.sh: the same job as BenchJob.
# Reads a BACI file, sums exports over (exporter, product) across importers, computes the Balassa
# RCA of every (exporter, product) and the HHI of each exporter's basket, and prints checksums.
suppressPackageStartupMessages(library(data.table))
args <- commandArgs(trailingOnly = TRUE)
setDTthreads(as.integer(args[2]))
t0 <- Sys.time()
d <- fread(args[1], select = c("i", "k", "v"),
           colClasses = list(integer = c("i", "k"), numeric = "v"), showProgress = FALSE)
t1 <- Sys.time()
x <- d[, .(v = sum(v)), by = .(i, k)]
x[, xc := sum(v), by = i]
x[, xp := sum(v), by = k]
xw <- sum(x$v)
x[, rca := (v / xc) / (xp / xw)]
h <- x[, .(hhi = sum((v / xc)^2)), by = i]
t2 <- Sys.time()
cat(sprintf(
  "data.table rows=%d exporters=%d products=%d rca_sum=%.6f hhi_mean=%.9f read_s=%.3f compute_s=%.3f threads=%d\n",
  nrow(d), uniqueN(x$i), uniqueN(x$k), sum(x$rca), mean(h$hhi),
  as.numeric(t1 - t0, units = "secs"), as.numeric(t2 - t1, units = "secs"), getDTthreads()))
