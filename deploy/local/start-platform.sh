#!/usr/bin/env bash
# Installs everything, starts Kafka and the local MongoDB-wire server, builds and starts the four services in the
# background, loads the demo data, and prints where to find each service.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source deploy/local/prerequisites.sh
bash deploy/local/ensure-node-modules.sh
bash deploy/local/infra.sh up
echo "[platform] building" >&2
npx tsc -p tsconfig.build.json
npm run --silent console:build >/dev/null

run_dir=.local/platform
mkdir -p "$run_dir"
declare -A ports=([directory]=3001 [grants]=3002 [activities]=3003 [indicators]=3004)
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
healthy() { node -e "fetch('http://127.0.0.1:$1/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; }

for service in directory grants activities indicators; do
  port="${ports[$service]}"
  if port_open "$port"; then echo "[platform] $service already answers on $port" >&2; continue; fi
  # Each service loads its part of the demo data once: directory the organisations and users;
  # grants the projects and sub-grants, and activities the AMSS study, each once what it needs has
  # reached it through events.
  PORT="$port" DIRECTORY_SEED_DEMO=true GRANTS_SEED_DEMO=true ACTIVITIES_SEED_DEMO=true INDICATORS_SEED_DEMO=true nohup node deploy/run-service.js "$service" >"$run_dir/$service.log" 2>&1 &
  echo $! >"$run_dir/$service.pid"
done

for service in directory grants activities indicators; do
  port="${ports[$service]}"
  for _ in $(seq 1 120); do
    healthy "$port" && break
    if [ -f "$run_dir/$service.pid" ] && ! kill -0 "$(cat "$run_dir/$service.pid")" 2>/dev/null; then
      echo "[platform] $service stopped; last lines of $run_dir/$service.log:" >&2
      tail -n 20 "$run_dir/$service.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  healthy "$port" || { echo "[platform] $service is not healthy" >&2; exit 1; }
done

# The console: its built files and the services' APIs on one origin (apps/console/server).
if port_open 3000; then
  echo "[platform] console already answers on 3000" >&2
else
  CONSOLE_PORT=3000 nohup node dist/apps/console/server/console-server.js >"$run_dir/console.log" 2>&1 &
  echo $! >"$run_dir/console.pid"
  for _ in $(seq 1 40); do healthy 3000 && break; sleep 0.25; done
  healthy 3000 || { echo "[platform] the console is not answering; see $run_dir/console.log" >&2; exit 1; }
fi

cat <<TEXT

Tributary is running (logs in $run_dir/, stop with: npm run stop)
  console     http://127.0.0.1:3000        (web app for CSOs, program managers and M&E staff; French, English by the switch)
  directory   http://127.0.0.1:3001/docs   (OpenAPI: /docs-json, health: /health)
  grants      http://127.0.0.1:3002/docs
  activities  http://127.0.0.1:3003/docs
  indicators  http://127.0.0.1:3004/docs
  Kafka       127.0.0.1:9092     MongoDB wire  mongodb://127.0.0.1:27017

Demo users (password Tributary-demo-2026): admin@tributary.example, pm@fhi360.example,
me@fhi360.example, rapporteur@amss.example, donor@usaid.example (see README, "Signing in").
TEXT
