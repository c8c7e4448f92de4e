import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { parse } from 'yaml';

/**
 * The Grafana dashboard and the Prometheus alert rules (deploy/observability). Every query is parsed
 * with the Prometheus project's own PromQL grammar; that the metrics they name are the ones the
 * services serve is test/foundation/operating.e2e-spec.ts. Where promtool has been built
 * (deploy/observability/check.sh), it also checks the rules and runs their unit tests.
 */
const observability = path.join(__dirname, '..', '..', 'deploy', 'observability');

/** The PromQL syntax errors of an expression, with the text around each. */
function promqlErrors(expr: string): string[] {
  const errors: string[] = [];
  parser.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError) errors.push(`at ${node.from}: …${expr.slice(Math.max(0, node.from - 20), node.from + 20)}…`);
    },
  });
  return errors;
}

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels: { severity: string };
  annotations: { summary: string; description: string };
}

describe('observability: alert rules and dashboard', () => {
  const rules = (parse(readFileSync(path.join(observability, 'prometheus', 'alerts.yml'), 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);

  it('the rules are valid PromQL, each with a severity, a summary and what to do', () => {
    expect(rules.map((r) => r.alert)).toEqual(expect.arrayContaining([
      'TributaryConsumerLagGrowing', 'TributaryEventsDeadLettered', 'TributaryOutboxEventsWaiting', 'TributaryHttpServerErrors',
    ]));
    for (const rule of rules) {
      expect({ alert: rule.alert, errors: promqlErrors(rule.expr) }).toEqual({ alert: rule.alert, errors: [] });
      expect(['warning', 'critical']).toContain(rule.labels.severity);
      expect(rule.annotations.summary).toBeTruthy();
      expect(rule.annotations.description).toBeTruthy();
      if (rule.for) expect(rule.for).toMatch(/^\d+[smh]$/);
    }
  });

  it('every alert has a unit test in alerts.test.yml', () => {
    const tests = parse(readFileSync(path.join(observability, 'prometheus', 'alerts.test.yml'), 'utf8')) as { tests: { alert_rule_test: { alertname: string }[] }[] };
    const tested = new Set(tests.tests.flatMap((t) => t.alert_rule_test.map((a) => a.alertname)));
    for (const rule of rules) expect({ alert: rule.alert, tested: tested.has(rule.alert) }).toEqual({ alert: rule.alert, tested: true });
  });

  it('the dashboard queries are valid PromQL on the chosen Prometheus, in a grid 24 wide', () => {
    const dashboard = JSON.parse(readFileSync(path.join(observability, 'grafana', 'tributary.json'), 'utf8'));
    const panels = dashboard.panels as { id: number; type: string; gridPos: { x: number; w: number }; datasource?: { uid: string }; targets?: { expr: string }[] }[];
    expect(new Set(panels.map((p) => p.id)).size).toBe(panels.length);
    for (const panel of panels) {
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      if (panel.type === 'row') continue;
      expect(panel.datasource?.uid).toBe('${datasource}');
      for (const { expr } of panel.targets ?? []) {
        // Grafana's variables, as Grafana replaces them before Prometheus sees the query.
        const query = expr.replace(/\$__rate_interval/g, '1m').replace(/\$service/g, '.*');
        expect({ expr, errors: promqlErrors(query) }).toEqual({ expr, errors: [] });
      }
    }
  });

  const promtool = spawnSync('bash', [path.join(observability, 'check.sh'), '--if-installed'], { encoding: 'utf8', timeout: 60_000 });
  if (promtool.status === 3) console.warn(`promtool checks skipped: ${promtool.stderr.trim()}`);
  (promtool.status === 3 ? it.skip : it)('promtool checks the rules and every alert fires as its unit test says', () => {
    expect({ status: promtool.status, output: `${promtool.stdout}${promtool.stderr}` }).toMatchObject({ status: 0 });
  });
});
