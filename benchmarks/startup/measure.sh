#!/usr/bin/env bash
# Time from the README's run command to every resource healthy, after a first build.
# Usage: benchmarks/startup/measure.sh [runs] [redis mode]   (default: 5 runs, auto)
# Healthy means: the UI's /health (which checks the API) and the API's /health (SQLite and Redis)
# answer 200, and the API reaches the GPU worker (its /api/system says gpuWorker.reachable).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
mode=${2:-auto}
dotnet build RaceOptimizer.AppHost -v q -nologo >/dev/null
# The API answers only callers with the install's access token: this run fixes its own, the documented way for scripts.
token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')

healthy() {
  curl -sf -o /dev/null http://localhost:5080/health \
    && curl -sf -o /dev/null http://localhost:5081/health \
    && curl -sf -H "Authorization: Bearer $token" http://localhost:5081/api/system | grep -q '"reachable":true'
}

times=()
for run in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s.%N)
  dotnet run --project RaceOptimizer.AppHost -- --Redis:Mode="$mode" --RaceOptimizer:DataFolder="$data" --Parameters:access-token="$token" >"$data/apphost.log" 2>&1 &
  pid=$!
  until healthy; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { echo "the AppHost exited; see $data/apphost.log"; exit 1; }
  done
  elapsed=$(echo "$(date +%s.%N) - $start" | bc)
  times+=("$elapsed")
  printf 'run %d: %.1f s\n' "$run" "$elapsed"
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  # A TERM to `dotnet run` is not forwarded like a terminal's Ctrl+C: stop the services it leaves behind.
  sleep 3
  pkill -f 'RaceOptimizer\.(Api|Gpu|Ui)' 2>/dev/null || true
  rm -rf "$data"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median of %d runs: %.1f s (min %.1f, max %.1f)\n", NR, (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'
