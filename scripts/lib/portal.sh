# Starting and stopping a portal from a test script (sourced by scripts/adoption/run.sh and
# scripts/two-commands/run.sh). The caller defines `fail MESSAGE` and sets PORTAL_PID to the
# background `yarn start` it launched in its own process group (set -m).

# stop_portal: ends the process group PORTAL_PID leads, if it still runs.
stop_portal() {
  if [[ -n "$PORTAL_PID" ]] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill -- "-$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=""
}

# wait_for WHAT URL SECONDS LOG: polls URL until it answers; fails when the portal exits, its
# backend crashes (LOG says so) or SECONDS pass.
wait_for() {
  local what="$1" url="$2" seconds="$3" log="$4"
  local t0=$SECONDS
  until curl -fs -o /dev/null "$url"; do
    kill -0 "$PORTAL_PID" 2>/dev/null || fail "the portal exited while waiting for $what (log: $log)"
    # `yarn start` keeps the app's dev server up when the backend process dies
    if grep -qE '^Node\.js v[0-9]|Backend failed to start|Backend startup failed' "$log"; then
      grep -m1 -B2 -A12 -E 'Error|error' "$log" >&2 || true
      fail "the backend crashed while waiting for $what (log: $log)"
    fi
    ((SECONDS - t0 < seconds)) || fail "$what did not answer at $url within $seconds s (log: $log)"
    sleep 3
  done
  echo "$what answers at $url after $((SECONDS - t0)) s"
}
