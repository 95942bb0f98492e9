#!/usr/bin/env bash
# Checks the files of docker/ with each tool's own checker, for machines without Docker.
# Needs promtool and amtool (Debian: apt-get install prometheus prometheus-alertmanager),
# caddy (apt-get install caddy) and python3 with PyYAML. Run from anywhere:
#   docker/check.sh
# That the dashboard and the rules name only metrics Firebreak exposes is checked by
# MetricsEndpointTest, against a real scrape.
set -euo pipefail
cd "$(dirname "$0")"

echo "== compose.yaml, Grafana provisioning: YAML; the dashboard: JSON"
python3 - <<'PY'
import json, yaml
compose = yaml.safe_load(open("compose.yaml"))
services = compose["services"]
for name in ("firebreak-1", "firebreak-2", "proxy", "mysql", "prometheus", "alertmanager", "grafana", "mailpit"):
    assert name in services, name
for node in ("firebreak-1", "firebreak-2"):
    env = services[node]["environment"]
    assert env["SPRING_MAIL_HOST"] == "mailpit", node
    assert env["FIREBREAK_DB_URL"].startswith("jdbc:mysql://mysql:3306/"), node
assert services["mysql"]["image"].startswith("mysql:8.4")
for f in ("grafana/provisioning/datasources/prometheus.yml", "grafana/provisioning/dashboards/firebreak.yml"):
    yaml.safe_load(open(f))
dashboard = json.load(open("grafana/dashboards/firebreak.json"))
queries = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
assert queries, "no panel queries"
print("compose services:", ", ".join(sorted(services)))
print("dashboard panels:", len(dashboard["panels"]), "queries:", len(queries))
PY

echo "== Prometheus configuration and rules"
# credentials_file must exist for promtool: check a copy laid out as compose mounts it
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp prometheus/prometheus.yml prometheus/rules.yml "$work"/
cp secrets/metrics-token "$work"/firebreak-metrics-token
promtool check config "$work"/prometheus.yml
promtool check rules prometheus/rules.yml
promtool test rules prometheus/rules.test.yml

echo "== the dashboard's queries: PromQL that parses (as recording rules, for promtool)"
python3 - "$work"/dashboard-queries.yml <<'PY'
import json, sys, yaml
dashboard = json.load(open("grafana/dashboards/firebreak.json"))
rules = [{"record": "dashboard:query%d" % i, "expr": t["expr"].replace("$__rate_interval", "5m")}
         for i, t in enumerate(t for p in dashboard["panels"] for t in p.get("targets", []))]
yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}, open(sys.argv[1], "w"))
PY
promtool check rules "$work"/dashboard-queries.yml

echo "== Alertmanager configuration and routes"
amtool check-config alertmanager/alertmanager.yml
test "$(amtool config routes test --config.file=alertmanager/alertmanager.yml service=firebreak alertname=FirebreakInboxBackingUp 2>/dev/null)" = "firebreak-admins"
test "$(amtool config routes test --config.file=alertmanager/alertmanager.yml service=checkout alertname=TargetDown 2>/dev/null)" = "firebreak"
echo "routes: Firebreak's own alerts to firebreak-admins, others to firebreak"

echo "== Caddyfile"
caddy validate --config caddy/Caddyfile --adapter caddyfile 2>&1 | tail -1
echo
echo "All checks passed."
