#!/usr/bin/env bash
# Runs every EventFly test: installs what is missing (Debian's redis-server, nats-server, postgresql, kubernetes-client
# for kubectl and, for the E2E tests, chromium), builds the solution warning-free in Release, generates the idempotent
# migration scripts of the server providers (SQL Server, PostgreSQL), runs all test projects and prints one summary line.
#   ./test.sh            everything
#   ./test.sh --no-e2e   everything but the browser tests (faster inner loop)
set -euo pipefail
cd "$(dirname "$0")"

configuration=Release
results="$PWD/artifacts/test-results"
run_e2e=1
[[ "${1:-}" == "--no-e2e" ]] && run_e2e=0

step() { printf '\n== %s\n' "$*"; }

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "need root (or sudo) to run: $*" >&2; return 1; fi
}

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Debian packages the tests need: redis-server (the live hub's backplane between two web hosts, in the Web tests, so
# always), nats-server (integration events over JetStream, in the Web tests too), postgresql (the Services and Web tests
# start a throwaway cluster of their own; Debian keeps its binaries in /usr/lib/postgresql/<version>/bin),
# kubernetes-client (`kubectl kustomize` renders deploy/k8s for the architecture tests, so always) and chromium (E2E).
missing=()
command -v redis-server >/dev/null || [[ -x /usr/bin/redis-server ]] || missing+=(redis-server)
command -v nats-server >/dev/null || [[ -x /usr/sbin/nats-server ]] || missing+=(nats-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
command -v kubectl >/dev/null || missing+=(kubernetes-client)
[[ $run_e2e -eq 1 && ! -x /usr/bin/chromium ]] && missing+=(chromium)
if [[ ${#missing[@]} -gt 0 ]]; then
  step "Installing Debian's ${missing[*]} for the tests"
  as_root apt-get update -qq
  # Installing redis-server, nats-server or postgresql may start its system service where systemd runs; the tests start their own
  # on a free port.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore EventFly.sln --verbosity quiet

step "Building ($configuration, warnings are errors)"
started=$SECONDS
dotnet build EventFly.sln -c "$configuration" --no-restore --verbosity quiet -nologo
echo "built in $((SECONDS - started)) s"

# SQL Server is the production provider but has no server here: its idempotent migration script (what a DBA applies)
# is generated, which fails on a migration the provider cannot express. PostgreSQL's likewise; the tests also apply
# its migrations to a real server.
step "Generating the idempotent migration scripts"
scripts="$PWD/artifacts/sql"
mkdir -p "$scripts"
for provider in SqlServer PostgreSql; do
  script="$scripts/$(tr '[:upper:]' '[:lower:]' <<<"$provider").sql"
  if ! output=$(dotnet ef migrations script --idempotent --no-build --configuration "$configuration" \
      --project "EventFly.Migrations.$provider" --output "$script" 2>&1); then
    printf '%s\n' "$output" >&2
    echo "The idempotent $provider migration script could not be generated." >&2
    exit 1
  fi
  echo "$provider: $script ($(grep -c . "$script") lines)"
done

rm -rf "$results"
step "Running tests"
started=$SECONDS
projects=(tests/*/*.csproj)
[[ $run_e2e -eq 0 ]] && projects=($(printf '%s\n' "${projects[@]}" | grep -v E2E))
status=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  echo "-- $name"
  dotnet test "$project" -c "$configuration" --no-build --verbosity quiet -nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || {
      status=1
      # A failed browser test often shows its cause only in the host's log: print its warnings and errors.
      host_log="$(dirname "$project")/bin/$configuration/net10.0/host.log"
      if [[ $name == *E2E* && -f $host_log ]]; then
        echo "-- warnings and errors from $host_log (last 60)"
        grep -E -A3 '^[0-9:]* (warn|fail|crit):' "$host_log" | tail -n 60 || true
        browser_log="$(dirname "$host_log")/browser.log"
        echo "-- what the browser said, and the failed tests' pages, from $browser_log (last 80)"
        tail -n 80 "$browser_log" || true
      fi
    }
done

# One closing line over all projects, read from the TRX files.
passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [[ -f "$trx" ]] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  get() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  total=$(get total); executed=$(get executed)
  skipped=$((skipped + total - executed))
done
echo
echo "Test results: $results (tests ran in $((SECONDS - started)) s)"
echo "$passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 && $passed -gt 0 ]] || status=1
exit $status
