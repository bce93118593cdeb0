#!/usr/bin/env bash
# Restarts only kube-apiserver on an existing state directory: etcd keeps running, so every object
# survives, and the server comes back on the same URL when its port is still free (the env file and
# kubeconfigs are rewritten otherwise).
#
#   restart-apiserver.sh <state-dir>
set -euo pipefail
DIR="$(dirname "$0")"
[[ -n "${1:-}" ]] || {
  echo "usage: $(basename "$0") <state-dir>" >&2
  exit 1
}
"$DIR/stop.sh" "$1" apiserver
"$DIR/start.sh" "$1"
