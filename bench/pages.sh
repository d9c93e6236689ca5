#!/usr/bin/env bash
# Throughput and p99 latency of the residents' pages, against the same HTML as a static file.
#
#   bench/pages.sh                           # the seeded plan, then a generated 10,000-initiative plan
#   LARGE=0 bench/pages.sh                   # the seeded plan only
#   INITIATIVES=2000 DURATION=5s CONNECTIONS=32 PORT=18080 BENCH_DLL=... bench/pages.sh
#   UNCACHED=1 bench/pages.sh                # every request rendered from the database: both caches bypassed
#   PAGECACHE=0 bench/pages.sh               # every request rendered, from the published reads the node keeps
#
# For each plan: set up a fresh site (not timed), start `dotnet DurhamCms.Web.dll` with its web
# root in a temporary folder, find priority 3 and initiative 3.11 in /api/plan.json, save 3.11's
# HTML as wwwroot/bench-static/initiative.html (served by the host's own static-file
# middleware), warm every URL up, then `wrk -t2 -c32 -d10s --latency` each URL in turn.
# One stdout line per URL (requests/s, p99) and one with the initiative/static ratio.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/lib.sh"

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-3s}
LARGE=${LARGE:-1}
UNCACHED=${UNCACHED:-0}
PAGECACHE=${PAGECACHE:-1}
# The page cache stores only anonymous reads, and a request carrying an Authorization header is not
# one (PageCachePolicy.IsAnonymousRead); nor does the node keep published reads for it (PublishedReads).
# No scheme reads this header, so the page renders as it does for a resident, every time, and reads
# everything from the database: what a signed-in editor's view costs. The static file ignores it.
WRK_HEADER=()
if [[ "$UNCACHED" == 1 ]]; then WRK_HEADER=(-H "Authorization: Bench uncached"); fi
# PAGECACHE=0 starts the host with DurhamCms:PageCache:Enabled=false: anonymous requests are rendered
# every time from the published reads the node keeps (what a page costs after a publish emptied the
# page cache, for every read the publish did not touch).
HOST_ENV=()
if [[ "$PAGECACHE" == 0 ]]; then HOST_ENV=(DurhamCms__PageCache__Enabled=false); fi
INITIATIVES=${INITIATIVES:-10000}
START_TIMEOUT=${START_TIMEOUT:-600}

command -v curl >/dev/null || die "curl is missing: apt-get install curl"
command -v jq >/dev/null || die "jq is missing: apt-get install jq"
ensure_wrk
build_host

WORK=$(mktemp -d /tmp/durham-bench-pages.XXXXXX)
HOST_PID=""
cleanup() { kill_tree "$HOST_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=${PORT:-$(free_port 18080)}
URL="http://127.0.0.1:$PORT"
cd "$ROOT"   # the host's content root

# start_host DATA WEBROOT LOG: a host on a site's data folder, serving static files from WEBROOT
# (the host has no wwwroot of its own; --webroot keeps the bench file out of the repository).
start_host() {
  env "${HOST_ENV[@]}" DurhamCms__DataPath="$1" dotnet "$HOST_DLL" --urls "$URL" --webroot "$2" >"$3" 2>&1 &
  HOST_PID=$!
  wait_for_health "$PORT" "$HOST_PID" "$START_TIMEOUT" || { tail -20 "$3" >&2; die "the host did not become healthy"; }
  wait_for_warm "$3" >/dev/null   # not while the node warms its search (lib.sh)
}

# "1.23ms" | "850.00us" | "1.02s" -> milliseconds
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }' <<<"$1"; }

# measure LABEL PATH -> one line on stdout; sets RPS
measure() {
  local label=$1 path=$2 out rps p99 non2xx
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${WRK_HEADER[@]}" "$URL$path")
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  [[ -z "$non2xx" ]] || die "$path answered $non2xx non-2xx responses: $out"
  RPS=$rps
  printf 'pages[%s]: %-10s %8s req/s  p99 %7s ms  %s\n' "$PLAN" "$label" "$rps" "$p99" "$path"
}

# run_plan NAME DATA: measures home, priority 3, initiative 3.11 and its static copy on a set-up site.
run_plan() {
  PLAN=$1
  [[ "$UNCACHED" == 1 ]] && PLAN="$1,uncached"
  [[ "$PAGECACHE" == 0 ]] && PLAN="$PLAN,rendered"
  local data=$2 webroot=$WORK/wwwroot-$1 plan priority initiative static_rps page_rps
  mkdir -p "$webroot/bench-static"
  start_host "$data" "$webroot" "$WORK/host-$1.log"
  plan=$(curl -sf "$URL/api/plan.json") || die "no /api/plan.json"
  priority=$(jq -r '.priorities[] | select(.number == 3) | .url' <<<"$plan" | sed -E 's#^https?://[^/]+##')
  initiative=$(jq -r '[.priorities[].initiatives[] | select(.number == "3.11")][0].url' <<<"$plan" | sed -E 's#^https?://[^/]+##')
  [[ -n "$priority" && -n "$initiative" && "$initiative" != null ]] || die "priority 3 or initiative 3.11 missing from /api/plan.json"
  curl -sf "$URL$initiative" -o "$webroot/bench-static/initiative.html" || die "no page at $initiative"
  curl -sf -o /dev/null "$URL/bench-static/initiative.html" || die "the static copy is not served (--webroot ignored?)"
  if [[ "$UNCACHED" == 1 || "$PAGECACHE" == 0 ]]; then
    # A cached answer carries Age; a rendered one does not. Ask twice, so a stored copy would show.
    curl -sf -o /dev/null "${WRK_HEADER[@]}" "$URL$initiative"
    ! curl -sf -D - -o /dev/null "${WRK_HEADER[@]}" "$URL$initiative" | grep -qi '^age:' || die "$initiative still came from the page cache"
  fi
  log "[$PLAN] priority 3: $priority; initiative 3.11: $initiative ($(wc -c <"$webroot/bench-static/initiative.html") bytes); warming up"
  for path in / "$priority" "$initiative" /bench-static/initiative.html; do
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${WRK_HEADER[@]}" "$URL$path" >/dev/null
  done

  measure home /
  measure priority "$priority"
  measure initiative "$initiative"; page_rps=$RPS
  measure static /bench-static/initiative.html; static_rps=$RPS
  awk -v p="$page_rps" -v s="$static_rps" -v plan="$PLAN" 'BEGIN { printf "pages[%s]: initiative/static throughput %.0f%%\n", plan, (s > 0 ? 100 * p / s : 0) }'
  kill_tree "$HOST_PID"; HOST_PID=""
}

log "setting up the seeded site (not timed)"
mkdir -p "$WORK/seeded"
run_plan seeded "$WORK/seeded"

if [[ "$LARGE" == 1 ]]; then
  log "setting up a site with a generated plan of $INITIATIVES initiatives (not timed; takes minutes)"
  mkdir -p "$WORK/large"
  DurhamCms__DataPath=$WORK/large dotnet "$HOST_DLL" sample-recipe --initiatives "$INITIATIVES" --output "$WORK/large.recipe.json" >"$WORK/sample.log" 2>&1 \
    || { tail -20 "$WORK/sample.log" >&2; die "sample-recipe failed"; }
  DurhamCms__DataPath=$WORK/large dotnet "$HOST_DLL" import "$WORK/large.recipe.json" >"$WORK/import.log" 2>&1 \
    || { tail -20 "$WORK/import.log" >&2; die "import of the generated plan failed"; }
  run_plan "$INITIATIVES" "$WORK/large"
fi
