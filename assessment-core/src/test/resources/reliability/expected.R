# Expected figures of ReliabilityAgainstPsychTest, from psych::alpha (Revelle), printed with 15
# significant digits; expected.txt is this script's output.
# Run: Rscript expected.R > expected.txt   (R 4.2.2, psych 2.2.9, both from Debian bookworm)
#
# psych::alpha on raw data computes C <- cov(x, use = use), R <- cov2cor(C), raw and standardized
# alpha from C and R, alpha.drop from C[-i, -i] and R[-i, -i], r.drop[i] as
# (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i])), item means and SDs from every answer to
# the item. With use = "pairwise" that is exactly impsci's PAIRWISE handling; the script checks
# this by recomputing every figure from cov(use = "pairwise.complete.obs") with impsci's formulas.
# LISTWISE figures are psych::alpha on the complete cases (na.omit).
suppressPackageStartupMessages(library(psych))
options(digits = 15)
cat("R:", R.version.string, " psych:", as.character(packageVersion("psych")), "\n")

show <- function(label, x, use) {
  a <- psych::alpha(x, use = use, warnings = FALSE)
  cat("\n==", label, "(psych::alpha, use =", use, ", nrow =", nrow(x), ")\n")
  cat("raw_alpha ", format(a$total$raw_alpha, digits = 15), "\n")
  cat("std.alpha ", format(a$total$std.alpha, digits = 15), "\n")
  print(data.frame(n = a$item.stats$n, mean = a$item.stats$mean, sd = a$item.stats$sd,
                   alpha.drop = a$alpha.drop$raw_alpha, r.drop = a$item.stats$r.drop,
                   row.names = colnames(x)), digits = 15)
  a
}

# impsci's formulas applied to a covariance matrix, to confirm psych computes the same thing.
formulas <- function(C) {
  k <- ncol(C)
  raw <- function(C) ncol(C) / (ncol(C) - 1) * (1 - sum(diag(C)) / sum(C))
  R <- cov2cor(C)
  list(raw = raw(C), std = k / (k - 1) * (1 - k / sum(R)),
       drop = sapply(1:k, function(i) raw(C[-i, -i])),
       r.drop = sapply(1:k, function(i) (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i]))))
}
agree <- function(a, f) {
  d <- max(abs(c(a$total$raw_alpha - f$raw, a$total$std.alpha - f$std,
                 a$alpha.drop$raw_alpha - f$drop, a$item.stats$r.drop - f$r.drop)))
  cat("max |psych - formulas| =", format(d, digits = 3), "\n")
}

complete <- as.matrix(read.csv("complete.csv"))
a <- show("complete.csv", complete, "pairwise")
agree(a, formulas(cov(complete)))

missing <- as.matrix(read.csv("missing.csv"))
a <- show("missing.csv PAIRWISE", missing, "pairwise")
agree(a, formulas(cov(missing, use = "pairwise.complete.obs")))
a <- show("missing.csv LISTWISE", na.omit(missing), "pairwise")
agree(a, formulas(cov(missing, use = "complete.obs")))
