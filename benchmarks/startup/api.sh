#!/usr/bin/env bash
# Time from starting an API build to its /health answering 200 (the submit warm-up included), and the CPU the process
# used by then, beside its own redis-server.
# Usage: benchmarks/startup/api.sh [api build folder]   (default RaceOptimizer.Api/bin/Release/net10.0)
set -euo pipefail
cd "$(dirname "$0")/../.."
source benchmarks/lib/api.sh
start_api "${1:-RaceOptimizer.Api/bin/Release/net10.0}"
wait_healthy
echo "healthy after $(echo "$(date +%s.%N) - $started" | bc) s, CPU $(awk '{print ($14 + $15) / 100}' "/proc/$server/stat") s"
