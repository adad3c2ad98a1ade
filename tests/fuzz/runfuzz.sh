#!/usr/bin/env bash
# Runs one libFuzzer target for a fixed time on a fresh copy of its seed corpus (the seeds stay untouched).
# usage: runfuzz.sh TARGET_BINARY SEED_DIR WORK_DIR SECONDS [MORE_SEED_DIRS...]
# (the build passes the seeds it made from tests/dialogs as a further seed directory; missing ones are skipped)
# Crashing inputs are kept as WORK_DIR/crash-* (and the like); reproduce with: TARGET_BINARY WORK_DIR/crash-...
set -euo pipefail
binary="$1" seeds="$2" work="$3" seconds="$4"
shift 4
rm -rf "$work/corpus"
mkdir -p "$work/corpus"
cp "$seeds"/* "$work/corpus/"
for more in "$@"; do
  if [ -d "$more" ]; then
    for seed in "$more"/*; do
      cp "$seed" "$work/corpus/dialog-$(basename "$seed")"
    done
    echo "runfuzz: $(ls "$more" | wc -l) seeds from $more"
  fi
done
dict="$(dirname "$0")/smtp.dict"
exec "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 \
  -dict="$dict" -artifact_prefix="$work/" "$work/corpus"
