#!/usr/bin/env bash
# Stops what start.sh started in <state-dir>, by the PIDs it recorded: SIGTERM (plus SIGCONT so a
# paused process can act on it), a second SIGTERM after 2 s, then SIGKILL after
# KUBE_APISERVER_STOP_GRACE more seconds (default 5).
#
#   stop.sh [--purge] <state-dir> [component...]
#
# Components: watchdog, controller-manager, apiserver, etcd (default: all, in that order).
# Nothing is deleted unless --purge is given (then the whole state directory is removed once
# everything is stopped; only a directory start.sh created).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

PURGE=0
if [[ "${1:-}" == --purge ]]; then
  PURGE=1
  shift
fi
STATE=$(state_dir_arg "${1:-}")
shift
GRACE="${KUBE_APISERVER_STOP_GRACE:-5}"

TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
  TARGETS=(watchdog controller-manager apiserver etcd)
fi
if [[ $PURGE -eq 1 && $# -gt 0 ]]; then
  die "--purge stops every component; give no component names"
fi

# gone_within <seconds> <component>
gone_within() {
  local deadline=$(($(date +%s) + $1))
  while component_alive "$STATE" "$2"; do
    (($(date +%s) < deadline)) || return 1
    sleep 0.1
  done
}

for component in "${TARGETS[@]}"; do
  component_exe "$component" >/dev/null
  if ! component_alive "$STATE" "$component"; then
    set_pid "$STATE" "$component" ""
    continue
  fi
  pid=$(pid_of "$STATE" "$component")
  if [[ "$pid" == "$$" ]]; then
    continue
  fi
  kill -TERM "$pid" 2>/dev/null || true
  kill -CONT "$pid" 2>/dev/null || true
  # kube-apiserver's graceful shutdown can wait a minute for open requests and watches; a second
  # signal makes the Kubernetes components exit at once.
  if ! gone_within 2 "$component"; then
    kill -TERM "$pid" 2>/dev/null || true
    if ! gone_within "$GRACE" "$component"; then
      echo "stop.sh: $component (pid $pid) ignored SIGTERM, sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      gone_within 30 "$component" || die "$component (pid $pid) survived SIGKILL"
    fi
  fi
  set_pid "$STATE" "$component" ""
  echo "stop.sh: stopped $component (pid $pid)"
done

if [[ $PURGE -eq 1 ]]; then
  [[ -f "$STATE/$STATE_MARKER" ]] || die "$STATE was not created by start.sh; not deleting it"
  rm -rf "$STATE"
  echo "stop.sh: removed $STATE"
fi
