#!/usr/bin/env bash
# Freezes a component with SIGSTOP: its port stays open and connections hang (no refusal), as a
# hung API server does. Undo with resume.sh.
#
#   pause.sh <state-dir> [component...]   (default: apiserver)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

STATE=$(state_dir_arg "${1:-}")
shift
TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
  TARGETS=(apiserver)
fi
for component in "${TARGETS[@]}"; do
  signal_component "$STATE" "$component" STOP
done
