#!/usr/bin/env bash
# The main job: probes every scenario of scenarios/ against the bundled demo procedures site and writes
# reports/allure-results, reports/allure-report (HTML) and reports/indicator.{csv,json}.
# Extra arguments go to `probes run` (e.g. ./run.sh scenarios/rsa.yaml --Workers=4).
set -euo pipefail
cd "$(dirname "$0")"
eng/setup.sh
dotnet build src/Observatoire.Probes.Cli -c Release --nologo -v quiet -clp:ErrorsOnly
exec dotnet src/Observatoire.Probes.Cli/bin/Release/net10.0/probes.dll run "$@"
