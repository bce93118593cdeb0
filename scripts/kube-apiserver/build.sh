#!/usr/bin/env bash
# Builds a real kube-apiserver and kube-controller-manager (Debian bookworm's `kubernetes` source
# package, upstream v1.20.2) for the tests that need a real API server, following
# /work/shared/KUBE-APISERVER.md. No container engine or download outside the Debian archive is needed.
#
# Idempotent: binaries are cached outside the work tree in
#   ${KUBE_APISERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner/kube-apiserver}/<source-version>/bin/
# and `<cache>/current` points at the last good build; a rerun with the binaries present only checks
# the Debian packages the server needs at run time and exits. The Go build cache (GOCACHE) lives in
# the cache directory too, so a rebuild after a deleted bin/ is fast.
#
# Needs root (apt-get) unless every package is already installed.
set -euo pipefail

CACHE="${KUBE_APISERVER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner/kube-apiserver}"
GO_PKG=golang-1.19-go
GO_BIN=/usr/lib/go-1.19/bin
RUNTIME_PKGS=(etcd-server openssl curl)
BUILD_PKGS=("$GO_PKG" golang-github-modern-go-reflect2-dev dpkg-dev)
DEB_SRC_FILE=/etc/apt/sources.list.d/llm-planner-deb-src.sources
# Bump when the build steps change, so cached binaries from older steps are rebuilt (fast: GOCACHE).
BUILD_REV=2
export DEBIAN_FRONTEND=noninteractive

die() {
  echo "build.sh: ERROR: $*" >&2
  exit 1
}
trap 'echo "build.sh: ERROR: failed at line $LINENO (exit $?): $BASH_COMMAND" >&2' ERR

T0=$(date +%s)
PHASE_START=$T0
PHASE_NAME=""
phase() {
  local now
  now=$(date +%s)
  if [[ -n "$PHASE_NAME" ]]; then
    echo "build.sh: phase '$PHASE_NAME' took $((now - PHASE_START)) s"
  fi
  PHASE_NAME="$1"
  PHASE_START=$now
  if [[ -n "$1" ]]; then
    echo "build.sh: == $1"
  fi
}
finish() {
  phase ""
  echo "build.sh: total $(($(date +%s) - T0)) s"
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "need root to run: $*"
  fi
}

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

APT_UPDATED=0
apt_update() {
  if [[ $APT_UPDATED -eq 0 ]]; then
    as_root apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
}

apt_install() {
  local missing=()
  local p
  for p in "$@"; do
    installed "$p" || missing+=("$p")
  done
  if [[ ${#missing[@]} -gt 0 ]]; then
    apt_update
    echo "build.sh: apt-get install ${missing[*]}"
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
      die "apt-get install ${missing[*]} failed"
  fi
}

# Writes a deb-src twin of every deb822 stanza (and one-line `deb` entry) of the machine's Debian
# archive sources, so `apt-get source` uses the same mirror, suites and components.
ensure_deb_src() {
  local tmp f
  tmp=$(mktemp)
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -e "$f" && "$f" != "$DEB_SRC_FILE" ]] || continue
    awk '
      function flush() {
        if (stanza != "" && isdeb && enabled) { print stanza; print "" }
        stanza = ""; isdeb = 0; enabled = 1
      }
      BEGIN { enabled = 1 }
      /^[ \t]*$/ { flush(); next }
      /^#/ { next }
      /^Types:/ { if ($0 ~ /[ \t]deb([ \t]|$)/) isdeb = 1; stanza = stanza "Types: deb-src\n"; next }
      /^Enabled:/ { if ($2 ~ /^(no|false)$/) enabled = 0 }
      { stanza = stanza $0 "\n" }
      END { flush() }
    ' "$f" >>"$tmp"
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -e "$f" ]] || continue
    awk '/^[ \t]*deb[ \t]/ { sub(/^[ \t]*deb/, "deb-src"); print }' "$f" |
      while IFS= read -r line; do
        printf 'Types: deb-src\nURIs: %s\nSuites: %s\nComponents: %s\n\n' \
          "$(awk '{ i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $i }' <<<"$line")" \
          "$(awk '{ i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } print $(i + 1) }' <<<"$line")" \
          "$(awk '{ i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } s = ""; for (j = i + 2; j <= NF; j++) s = s (s == "" ? "" : " ") $j; print s }' <<<"$line")"
      done >>"$tmp"
  done
  [[ -s "$tmp" ]] || {
    rm -f "$tmp"
    die "no Debian 'deb' sources found in /etc/apt to mirror as deb-src"
  }
  if ! cmp -s "$tmp" "$DEB_SRC_FILE" 2>/dev/null; then
    echo "build.sh: writing $DEB_SRC_FILE"
    as_root install -m 0644 "$tmp" "$DEB_SRC_FILE"
    APT_UPDATED=0
  fi
  rm -f "$tmp"
}

# The kubernetes source version the archive offers, e.g. 1.20.5+really1.20.2-1.1.
source_version() {
  apt-cache showsrc --only-source kubernetes 2>/dev/null | awk '/^Version:/ { print $2; exit }'
}

phase "apt sources and packages"
VERSION=$(source_version || true)
if [[ -z "$VERSION" ]]; then
  ensure_deb_src
  apt_update
  VERSION=$(source_version || true)
fi
[[ -n "$VERSION" ]] || die "the Debian archive offers no 'kubernetes' source package (check deb-src in $DEB_SRC_FILE)"
echo "build.sh: kubernetes source package $VERSION"
apt_install "${RUNTIME_PKGS[@]}"
command -v etcd >/dev/null || die "etcd not on PATH after installing etcd-server"

VDIR="$CACHE/$VERSION"
BIN="$VDIR/bin"
if [[ -x "$BIN/kube-apiserver" && -x "$BIN/kube-controller-manager" &&
  "$(cat "$BIN/BUILD_REV" 2>/dev/null)" == "$BUILD_REV" ]]; then
  ln -sfn "$VERSION" "$CACHE/current"
  echo "build.sh: cached binaries in $BIN"
  finish
  exit 0
fi

apt_install "${BUILD_PKGS[@]}"
[[ -x "$GO_BIN/go" ]] || die "$GO_BIN/go missing after installing $GO_PKG"

phase "apt-get source kubernetes"
SRC_PARENT="$VDIR/src"
mkdir -p "$SRC_PARENT"
SRC=$(find "$SRC_PARENT" -mindepth 1 -maxdepth 1 -type d -name 'kubernetes-*' | head -n1)
if [[ -z "$SRC" || ! -f "$SRC/.llmp-unpacked" ]]; then
  rm -rf "${SRC_PARENT:?}"/*
  ensure_deb_src
  apt_update
  (cd "$SRC_PARENT" && apt-get source -qq "kubernetes=$VERSION" >/dev/null) || die "apt-get source kubernetes=$VERSION failed"
  SRC=$(find "$SRC_PARENT" -mindepth 1 -maxdepth 1 -type d -name 'kubernetes-*' | head -n1)
  [[ -n "$SRC" ]] || die "apt-get source produced no kubernetes-* directory in $SRC_PARENT"
  rm -f "$SRC_PARENT"/*.tar.* "$SRC_PARENT"/*.dsc
  touch "$SRC/.llmp-unpacked"
fi
echo "build.sh: source tree $SRC"

export PATH="$GO_BIN:$PATH" GO111MODULE=off CGO_ENABLED=0
export GOPATH="$VDIR/gopath" GOCACHE="$CACHE/go-build" GOFLAGS=""
mkdir -p "$GOPATH/src/k8s.io" "$GOCACHE"
ln -sfn "$SRC" "$GOPATH/src/k8s.io/kubernetes"
K8S="$GOPATH/src/k8s.io/kubernetes"

phase "reflect2 swap (vendored 1.0.1 crashes on Go >= 1.18)"
R2=/usr/share/gocode/src/github.com/modern-go/reflect2
[[ -d "$R2" ]] || die "$R2 missing (golang-github-modern-go-reflect2-dev)"
rm -rf "$SRC/vendor/github.com/modern-go/reflect2"
mkdir -p "$SRC/vendor/github.com/modern-go/reflect2"
cp "$R2"/*.go "$SRC/vendor/github.com/modern-go/reflect2/"
cp "$R2"/*.s "$SRC/vendor/github.com/modern-go/reflect2/" 2>/dev/null || true
rm -f "$SRC"/vendor/github.com/modern-go/reflect2/*_test.go

phase "openapi-gen"
OPENAPI_OUT="$SRC/pkg/generated/openapi/zz_generated.openapi.go"
if [[ ! -s "$OPENAPI_OUT" ]]; then
  (cd "$K8S" && nice go build -p 2 -o "$VDIR/openapi-gen" ./vendor/k8s.io/kube-openapi/cmd/openapi-gen)
  mapfile -t OPENAPI_PKGS < <(
    cd "$SRC" &&
      find . -mindepth 1 \( -name vendor -o -name debian -o -name '_*' -o -name '.*' \) -prune -o \
        -type f -name '*.go' -print0 |
      xargs -0 -r grep -l -e '// *+k8s:openapi-gen=' |
      xargs -r -n1 dirname | sort -u |
      sed -e 's|^\./staging/src/|k8s.io/kubernetes/vendor/|' -e 's|^\./|k8s.io/kubernetes/|'
  )
  [[ ${#OPENAPI_PKGS[@]} -gt 0 ]] || die "found no package with a +k8s:openapi-gen tag"
  echo "build.sh: openapi-gen over ${#OPENAPI_PKGS[@]} packages"
  INPUTS=$(
    IFS=,
    echo "${OPENAPI_PKGS[*]}"
  )
  (cd "$K8S" && nice "$VDIR/openapi-gen" \
    -i "$INPUTS" \
    -p k8s.io/kubernetes/pkg/generated/openapi \
    -O zz_generated.openapi \
    -h "$K8S/vendor/k8s.io/code-generator/hack/boilerplate.go.txt" \
    --report-filename "$VDIR/openapi-violations.txt") || die "openapi-gen failed"
  [[ -s "$OPENAPI_OUT" ]] || die "openapi-gen wrote no $OPENAPI_OUT"
fi

phase "go build kube-apiserver and kube-controller-manager"
UPSTREAM="${VERSION#*really}"
UPSTREAM="${UPSTREAM%%-*}"
MINOR="${UPSTREAM#*.}"
MINOR="${MINOR%%.*}"
BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
LDFLAGS="-s -w"
# Like hack/lib/version.sh: `--version` reads component-base, the server's /version client-go.
for vpkg in k8s.io/kubernetes/vendor/k8s.io/component-base/version k8s.io/kubernetes/vendor/k8s.io/client-go/pkg/version; do
  LDFLAGS="$LDFLAGS -X $vpkg.gitVersion=v$UPSTREAM -X $vpkg.gitMajor=${UPSTREAM%%.*} -X $vpkg.gitMinor=$MINOR"
  LDFLAGS="$LDFLAGS -X $vpkg.gitTreeState=clean -X $vpkg.buildDate=$BUILD_DATE"
done
mkdir -p "$VDIR/bin.tmp"
for cmd in kube-apiserver kube-controller-manager; do
  echo "build.sh: go build ./cmd/$cmd"
  (cd "$K8S" && nice go build -p 2 -ldflags "$LDFLAGS" -o "$VDIR/bin.tmp/$cmd" "./cmd/$cmd") ||
    die "go build ./cmd/$cmd failed"
done
"$VDIR/bin.tmp/kube-apiserver" --version || die "built kube-apiserver does not run"
echo "$BUILD_REV" >"$VDIR/bin.tmp/BUILD_REV"
rm -rf "$BIN"
mv "$VDIR/bin.tmp" "$BIN"
ln -sfn "$VERSION" "$CACHE/current"
echo "build.sh: binaries in $BIN"
finish
