#!/usr/bin/env bash
# Everything `npm test` runs: both production builds, the unit tests and the end-to-end tests in real browsers.
# The last line is the total, e.g. `212 passed, 0 failed, 3 skipped`; the exit status is non-zero on any failure.
# A failed build or a test run that crashes before reporting counts as one failure, so it can never pass silently.
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
build_failures=0

step_started=$SECONDS
timings=''
step() {
  if [[ -n ${step_name:-} ]]; then timings+="${step_name} $((SECONDS - step_started)) s; "; fi
  step_name=$1 step_started=$SECONDS
  printf '\n== %s ==\n' "$1"
}

step 'build chrome-mv3'
npx wxt build || build_failures=$((build_failures + 1))
step 'build firefox-mv2'
npx wxt build -b firefox || build_failures=$((build_failures + 1))

step 'unit tests'
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/unit.json"
unit_status=$?

step 'end-to-end tests'
# The builds above are fresh; the e2e harness must not rebuild them.
DATELINE_SKIP_BUILD=1 npx vitest run --config vitest.e2e.config.ts \
  --reporter=default --reporter=json --outputFile.json="$results/e2e.json"
e2e_status=$?

step 'summary'
echo "time: ${timings%; }"
node - "$results" "$build_failures" "$unit_status" "$e2e_status" <<'NODE'
const { existsSync, readFileSync } = require('node:fs');
const [dir, buildFailures, ...exitCodes] = process.argv.slice(2);
const total = { passed: 0, failed: Number(buildFailures), skipped: 0 };
['unit', 'e2e'].forEach((suite, index) => {
  const file = `${dir}/${suite}.json`;
  if (!existsSync(file)) {
    console.log(`${suite}: no report (the run crashed before reporting), counted as 1 failure`);
    total.failed += 1;
    return;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // A file that fails to load, or whose beforeAll/afterAll throws, fails without a failed test (vitest reports its
  // tests as skipped): count each such file as one failure.
  const failedFiles = report.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  );
  const counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests + failedFiles.length,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  for (const f of failedFiles) console.log(`${suite}: ${f.name} failed outside its tests: ${f.message || 'hook failed'}`);
  // Vitest failed for a reason the report does not show (e.g. an unhandled error): never report that as a pass.
  if (counts.failed === 0 && Number(exitCodes[index]) !== 0) {
    console.log(`${suite}: vitest exited with status ${exitCodes[index]}, counted as 1 failure`);
    counts.failed = 1;
  }
  console.log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const key of Object.keys(total)) total[key] += counts[key];
});
if (Number(buildFailures) > 0) console.log(`builds: ${buildFailures} failed`);
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 ? 1 : 0);
NODE
