#!/usr/bin/env bash
# The README's two commands, run the way a newcomer runs them: in a fresh clone, in both
# orders, and `git status` clean after each (issue 14).
#
#   1. portal:  `npx -y yarn install --immutable && npx -y yarn start`, then Chromium drives
#      what a person does (scripts/adoption/driver.mts: planner chat, plan, approval, the
#      template with the approved plan, a run with local publish and dry-run apply); stopped
#   2. tests:   `npx -y yarn install --immutable && npx -y yarn test:all`
#   3. portal again, so both orders are covered: portal then tests, tests then portal
#
# Environment:
#   TWO_COMMANDS_REPO        what to clone (default: this script's repository)
#   TWO_COMMANDS_WORKDIR     where the clone goes (default: a new temp folder)
#   TWO_COMMANDS_KEEP=1      keep the clone after a pass (it is always kept after a failure)
#   TWO_COMMANDS_SKIP_TESTS=1  only the portal phase, once (for working on the journey)
# Screenshots and logs: scripts/two-commands/results/ in the clone (git-ignored).
# Needs PostgreSQL 15 on 127.0.0.1:5432, Chromium and kube-apiserver for the tests (see the
# README), and ports 3000 and 7007 free: the portal uses them as the README says.
set -Eeuo pipefail

SOURCE="${TWO_COMMANDS_REPO:-$(cd "$(dirname "$0")/../.." && pwd)}"
WORK="${TWO_COMMANDS_WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/llm-planner-two-commands.XXXXXX")}"
CLONE="$WORK/clone"
RESULTS="$CLONE/scripts/two-commands/results"
APP_URL=http://localhost:3000
BACKEND_URL=http://localhost:7007
# verbatim from the top of the README; check_readme fails when the README says otherwise
INSTALL='npx -y yarn install --immutable'
PORTAL_COMMAND="$INSTALL && npx -y yarn start"
TESTS_COMMAND="$INSTALL && npx -y yarn test:all"
START=$SECONDS
PORTAL_PID=""
TIMINGS=()

fail() {
  echo "TWO COMMANDS FAILED: $*" >&2
  exit 1
}
# stop_portal, wait_for
source "$(dirname "$0")/../lib/portal.sh"


on_exit() {
  local rc=$?
  stop_portal
  echo "== phase times"
  printf '  %s\n' "${TIMINGS[@]}"
  echo "  total: $((SECONDS - START)) s"
  if [[ $rc -ne 0 ]]; then
    echo "Kept the clone for inspection: $CLONE (results: $RESULTS)" >&2
    echo "TWO COMMANDS: FAIL"
  else
    if [[ "${TWO_COMMANDS_KEEP:-}" != 1 ]]; then
      rm -rf "$WORK"
    else
      echo "Kept the clone: $CLONE (results: $RESULTS)"
    fi
    echo "TWO COMMANDS: PASS"
  fi
}
trap on_exit EXIT
# a stopped run still stops the portal's process group (the EXIT trap)
trap 'exit 130' INT TERM

CURRENT_PHASE=""
trap 'echo "TWO COMMANDS FAILED in phase \"$CURRENT_PHASE\": $BASH_COMMAND exited with $? (line $LINENO)" >&2' ERR

# phase NAME COMMAND...: runs COMMAND and records how long it took
phase() {
  CURRENT_PHASE="$1"
  shift
  local t0=$SECONDS
  echo
  echo "== $CURRENT_PHASE ($(date -u +%H:%M:%S) UTC)"
  "$@"
  TIMINGS+=("$CURRENT_PHASE: $((SECONDS - t0)) s")
  echo "== $CURRENT_PHASE: $((SECONDS - t0)) s"
  CURRENT_PHASE=""
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

check_ports_free() {
  local port
  for port in 3000 7007; do
    port_in_use "$port" && fail "port $port is in use; the portal needs it (stop what listens there)"
  done
  return 0
}

clone() {
  git clone -q "$SOURCE" "$CLONE"
  mkdir -p "$RESULTS"
  echo "cloned $SOURCE at $(git -C "$CLONE" log -1 --format='%h %cd' --date=iso) into $CLONE"
}

check_readme() {
  local command
  for command in "$PORTAL_COMMAND" "$TESTS_COMMAND"; do
    grep -qxF "$command" "$CLONE/README.md" ||
      fail "the README no longer gives the command this script runs: $command"
  done
}

check_clean() {
  local changes
  changes="$(git -C "$CLONE" status --porcelain)"
  [[ -z "$changes" ]] || fail "git status is not clean after $1:"$'\n'"$changes"
  echo "git status clean after $1"
}


# Command 1 in the background, in its own process group, until the backend, the planner
# plugin and the app's dev server answer. The install is part of the command, so of the wait.
start_portal() {
  local log="$RESULTS/portal-$1.log"
  set -m
  (cd "$CLONE" && BROWSER=none exec bash -c "$PORTAL_COMMAND") >"$log" 2>&1 &
  PORTAL_PID=$!
  set +m
  echo "started: $PORTAL_COMMAND (log: $log)"
  wait_for "backend" "$BACKEND_URL/.backstage/health/v1/readiness" 900 "$log"
  wait_for "llm-planner backend plugin" "$BACKEND_URL/api/llm-planner/health" 120 "$log"
  wait_for "app dev server" "$APP_URL/" 600 "$log"
  grep -a -m1 -E 'Done( with warnings)? in ' "$log" | sed 's/^.*Done/yarn install: done/' || true
}

# The journey of scripts/adoption/driver.mts, on the Node the README's commands run with
# (Node 20 has no type stripping: the Backstage CLI's transform runs the TypeScript).
drive() {
  local shots="$RESULTS/journey-$1"
  mkdir -p "$shots"
  (cd "$CLONE" && node --require @backstage/cli/config/nodeTransform.cjs \
    scripts/adoption/driver.mts --app "$APP_URL" --backend "$BACKEND_URL" --shots "$shots")
  echo "screenshots: $shots"
}

stop_and_check() {
  stop_portal
  local t0=$SECONDS
  while port_in_use 3000 || port_in_use 7007; do
    ((SECONDS - t0 < 60)) || fail "ports 3000/7007 still answer 60 s after the portal's process group was stopped"
    sleep 2
  done
  check_clean "$1"
}

run_tests() {
  (cd "$CLONE" && bash -c "$TESTS_COMMAND") 2>&1 | tee "$RESULTS/tests.log"
}

command -v chromium >/dev/null || [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] ||
  fail "Chromium is not installed (Debian: apt-get install -y chromium)"
phase "ports 3000 and 7007 free" check_ports_free
phase "fresh clone" clone
phase "README gives these commands" check_readme
phase "portal (command 1)" start_portal 1
phase "journey in Chromium" drive 1
phase "stop portal, git status" stop_and_check "command 1"
if [[ "${TWO_COMMANDS_SKIP_TESTS:-}" == 1 ]]; then
  echo "TWO_COMMANDS_SKIP_TESTS=1: no test run, no second portal run"
  exit 0
fi
phase "tests (command 2)" run_tests
phase "git status after the tests" check_clean "command 2"
phase "portal again (command 1 after command 2)" start_portal 2
phase "journey in Chromium again" drive 2
phase "stop portal, git status again" stop_and_check "command 1 after command 2"
