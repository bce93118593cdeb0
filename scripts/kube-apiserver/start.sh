#!/usr/bin/env bash
# Starts a real etcd + kube-apiserver + kube-controller-manager (built by build.sh) for tests,
# bound to 127.0.0.1 on free ports, keeping all state in <state-dir>.
#
#   start.sh <state-dir>
#
# Restartable: on an existing state directory it reuses the certificates, tokens, etcd data and
# (when still free) the ports, and starts only the components that are not running, so
# `stop.sh <dir> apiserver && start.sh <dir>` restarts the API server with its state intact.
#
# Environment:
#   KUBE_APISERVER_CRDS           all (default) | none | comma list of CRD names or plurals from
#                                 crds/ (e.g. scaledobjects.keda.sh,servicemonitors); stored in the
#                                 state dir on first start and reused on restarts unless set again.
#   KUBE_APISERVER_START_TIMEOUT  seconds to wait for each component (default 60).
#   KUBE_APISERVER_WATCH_PID      when set, a watchdog stops everything once that process is gone
#                                 (and deletes the state dir when KUBE_APISERVER_WATCH_PURGE=1).
#   KUBE_APISERVER_BIN_DIR / KUBE_APISERVER_CACHE  where build.sh put the binaries.
#
# Writes kubeconfig-admin (system:masters), kubeconfig-deployer (user llmp-deployer, no roles),
# kubeconfig-nobody (user llmp-nobody, no roles), env (URL, ports) and pids.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "$0")/lib.sh"

STATE=$(state_dir_arg "${1:-}" create)
TIMEOUT="${KUBE_APISERVER_START_TIMEOUT:-60}"
T0=$(date +%s%N)
elapsed() { echo "$((($(date +%s%N) - T0) / 1000000)) ms"; }
log() { echo "start.sh: $*"; }

for exe in "$KUBE_BIN_DIR/kube-apiserver" "$KUBE_BIN_DIR/kube-controller-manager"; do
  [[ -x "$exe" ]] || die "$exe not found: build it with scripts/kube-apiserver/build.sh"
done
for cmd in etcd openssl curl node; do
  command -v "$cmd" >/dev/null || die "'$cmd' not on PATH: scripts/kube-apiserver/build.sh installs etcd, openssl and curl"
done

touch "$STATE/$STATE_MARKER"
mkdir -p "$STATE/pki" "$STATE/logs" "$STATE/etcd"
chmod 700 "$STATE/etcd"
PKI="$STATE/pki"

# --- certificates and keys (kept across restarts) ---------------------------------------------
if [[ ! -s "$PKI/server.crt" ]]; then
  log "generating CA, server certificate and service-account key pair"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 -subj "/CN=llmp-test-ca" \
    -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
  cat >"$PKI/server.ext" <<'EOF'
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, IP:10.96.0.1, DNS:localhost, DNS:kubernetes, DNS:kubernetes.default, DNS:kubernetes.default.svc, DNS:kubernetes.default.svc.cluster.local
EOF
  openssl req -newkey rsa:2048 -nodes -sha256 -subj "/CN=kube-apiserver" \
    -keyout "$PKI/server.key" -out "$PKI/server.csr" 2>/dev/null
  openssl x509 -req -sha256 -days 3650 -in "$PKI/server.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" \
    -CAcreateserial -extfile "$PKI/server.ext" -out "$PKI/server.crt" 2>/dev/null
  openssl genrsa -out "$PKI/sa.key" 2048 2>/dev/null
  openssl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub" 2>/dev/null
fi

# --- static tokens: admin (system:masters), deployer and nobody (no roles) ---------------------
if [[ ! -s "$STATE/tokens.csv" ]]; then
  {
    echo "$(openssl rand -hex 24),llmp-admin,llmp-admin,\"system:masters\""
    echo "$(openssl rand -hex 24),llmp-deployer,llmp-deployer"
    echo "$(openssl rand -hex 24),llmp-nobody,llmp-nobody"
  } >"$STATE/tokens.csv"
  chmod 600 "$STATE/tokens.csv"
fi
token_of() { awk -F, -v u="llmp-$1" '$2 == u { print $1 }' "$STATE/tokens.csv"; }
ADMIN_TOKEN=$(token_of admin)

# --- ports (reused from env when still free) ---------------------------------------------------
ETCD_CLIENT_PORT="" ETCD_PEER_PORT="" APISERVER_PORT="" STORED_CRDS=""
if [[ -f "$STATE/env" ]]; then
  ETCD_CLIENT_PORT=$(awk -F= '$1 == "ETCD_CLIENT_PORT" { print $2 }' "$STATE/env")
  ETCD_PEER_PORT=$(awk -F= '$1 == "ETCD_PEER_PORT" { print $2 }' "$STATE/env")
  APISERVER_PORT=$(awk -F= '$1 == "APISERVER_PORT" { print $2 }' "$STATE/env")
  STORED_CRDS=$(awk -F= '$1 == "KUBE_APISERVER_CRDS" { print $2 }' "$STATE/env")
fi
CRDS="${KUBE_APISERVER_CRDS:-${STORED_CRDS:-all}}"

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
TAKEN=" "
pick_port() {
  local p i
  for i in $(seq 1 200); do
    p=$((20000 + (RANDOM * 32768 + RANDOM) % 12000)) # below the ephemeral range (32768+)
    if [[ "$TAKEN" != *" $p "* ]] && ! port_in_use "$p"; then
      TAKEN="$TAKEN$p "
      echo "$p"
      return 0
    fi
    : "$i"
  done
  die "found no free port on 127.0.0.1"
}
# keep_or_pick <current-port> <component>: a running component keeps its port; a stopped one
# keeps it when nothing else listens there.
keep_or_pick() {
  if [[ -n "$1" ]] && { component_alive "$STATE" "$2" || ! port_in_use "$1"; }; then
    TAKEN="$TAKEN$1 "
    echo "$1"
  else
    pick_port
  fi
}
ETCD_CLIENT_PORT=$(keep_or_pick "$ETCD_CLIENT_PORT" etcd)
TAKEN="$TAKEN$ETCD_CLIENT_PORT "
ETCD_PEER_PORT=$(keep_or_pick "$ETCD_PEER_PORT" etcd)
TAKEN="$TAKEN$ETCD_PEER_PORT "
APISERVER_PORT=$(keep_or_pick "$APISERVER_PORT" apiserver)
URL="https://127.0.0.1:$APISERVER_PORT"

write_env() {
  cat >"$STATE/env" <<EOF
KUBE_APISERVER_URL=$URL
APISERVER_PORT=$APISERVER_PORT
ETCD_CLIENT_PORT=$ETCD_CLIENT_PORT
ETCD_PEER_PORT=$ETCD_PEER_PORT
ETCD_URL=http://127.0.0.1:$ETCD_CLIENT_PORT
KUBE_APISERVER_CRDS=$CRDS
KUBE_APISERVER_STATE_DIR=$STATE
KUBE_APISERVER_BIN_DIR=$KUBE_BIN_DIR
EOF
}

write_kubeconfig() {
  local user="$1" file="$STATE/kubeconfig-$1"
  cat >"$file.tmp" <<EOF
apiVersion: v1
kind: Config
clusters:
  - name: llmp-real
    cluster:
      server: $URL
      certificate-authority-data: $(base64 -w0 <"$PKI/ca.crt")
users:
  - name: llmp-$user
    user:
      token: $(token_of "$user")
contexts:
  - name: llmp-$user
    context:
      cluster: llmp-real
      user: llmp-$user
      namespace: default
current-context: llmp-$user
EOF
  chmod 600 "$file.tmp"
  mv "$file.tmp" "$file"
}

write_all() {
  write_env
  local u
  for u in admin deployer nobody; do
    write_kubeconfig "$u"
  done
}
write_all

show_logs() {
  local f
  for f in "$STATE"/logs/*.log; do
    [[ -f "$f" ]] || continue
    echo "----- last 25 lines of $f" >&2
    tail -n 25 "$f" >&2
  done
}

# describe_end <component>: sets ENDED to the exit status of a component this script spawned, in
# words (a SIGKILL nobody sent is usually the kernel's out-of-memory killer). Not run in a
# subshell, which could not wait for this shell's children.
describe_end() {
  local pid status=0
  pid=$(pid_of "$STATE" "$1")
  wait "$pid" 2>/dev/null || status=$?
  if ((status == 127)); then
    ENDED="exited"
  elif ((status > 128)); then
    ENDED="was killed by SIG$(kill -l $((status - 128)))"
    if ((status == 137)); then ENDED+=" (out of memory?)"; fi
  else
    ENDED="exited with status $status"
  fi
}

# wait_for <component> <description> <check command...>
wait_for() {
  local component="$1" what="$2" deadline
  shift 2
  deadline=$(($(date +%s) + TIMEOUT))
  until "$@" >/dev/null 2>&1; do
    if ! component_alive "$STATE" "$component" && ! { sleep 0.5 && component_alive "$STATE" "$component"; }; then
      show_logs
      describe_end "$component"
      die "$component $ENDED before $what (logs in $STATE/logs)"
    fi
    if (($(date +%s) >= deadline)); then
      show_logs
      die "timed out after ${TIMEOUT}s waiting for $what (logs in $STATE/logs)"
    fi
    sleep 0.2
  done
}

api() {
  curl -sS --fail --max-time 5 --cacert "$PKI/ca.crt" -H "Authorization: Bearer $ADMIN_TOKEN" "$@"
}

# --- etcd --------------------------------------------------------------------------------------
if ! component_alive "$STATE" etcd; then
  spawn "$STATE" etcd "$STATE/logs/etcd.log" etcd \
    --name llmp --data-dir "$STATE/etcd" --logger zap --log-level warn \
    --listen-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --advertise-client-urls "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --listen-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-advertise-peer-urls "http://127.0.0.1:$ETCD_PEER_PORT" \
    --initial-cluster "llmp=http://127.0.0.1:$ETCD_PEER_PORT"
fi
wait_for etcd "etcd on 127.0.0.1:$ETCD_CLIENT_PORT" \
  curl -sS --fail --max-time 2 "http://127.0.0.1:$ETCD_CLIENT_PORT/health"
log "etcd ready on 127.0.0.1:$ETCD_CLIENT_PORT ($(elapsed))"

# --- kube-apiserver ----------------------------------------------------------------------------
if ! component_alive "$STATE" apiserver; then
  spawn "$STATE" apiserver "$STATE/logs/apiserver.log" "$KUBE_BIN_DIR/kube-apiserver" \
    --etcd-servers "http://127.0.0.1:$ETCD_CLIENT_PORT" \
    --bind-address 127.0.0.1 --advertise-address 127.0.0.1 \
    --secure-port "$APISERVER_PORT" --insecure-port 0 \
    --tls-cert-file "$PKI/server.crt" --tls-private-key-file "$PKI/server.key" \
    --client-ca-file "$PKI/ca.crt" \
    --token-auth-file "$STATE/tokens.csv" \
    --authorization-mode RBAC \
    --service-account-key-file "$PKI/sa.pub" \
    --service-account-signing-key-file "$PKI/sa.key" \
    --service-account-issuer https://kubernetes.default.svc.cluster.local \
    --service-cluster-ip-range 10.96.0.0/16 \
    --endpoint-reconciler-type none \
    --enable-admission-plugins NamespaceLifecycle,LimitRanger,ServiceAccount,ResourceQuota \
    --profiling=false
fi
wait_for apiserver "kube-apiserver $URL/readyz" api "$URL/readyz"
log "kube-apiserver ready at $URL ($(elapsed))"

# --- kube-controller-manager -------------------------------------------------------------------
if ! component_alive "$STATE" controller-manager; then
  spawn "$STATE" controller-manager "$STATE/logs/controller-manager.log" "$KUBE_BIN_DIR/kube-controller-manager" \
    --kubeconfig "$STATE/kubeconfig-admin" \
    --controllers namespace,resourcequota,serviceaccount,serviceaccount-token,garbagecollector,deployment,replicaset,clusterrole-aggregation \
    --leader-elect=false --port 0 --secure-port 0 \
    --service-account-private-key-file "$PKI/sa.key" \
    --root-ca-file "$PKI/ca.crt" \
    --use-service-account-credentials=false
fi
# The built-in `edit` role has rules only once clusterrole-aggregation ran.
edit_role_aggregated() { api "$URL/apis/rbac.authorization.k8s.io/v1/clusterroles/edit" | grep -q '"verbs"'; }
wait_for controller-manager "kube-controller-manager to aggregate the built-in 'edit' ClusterRole" edit_role_aggregated
log "kube-controller-manager running ($(elapsed))"

# --- CRDs --------------------------------------------------------------------------------------
CRD_FILES=()
case "$CRDS" in
  all) CRD_FILES=("$KUBE_SCRIPTS_DIR"/crds/*.yaml) ;;
  none | "") ;;
  *)
    IFS=, read -r -a WANTED <<<"$CRDS"
    for want in "${WANTED[@]}"; do
      match=""
      for f in "$KUBE_SCRIPTS_DIR"/crds/*.yaml; do
        name=$(basename "$f" .yaml)
        if [[ "$want" == "$name" || "$want" == "${name%%.*}" ]]; then
          match="$f"
        fi
      done
      [[ -n "$match" ]] || die "KUBE_APISERVER_CRDS: no CRD '$want' in $KUBE_SCRIPTS_DIR/crds (use all, none or names like scaledobjects.keda.sh)"
      CRD_FILES+=("$match")
    done
    ;;
esac
crd_established() {
  api "$URL/apis/apiextensions.k8s.io/v1/customresourcedefinitions/$1" |
    node -e 'const c = JSON.parse(require("fs").readFileSync(0, "utf8"));
      process.exit((c.status?.conditions ?? []).some(x => x.type === "Established" && x.status === "True") ? 0 : 1)'
}
for f in "${CRD_FILES[@]}"; do
  name=$(basename "$f" .yaml)
  code=$(curl -sS -o "$STATE/logs/crd-$name.json" -w '%{http_code}' --max-time 10 --cacert "$PKI/ca.crt" \
    -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/yaml' \
    -X POST --data-binary "@$f" "$URL/apis/apiextensions.k8s.io/v1/customresourcedefinitions")
  case "$code" in
    201 | 409) ;;
    *) die "creating CRD $name answered HTTP $code: $(cat "$STATE/logs/crd-$name.json")" ;;
  esac
  wait_for apiserver "CRD $name to be established" crd_established "$name"
done
if [[ ${#CRD_FILES[@]} -gt 0 ]]; then
  log "CRDs established: $(for f in "${CRD_FILES[@]}"; do basename "$f" .yaml; done | paste -sd, -) ($(elapsed))"
else
  log "no CRDs installed (KUBE_APISERVER_CRDS=$CRDS)"
fi

# --- watchdog ----------------------------------------------------------------------------------
if [[ -n "${KUBE_APISERVER_WATCH_PID:-}" ]] && ! component_alive "$STATE" watchdog; then
  stop_args=("$STATE")
  if [[ "${KUBE_APISERVER_WATCH_PURGE:-}" == 1 ]]; then
    stop_args=(--purge "$STATE")
  fi
  # shellcheck disable=SC2016 # expanded by the watchdog's own bash
  spawn "$STATE" watchdog "$STATE/logs/watchdog.log" bash -c \
    'while kill -0 "$1" 2>/dev/null; do sleep 2; done; shift; exec "$@"' \
    llmp-kube-watchdog "$KUBE_APISERVER_WATCH_PID" "$KUBE_SCRIPTS_DIR/stop.sh" "${stop_args[@]}"
fi

log "ready in $(elapsed): $URL, kubeconfigs in $STATE"
