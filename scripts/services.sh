#!/usr/bin/env bash
# Install and start the servers the production-like stack and CI need, on 127.0.0.1, idempotently:
#
#   scripts/services.sh postgres        PostgreSQL 15 from Debian (trust auth for local connections)
#   scripts/services.sh database URL    create the PostgreSQL database of URL if it is missing
#   scripts/services.sh redis           Redis from Debian, no persistence
#   scripts/services.sh chromium        Debian's Chromium for the browser tests
#   scripts/services.sh thesaurus       Debian's OpenThesaurus (German synonyms for the search)
#   scripts/services.sh opensearch      OpenSearch 2.19 from Maven Central (single node)
#   scripts/services.sh opensearch-stop
#   scripts/services.sh opensearch-cluster   two OpenSearch nodes (the failover drill)
#   scripts/services.sh status
#
# Every step is safe to run twice: an installed package is not installed again, a running server
# is left running. Installing needs root (CI runs as root); without it a missing package is
# reported and the step fails.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT_DIR="$(pwd)"

OPENSEARCH_VERSION="${OPENSEARCH_VERSION:-2.19.6}"
OPENSEARCH_PORT="${OPENSEARCH_PORT:-9200}"
OPENSEARCH_HEAP="${OPENSEARCH_HEAP:-512m}"
SERVICES_DIR="${SERVICES_DIR:-$ROOT_DIR/.services}"
JAVA17_HOME="${JAVA17_HOME:-$(ls -d /usr/lib/jvm/java-17-openjdk-* 2>/dev/null | head -1)}"
APT_UPDATED=""

say() { echo "[services] $*"; }

is_root() { [ "$(id -u)" = 0 ]; }

apt_install() {
  # apt_install PACKAGE...: install what is missing (one `apt-get update` per run).
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! is_root; then
    say "missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})"
    return 1
  fi
  if [ -z "$APT_UPDATED" ]; then
    apt-get update -qq
    APT_UPDATED=1
  fi
  say "installing ${missing[*]} ..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

wait_for() {
  # wait_for SECONDS DESCRIPTION COMMAND...: poll until COMMAND succeeds.
  local seconds=$1 what=$2
  shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then
      return 0
    fi
    sleep 1
  done
  say "$what did not answer within ${seconds}s"
  return 1
}

# --- PostgreSQL ------------------------------------------------------------------------------

postgres() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    say "PostgreSQL answers on 127.0.0.1:5432"
    return 0
  fi
  apt_install postgresql
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main --port 5432 >/dev/null
  fi
  local hba="/etc/postgresql/$version/main/pg_hba.conf"
  local wanted
  wanted=$'local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust'
  if [ "$(cat "$hba")" != "$wanted" ]; then
    # Trust only for connections from this machine: the server listens on localhost alone.
    printf '%s\n' "$wanted" >"$hba"
  fi
  if pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main reload
  else
    pg_ctlcluster "$version" main start
  fi
  wait_for 60 PostgreSQL pg_isready -q -h 127.0.0.1 -p 5432
  say "PostgreSQL $version answers on 127.0.0.1:5432"
}

database() {
  # database postgres://USER@HOST:PORT/NAME: create NAME unless it exists.
  local url=${1:?usage: scripts/services.sh database postgres://user@host:port/name}
  local name=${url##*/} admin="${url%/*}/postgres"
  if ! psql "$admin" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql "$admin" -qc "CREATE DATABASE \"$name\""
    say "created database $name"
  fi
}

# --- Redis -----------------------------------------------------------------------------------

redis() {
  if command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
    say "Redis answers on 127.0.0.1:6379"
    return 0
  fi
  apt_install redis-server
  redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes >/dev/null
  wait_for 30 Redis sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG'
  say "Redis answers on 127.0.0.1:6379"
}

# --- Chromium --------------------------------------------------------------------------------

chromium() {
  # Pango's FreeType part is what WeasyPrint (the collections' PDF export) loads besides.
  if [ -x /usr/bin/chromium ] && ldconfig -p | grep -q libpangoft2-1.0; then
    say "Chromium is at /usr/bin/chromium"
    return 0
  fi
  apt_install chromium libpangoft2-1.0-0
}

# --- OpenThesaurus --------------------------------------------------------------------------

thesaurus() {
  # German synonym sets for the search's query expansion (search/thesaurus.py); the site works
  # without them, with a logged note.
  if [ -f /usr/share/openthesaurus-de/openthesaurus.txt ]; then
    say "OpenThesaurus is at /usr/share/openthesaurus-de/openthesaurus.txt"
    return 0
  fi
  apt_install openthesaurus-de-text
}

# --- OpenSearch ------------------------------------------------------------------------------

opensearch_home() { echo "$SERVICES_DIR/opensearch-$OPENSEARCH_VERSION"; }

opensearch_fetch() {
  # The integration-test distribution (a complete node without bundled JDK and with only the
  # transport module) plus the modules the search needs: analysis-common (German stemmer,
  # normalisation, decompounder, synonyms, edge n-grams) and mapper-extras. Maven Central
  # serves the modules as plain jars; the plugin descriptor is written here.
  local home
  home=$(opensearch_home)
  [ -f "$home/.complete" ] && return 0
  command -v mvn >/dev/null || { say "Maven (mvn) is needed to fetch OpenSearch"; return 1; }
  local download="$SERVICES_DIR/download"
  mkdir -p "$download"
  say "fetching OpenSearch $OPENSEARCH_VERSION from Maven Central ..."
  mvn -q dependency:copy -DoutputDirectory="$download" \
    -Dartifact="org.opensearch.distribution.integ-test-zip:opensearch:$OPENSEARCH_VERSION:zip"
  local module classname description
  mvn -q dependency:copy -DoutputDirectory="$download/analysis-common" \
    -Dartifact="org.opensearch.plugin:analysis-common:$OPENSEARCH_VERSION"
  mvn -q dependency:copy -DoutputDirectory="$download/mapper-extras" \
    -Dartifact="org.opensearch.plugin:mapper-extras-client:$OPENSEARCH_VERSION"
  rm -rf "$home"
  (cd "$SERVICES_DIR" && unzip -q "$download/opensearch-$OPENSEARCH_VERSION.zip")
  for module in analysis-common mapper-extras; do
    mkdir -p "$home/modules/$module"
    cp "$download/$module"/*.jar "$home/modules/$module/"
    case $module in
      analysis-common)
        classname=org.opensearch.analysis.common.CommonAnalysisPlugin
        description='Adds "built in" analyzers to OpenSearch.' ;;
      mapper-extras)
        classname=org.opensearch.index.mapper.MapperExtrasPlugin
        description='Adds advanced field mappers' ;;
    esac
    cat >"$home/modules/$module/plugin-descriptor.properties" <<EOF
description=$description
version=$OPENSEARCH_VERSION
name=$module
classname=$classname
java.version=11
opensearch.version=$OPENSEARCH_VERSION
custom.foldername=
extended.plugins=
has.native.controller=false
EOF
  done
  touch "$home/.complete"
}

opensearch_user() {
  # OpenSearch refuses to run as root: as root, run it as a system user that owns its folders.
  if is_root; then
    id opensearch >/dev/null 2>&1 \
      || useradd --system --no-create-home --shell /usr/sbin/nologin opensearch
    echo opensearch
  else
    id -un
  fi
}

opensearch_answers() {
  curl -fsS "http://127.0.0.1:$1/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1
}

opensearch_start_node() {
  # opensearch_start_node NAME HTTP_PORT TRANSPORT_PORT [extra -E settings...]
  local name=$1 http_port=$2 transport_port=$3
  shift 3
  if opensearch_answers "$http_port"; then
    say "OpenSearch ($name) answers on 127.0.0.1:$http_port"
    return 0
  fi
  [ -n "$JAVA17_HOME" ] || { say "no Java 17 under /usr/lib/jvm"; return 1; }
  opensearch_fetch
  local home data user
  home=$(opensearch_home)
  data="$SERVICES_DIR/data/$name"
  user=$(opensearch_user)
  mkdir -p "$data/logs" "$data/tmp"
  if is_root; then
    chown -R "$user" "$home" "$data"
  fi
  local cmd=(env JAVA_HOME="$JAVA17_HOME" OPENSEARCH_TMPDIR="$data/tmp"
    OPENSEARCH_JAVA_OPTS="-Xms$OPENSEARCH_HEAP -Xmx$OPENSEARCH_HEAP"
    "$home/bin/opensearch" -d -p "$data/opensearch.pid"
    -Enode.name="$name" -Epath.data="$data" -Epath.logs="$data/logs"
    -Enetwork.host=127.0.0.1 -Ehttp.port="$http_port" -Etransport.port="$transport_port"
    -Ecluster.routing.allocation.disk.threshold_enabled=false "$@")
  say "starting OpenSearch ($name) on 127.0.0.1:$http_port ..."
  if is_root; then
    runuser -u "$user" -- "${cmd[@]}"
  else
    "${cmd[@]}"
  fi
  wait_for 120 "OpenSearch ($name)" opensearch_answers "$http_port" || {
    tail -n 30 "$data/logs/"*.log 2>/dev/null || true
    return 1
  }
  say "OpenSearch ($name) answers on 127.0.0.1:$http_port"
}

opensearch() {
  opensearch_start_node node-1 "$OPENSEARCH_PORT" 9300 -Ediscovery.type=single-node \
    -Ecluster.name=famnrw-single
}

opensearch_cluster() {
  # Two nodes of one cluster on 9211/9212 (transport 9311/9312): the failover drill.
  local seeds=127.0.0.1:9311,127.0.0.1:9312
  local common=(-Ecluster.name=famnrw-drill -Ediscovery.seed_hosts="$seeds"
    -Ecluster.initial_cluster_manager_nodes=drill-1,drill-2)
  # Fetched once, before the two nodes start side by side (each would unpack it otherwise).
  opensearch_fetch
  opensearch_start_node drill-1 9211 9311 "${common[@]}" &
  opensearch_start_node drill-2 9212 9312 "${common[@]}"
  wait
}

opensearch_stop() {
  local pidfile pid
  for pidfile in "$SERVICES_DIR"/data/*/opensearch.pid; do
    [ -f "$pidfile" ] || continue
    if [ -n "${1:-}" ] && [[ "$pidfile" != *"/$1/"* ]]; then
      continue
    fi
    pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      for _ in $(seq 1 30); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
      done
      say "stopped OpenSearch (pid $pid)"
    fi
    rm -f "$pidfile"
  done
}

status() {
  pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && say "PostgreSQL: up" || say "PostgreSQL: down"
  redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && say "Redis: up" || say "Redis: down"
  opensearch_answers "$OPENSEARCH_PORT" && say "OpenSearch: up" || say "OpenSearch: down"
}

case "${1:-}" in
  postgres) postgres ;;
  database) database "${2:-}" ;;
  redis) redis ;;
  chromium) chromium ;;
  thesaurus) thesaurus ;;
  opensearch) opensearch ;;
  opensearch-stop) opensearch_stop "${2:-}" ;;
  opensearch-cluster) opensearch_cluster ;;
  all) chromium; thesaurus; postgres; redis; opensearch ;;
  status) status ;;
  *)
    sed -n '2,14p' "$0"
    exit 2
    ;;
esac
