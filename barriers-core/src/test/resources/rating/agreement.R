# Independent computation of the coder-agreement figures in CoderAgreementTest, in plain R
# (the irr package was not available). Run: Rscript agreement.R > agreement.txt
d <- read.csv("agreement.csv", colClasses = "character")
kappa_w <- function(a, b, levels, w) {
  t <- table(factor(a, levels = levels), factor(b, levels = levels)) / length(a)
  e <- outer(rowSums(t), colSums(t))
  1 - sum(w * t) / sum(w * e)
}
all_levels <- union(d$coder_a, d$coder_b)
nominal <- 1 - diag(length(all_levels))
ord <- d$coder_a %in% c("-2", "-1", "0", "+1", "+2") & d$coder_b %in% c("-2", "-1", "0", "+1", "+2")
lv <- c("-2", "-1", "0", "+1", "+2")
i <- matrix(0:4, 5, 5); j <- t(i)
cat(sprintf("pairs %d\n", nrow(d)))
cat(sprintf("agreements %d\n", sum(d$coder_a == d$coder_b)))
cat(sprintf("percent %.10f\n", mean(d$coder_a == d$coder_b)))
cat(sprintf("kappa %.10f\n", kappa_w(d$coder_a, d$coder_b, all_levels, nominal)))
cat(sprintf("ordinal_pairs %d\n", sum(ord)))
cat(sprintf("linear %.10f\n", kappa_w(d$coder_a[ord], d$coder_b[ord], lv, abs(i - j) / 4)))
cat(sprintf("quadratic %.10f\n", kappa_w(d$coder_a[ord], d$coder_b[ord], lv, ((i - j) / 4)^2)))
cat(sprintf("unweighted_ordinal %.10f\n", kappa_w(d$coder_a[ord], d$coder_b[ord], lv, 1 - diag(5))))
