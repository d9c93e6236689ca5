#!/usr/bin/env bash
# Resident search on a generated plan: full rebuild, server-side query latency, /api/search
# throughput, and publish-to-searchable latency.
#
#   bench/search.sh                                   # 10,000 initiatives: 50,000 items
#   INITIATIVES=2000 SAMPLES=200 DURATION=5s bench/search.sh
#   BENCH_DATA=/tmp/durham-search bench/search.sh     # keep (or reuse) the set-up site there
#   MILLION=1 bench/search.sh                         # 200,000 initiatives: about a million documents
#
# 1. A fresh site (not timed): first start with setup, `sample-recipe --initiatives N`, `import`
#    (N initiatives, each with one key measure and three status updates).
# 2. Full rebuild: the host starts with no search index, builds it from the database in the
#    background while it already serves, and logs "rebuilt: N documents in X ms".
# 3. Server-side query latency, once the node has warmed its search: SAMPLES requests per class (one-, two-, three-word, and fuzzy:
#    misspelt words that find too little exactly), each reading the search's own time from the
#    API's `Server-Timing: search;dur=` header; p50/p95/p99 per class. Each request says
#    `Cache-Control: no-cache`, so the search runs every time (not answered from the results of the
#    same search on the same index snapshot). Then the index's size on disk and the host's memory.
# 4. Throughput: `wrk -t2 -c32 -d10s --latency -s bench/search-queries.lua` against /api/search,
#    twice: as residents ask (a repeated search is answered from the snapshot's results), and with
#    every request saying `Cache-Control: no-cache`.
# 5. Publish-to-searchable: signed in as the admin, unpublish a generated initiative, wait until
#    the API no longer finds it, then publish it and time from the publish POST to the first API
#    answer that finds it; RUNS times, median and max.
# Results on stdout, one line per measure.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/lib.sh"

if [[ "${MILLION:-0}" == 1 ]]; then INITIATIVES=${INITIATIVES:-200000}; START_TIMEOUT=${START_TIMEOUT:-7200}; fi
INITIATIVES=${INITIATIVES:-10000}
SAMPLES=${SAMPLES:-300}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
RUNS=${RUNS:-5}
START_TIMEOUT=${START_TIMEOUT:-900}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Bench-admin-password-1}

command -v curl >/dev/null || die "curl is missing: apt-get install curl"
command -v jq >/dev/null || die "jq is missing: apt-get install jq"
ensure_wrk
build_host

WORK=$(mktemp -d /tmp/durham-bench-search.XXXXXX)
DATA=${BENCH_DATA:-$WORK/site}
HOST_PID=""
cleanup() { kill_tree "$HOST_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=${PORT:-$(free_port 18080)}
URL="http://127.0.0.1:$PORT"
JAR=$WORK/cookies.txt
cd "$ROOT"
export DurhamCms__Setup__AdminPassword=$ADMIN_PASSWORD

# ------------------------------------------------------------------ 1. the site
if [[ -f "$DATA/durhamcms.db" ]]; then
  log "reusing the site in $DATA"
else
  mkdir -p "$DATA"
  log "setting up a site with $INITIATIVES generated initiatives (not timed; minutes)"
  DurhamCms__DataPath=$DATA dotnet "$HOST_DLL" sample-recipe --initiatives "$INITIATIVES" --output "$WORK/plan.recipe.json" >"$WORK/sample.log" 2>&1 \
    || { tail -20 "$WORK/sample.log" >&2; die "sample-recipe failed"; }
  DurhamCms__DataPath=$DATA dotnet "$HOST_DLL" import "$WORK/plan.recipe.json" >"$WORK/import.log" 2>&1 \
    || { tail -20 "$WORK/import.log" >&2; die "import failed"; }
fi

# ------------------------------------------------------------------ 2. full rebuild
rm -rf "$DATA/search"
log "starting the host with no search index"
DurhamCms__DataPath=$DATA dotnet "$HOST_DLL" --urls "$URL" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
wait_for_health "$PORT" "$HOST_PID" "$START_TIMEOUT" || { tail -20 "$WORK/host.log" >&2; die "the host did not become healthy"; }
served=$(curl -s -o /dev/null -w '%{http_code}' "$URL/search?q=engagement")
log "the search page answers $served while the index builds"
for _ in $(seq 1 $((START_TIMEOUT * 10))); do
  grep -q "Search profile Search rebuilt" "$WORK/host.log" && break
  kill -0 "$HOST_PID" 2>/dev/null || { tail -20 "$WORK/host.log" >&2; die "the host stopped"; }
  sleep 0.1
done
line=$(grep -m1 "Search profile Search rebuilt" "$WORK/host.log") || die "no rebuild line in the host log"
docs=$(sed -E 's/.*rebuilt: ([0-9]+) documents.*/\1/' <<<"$line")
ms=$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")
awk -v d="$docs" -v m="$ms" 'BEGIN { printf "search: full rebuild of %d documents in %.1f s (%.0f documents/s)\n", d, m / 1000, (m > 0 ? d * 1000 / m : 0) }'
# Latency is measured once the node has warmed its search (lib.sh, wait_for_warm).
warmed=$(wait_for_warm "$WORK/host.log")
[[ -z "$warmed" ]] || sed -E 's/.*warmed with ([0-9]+) searches in ([0-9]+) ms.*/search: warm-up of \1 searches in \2 ms before the latency runs/' <<<"$warmed"

# ------------------------------------------------------------------ 3. server-side latency
ONE=(engagement housing budget training feedback schedule residents workload stormwater transit)
TWO=("community engagement" "affordable housing" "service requests" "training sessions" "pilot schedule" "partner feedback" "digital services" "park maintenance")
THREE=("equitable community engagement" "small business support" "neighborhood meetings planned" "emergency response training" "youth programs budget" "transit access survey")
FUZZY=(engagment stormwatter "afordable housing" "neighbourhod meetings" maintenence "partnr feedbak" "equitible engagment" "trainng sessions")

# server_ms QUERY -> the search's own milliseconds, from Server-Timing
server_ms() {
  curl -s -o /dev/null -D - -H 'Cache-Control: no-cache' -G --data-urlencode "q=$1" "$URL/api/search" | tr -d '\r' | awk -F'dur=' 'tolower($0) ~ /^server-timing:/ { print $2 }'
}

# latency LABEL QUERIES... -> one line with p50/p95/p99 over SAMPLES requests
latency() {
  local label=$1; shift
  local queries=("$@") i out=$WORK/latency-$label.txt
  for q in "${queries[@]}"; do for _ in 1 2 3; do server_ms "$q" >/dev/null; done; done   # warm-up
  : >"$out"
  for i in $(seq 0 $((SAMPLES - 1))); do server_ms "${queries[$((i % ${#queries[@]}))]}" >>"$out"; done
  sort -n "$out" | awk -v label="$label" '{ v[NR] = $1 } END {
    i50 = int(NR * 0.50 + 0.999); i95 = int(NR * 0.95 + 0.999); i99 = int(NR * 0.99 + 0.999)
    printf "search: %-11s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  (server-side, no-cache, %d requests)\n", label, v[i50], v[i95], v[i99], NR }'
}

latency one-word "${ONE[@]}"
latency two-word "${TWO[@]}"
latency three-word "${THREE[@]}"
latency fuzzy "${FUZZY[@]}"

index_mib=$(du -sm "$DATA/search" | cut -f1)
rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$HOST_PID/status"); hwm=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$HOST_PID/status")
echo "search: index $index_mib MiB on disk for $docs documents; host RSS $rss MiB after the latency runs (peak $hwm MiB)"

# ------------------------------------------------------------------ 4. throughput
to_ms() { awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /ms$/) v += 0; else if ($1 ~ /s$/) v *= 1000; printf "%.2f", v }' <<<"$1"; }
# throughput LABEL [wrk header args]
throughput() {
  local label=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$@" -s "$ROOT/bench/search-queries.lua" "$URL" >/dev/null
  local out non2xx rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "$@" --latency -s "$ROOT/bench/search-queries.lua" "$URL")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$out")
  [[ -z "$non2xx" ]] || die "/api/search answered $non2xx non-2xx responses: $out"
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  echo "search: /api/search throughput $rps req/s at $CONNECTIONS connections (wrk, p99 $p99 ms, 12 queries round robin, $label)"
}
throughput "repeated searches answered from the snapshot's results"
throughput "every request no-cache" -H "Cache-Control: no-cache"

# ------------------------------------------------------------------ 5. publish-to-searchable
token_of() { sed -n 's/.*name="__RequestVerificationToken"[^>]*value="\([^"]*\)".*/\1/p' | head -1; }
login_token=$(curl -s -c "$JAR" -b "$JAR" "$URL/login" | token_of)
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "UserName=admin" --data-urlencode "Password=$ADMIN_PASSWORD" \
  --data-urlencode "__RequestVerificationToken=$login_token" "$URL/login")
[[ "$code" == 302 ]] || die "signing in as admin answered $code"
hit=$(curl -s -G --data-urlencode "q=stormwater resilience" --data-urlencode "type=Initiative" "$URL/api/search" | jq -r '.hits[0] | [.id, .title] | @tsv')
id=$(cut -f1 <<<"$hit"); number=$(cut -f2 <<<"$hit" | sed -E 's/^Sample initiative ([0-9.]+):.*/\1/')
[[ -n "$id" && "$id" != null ]] || die "no generated initiative found to publish"
finds() { curl -s -G --data-urlencode "q=$number" --data-urlencode "type=Initiative" "$URL/api/search" | jq -e --arg id "$id" 'any(.hits[]; .id == $id)' >/dev/null; }
post() { # post ACTION: the edit page's token, then the action's POST
  local token
  token=$(curl -s -c "$JAR" -b "$JAR" "$URL/admin/contents/$id/edit" | token_of)
  curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "__RequestVerificationToken=$token" "$URL/admin/contents/$id/$1"
}
latencies=()
for _ in $(seq 1 "$RUNS"); do
  [[ $(post unpublish) == 302 ]] || die "unpublish failed"
  for _ in $(seq 1 500); do finds || break; sleep 0.01; done
  finds && die "the unpublished initiative is still found"
  start=$(ms_now)
  [[ $(post publish) == 302 ]] || die "publish failed"
  until finds; do
    (( $(ms_now) - start < 10000 )) || die "the published initiative was not found within 10 s"
  done
  latencies+=($(( $(ms_now) - start )))
done
printf '%s\n' "${latencies[@]}" | sort -n | awk -v runs="$RUNS" '{ v[NR] = $1 } END {
  printf "search: publish-to-searchable median %d ms, max %d ms over %d publishes (from the publish POST to the first /api/search answer that finds it)\n", v[int((NR + 1) / 2)], v[NR], runs }'
