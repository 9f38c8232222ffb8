#!/usr/bin/env bash
# Load test of the Overview page against a trivial static file of the same host, in the same run.
#
#   bash tests/load/overview.sh            # needs wrk (Debian: apt-get install wrk), curl, dotnet
#
# Starts the host (Release, Production environment, demo data, a throw-away SQLite store) on
# loopback only, signs in as the demo analyst (the secretariat: the heaviest overview, every
# chart of the newest round with Figure 1), warms both URLs up, then runs wrk for each with the
# same settings. Passes when the overview reaches at least half the static file's throughput,
# its p99 latency is under 50 ms, and neither run saw an error. Bounded in time: every step has
# a timeout and the host is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."

connections=${LOAD_CONNECTIONS:-32}
duration=${LOAD_DURATION:-30s}
threads=${LOAD_THREADS:-2}
port=${LOAD_PORT:-5180}
base="http://127.0.0.1:$port"
min_ratio=0.5
max_p99_ms=50

command -v wrk >/dev/null || { echo "load: wrk is not installed (Debian: apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "load: curl is not installed" >&2; exit 2; }

work=$(mktemp -d)
host_pid=""
cleanup() {
  [ -n "$host_pid" ] && kill "$host_pid" 2>/dev/null && wait "$host_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "load: publishing the host (Release)"
timeout 600 dotnet publish host/MnrPlatform.Host -c Release -o "$work/publish" -v q -nologo >/dev/null

echo "load: starting the host on $base"
ASPNETCORE_ENVIRONMENT=Production \
Demo__Enabled=true \
Store__DataPath="$work/data" \
Logging__LogLevel__Default=Warning \
Accounts__SignInRateLimit__PermitLimit=100 \
  timeout 900 dotnet "$work/publish/MnrPlatform.Host.dll" --contentRoot "$work/publish" --urls "$base" >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "$base/healthz/ready" >/dev/null 2>&1 && break
  kill -0 "$host_pid" 2>/dev/null || { echo "load: the host stopped; its log:" >&2; cat "$work/host.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$base/healthz/ready" >/dev/null || { echo "load: the host did not become ready in 120 s" >&2; exit 1; }

# Sign in through the form like a browser: fetch the antiforgery token, post the demo analyst's form.
# The auth cookie is Secure in Production, so curl will not keep it over http: it is read from the
# response headers and handed to wrk as a header.
jar="$work/cookies"
token=$(curl -fsS -c "$jar" "$base/account/sign-in" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//' || true)
[ -n "$token" ] || { echo "load: no antiforgery token on the sign-in page" >&2; exit 1; }
curl -fsS -b "$jar" -D "$work/signed-in.headers" -o /dev/null \
  --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "_handler=sign-in" \
  --data-urlencode "Input.Email=analyst@demo.invalid" \
  --data-urlencode "Input.Password=mnr-demo-password" \
  "$base/account/sign-in"
cookie=$(grep -i '^set-cookie: mnr\.session=' "$work/signed-in.headers" | sed 's/^[^:]*: //;s/;.*//' | paste -sd ';' - || true)
[ -n "$cookie" ] || { echo "load: signing in as the demo analyst gave no auth cookie" >&2; exit 1; }
# A browser also sends back the antiforgery cookie (the page's sign-out form carries a token bound to it).
antiforgery=$(awk -F'\t' '$6 == "mnr.antiforgery" {print $6 "=" $7}' "$jar")
[ -n "$antiforgery" ] && cookie="$cookie; $antiforgery"

overview="$base/"
static="$base/favicon.svg"
curl -fsS -H "Cookie: $cookie" -o "$work/overview.html" "$overview"
grep -q 'data-testid="capability-snapshot"' "$work/overview.html" \
  || { echo "load: the overview did not show the capability snapshot to the signed-in analyst" >&2; exit 1; }

echo "load: warming up"
timeout 60 wrk -t"$threads" -c"$connections" -d5s -H "Cookie: $cookie" "$overview" >/dev/null
timeout 60 wrk -t"$threads" -c"$connections" -d5s -H "Cookie: $cookie" "$static" >/dev/null

# wrk prints latency percentiles with --latency; "Non-2xx" and "Socket errors" lines only when there were any.
run() {
  local name=$1 url=$2 out="$work/$1.txt"
  timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Cookie: $cookie" "$url" >"$out"
  local rps p99 errors transfer
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  transfer=$(awk '/^Transfer\/sec:/ {print $2}' "$out")
  p99=$(awk '$1 == "99%" {print $2}' "$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$out")
  echo "$name $rps $p99 $errors $transfer"
}

to_ms() {
  awk -v v="$1" 'BEGIN {
    if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 }
    else if (v ~ /ms$/) { sub(/ms$/, "", v); print v }
    else if (v ~ /s$/) { sub(/s$/, "", v); print v * 1000 }
    else print v }'
}

echo "load: $connections connections, $duration each, $threads wrk threads, loopback"
read -r _ static_rps static_p99 static_errors static_transfer < <(run static "$static")
read -r _ overview_rps overview_p99 overview_errors overview_transfer < <(run overview "$overview")
ratio=$(awk -v a="$overview_rps" -v b="$static_rps" 'BEGIN {printf "%.2f", a / b}')
overview_p99_ms=$(to_ms "$overview_p99")

printf '\n%-22s %12s %10s %8s %12s\n' "url" "requests/s" "p99" "errors" "transfer/s"
printf '%-22s %12s %10s %8s %12s\n' "/favicon.svg (static)" "$static_rps" "$static_p99" "$static_errors" "$static_transfer"
printf '%-22s %12s %10s %8s %12s\n' "/ (overview, analyst)" "$overview_rps" "$overview_p99" "$overview_errors" "$overview_transfer"
printf '\noverview / static throughput: %s (target >= %s); overview p99: %s ms (target < %s ms)\n' "$ratio" "$min_ratio" "$overview_p99_ms" "$max_p99_ms"

failed=0
awk -v r="$ratio" -v m="$min_ratio" 'BEGIN {exit !(r >= m)}' || { echo "load: FAIL: throughput ratio $ratio is below $min_ratio"; failed=1; }
awk -v p="$overview_p99_ms" -v m="$max_p99_ms" 'BEGIN {exit !(p < m)}' || { echo "load: FAIL: overview p99 $overview_p99_ms ms is not under $max_p99_ms ms"; failed=1; }
[ "$static_errors" = 0 ] && [ "$overview_errors" = 0 ] || { echo "load: FAIL: errors (static $static_errors, overview $overview_errors)"; failed=1; }
[ "$failed" = 0 ] && echo "load: PASS"
exit "$failed"
