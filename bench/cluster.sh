#!/usr/bin/env bash
# Three nodes on one PostgreSQL behind nginx (deploy/nginx/durhamcms-cluster.conf): runs the
# cluster test (tests/DurhamCms.Tests/Cluster/ClusterProcessTests.cs) and prints its figures:
# setup time with 3 nodes starting at once, session failures over nginx, import-to-visible and
# admin-publish-to-visible on every node (median, max), failed resident requests while a node is
# killed with -9, the killed node's restart-to-ready time, the schedules due during the kill
# (published once each, none twice) and the emails queued before it (sent once, no duplicate
# Message-ID). Then, when redis-server is installed, the Redis test
# (RedisClusterTests): publish-to-visible on the other node with Redis up (median, max) and down.
#
#   bench/cluster.sh            # needs nginx and PostgreSQL on 127.0.0.1:5432 (./test.sh sets both up)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || { echo "nginx is missing: apt-get install -y nginx" >&2; exit 1; }
FIGURES=/tmp/durhamcms-cluster-figures.txt
rm -f "$FIGURES"
cd "$ROOT"
dotnet build tests/DurhamCms.Tests -p:SkipEditorAssets=true -nologo -v:q >/dev/null
dotnet test tests/DurhamCms.Tests --no-build -p:SkipEditorAssets=true -nologo \
  --filter "FullyQualifiedName~DurhamCms.Tests.Cluster.ClusterProcessTests" || status=$?
if [[ -f "$FIGURES" ]]; then cat "$FIGURES"; else echo "the cluster test wrote no figures (see its output above)" >&2; fi
REDIS_FIGURES=/tmp/durhamcms-redis-figures.txt
rm -f "$REDIS_FIGURES"
if command -v redis-server >/dev/null; then
  dotnet test tests/DurhamCms.Tests --no-build -p:SkipEditorAssets=true -nologo \
    --filter "FullyQualifiedName~DurhamCms.Tests.Cluster.RedisClusterTests.Pages" || status=$?
  if [[ -f "$REDIS_FIGURES" ]]; then cat "$REDIS_FIGURES"; else echo "the Redis test wrote no figures (see its output above)" >&2; fi
else
  echo "redis-server is missing (apt-get install -y redis-server): no Redis figures" >&2
fi
exit "${status:-0}"
