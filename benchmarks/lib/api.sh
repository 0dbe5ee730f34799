# Sourced by the scripts under benchmarks/: a Release build of the API beside its own redis-server, on free-ish ports,
# in a temporary data folder, signed in the documented way (Authorization: Bearer <access token>).
# After `start_api <build folder> [VAR=value ...]`: $api (base URL), $server (the API's PID), $started (epoch seconds
# when it was launched), $work (the data folder) and auth (curl's header arguments); everything stops on exit.
# `wait_healthy` waits for /health; `cpu_ms` is the API's CPU time so far.
start_api() {
  local build
  build=$(realpath "$1")
  shift
  work=$(mktemp -d)
  local port=$((6400 + RANDOM % 500))
  api=http://127.0.0.1:$((port + 1000))
  export RaceOptimizer__AccessToken=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  auth=(-H "Authorization: Bearer $RaceOptimizer__AccessToken")
  redis-server --port "$port" --save "" --dir "$work" >"$work/redis.log" 2>&1 &
  redis=$!
  started=$(date +%s.%N)
  (cd "$build" && exec env RaceOptimizer__DataFolder="$work" ConnectionStrings__redis="localhost:$port" "$@" \
    dotnet RaceOptimizer.Api.dll --urls "$api") >"$work/api.log" 2>&1 &
  server=$!
  trap 'kill $server $redis 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
}

wait_healthy() { until curl -sf -o /dev/null "$api/health"; do sleep 0.05; done; }

cpu_ms() { awk '{print ($14 + $15) * 10}' "/proc/$server/stat"; } # clock ticks (1/100 s) to ms

# The loop data, then a real export of ../shared/data (its file name first) imported as a user does: undated, as the
# sites hand them out; `slate` is the slate's id. Further curl arguments (-F grid=@..., -F series=Cup) go with the import.
load_slate() {
  local data file=$1
  shift
  data=$(realpath ../shared/data)
  curl -sf "${auth[@]}" -F "file=@$data/loop-data-2019-2023.csv" "$api/api/history" >/dev/null
  slate=$(curl -sf "${auth[@]}" -F "salaries=@$data/$file" "$@" "$api/api/slates" | jq -r .id)
}

# Submits a job (its JSON body), waits for it to end and prints the finished job's JSON; a job that did not complete fails.
run_job() {
  local id status
  id=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d "$1" "$api/api/jobs" | jq -r .id)
  while status=$(curl -sf "${auth[@]}" "$api/api/jobs/$id" | jq -r .status); [[ $status == queued || $status == running ]]; do sleep 0.1; done
  [[ $status == completed ]] || { echo "job $id: $status" >&2; exit 1; }
  curl -sf "${auth[@]}" "$api/api/jobs/$id"
}
