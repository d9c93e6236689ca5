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

# wrk drives the throughput runs; as root, install it from Debian when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null && return 0
  [[ $(id -u) -eq 0 ]] || die "wrk is missing: apt-get install wrk"
  log "installing wrk"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 wrk >/dev/null \
    || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 wrk >/dev/null; }
}
