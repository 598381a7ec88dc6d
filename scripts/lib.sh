# Shared by the scripts in this folder: paths and the Emscripten environment. Source it.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD="$ROOT/build"
THIRD_PARTY="$ROOT/third_party"
IMGUI_VERSION=1.90.1
IMGUI_DIR="$THIRD_PARTY/imgui-$IMGUI_VERSION"
# Debian's emcc finds acorn and friends only through NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
if [ -n "${EMSDK:-}" ] && [ -f "$EMSDK/emsdk_env.sh" ]; then
  # shellcheck disable=SC1091
  source "$EMSDK/emsdk_env.sh" >/dev/null 2>&1
fi
log() { printf '\033[1m[mgi-wheel]\033[0m %s\n' "$*" >&2; }
die() { printf '[mgi-wheel] error: %s\n' "$*" >&2; exit 1; }
