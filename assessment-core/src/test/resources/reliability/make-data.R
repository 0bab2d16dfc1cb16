# Makes the two test data sets of ReliabilityAgainstPsychTest (run once; the CSVs are committed).
# Five 1-5 Likert items driven by one latent trait; values are already reverse-scored.
# Run: Rscript make-data.R   (R 4.2.2; RNGkind Mersenne-Twister, Inversion, Rejection)
set.seed(20240531)
likert <- function(n) {
  theta <- rnorm(n)
  loadings <- c(0.9, 0.7, 1.1, 0.5, 0.8)
  x <- sapply(loadings, function(l) pmin(5, pmax(1, round(3 + l * theta + rnorm(n, sd = 0.9)))))
  colnames(x) <- paste0("Q", 1:5)
  x
}
complete <- likert(30)
write.csv(complete, "complete.csv", row.names = FALSE, quote = FALSE)

missing <- likert(40)
missing[matrix(runif(length(missing)) < 0.12, nrow = nrow(missing))] <- NA
write.csv(missing, "missing.csv", row.names = FALSE, quote = FALSE, na = "")
