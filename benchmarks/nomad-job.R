# The NoMAD job of issue 20 in R (data.table + psych), for comparison with `impsci score`:
# per respondent the four construct means (answers 1-5, CA2 reversed, at least half of a
# construct's items answered) and G1-G3 to a CSV file; per site the construct means; per
# construct Cronbach's alpha (psych::alpha, its default pairwise correlations).
# Rscript benchmarks/nomad-job.R IN.csv OUT.csv (Debian: apt-get install r-cran-data.table r-cran-psych)
suppressMessages({library(data.table); library(psych)})
args <- commandArgs(TRUE)
d <- fread(args[1], colClasses = "character")
items <- list(coherence = paste0("CO", 1:4), `cognitive-participation` = paste0("CP", 1:4),
              `collective-action` = paste0("CA", 1:7), `reflexive-monitoring` = paste0("RM", 1:5))
for (col in unlist(items)) {
  v <- suppressWarnings(as.integer(d[[col]]))
  v[!(v %in% 1:5)] <- NA
  set(d, j = col, value = v)
}
d[, CA2 := 6L - CA2]
out <- d[, .(respondent_id, site)]
for (s in names(items)) {
  m <- as.matrix(d[, items[[s]], with = FALSE])
  mu <- rowMeans(m, na.rm = TRUE)
  mu[rowSums(!is.na(m)) < ceiling(length(items[[s]]) / 2)] <- NA
  set(out, j = s, value = mu)
}
for (g in c("G1", "G2", "G3")) set(out, j = g, value = suppressWarnings(as.numeric(d[[g]])))
fwrite(out, args[2])
print(out[, lapply(.SD, mean, na.rm = TRUE), by = site, .SDcols = names(items)][order(site)])
for (s in names(items)) {
  cat(s, "alpha", psych::alpha(as.data.frame(d[, items[[s]], with = FALSE]), check.keys = FALSE)$total$raw_alpha, "\n")
}
