#!/usr/bin/env bash
# Job time (durationMs, as the API records it) on the real Brickyard 400 DraftKings export, rated from the real loop
# data, run on the local CPU by a Release build of the API beside its own redis-server (benchmarks/lib/api.sh).
# Usage: benchmarks/jobtime/measure.sh [runs] [api build folder] [sizes] [kind]
#   (default: 5 runs of each size; RaceOptimizer.Api/bin/Release/net10.0, built first with dotnet build -c Release;
#   sizes "10000 100000"; kind `simulate`, or `tail`: an optimize job, 150 lineups by P(points >= 250), on that many races)
# Prints one line per job: races, durationMs, and the CPU time the API process used meanwhile (user + system, ms: on a
# shared machine steadier than the job's wall time). A 1,000-race simulate job runs first (the JIT, SQLite, the
# history's first read), so every line is a warm API's.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/lib/api.sh
runs=${1:-5}
sizes=${3:-10000 100000}
kind=${4:-simulate}
start_api "${2:-RaceOptimizer.Api/bin/Release/net10.0}" Jobs__Concurrency=1
wait_healthy
load_slate dk-salaries-cup-brickyard-400.csv

job() { # races -> durationMs of a finished job of the kind asked
  local body
  case $kind in
    simulate) body="\"type\":\"simulate\",\"simulate\":{\"simulations\":$1,\"seed\":42}" ;;
    tail) body="\"type\":\"optimize\",\"optimize\":{\"objective\":\"tail\",\"target\":250,\"lineups\":150,\"simulations\":$1,\"seed\":42}" ;;
    *) echo "kind must be simulate or tail" >&2; exit 2 ;;
  esac
  run_job "{\"name\":\"jobtime\",\"slateId\":\"$slate\",$body}" | jq -r .durationMs
}

kind=simulate job 1000 >/dev/null # warm-up
for races in $sizes; do
  for _ in $(seq "$runs"); do
    before=$(cpu_ms)
    duration=$(job "$races")
    echo "$races $duration $(( $(cpu_ms) - before ))"
  done
done
