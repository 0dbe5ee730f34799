#!/usr/bin/env bash
# The tournament figures a player sees, on the user's path: the loop data loaded, the real Brickyard 400 export
# imported undated (DraftKings; or FanDuel's list with `site=fd`, its race picked as the import dialog does), with a
# starting grid that leaves out the export's last two drivers and a partial projections file, then a 10,000-race
# simulate job and an optimize job for the default 10,000-entry $5 top-heavy contest, both seed 42, on a Release API
# beside its own redis-server (benchmarks/lib/api.sh).
# Usage: benchmarks/userpath/contest.sh [lineups] [objective] [projections] [site]
#   (default 20 lineups, objective roi, projections "Daniel Suarez=70;Denny Hamlin=60;Kyle Larson=55" ("" for none),
#   site dk)
# Prints the projection fit (target and simulated mean per projected driver), the contest figures out of and in sample,
# each projected driver's field ownership (target, achieved) and the portfolio's exposures.
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/lib/api.sh
lineups=${1:-20}
objective=${2:-roi}
projected=${3-Daniel Suarez=70;Denny Hamlin=60;Kyle Larson=55}
site=${4:-dk}
data=$(realpath ../shared/data)
start_api RaceOptimizer.Api/bin/Release/net10.0
wait_healthy

case $site in
  dk) file=dk-salaries-cup-brickyard-400.csv; fields=(); names='NR > 1 { print $3 }'; column=dk_points ;;
  fd) file=fd-players-cup-brickyard-400.csv; fields=(-F series=Cup -F track=Indianapolis); names='NR > 1 { print $3 " " $5 }'; column=fd_points ;;
  *) echo "site must be dk or fd" >&2; exit 2 ;;
esac
# The grid: every driver in the export's order but the last two (did not qualify); projections for some drivers only.
awk -F, "$names" "$data/$file" | head -n -2 | awk 'BEGIN { print "driver,start" } { print $0 "," NR }' >"$work/grid.csv"
{ echo "driver,$column"; tr ';' '\n' <<<"$projected" | sed '/^$/d' | tr '=' ','; } >"$work/projections.csv"
extra=(-F "grid=@$work/grid.csv")
[[ -n $projected ]] && extra+=(-F "projections=@$work/projections.csv")
load_slate "$file" "${fields[@]}" "${extra[@]}"

simulated=$(run_job "{\"type\":\"simulate\",\"name\":\"user path\",\"slateId\":\"$slate\",\"simulate\":{\"simulations\":10000,\"seed\":42}}")
echo "projection fit (driver, projection, target, simulated):"
jq -r '.result.projections[] | "  \(.driver): \(.projection) -> \(.target | . * 10 | round / 10), \(.simulated | . * 10 | round / 10)"' <<<"$simulated"
optimized=$(run_job "{\"type\":\"optimize\",\"name\":\"user path\",\"slateId\":\"$slate\",\"optimize\":{\"objective\":\"$objective\",\"lineups\":$lineups,\"simulations\":10000,\"seed\":42,\"contest\":{\"preset\":\"top-heavy\",\"entries\":10000,\"entryFee\":5}}}")
jq -r '"job time \(.durationMs | round) ms", (.result.contest | "out of sample: ROI \(.outOfSample.roi * 100 | . * 10 | round / 10)% +- \(.outOfSample.roiStdError * 100 | . * 10 | round / 10), cash \(.outOfSample.cashRate * 100 | . * 10 | round / 10)%",
  "in sample: ROI \(.inSample.roi * 100 | . * 10 | round / 10)% +- \(.inSample.roiStdError * 100 | . * 10 | round / 10), cash \(.inSample.cashRate * 100 | . * 10 | round / 10)%")' <<<"$optimized"
echo "field ownership of the projected drivers (target, achieved) and the portfolio's exposures:"
tr ';' '\n' <<<"$projected" | sed '/^$/d' | cut -d= -f1 | while read -r driver; do
  jq -r --arg d "$driver" '.result.field.ownership[] | select(.name == $d) | "  \(.name): \(.target | . * 10 | round / 10)%, \(.achieved | . * 10 | round / 10)%"' <<<"$optimized"
done
jq -r '.result.exposures[] | "  \(.name) \(.exposure * 100 | round)%"' <<<"$optimized" | head -12
