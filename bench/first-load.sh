#!/usr/bin/env bash
# The participant app's first load against the published build (issue #18): transferred bytes, and the time until the
# WebAssembly app is interactive, unthrottled and on Chrome's "Fast 3G" profile, in Debian's headless chromium.
#   bench/first-load.sh            writes bench/results/first-load.json
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tests/EventFly.E2E.Tests -c Release --verbosity quiet -nologo
EVENTFLY_FIRST_LOAD_RESULTS="$PWD/bench/results/first-load.json" dotnet test tests/EventFly.E2E.Tests -c Release --no-build \
  --filter "FullyQualifiedName~TheFirstParticipantPage" --logger "console;verbosity=normal"
cat bench/results/first-load.json
