#!/usr/bin/env bash
# Sets up what is missing, builds, and serves the demo (the two seed profiles) on 127.0.0.1.
# PORT=8080 by default.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/build.sh"
exec node "$ROOT/scripts/serve.mjs" "$BUILD/web" --port "${PORT:-8080}" --host 127.0.0.1
