#!/bin/sh
# The GUI benchmark: a data directory with 1,000,000 delivery-log rows, then 5 runs of gui_bench under Xvfb,
# each printing the window, first page, filter and stall figures; then the medians.
#   bench/gui_bench.sh BUILD_DIR [ROWS] [RUNS] [WORKDIR]
set -eu
build=${1:?usage: gui_bench.sh BUILD_DIR [ROWS] [RUNS] [WORKDIR]}
rows=${2:-1000000}
runs=${3:-5}
work=${4:-/var/tmp}
bench="$build/bench/gui_bench"
data="$work/relaydesk-gui-bench-$rows"
if [ ! -f "$data/.generated" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    "$bench" generate "$data" "$rows"
    touch "$data/.generated"
fi
out=$(mktemp)
i=1
while [ "$i" -le "$runs" ]; do
    # The wall clock just before the process starts: window_ms includes loading the program and Qt.
    xvfb-run -a -s "-screen 0 1280x800x24" \
        "$bench" measure "$data" "$(date +%s%N)" "anna.1" -s 20 -m 3000 -l 10240 \
        -f bench@office.example -t someone@customer1.example | tee -a "$out"
    i=$((i + 1))
done
/usr/bin/python3 - "$out" <<'PY'
import statistics, sys
runs = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1]) if line.startswith("rows=")]
keys = ["window_ms", "first_page_ms", "filter_ms", "text_ms", "text_common_ms", "text_rare_ms", "text_count_ms", "fetch50_ms", "max_stall_ms", "p99_gap_ms", "accept_rate"]
print("median of %d runs over %s rows: " % (len(runs), runs[0]["rows"]) +
      " ".join("%s=%.1f" % (k, statistics.median(float(r[k]) for r in runs)) for k in keys))
PY
rm -f "$out"
