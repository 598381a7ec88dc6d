#!/usr/bin/env bash
# Installs what a fresh Debian bookworm machine lacks to build and test mgi-wheel, then checks the
# toolchain. Idempotent: a second run installs nothing and downloads nothing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# fonts-dejavu-core: the system sans-serif the wheel's text is drawn in headless, and the serif face
# tests/browser/webfont.test.mjs serves as a web font. The browser tests' engines
# (tests/browser/engines.mjs): chromium; firefox-esr and webkit2gtk-driver (WebKitWebDriver, and
# WebKitGTK's MiniBrowser through libwebkit2gtk-4.1-0), which draw WebGL2 in a window on xvfb's
# virtual display with Mesa's software GL (libgl1-mesa-dri). libpng-dev: mgi-render's PNG encoder
# (its glyphs come from fonts-dejavu-core's DejaVu Sans, the face Chromium falls back to here).
DEBIAN_PACKAGES=(cmake g++ clang libclang-rt-14-dev emscripten binaryen nlohmann-json3-dev doctest-dev
                 chromium firefox-esr webkit2gtk-driver xvfb libgl1-mesa-dri fonts-dejavu-core
                 curl xz-utils ca-certificates zopfli libpng-dev default-jre-headless)
# node and npm may come from another packaging (NodeSource's nodejs bundles npm and conflicts with
# Debian's npm): install Debian's only where the commands are missing.
command -v node >/dev/null || DEBIAN_PACKAGES+=(nodejs)
command -v npm >/dev/null || DEBIAN_PACKAGES+=(npm)
IMGUI_TARBALL="imgui_${IMGUI_VERSION}+ds.orig.tar.xz"
IMGUI_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c

missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# With an emsdk in charge, Debian's emscripten is not needed.
if [ -n "${EMSDK:-}" ]; then
  filtered=(); for p in "${missing[@]}"; do [ "$p" = emscripten ] || [ "$p" = binaryen ] || filtered+=("$p"); done
  missing=("${filtered[@]}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui from Debian's source package, checked by hash, unpacked into a git-ignored folder.
if [ ! -f "$IMGUI_DIR/imgui.cpp" ]; then
  mkdir -p "$THIRD_PARTY"
  tarball="$THIRD_PARTY/$IMGUI_TARBALL"
  if [ ! -f "$tarball" ] || ! echo "$IMGUI_SHA256  $tarball" | sha256sum -c --quiet - 2>/dev/null; then
    # The pool of the Debian mirror that apt's sources already name.
    mirror=$(grep -rhoE '^(URIs:|deb) +https?://[^ ]+/debian/?' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
             | grep -v security | head -n1 | awk '{print $2}' | sed 's#/*$##' || true)
    [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
    log "downloading $IMGUI_TARBALL from $mirror"
    curl -fsSL --retry 3 -o "$tarball.part" "$mirror/pool/main/i/imgui/$IMGUI_TARBALL"
    mv "$tarball.part" "$tarball"
  fi
  echo "$IMGUI_SHA256  $tarball" | sha256sum -c --quiet - || die "$IMGUI_TARBALL: sha256 mismatch"
  tar -xJf "$tarball" -C "$THIRD_PARTY"
  [ -f "$IMGUI_DIR/imgui.cpp" ] || die "unpacking $IMGUI_TARBALL gave no $IMGUI_DIR/imgui.cpp"
fi

# The npm packages of package-lock.json (esbuild bundles the loader; playwright-core drives Debian's
# chromium and puppeteer-core its firefox-esr, no browser download): npm ci when any direct
# dependency is missing or not at its locked version, so a checkout whose lock gained a package
# since its last install gets it too.
npm_current() {
  node -e '
    const fs = require("fs"), root = process.argv[1];
    const lock = JSON.parse(fs.readFileSync(root + "/package-lock.json", "utf8"));
    for (const name of Object.keys(lock.packages[""].devDependencies || {})) {
      const want = lock.packages["node_modules/" + name].version;
      const file = root + "/node_modules/" + name + "/package.json";
      if (!fs.existsSync(file) || JSON.parse(fs.readFileSync(file, "utf8")).version !== want) process.exit(1);
    }' "$ROOT"
}
if ! npm_current; then
  log "installing npm packages (package-lock.json)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
fi

# The pinned Emscripten, and nothing else.
want=$(grep -vE '^\s*(#|$)' "$ROOT/emsdk.lock" | head -n1 | tr -d '[:space:]')
have=$(emcc --version 2>/dev/null | head -n1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n1 || true)
[ "$have" = "$want" ] || die "emcc is '${have:-missing}', emsdk.lock pins $want (install Debian's emscripten, or point EMSDK at an emsdk with $want active)"
for tool in chromium firefox-esr WebKitWebDriver Xvfb; do command -v "$tool" >/dev/null || die "$tool is missing"; done
