#!/usr/bin/env bash
# All tests: unit tests (no browser) and browser tests (headless Chromium against the demo site on loopback).
# The scenario suite (TestCategory=Probe: one NUnit test per procedure, failing on Partiel/Faible) measures
# procedures rather than testing the tool; run it with `dotnet test src/Observatoire.Probes.NUnit`.
set -euo pipefail
cd "$(dirname "$0")"
eng/setup.sh
log=$(mktemp)
status=0
dotnet test Observatoire.Probes.sln -c Release --nologo --filter "TestCategory!=Probe" "$@" 2>&1 | tee "$log" || status=$?
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
