#!/usr/bin/env bash
# The project's one test command (CI runs it through .ci/run).
#
#   1. installs what the tests need from Debian when it is missing:
#      chromium (Playwright tests launch /usr/bin/chromium), postgresql, and npm
#      when there is none (the build bundles the admin editors' script from npm);
#   2. starts the local PostgreSQL cluster on 127.0.0.1:5432 if it is down and
#      makes sure the role durham/durham (CREATEDB) exists;
#   3. builds DurhamCms.sln and runs `dotnet test` with a trx logger;
#   4. prints one line "N passed, N failed, N skipped" summed from the trx files
#      and exits non-zero when the build failed, a test failed or the run aborted.
#      Skipped tests are listed above that line with their reasons: on a clone without
#      ../shared beside it, the tests that need Orchard Core's recipes skip.
#
# Idempotent: on a machine that already has everything it goes straight to the build.
# Environment knobs (all optional):
#   CONFIGURATION=Debug|Release     build configuration (default Debug: faster to build)
#   TEST_FILTER='FullyQualifiedName~Foo'   passed to dotnet test --filter. Tests carry a Category
#                                   trait when they need Chromium (Browser), the PostgreSQL server
#                                   (PostgreSql) or take more than ~5 s (Slow), so e.g.
#                                   TEST_FILTER='Category!=Browser'                        no Chromium
#                                   TEST_FILTER='Category!=Browser&Category!=PostgreSql'   SQLite only
#                                   TEST_FILTER='Category!=Slow&Category!=Browser'         a quick run
#   TEST_HANG_TIMEOUT=15m           a single test running longer than this aborts the run
#   SKIP_SYSTEM_SETUP=1             skip apt/PostgreSQL steps (you manage them yourself)
#   DURHAMCMS_TEST_POSTGRES=...     connection string for the PostgreSQL tests (default: the durham role above)
set -euo pipefail

CALLER_PWD=$PWD
cd "$(dirname "$(readlink -f "$0")")"
ROOT=$PWD

CONFIGURATION=${CONFIGURATION:-Debug}
RESULTS_DIR="$ROOT/TestResults"
TEST_HANG_TIMEOUT=${TEST_HANG_TIMEOUT:-15m}

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export DURHAMCMS_TEST_POSTGRES=${DURHAMCMS_TEST_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=durham;Password=durham"}

log() { printf '[test.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# ---------------------------------------------------------------- apt packages
is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# Another apt/dpkg run (unattended upgrades, a developer's install) holds the dpkg lock:
# wait for it instead of failing. apt's own Lock::Timeout covers the rest of the race.
wait_for_apt() {
  local waited=0
  while pgrep -x 'apt|apt-get|dpkg|aptitude|unattended-upgr' >/dev/null 2>&1; do
    if (( waited % 30 == 0 )); then log "waiting for another apt/dpkg process to finish..."; fi
    sleep 2; waited=$((waited + 2))
    if (( waited > 1200 )); then log "gave up waiting for apt/dpkg after ${waited}s"; return 1; fi
  done
}

APT_OPTS=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3)

apt_install() {
  local missing=() p
  for p in "$@"; do is_installed "$p" || missing+=("$p"); done
  (( ${#missing[@]} == 0 )) && return 0
  log "installing: ${missing[*]}"
  wait_for_apt
  # Only refresh the package lists when the install cannot proceed without it
  # (no lists yet, or lists too old for the mirror's current files).
  if ! apt-get install "${APT_OPTS[@]}" "${missing[@]}"; then
    log "apt-get install failed; running apt-get update and retrying"
    wait_for_apt
    apt-get update -q -o DPkg::Lock::Timeout=600 -o Acquire::Retries=3
    wait_for_apt
    apt-get install "${APT_OPTS[@]}" "${missing[@]}"
  fi
}

# ------------------------------------------------------------------ PostgreSQL
start_postgres() {
  local version cluster_line port status
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -1)
  if [[ -z "$version" ]]; then log "no PostgreSQL server found under /usr/lib/postgresql"; return 1; fi

  cluster_line=$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main"' | head -1)
  if [[ -z "$cluster_line" ]]; then
    log "creating PostgreSQL cluster $version/main"
    pg_createcluster --port 5432 "$version" main >/dev/null
    cluster_line=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | head -1)
  fi
  port=$(awk '{print $3}' <<<"$cluster_line")
  status=$(awk '{print $4}' <<<"$cluster_line")
  if [[ "$port" != 5432 ]]; then
    log "cluster $version/main is configured on port $port; the tests expect 5432"
  fi
  if [[ "$status" != online* ]]; then
    log "starting PostgreSQL $version/main"
    pg_ctlcluster "$version" main start
  fi

  local i
  for i in $(seq 1 60); do
    pg_isready -q -h 127.0.0.1 -p 5432 && break
    sleep 0.5
  done
  pg_isready -h 127.0.0.1 -p 5432 >/dev/null || { log "PostgreSQL does not answer on 127.0.0.1:5432"; return 1; }

  # Idempotent: create the role, or reset its password and rights if it exists.
  (cd /tmp && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres) <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'durham') THEN
    CREATE ROLE durham LOGIN CREATEDB PASSWORD 'durham';
  ELSE
    ALTER ROLE durham LOGIN CREATEDB PASSWORD 'durham';
  END IF;
END
$$;
-- Test sites drop their databases WITH (FORCE), which must end autovacuum workers too.
GRANT pg_signal_backend TO durham;
SQL
  log "PostgreSQL $version ready on 127.0.0.1:5432 (role durham)"
}

# ----------------------------------------------------------------- trx summary
# Sums the <Counters .../> of every trx file. xunit's skipped tests are counted in
# total but neither in executed nor in notExecuted, so skipped = total - passed - failed.
attr() { grep -o " $1=\"[0-9]*\"" <<<"$2" | head -1 | grep -o '[0-9][0-9]*' || echo 0; }

# Prints "  skipped: <test> (<reason>)" for each skipped test of the trx files, so a run
# says what it did not check (e.g. the Orchard-recipe tests on a clone without ../shared).
list_skipped() {
  local f
  [[ -d "$RESULTS_DIR" ]] || return 0
  while IFS= read -r -d '' f; do
    awk '
      /<UnitTestResult / && /outcome="NotExecuted"/ {
        name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); reason = ""; inside = 1
        if ($0 ~ /\/>[[:space:]]*$/) { print "  skipped: " name; inside = 0 }
        next
      }
      inside && reason == "" && /<(Message|StdOut)>/ {
        reason = $0; sub(/.*<(Message|StdOut)>/, "", reason); sub(/<\/(Message|StdOut)>.*/, "", reason)
      }
      inside && /<\/UnitTestResult>/ {
        print "  skipped: " name (reason == "" ? "" : " (" reason ")"); inside = 0
      }
    ' "$f"
  done < <(find "$RESULTS_DIR" -name '*.trx' -print0) \
    | sed -e 's/&quot;/"/g' -e "s/&apos;/'/g" -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&amp;/\&/g'
}

summarize() {
  local passed=0 failed=0 skipped=0 f counters total p fl
  local files=()
  if [[ -d "$RESULTS_DIR" ]]; then
    while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$RESULTS_DIR" -name '*.trx' -print0)
  fi
  for f in "${files[@]+"${files[@]}"}"; do
    counters=$(grep -o '<Counters [^>]*>' "$f" | head -1 || true)
    [[ -z "$counters" ]] && continue
    total=$(attr total "$counters")
    p=$(attr passed "$counters")
    fl=$(( $(attr failed "$counters") + $(attr error "$counters") + $(attr timeout "$counters") + $(attr aborted "$counters") ))
    passed=$((passed + p))
    failed=$((failed + fl))
    if (( total - p - fl > 0 )); then skipped=$((skipped + total - p - fl)); fi
  done
  SUMMARY_FILES=${#files[@]}
  SUMMARY_PASSED=$passed SUMMARY_FAILED=$failed SUMMARY_SKIPPED=$skipped
}

# ------------------------------------------------------------------------ main
if [[ "${1:-}" == "--summarize-only" ]]; then
  # For checking the parser: ./test.sh --summarize-only [results-dir]
  if [[ -n "${2:-}" ]]; then RESULTS_DIR=$(cd "$CALLER_PWD" && readlink -f "$2"); fi
  summarize
  list_skipped
  echo "$SUMMARY_PASSED passed, $SUMMARY_FAILED failed, $SUMMARY_SKIPPED skipped"
  exit $(( SUMMARY_FAILED > 0 ))
fi

if [[ "${SKIP_SYSTEM_SETUP:-}" != 1 ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    log "not root: skipping apt installs and PostgreSQL setup"
  else
    # nginx: the cluster test's load balancer (deploy/nginx). redis-server: the optional Redis engine.
    apt_install chromium fonts-liberation postgresql nginx redis-server
    # npm: the Contents build bundles the admin editors' script from npm packages (Assets/EditorAssets.targets).
    command -v npm >/dev/null 2>&1 || apt_install nodejs npm
    start_postgres
  fi
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

build_rc=0 test_rc=0
log "building DurhamCms.sln ($CONFIGURATION)"
dotnet build DurhamCms.sln -c "$CONFIGURATION" -nologo -v:q || build_rc=$?

if (( build_rc == 0 )); then
  log "running tests"
  test_args=(test DurhamCms.sln -c "$CONFIGURATION" --no-build --nologo
             --logger "trx;LogFilePrefix=durhamcms"
             --results-directory "$RESULTS_DIR"
             --blame-hang-timeout "$TEST_HANG_TIMEOUT" --blame-hang-dump-type none)
  [[ -n "${TEST_FILTER:-}" ]] && test_args+=(--filter "$TEST_FILTER")
  dotnet "${test_args[@]}" || test_rc=$?
else
  log "BUILD FAILED (exit $build_rc): no tests were run"
fi

summarize
list_skipped
if (( build_rc == 0 && SUMMARY_FILES == 0 )); then
  log "no trx file was written to $RESULTS_DIR"
fi
if (( test_rc != 0 && SUMMARY_FAILED == 0 )); then
  log "dotnet test exited with $test_rc although no test failed (aborted run or test host crash)"
fi
echo "$SUMMARY_PASSED passed, $SUMMARY_FAILED failed, $SUMMARY_SKIPPED skipped"

if (( build_rc != 0 )); then exit "$build_rc"; fi
if (( SUMMARY_FAILED > 0 )); then exit 1; fi
exit "$test_rc"
