#!/usr/bin/env bash
# The cost of interactive pages: resident memory per open circuit, and the compressed bytes of a
# first load of an interactive page (targets: under 1 MiB per circuit, under 1.5 MB per first load).
#
#   bash tests/load/circuits.sh [PAGE] [CIRCUITS]     # default /secretariat, 100; needs Chromium, npm
#
# Publishes the host (Release: brotli-compressed assets), starts it in Production on loopback with
# demo data in a throw-away SQLite store, and runs circuits.mjs (Playwright driving Debian's
# Chromium) against it. Bounded: every step has a timeout and the host is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

page=${1:-/secretariat}
count=${2:-100}
port=${LOAD_PORT:-5181}
base="http://127.0.0.1:$port"

command -v npm >/dev/null || { echo "circuits: npm is not installed" >&2; exit 2; }
[ -x "${MNR_CHROMIUM:-/usr/bin/chromium}" ] || { echo "circuits: no Chromium (apt-get install chromium, or set MNR_CHROMIUM)" >&2; exit 2; }

work=$(mktemp -d)
host_pid=""
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

(cd tests/load && timeout 300 npm ci --no-audit --no-fund --loglevel=error >/dev/null)

echo "circuits: publishing the host (Release)"
timeout 600 dotnet publish host/MnrPlatform.Host -c Release -o "$work/publish" -v q -nologo >/dev/null

echo "circuits: starting the host on $base"
ASPNETCORE_ENVIRONMENT=Production \
ASPNETCORE_FORWARDEDHEADERS_ENABLED=false \
Demo__Enabled=true \
Store__DataPath="$work/data" \
Logging__LogLevel__Default=Warning \
Accounts__SignInRateLimit__PermitLimit=1000 \
  timeout 900 dotnet "$work/publish/MnrPlatform.Host.dll" --contentRoot "$work/publish" --urls "$base" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/healthz/ready" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "circuits: the host stopped; its log:" >&2; cat "$work/host.log" >&2; exit 1; }
  sleep 1
done

# $host_pid is timeout's; the memory to read is the dotnet process it started.
dotnet_pid=$(pgrep -P "$host_pid" -f MnrPlatform.Host.dll | head -1)
# Chromium keeps the Secure session cookie on localhost (a secure context), not on 127.0.0.1.
timeout 900 node tests/load/circuits.mjs "http://localhost:$port" "$dotnet_pid" "$page" "$count"
