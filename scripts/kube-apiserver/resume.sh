#!/usr/bin/env bash
# Continues components frozen by pause.sh (SIGCONT).
#
#   resume.sh <state-dir> [component...]   (default: apiserver)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"
signal_components CONT "$@"
