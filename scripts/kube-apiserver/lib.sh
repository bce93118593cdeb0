# shellcheck shell=bash
# shellcheck disable=SC2034 # the variables are used by the scripts that source this file
# Shared by start.sh, stop.sh, pause.sh, resume.sh and restart-apiserver.sh (sourced, not run).
#
# A state directory holds everything one server needs: pki/, tokens.csv, etcd/ (data), logs/,
# kubeconfig-{admin,deployer,nobody}, env (URL and ports) and pids (one `component=pid` a line,
# components: etcd, apiserver, controller-manager, watchdog).

KUBE_SCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
KUBE_CACHE="${KUBE_APISERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner/kube-apiserver}"
KUBE_BIN_DIR="${KUBE_APISERVER_BIN_DIR:-$KUBE_CACHE/current/bin}"
STATE_MARKER=.llmp-kube-apiserver-state
COMPONENTS=(etcd apiserver controller-manager watchdog)

die() {
  echo "$(basename "$0"): ERROR: $*" >&2
  exit 1
}

# Absolute path of the state directory argument; creates it when $2 is "create".
state_dir_arg() {
  local dir="${1:-}"
  [[ -n "$dir" ]] || die "usage: $(basename "$0") <state-dir>"
  if [[ "${2:-}" == create ]]; then
    mkdir -p "$dir"
  fi
  [[ -d "$dir" ]] || die "state directory $dir does not exist"
  (cd "$dir" && pwd)
}

# The executable a component's process runs, to check a recorded PID still belongs to it.
component_exe() {
  case "$1" in
    etcd) echo etcd ;;
    apiserver) echo kube-apiserver ;;
    controller-manager) echo kube-controller-manager ;;
    watchdog) echo llmp-kube-watchdog ;;
    *) die "unknown component '$1' (one of: ${COMPONENTS[*]})" ;;
  esac
}

pid_of() {
  local state="$1" component="$2"
  [[ -f "$state/pids" ]] || return 0
  awk -F= -v c="$component" '$1 == c { print $2 }' "$state/pids"
}

set_pid() {
  local state="$1" component="$2" pid="$3" tmp
  tmp=$(mktemp "$state/pids.XXXXXX")
  if [[ -f "$state/pids" ]]; then
    awk -F= -v c="$component" '$1 != c' "$state/pids" >"$tmp"
  fi
  if [[ -n "$pid" ]]; then
    echo "$component=$pid" >>"$tmp"
  fi
  mv "$tmp" "$state/pids"
}

# True when the recorded PID of the component is a live (possibly stopped) process running the
# component's executable, so a recycled PID is never signalled.
component_alive() {
  local state="$1" component="$2" pid exe stat cmdline
  pid=$(pid_of "$state" "$component")
  [[ -n "$pid" ]] || return 1
  stat=$(ps -o stat= -p "$pid" 2>/dev/null || true)
  [[ -n "$stat" && "$stat" != Z* ]] || return 1
  exe=$(component_exe "$component")
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  # The kernel shows no arguments while a process is in the middle of exec, so a freshly spawned
  # component can read as empty for an instant: that is not a dead or recycled process.
  [[ -z "$cmdline" || "$cmdline" == *"$exe"* ]]
}

# spawn <state-dir> <component> <log> <command...>: runs detached in its own session, so it
# outlives the calling script and its process group; the PID goes to the pids file.
spawn() {
  local state="$1" component="$2" logfile="$3"
  shift 3
  echo "=== $(date -u +%FT%TZ) start: $*" >>"$logfile"
  setsid "$@" </dev/null >>"$logfile" 2>&1 &
  local pid=$! exe i
  set_pid "$state" "$component" "$pid"
  # Until the background subshell has exec'd, /proc shows this script's arguments, which
  # component_alive would take for a recycled PID.
  exe=$(component_exe "$component")
  for ((i = 0; i < 100; i++)); do
    [[ -e "/proc/$pid" && "$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" != *"$exe"* ]] || break
    sleep 0.05
  done
}

signal_component() {
  local state="$1" component="$2" signal="$3" pid
  component_alive "$state" "$component" || die "$component is not running (state $state)"
  pid=$(pid_of "$state" "$component")
  kill "-$signal" "$pid"
  echo "$(basename "$0"): sent SIG$signal to $component (pid $pid)"
}

# signal_components <signal> <state-dir> [component...]: the named components (default: apiserver).
signal_components() {
  local signal="$1" state
  state=$(state_dir_arg "${2:-}")
  shift 2
  local targets=("$@")
  if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(apiserver)
  fi
  for component in "${targets[@]}"; do
    signal_component "$state" "$component" "$signal"
  done
}
