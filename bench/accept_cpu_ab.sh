#!/bin/bash
# Two RelayDesk binaries alternated on the held accept path: messages per second and the relay's CPU per
# message (utime + stime from /proc/PID/stat while smtp-source ran), the relay alone, delivery held.
# Usage: bench/accept_cpu_ab.sh BEFORE_BINARY AFTER_BINARY [PAIRS] [MESSAGES]
# Needs Postfix's smtp-source (scripts/install-deps.sh --bench). Binds loopback ports from 28100 upwards.
set -euo pipefail
before=$1
after=$2
pairs=${3:-5}
count=${4:-20000}

run() { # binary port
    local binary=$1 port=$2 dir pid u1 s1 u2 s2 t0 t1
    dir=$(mktemp -d /tmp/relaydesk-ab.XXXXXX)
    "$binary" --data-dir "$dir" config set listener.lan.address "127.0.0.1:$port" >/dev/null
    "$binary" --data-dir "$dir" config set listener.submission.address "127.0.0.1:$((port + 1))" >/dev/null
    "$binary" --data-dir "$dir" config set listener.smtps.address "127.0.0.1:$((port + 2))" >/dev/null
    "$binary" --data-dir "$dir" config set delivery.enabled false >/dev/null
    "$binary" --data-dir "$dir" agent create bench --trusted-device 127.0.0.1 --sender-domain bench.test \
        >/dev/null 2>&1
    "$binary" --headless --data-dir "$dir" </dev/null >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
    /usr/sbin/smtp-source -s 20 -m 200 -l 10240 -f from@bench.test -t to@bench.test "127.0.0.1:$port"
    read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
    t0=$(date +%s.%N)
    /usr/sbin/smtp-source -s 20 -m "$count" -l 10240 -f from@bench.test -t to@bench.test "127.0.0.1:$port"
    t1=$(date +%s.%N)
    read -r u2 s2 < <(awk '{print $14, $15}' "/proc/$pid/stat")
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    rm -rf "$dir"
    awk -v n="$count" -v t="$(echo "$t1 - $t0" | bc -l)" -v ticks="$((u2 + s2 - u1 - s1))" \
        -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%8.0f msg/s  %.3f ms CPU/msg\n", n / t, ticks * 1000 / hz / n }'
}

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$pairs"); do
    echo "before $(run "$before" $((28100 + i * 10)))"
    echo "after  $(run "$after" $((28105 + i * 10)))"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
