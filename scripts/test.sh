#!/usr/bin/env bash
# Runs every test of the solution: unit, host, card rendering and end-to-end (Agents Playground +
# headless Chromium). Installs what it needs first (scripts/install-prereqs.sh), builds once in
# Release, runs `dotnet test` without rebuilding, keeps one TRX file per test project in
# artifacts/test-results/<project>.trx, and ends with a line of its own that CI reads:
#   N passed, N failed
# (failed counts failures, errors, time-outs and aborted tests; skipped tests are not passed).
# Exits non-zero if the build or any test failed, or if no test ran at all.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"
results="artifacts/test-results"

# Whatever goes wrong before the tests report, CI must still see a closing line.
summary_printed=false
on_exit() {
  local code=$?
  if [[ "$summary_printed" == false ]]; then
    echo "0 passed, 1 failed"
    [[ $code -ne 0 ]] || code=1
  fi
  exit "$code"
}
trap on_exit EXIT

started=$SECONDS
scripts/install-prereqs.sh

rm -rf "$results"
mkdir -p "$results"

echo "== dotnet build TeamsMockBot.sln -c Release"
if ! dotnet build TeamsMockBot.sln -c Release -nologo -v:quiet; then
  echo "Build failed."
  exit 1
fi

# Each test project writes its TRX file into its own <project>/TestResults/ folder (the default):
# a shared folder would name files by the second and projects finishing together could collide.
# Test projects run side by side (MSBuild runs one per core); inside the end-to-end project the
# test classes run one at a time. A test host that hangs is stopped after 10 minutes and reported.
find Tests -mindepth 2 -maxdepth 2 -type d -name TestResults -exec rm -rf {} +
echo "== dotnet test TeamsMockBot.sln -c Release --no-build"
set +e
dotnet test TeamsMockBot.sln -c Release --no-build -nologo \
  --logger "trx" \
  --blame-hang-timeout 10m --blame-hang-dump-type none
test_exit=$?
set -e

shopt -s nullglob
for trx in Tests/*/TestResults/*.trx; do
  project="$(basename "$(dirname "$(dirname "$trx")")")"
  target="$results/$project.trx"
  n=1
  while [[ -e "$target" ]]; do target="$results/$project.$((n++)).trx"; done
  cp "$trx" "$target"
done

# Add up the <Counters …/> element of every TRX file (one per test project).
counter() { # counter NAME TEXT -> the number in NAME="…" (0 when absent)
  local value
  value="$(grep -o "[[:space:]]$1=\"[0-9]*\"" <<<"$2" | head -n1 | grep -o '[0-9]\+' || true)"
  echo "${value:-0}"
}
passed=0
failed=0
trx_files=0
for trx in "$results"/*.trx; do
  trx_files=$((trx_files + 1))
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n1 || true)"
  passed=$((passed + $(counter passed "$counters")))
  failed=$((failed + $(counter failed "$counters") + $(counter error "$counters") \
    + $(counter timeout "$counters") + $(counter aborted "$counters")))
done

exit_code=0
if [[ $test_exit -ne 0 && $failed -eq 0 ]]; then
  echo "dotnet test exited with $test_exit but no TRX file reports a failed test (a test host crashed?)."
  failed=1
fi
if [[ $((passed + failed)) -eq 0 ]]; then
  echo "No test ran (TRX files found: $trx_files)."
  failed=1
fi
[[ $failed -eq 0 ]] || exit_code=1

echo "Test results: $results/ ($trx_files TRX files); screenshots: artifacts/e2e/, artifacts/cards/. Took $((SECONDS - started)) s."
echo "$passed passed, $failed failed"
summary_printed=true
exit "$exit_code"
