#!/usr/bin/env bash
# Freezes a component with SIGSTOP: its port stays open and connections hang (no refusal), as a
# hung API server does. Undo with resume.sh.
#
#   pause.sh <state-dir> [component...]   (default: apiserver)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
signal_components STOP "$@"
