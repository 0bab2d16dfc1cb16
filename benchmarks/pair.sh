#!/usr/bin/env bash
# Times two whole commands in turn (A B A B ..., N pairs) with /usr/bin/time and prints, for each,
# the median processor time (user + system), elapsed time and peak resident memory, and the
# median of the pairs' A/B ratios. Pairing keeps a ratio meaningful when the machine's speed
# drifts (other load); quote medians. Needs GNU time (Debian: the `time` package).
#   benchmarks/pair.sh N 'COMMAND A' 'COMMAND B'
set -euo pipefail
n="$1"; a="$2"; b="$3"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for i in $(seq "$n"); do
  for which in A B; do
    cmd="$a"; [ "$which" = B ] && cmd="$b"
    /usr/bin/time -f "$which %U %S %e %M" -a -o "$log" sh -c "$cmd" >/dev/null 2>&1
  done
done
awk '
  function median(v, k,   i, j, t) {
    for (i = 2; i <= k; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
    return k % 2 ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2
  }
  { k = ++count[$1]; cpu[$1, k] = $2 + $3; wall[$1, k] = $4; peak[$1, k] = $5 / 1024 }
  END {
    for (w = 0; w < 2; w++) {
      s = w ? "B" : "A"
      for (i = 1; i <= count[s]; i++) { c[i] = cpu[s, i]; e[i] = wall[s, i]; p[i] = peak[s, i] }
      printf "%s: %.2f s cpu, %.2f s wall, %.1f MiB peak (medians of %d)\n", s, median(c, count[s]), median(e, count[s]), median(p, count[s]), count[s]
    }
    for (i = 1; i <= count["A"]; i++) { rc[i] = cpu["B", i] > 0 ? cpu["A", i] / cpu["B", i] : 0; rw[i] = wall["B", i] > 0 ? wall["A", i] / wall["B", i] : 0 }
    printf "A/B: %.2f cpu, %.2f wall (medians of the pairs'"'"' ratios)\n", median(rc, count["A"]), median(rw, count["A"])
  }' "$log"
