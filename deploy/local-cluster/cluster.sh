# Shared by up, down, lose-nothing: where things are and how an instance is started and stopped.
# Sourced, not run. Every setting can be changed from the environment.

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here="$repo/deploy/local-cluster"
run=${MNR_CLUSTER_RUN:-${TMPDIR:-/tmp}/mnr-local-cluster}
database=${MNR_CLUSTER_DATABASE:-mnr_cluster}
pg_server=${MNR_CLUSTER_PG:-Host=127.0.0.1;Port=5432;Username=mnr;Password=mnr}
connection="$pg_server;Database=$database"
front=http://127.0.0.1:8080
instances=(1 2 3)

port_of() { echo $((5200 + $1)); }

log() { echo "cluster: $*" >&2; }

# The PostgreSQL database, created if missing (the role needs CREATEDB). --fresh drops it first.
ensure_database() {
  local fresh=$1 libpq
  libpq=$(echo "$pg_server" | sed 's/Host=/host=/;s/Port=/port=/;s/Username=/user=/;s/Password=/password=/;s/;/ /g')
  if [ "$fresh" = 1 ]; then
    log "dropping database $database"
    psql "$libpq dbname=postgres" -qAt -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >/dev/null
  fi
  if [ -z "$(psql "$libpq dbname=postgres" -qAt -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    log "creating database $database"
    psql "$libpq dbname=postgres" -qAt -v ON_ERROR_STOP=1 -c "CREATE DATABASE \"$database\"" >/dev/null
  fi
}

# A self-signed certificate that encrypts the data protection keys in the store, made once per
# run folder. In production, give every instance the same certificate from your own PKI.
ensure_certificate() {
  [ -n "${MNR_CLUSTER_CERTIFICATE:-}" ] && return
  [ -f "$run/data-protection.pfx" ] && return
  log "making a self-signed data protection certificate"
  openssl req -x509 -newkey rsa:2048 -nodes -days 365 -subj "/CN=MnrPlatform local cluster data protection" \
    -keyout "$run/data-protection.key" -out "$run/data-protection.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$run/data-protection.key" -in "$run/data-protection.crt" \
    -out "$run/data-protection.pfx" -passout pass:local-cluster
  rm -f "$run/data-protection.key"
}

publish() {
  log "publishing the host (Release) to $run/publish"
  timeout 900 dotnet publish "$repo/host/MnrPlatform.Host" -c Release -o "$run/publish" -v q -nologo >/dev/null
}

# Starts instance $1 in the background; its pid (the dotnet process itself) goes to instance-$1.pid.
start_instance() {
  local n=$1 port
  port=$(port_of "$n")
  (
    export ASPNETCORE_ENVIRONMENT=Production
    export ASPNETCORE_URLS="http://127.0.0.1:$port"
    export ASPNETCORE_FORWARDEDHEADERS_ENABLED=true
    export Store__Provider=PostgreSql
    export Store__ConnectionString="$connection"
    export DataProtection__Certificate__Path="${MNR_CLUSTER_CERTIFICATE:-$run/data-protection.pfx}"
    export DataProtection__Certificate__Password="${MNR_CLUSTER_CERTIFICATE_PASSWORD:-local-cluster}"
    export Platform__PublicUrl="http://localhost:8080/"
    export Demo__Enabled="${MNR_CLUSTER_DEMO:-true}"
    export Logging__Console__FormatterName=simple
    # The lose-nothing script signs in often from one address.
    export Accounts__SignInRateLimit__PermitLimit="${MNR_CLUSTER_SIGN_IN_LIMIT:-10}"
    exec dotnet "$run/publish/MnrPlatform.Host.dll" --contentRoot "$run/publish"
  ) >>"$run/instance-$n.log" 2>&1 &
  echo $! >"$run/instance-$n.pid"
}

start_haproxy() {
  haproxy -db -f "$here/haproxy.cfg" >>"$run/haproxy.log" 2>&1 &
  echo $! >"$run/haproxy.pid"
}

# Waits until $1 answers 200, at most $2 seconds; fails if the pid in $3 (when given) stops.
wait_ready() {
  local url=$1 seconds=$2 pidfile=${3:-}
  for _ in $(seq 1 $((seconds * 2))); do
    curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null && return 0
    if [ -n "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      return 1
    fi
    sleep 0.5
  done
  return 1
}

# Stops the process named by pid file $1: TERM, then KILL after 10 s.
stop_pidfile() {
  local file=$1 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop_all() {
  stop_pidfile "$run/haproxy.pid"
  for n in "${instances[@]}"; do stop_pidfile "$run/instance-$n.pid"; done
}
