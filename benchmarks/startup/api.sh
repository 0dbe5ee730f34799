#!/usr/bin/env bash
# Time from starting an API build to its /health answering 200 (the submit warm-up included), and the CPU the process
# used by then, beside its own redis-server.
# Usage: benchmarks/startup/api.sh [api build folder]   (default RaceOptimizer.Api/bin/Release/net10.0)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=$(realpath "${1:-RaceOptimizer.Api/bin/Release/net10.0}")
work=$(mktemp -d)
port=$((6400 + RANDOM % 500))
api=http://127.0.0.1:$((port + 1000))
export RaceOptimizer__AccessToken=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
redis-server --port "$port" --save "" --dir "$work" >"$work/redis.log" 2>&1 &
redis=$!
start=$(date +%s.%N)
(cd "$build" && RaceOptimizer__DataFolder="$work" ConnectionStrings__redis="localhost:$port" \
  exec dotnet RaceOptimizer.Api.dll --urls "$api") >"$work/api.log" 2>&1 &
server=$!
trap 'kill $server $redis 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "$api/health"; do sleep 0.05; done
echo "healthy after $(echo "$(date +%s.%N) - $start" | bc) s, CPU $(awk '{print ($14 + $15) / 100}' "/proc/$server/stat") s"
