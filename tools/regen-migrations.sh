#!/usr/bin/env bash
# Regenerates the "Initial" migration of both providers from the current model (every module's
# index tables and module tables included). Before the first release there is one migration per
# provider; once sites exist, add a new named migration instead of regenerating.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-ef >/dev/null || dotnet tool install --global dotnet-ef --version 10.0.15
exec 9>/tmp/durhamcms-migrations.lock
flock 9
for provider in Sqlite PostgreSql; do
  project="src/DurhamCms.Data.$provider"
  rm -rf "$project/Migrations"
  dotnet ef migrations add Initial --project "$project" --startup-project "$project" --context DurhamDbContext -o Migrations
done
