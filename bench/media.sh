#!/usr/bin/env bash
# Media: thumbnail generation time, and serving a cached resized image against the original.
#
#   bench/media.sh                      # a 3000 x 2000 JPEG photo, 5 copies
#   COPIES=10 DURATION=20s bench/media.sh
#   BENCH_DLL=path/to/DurhamCms.Web.dll bench/media.sh
#
# Steps: build the host in Release; make a photo with ImageMagick (`convert`); import COPIES
# copies of it through the `media` recipe step (the upload checks and re-encoding run, not timed);
# start the host; for each copy, time the first GET /media/…?width=160 (decode, resize, encode,
# store: the thumbnail's generation) and report the median; then `wrk` the cached 640-pixel copy
# and the original for DURATION each and report requests/s and the ratio.
set -euo pipefail
source "$(dirname "$(readlink -f "$0")")/lib.sh"

COPIES=${COPIES:-5}
DURATION=${DURATION:-10s}
command -v curl >/dev/null || die "curl is missing: apt-get install curl"
command -v convert >/dev/null || die "ImageMagick's convert is missing: apt-get install imagemagick"
ensure_wrk
build_host

WORK=$(mktemp -d /tmp/durham-bench-media.XXXXXX)
HOST_PID=""
cleanup() { kill_tree "$HOST_PID"; rm -rf "$WORK"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

export DurhamCms__DataPath=$WORK/data
mkdir -p "$WORK/data" "$WORK/recipe"
log "making a 3000x2000 photo"
convert -size 3000x2000 plasma:fractal -quality 88 "$WORK/recipe/photo.jpg"
{
  echo '{ "name": "bench-media", "steps": [ { "name": "media", "Files": ['
  for i in $(seq 1 "$COPIES"); do
    [[ $i -gt 1 ]] && echo ','
    echo "{ \"TargetPath\": \"bench/photo-$i.jpg\", \"SourcePath\": \"photo.jpg\" }"
  done
  echo '] } ] }'
} > "$WORK/recipe/media.recipe.json"
log "importing $COPIES copies (site setup on first start)"
dotnet "$HOST_DLL" import "$WORK/recipe/media.recipe.json" >/dev/null

PORT=$(free_port)
dotnet "$HOST_DLL" --urls "http://127.0.0.1:$PORT" >"$WORK/host.log" 2>&1 &
HOST_PID=$!
wait_for_health "$PORT" "$HOST_PID" 120 || die "the host did not answer /health (see $WORK/host.log)"
URL="http://127.0.0.1:$PORT"

times=()
for i in $(seq 1 "$COPIES"); do
  t=$(curl -sf -o /dev/null -w '%{time_total}' "$URL/media/bench/photo-$i.jpg?width=160") || die "no thumbnail for copy $i"
  times+=("$(awk -v t="$t" 'BEGIN { printf "%.0f", t * 1000 }')")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
cached=$(curl -sf -o /dev/null -w '%{time_total}' "$URL/media/bench/photo-1.jpg?width=160")

curl -sf -o /dev/null "$URL/media/bench/photo-1.jpg?width=640" || die "no 640 copy"
original_size=$(curl -sf -o /dev/null -w '%{size_download}' "$URL/media/bench/photo-1.jpg")
resized_size=$(curl -sf -o /dev/null -w '%{size_download}' "$URL/media/bench/photo-1.jpg?width=640")
rps() { wrk -t2 -c16 -d"$DURATION" "$1" | awk '/Requests\/sec/ { print $2 }'; }
log "wrk: cached 640-pixel copy"
resized_rps=$(rps "$URL/media/bench/photo-1.jpg?width=640")
log "wrk: original"
original_rps=$(rps "$URL/media/bench/photo-1.jpg")
ratio=$(awk -v a="$resized_rps" -v b="$original_rps" 'BEGIN { printf "%.1f", a / b }')

echo "media: thumbnail (3000x2000 JPEG -> 160 px) median ${median} ms over $COPIES (then cached: $(awk -v t="$cached" 'BEGIN { printf "%.1f", t * 1000 }') ms); serving cached 640 px (${resized_size} B) ${resized_rps} req/s vs original (${original_size} B) ${original_rps} req/s: ${ratio}x"
