# Writes the generated pCAT fixtures and the figures pcatR 1.0.1 computes from them, which the
# pCAT tests compare with impsci's own computation (an independent implementation, not a port).
# Run in this folder, with pcatR 1.0.1 installed (R 4.2.2 here; pcatR from its source snapshot):
#   R_LIBS=/tmp/h-pcat/rlib Rscript pcatr-expected.R
# Outputs: generated-long.csv, generated-wide.csv (the fixtures, written by R's write.csv, so with
# its conventions: quoted strings and header, NA for a missing value, LF line ends) and
# pcatr-*.csv (pcatR's tables, written by write.csv with na = "").
suppressPackageStartupMessages(library(pcatR))
set.seed(20261203)

sites <- c("S1", "S2", "S3")
roles <- c("clinician", "nurse", "manager")
rows <- list()
for (s in seq_along(sites)) {
  for (r in 1:6) {
    id <- sprintf("%s-R%02d", sites[s], r)
    role <- roles[(r %% 3) + 1]
    for (tp in c("baseline", "followup")) {
      if (tp == "followup" && r == 6) next  # one respondent per site is lost to follow-up
      date <- if (tp == "baseline") "2026-02-01" else "2026-09-01"
      for (item in 1:14) {
        p_barrier <- c(0.2, 0.5, 0.35)[s] + (item %% 4) * 0.05 - (tp == "followup") * 0.15
        p_barrier <- max(0.05, p_barrier)
        direction <- sample(c("1", "2", "3"), 1, prob = c(p_barrier, 0.2, 0.8 - p_barrier))
        effect <- if (direction == "2") NA else sample(c("0", "1"), 1)
        u <- runif(1)
        if (direction != "2" && u < 0.08) effect <- NA                      # effect missing
        if (direction == "2" && u < 0.10) effect <- sample(c("0", "1"), 1)  # neutral with effect
        if (u > 0.97) { direction <- sample(c("4", "0", "x"), 1) }          # invalid direction
        if (u > 0.94 && u <= 0.97) { effect <- sample(c("2", "y"), 1) }     # invalid effect
        if (u > 0.92 && u <= 0.94) { direction <- NA }                      # missing direction
        comment <- if (runif(1) < 0.05) "said \"later\", maybe\nnext month" else NA
        rows[[length(rows) + 1]] <- data.frame(
          project_id = "GEN", respondent_id = id, site_id = sites[s], role = role,
          timepoint = tp, assessment_date = date, item_id = as.character(item),
          direction = direction, effect = effect, comment = comment,
          stringsAsFactors = FALSE)
      }
    }
  }
}
long <- do.call(rbind, rows)
# Records that pcatR leaves out of every summary and impsci rejects: an unknown item, an item
# that is not a number, a blank respondent, and a respondent-item-timepoint key given twice.
extra <- long[c(1, 2, 3), ]
extra$item_id <- c("15", "abc", "3")
extra$respondent_id[3] <- NA
dup <- long[long$respondent_id == "S2-R01" & long$timepoint == "baseline" & long$item_id == "5", ]
long <- rbind(long[1:100, ], extra, long[101:nrow(long), ], dup)
write.csv(long, "generated-long.csv", row.names = FALSE)

# The wide form: site S1's baseline rows without problems, reshaped by pcatR itself.
clean <- pcat_read_csv("generated-long.csv")
clean <- clean[clean$site_id == "S1" & clean$timepoint == "baseline" &
  clean$item_id %in% as.character(1:14) & !is.na(clean$respondent_id), ]
clean$comment <- NULL
wide <- pcat_long_to_wide(clean)
write.csv(wide, "generated-wide.csv", row.names = FALSE)

# Only pcatR's figures are kept: its item wording and mapping notes are left out of the outputs.
figures <- function(x) {
  wording <- c("item_key", "item_text", "cfir_original_domain", "cfir_original_construct",
    "cfir_2022_domain", "cfir_2022_subdomain", "cfir_2022_construct",
    "cfir_2022_secondary_construct", "cfir_2022_construct_all", "cfir_2022_mapping_count",
    "cfir_2022_mapping_note", "suppressed")
  as.data.frame(x)[setdiff(names(x), wording)]
}
d <- pcat_read_csv("generated-long.csv")
by_site_time <- pcat_summarise(d, group_vars = c("site_id", "timepoint"))
write.csv(figures(by_site_time), "pcatr-summary-site-timepoint.csv", row.names = FALSE, na = "")
write.csv(figures(pcat_summarise(d)), "pcatr-summary-overall.csv", row.names = FALSE, na = "")
write.csv(figures(pcat_summarise(pcat_read_csv("generated-wide.csv"))), "pcatr-summary-wide.csv",
  row.names = FALSE, na = "")
write.csv(figures(pcat_consensus(by_site_time)), "pcatr-consensus-site-timepoint.csv",
  row.names = FALSE, na = "")
write.csv(figures(pcat_change(d, from = "baseline", to = "followup")), "pcatr-change.csv",
  row.names = FALSE, na = "")
plan <- pcat_action_plan(by_site_time, group_vars = c("site_id", "timepoint"))
write.csv(plan[c("site_id", "timepoint", "item_id", "barrier_priority", "pct_barrier",
  "pct_strong_barrier", "strategy", "tier", "mapping_status")], "pcatr-plan.csv",
  row.names = FALSE, na = "")
