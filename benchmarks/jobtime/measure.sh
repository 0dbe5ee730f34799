#!/usr/bin/env bash
# Job time (durationMs, as the API records it) of simulate jobs on the real Brickyard 400 DraftKings export, rated
# from the real loop data, run on the local CPU by a Release build of the API beside its own redis-server.
# Usage: benchmarks/jobtime/measure.sh [runs] [api build folder] [sizes]
#   (default: 5 runs of each size; RaceOptimizer.Api/bin/Release/net10.0, built first with dotnet build -c Release;
#   sizes "10000 100000")
# Prints one line per job: races, durationMs, and the CPU time the API process used meanwhile (user + system, ms: on a
# shared machine steadier than the job's wall time). The first job of a fresh API also pays the history's first read.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
build=$(realpath "${2:-RaceOptimizer.Api/bin/Release/net10.0}")
sizes=${3:-10000 100000}
data=$(realpath ../shared/data)
work=$(mktemp -d)
port=$((6400 + RANDOM % 500))
api=http://127.0.0.1:$((port + 1000))
export RaceOptimizer__AccessToken=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
redis-server --port "$port" --save "" --dir "$work" >"$work/redis.log" 2>&1 &
redis=$!
(cd "$build" && RaceOptimizer__DataFolder="$work" ConnectionStrings__redis="localhost:$port" Jobs__Concurrency=1 \
  exec dotnet RaceOptimizer.Api.dll --urls "$api") >"$work/api.log" 2>&1 &
server=$!
trap 'kill $server $redis 2>/dev/null' EXIT
auth=(-H "Authorization: Bearer $RaceOptimizer__AccessToken")
until curl -sf -o /dev/null "$api/health"; do sleep 0.5; done

curl -sf "${auth[@]}" -F "file=@$data/loop-data-2019-2023.csv" "$api/api/history" >/dev/null
slate=$(curl -sf "${auth[@]}" -F "salaries=@$data/dk-salaries-cup-brickyard-400.csv" "$api/api/slates" | jq -r .id)

job() { # races -> durationMs of a finished simulate job
  local id status
  id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"type\":\"simulate\",\"name\":\"jobtime\",\"slateId\":\"$slate\",\"simulate\":{\"simulations\":$1,\"seed\":42}}" "$api/api/jobs" | jq -r .id)
  while status=$(curl -sf "${auth[@]}" "$api/api/jobs/$id" | jq -r .status); [[ $status == queued || $status == running ]]; do sleep 0.1; done
  [[ $status == completed ]] || { echo "job $id: $status" >&2; exit 1; }
  curl -sf "${auth[@]}" "$api/api/jobs/$id" | jq -r .durationMs
}

cpu() { awk '{print ($14 + $15) * 10}' "/proc/$server/stat"; } # clock ticks (1/100 s) to ms

job 1000 >/dev/null # warm-up: JIT, SQLite, the history's first read
for races in $sizes; do
  for _ in $(seq "$runs"); do
    before=$(cpu)
    duration=$(job "$races")
    echo "$races $duration $(( $(cpu) - before ))"
  done
done
