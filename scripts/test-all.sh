#!/usr/bin/env bash
# The whole test suite: types, lint, repo checks, unit and database tests on PostgreSQL 15
# and SQLite, and browser journeys in Debian's Chromium against the real portal.
# Run through `yarn test:all` after `yarn install --immutable`.
set -euo pipefail
cd "$(dirname "$0")/.."

export CI=true # backstage-cli test would otherwise start watch mode
export BACKSTAGE_TEST_DISABLE_DOCKER=1 # no container engine: use the Postgres below
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
export LLM_PLANNER_REQUIRE_POSTGRES=1 # database tests fail instead of skipping Postgres
export LLM_PLANNER_REQUIRE_KUBE_APISERVER=1 # real-API-server tests fail instead of skipping

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

RESULTS=test-results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
# One closing line over every runner, e.g. "Summary: 28 passed, 0 failed".
summary() {
  node -e '
const fs = require("fs");
let passed = 0, failed = 0, skipped = 0;
const read = f => fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : undefined;
const jest = read(process.argv[1]);
if (jest) { passed += jest.numPassedTests; failed += jest.numFailedTests + jest.numRuntimeErrorTestSuites; skipped += jest.numPendingTests; }
const e2e = read(process.argv[2]);
if (e2e) { passed += e2e.stats.expected + e2e.stats.flaky; failed += e2e.stats.unexpected; skipped += e2e.stats.skipped; }
console.log(`\nSummary: ${passed} passed, ${failed} failed, ${skipped} skipped`);
' "$RESULTS/jest.json" "$RESULTS/e2e.json" || true
}
trap summary EXIT

step "PostgreSQL answers at ${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING}"
node -e '
const { Client } = require("pg");
const c = new Client({ connectionString: process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING, connectionTimeoutMillis: 5000 });
c.connect().then(() => c.query("select version()")).then(r => { console.log(r.rows[0].version); return c.end(); })
 .catch(e => { console.error("PostgreSQL is required for the database tests and did not answer: " + e.message); process.exit(1); });'

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
step "Chromium for browser tests at ${CHROMIUM}"
if ! "$CHROMIUM" --version; then
  echo "Chromium is required for the browser tests: apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
  exit 1
fi

step "Real kube-apiserver binaries (scripts/kube-apiserver/build.sh)"
KUBE_BIN="${KUBE_APISERVER_BIN_DIR:-${KUBE_APISERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner/kube-apiserver}/current/bin}"
if ! "$KUBE_BIN/kube-apiserver" --version || ! command -v etcd >/dev/null; then
  echo "The real-API-server tests need kube-apiserver in $KUBE_BIN and etcd: run scripts/kube-apiserver/build.sh (as root)" >&2
  exit 1
fi

step "Type check"
yarn tsc

step "Lint"
yarn backstage-cli repo lint

step "Function length (no function over 150 lines but documented hot loops)"
yarn lint:functions

step "Package metadata (backstage-cli repo fix --check)"
yarn backstage-cli repo fix --check

step "Formatting"
yarn prettier --check .

step "Unit, component and database tests"
yarn backstage-cli repo test --json --outputFile="$RESULTS/jest.json"

step "Production build of the app for the browser tests"
yarn workspace app build

step "Browser tests"
PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" yarn playwright test --reporter=list,json
