#!/usr/bin/env bash
# Times the import of a generated recipe of N content items (default 10,000) into a fresh
# SQLite site, and reports wall time and peak memory (RSS) of the importing process.
#
#   bench/import.sh                 # 10,000 items
#   ITEMS=2000 bench/import.sh      # another size
#   KEEP_DATA=/tmp/site bench/import.sh   # keep the imported site (e.g. for coldstart.sh)
#   BENCH_DLL=path/to/DurhamCms.Web.dll bench/import.sh   # skip the build, use this host
#   DB=postgres bench/import.sh     # on a fresh PostgreSQL database (PG_CONNECTION, default
#                                   # Host=127.0.0.1;Port=5432;Username=durham;Password=durham)
#
# Steps: build the host in Release; in a fresh data folder run `sample-recipe --items N`
# (whose first start performs site setup, so setup is not part of the measurement); then
# run `import <recipe>` once with an empty recipe (baseline: process start + host build-up)
# and once with the N-item recipe, each under /usr/bin/time -v.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/lib.sh"

ITEMS=${ITEMS:-10000}
DB=${DB:-sqlite}
[[ "$DB" == sqlite || "$DB" == postgres ]] || die "DB must be sqlite or postgres, not $DB"
ensure_time
build_host

WORK=$(mktemp -d /tmp/durham-bench-import.XXXXXX)
PG_DATABASE=""
# psql_on DATABASE SQL: runs SQL with PG_CONNECTION's host and user, printing bare values.
psql_on() {
  local conn=${PG_CONNECTION:-Host=127.0.0.1;Port=5432;Username=durham;Password=durham} kv k v
  local -A p=()
  IFS=';' read -ra kv <<<"$conn"
  for k in "${kv[@]}"; do [[ "$k" == *=* ]] && { v=${k#*=}; p[${k%%=*}]=$v; }; done
  PGPASSWORD=${p[Password]:-} psql -q -v ON_ERROR_STOP=1 -h "${p[Host]:-127.0.0.1}" -p "${p[Port]:-5432}" -U "${p[Username]:-durham}" -d "$1" -tA -c "$2"
}
cleanup() {
  rm -rf "$WORK"   # KEEP_DATA lives outside WORK
  if [[ -n "$PG_DATABASE" && -z "${KEEP_DATA:-}" ]]; then psql_on postgres "DROP DATABASE IF EXISTS $PG_DATABASE WITH (FORCE)" >/dev/null || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DATA=${KEEP_DATA:-$WORK/data}
[[ -n "${KEEP_DATA:-}" && -e "$DATA" && -n "$(ls -A "$DATA" 2>/dev/null)" ]] && die "KEEP_DATA=$DATA is not empty: give a new folder"
mkdir -p "$DATA"
DATA=$(readlink -f "$DATA")
export DurhamCms__DataPath=$DATA
if [[ "$DB" == postgres ]]; then
  command -v psql >/dev/null || die "DB=postgres needs psql (apt-get install postgresql-client)"
  PG_DATABASE="durham_bench_import_$(date +%s)_$$"
  psql_on postgres "CREATE DATABASE $PG_DATABASE" >/dev/null || die "cannot create database $PG_DATABASE"
  export DurhamCms__Database__Provider=PostgreSql
  export DurhamCms__Database__ConnectionString="${PG_CONNECTION:-Host=127.0.0.1;Port=5432;Username=durham;Password=durham};Database=$PG_DATABASE"
  log "PostgreSQL database $PG_DATABASE"
fi
cd "$ROOT"   # the host's content root: appsettings and relative paths resolve from here

# hms_to_seconds "1:02:03.45" | "0:12.34" -> seconds
hms_to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
time_field() { grep -F "$1" "$2" | head -1 | sed 's/.*: //'; }

log "setting up a fresh site in $DATA and generating a $ITEMS-item recipe"
t0=$(ms_now)
dotnet "$HOST_DLL" sample-recipe --items "$ITEMS" --output "$WORK/sample.recipe.json" >"$WORK/sample.log" 2>&1 \
  || { cat "$WORK/sample.log" >&2; die "sample-recipe failed"; }
log "setup + generation took $(( $(ms_now) - t0 )) ms; recipe $(du -h "$WORK/sample.recipe.json" | cut -f1)"

# Baseline: the same command with a recipe that does nothing.
cat >"$WORK/empty.recipe.json" <<'JSON'
{ "name": "bench-empty", "displayName": "Empty benchmark recipe", "description": "Imports nothing.", "steps": [] }
JSON
baseline_s="n/a"
if /usr/bin/time -v -o "$WORK/time-empty.txt" dotnet "$HOST_DLL" import "$WORK/empty.recipe.json" >"$WORK/empty.log" 2>&1; then
  baseline_s=$(hms_to_seconds "$(time_field 'Elapsed (wall clock)' "$WORK/time-empty.txt")")
  baseline_rss_mb=$(( $(time_field 'Maximum resident set size' "$WORK/time-empty.txt") / 1024 ))
  log "baseline (empty import): ${baseline_s}s, peak RSS ${baseline_rss_mb} MiB"
else
  log "baseline import of an empty recipe failed (ignored):"; tail -5 "$WORK/empty.log" >&2
fi

log "importing $ITEMS items"
if ! /usr/bin/time -v -o "$WORK/time.txt" dotnet "$HOST_DLL" import "$WORK/sample.recipe.json" >"$WORK/import.log" 2>&1; then
  cat "$WORK/import.log" >&2; cat "$WORK/time.txt" >&2 || true
  die "import failed"
fi
wall_s=$(hms_to_seconds "$(time_field 'Elapsed (wall clock)' "$WORK/time.txt")")
rss_mb=$(( $(time_field 'Maximum resident set size' "$WORK/time.txt") / 1024 ))
cpu_pct=$(time_field 'Percent of CPU this job got' "$WORK/time.txt")
# CPU seconds (user + system) stay comparable when other work shares the machine; wall time does not.
cpu_s=$(awk -v u="$(time_field 'User time (seconds)' "$WORK/time.txt")" -v s="$(time_field 'System time (seconds)' "$WORK/time.txt")" 'BEGIN { printf "%.2f", u + s }')
imported=$(grep -o '[0-9]* content items' "$WORK/import.log" | head -1 | grep -o '^[0-9]*' || echo '?')
if [[ "$DB" == postgres ]]; then
  db_mb=$(psql_on "$PG_DATABASE" "SELECT pg_database_size(current_database()) / 1048576" 2>/dev/null || echo '?')
else
  db_mb=$(du -sm "$DATA" | cut -f1)
fi

net=""
if [[ "$baseline_s" != n/a ]]; then net=", $(awk -v a="$wall_s" -v b="$baseline_s" 'BEGIN { printf "%.2f", a - b }')s net of startup"; fi
rate=$(awk -v n="$imported" -v s="$wall_s" 'BEGIN { if (n + 0 > 0 && s > 0) printf "%.0f", n / s; else print "?" }')
echo "import ($DB): $imported items in ${wall_s}s wall${net} (${rate} items/s), peak RSS ${rss_mb} MiB, CPU ${cpu_s}s (${cpu_pct}), data ${db_mb} MiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ -n "${KEEP_DATA:-}" ]]; then log "site kept in $DATA"; fi
