#!/usr/bin/env bash
# Cold start and idle memory of the host on an existing, set-up site.
#
#   bench/coldstart.sh                          # sets up a throwaway site first (not timed)
#   BENCH_DATA=/tmp/site bench/coldstart.sh     # use an existing site's data folder
#   RUNS=5 PORT=18080 BENCH_DLL=... bench/coldstart.sh
#
# For each run: start `dotnet DurhamCms.Web.dll --urls http://127.0.0.1:PORT`, poll /health
# every ~5 ms until it answers 200, and record the ms from process start to that first 200;
# then stop the host. Reports every run and the median. The last run's host is then left
# idle for 10 s and its resident memory (VmRSS in /proc/PID/status) is reported.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/lib.sh"

RUNS=${RUNS:-5}
IDLE_SECONDS=${IDLE_SECONDS:-10}
START_TIMEOUT=${START_TIMEOUT:-120}
command -v curl >/dev/null || die "curl is missing: apt-get install curl"
build_host

WORK=$(mktemp -d /tmp/durham-bench-coldstart.XXXXXX)
HOST_PID=""
cleanup() { kill_tree "$HOST_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ -n "${BENCH_DATA:-}" ]]; then
  DATA=$(readlink -f "$BENCH_DATA")
  [[ -d "$DATA" ]] || die "BENCH_DATA=$BENCH_DATA is not a folder"
else
  DATA=$WORK/data
  mkdir -p "$DATA"
fi
export DurhamCms__DataPath=$DATA
PORT=${PORT:-$(free_port 18080)}
URL="http://127.0.0.1:$PORT"
cd "$ROOT"   # the host's content root

start_host() { # start_host LOGFILE -> sets HOST_PID
  dotnet "$HOST_DLL" --urls "$URL" >"$1" 2>&1 &
  HOST_PID=$!
}

fail_run() { tail -20 "$1" >&2; die "$2"; }

if [[ -z "${BENCH_DATA:-}" ]]; then
  log "setting up a throwaway site in $DATA (not timed)"
  start_host "$WORK/setup.log"
  wait_for_health "$PORT" "$HOST_PID" 600 || fail_run "$WORK/setup.log" "the host did not become healthy during setup"
  kill_tree "$HOST_PID"; HOST_PID=""
fi

# cpu_ms PID -> user+system CPU milliseconds the process has used so far (fields 14 and 15 of
# /proc/PID/stat, in clock ticks). Unlike wall time it hardly moves when other work shares the machine.
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tck }' "/proc/$1/stat"; }

times=()
cpus=()
for run in $(seq 1 "$RUNS"); do
  t0=$(ms_now)
  start_host "$WORK/run$run.log"
  wait_for_health "$PORT" "$HOST_PID" "$START_TIMEOUT" || fail_run "$WORK/run$run.log" "run $run: no 200 from /health"
  ms=$(( $(ms_now) - t0 ))
  cpu=$(cpu_ms "$HOST_PID")
  times+=("$ms")
  cpus+=("$cpu")
  log "run $run: first 200 from /health after $ms ms ($cpu ms of CPU)"
  if (( run < RUNS )); then kill_tree "$HOST_PID"; HOST_PID=""; sleep 0.5; fi
done

median_of() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%d\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
median=$(median_of "${times[@]}")
cpu_median=$(median_of "${cpus[@]}")

log "leaving the host idle for ${IDLE_SECONDS}s"
sleep "$IDLE_SECONDS"
kill -0 "$HOST_PID" 2>/dev/null || fail_run "$WORK/run$RUNS.log" "the host exited while idle"
rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$HOST_PID/status")
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$HOST_PID/status")
kill_tree "$HOST_PID"; HOST_PID=""

echo "coldstart: median ${median} ms to first 200 from /health over $RUNS runs (${times[*]} ms; CPU median ${cpu_median} ms); idle RSS after ${IDLE_SECONDS}s $(( rss_kb / 1024 )) MiB (peak $(( hwm_kb / 1024 )) MiB)"
