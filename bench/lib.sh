# Shared helpers for the bench scripts; sourced, not run.
# Sets ROOT (repository root) and provides: log, die, ensure_time, build_host (sets HOST_DLL),
# free_port, kill_tree, ms_now, wait_for_health.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The setup recipe, by absolute path so that it does not depend on the working directory.
export DurhamCms__Setup__Recipe=${DurhamCms__Setup__Recipe:-$ROOT/recipes/durham-strategic-plan.recipe.json}

log() { printf '[%s %s] %s\n' "$(basename "$0")" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ms_now() { echo $(( $(date +%s%N) / 1000000 )); }

# GNU time (/usr/bin/time -v), from Debian's "time" package.
ensure_time() {
  [[ -x /usr/bin/time ]] && return 0
  [[ $(id -u) -eq 0 ]] || die "/usr/bin/time is missing: apt-get install time"
  log "installing GNU time"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 time >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 time >/dev/null; }
}

# Builds the host once in Release (or uses BENCH_DLL when given) and sets HOST_DLL.
build_host() {
  if [[ -n "${BENCH_DLL:-}" ]]; then
    HOST_DLL=$(readlink -f "$BENCH_DLL")
    [[ -f "$HOST_DLL" ]] || die "BENCH_DLL=$BENCH_DLL does not exist"
    return 0
  fi
  local project="$ROOT/src/DurhamCms.Web/DurhamCms.Web.csproj"
  if [[ "${R2R:-0}" == 1 ]]; then
    # As production publishes (README, "Running in production"): precompiled for this machine's runtime.
    local out="${TMPDIR:-/tmp}/durhamcms-bench-r2r"
    log "publishing the host (Release, ReadyToRun) to $out"
    dotnet publish "$project" -c Release -r linux-x64 --self-contained false -nologo -v:q -o "$out" >&2 || die "the host does not publish"
    HOST_DLL="$out/DurhamCms.Web.dll"
    return 0
  fi
  log "building the host (Release)"
  dotnet build "$project" -c Release -nologo -v:q >&2 || die "the host does not build"
  HOST_DLL=$(dotnet msbuild "$project" -nologo -getProperty:TargetPath -p:Configuration=Release 2>/dev/null | tail -1 || true)
  [[ -f "$HOST_DLL" ]] || HOST_DLL="$ROOT/src/DurhamCms.Web/bin/Release/net10.0/DurhamCms.Web.dll"
  [[ -f "$HOST_DLL" ]] || die "host assembly not found after build: $HOST_DLL"
  log "host: $HOST_DLL"
}

# A TCP port on 127.0.0.1 that nothing listens on.
free_port() {
  local p
  for p in $(seq "${1:-18080}" 18999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  die "no free port found"
}

# Stops a process: TERM, then KILL after a grace period.
kill_tree() {
  local pid=$1 i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Polls http://127.0.0.1:PORT/health every few ms until it answers 200.
# wait_for_health PORT PID TIMEOUT_SECONDS -> 0 on 200; 1 if the process died or time ran out.
wait_for_health() {
  local port=$1 pid=$2 timeout_s=$3 deadline code
  deadline=$(( $(ms_now) + timeout_s * 1000 ))
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/health" 2>/dev/null || true)
    [[ "$code" == 200 ]] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    (( $(ms_now) < deadline )) || return 1
    sleep 0.005
  done
}

# wait_for_warm LOG: a node warms its search after its first indexing pass
# (DurhamCms:Search:WarmUpSearches, several seconds of one core); pages and searches are measured
# once it has, as residents meet a node that has been up for a few seconds, not while it warms.
# A build without the warm-up (or with it off) logs no such line: after WARM_WAIT seconds (60) the
# runs start anyway. Prints the host's warm-up line, if any.
wait_for_warm() {
  local _
  for _ in $(seq 1 $(( ${WARM_WAIT:-60} * 10 ))); do grep -q "Search warmed" "$1" && break; sleep 0.1; done
  grep -m1 -o "Search warmed.*" "$1" || true
}

# wrk drives the throughput runs; as root, install it from Debian when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null && return 0
  [[ $(id -u) -eq 0 ]] || die "wrk is missing: apt-get install wrk"
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 wrk >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 wrk >/dev/null; }
}
