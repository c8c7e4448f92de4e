import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ALL_EVENTS } from '@tributary/contracts';

/**
 * Renders deploy/k8s with kustomize and validates every resource against the Kubernetes schemas
 * (deploy/k8s/validate.sh), then checks what the platform relies on in the rendered production
 * manifests. The first run installs the tools into ~/.cache/tributary (a few minutes: kustomize is
 * built from the Go module proxy); the suite is skipped, saying why, only where they cannot be installed.
 */
const rendered = mkdtempSync(path.join(tmpdir(), 'tributary-k8s-'));
const run = spawnSync('bash', [path.join(__dirname, '..', '..', 'deploy', 'k8s', 'validate.sh')], {
  env: { ...process.env, RENDERED_DIR: rendered },
  encoding: 'utf8',
  timeout: 15 * 60_000,
});
const toolsMissing = run.status === 3;
if (toolsMissing) console.warn(`Kubernetes manifests not validated: ${run.stderr.trim()}`);

type Resource = { kind: string; metadata: { name: string; namespace?: string }; spec?: any };
const production = (): Resource[] =>
  parseAllDocuments(readFileSync(path.join(rendered, 'overlays-production.yaml'), 'utf8')).map((d) => d.toJS() as Resource);
const SERVICES = ['directory', 'grants', 'activities', 'indicators'];

(toolsMissing ? describe.skip : describe)('Kubernetes manifests (deploy/k8s)', () => {
  afterAll(() => rmSync(rendered, { recursive: true, force: true }));

  it('render and fit the Kubernetes schemas, strictly, for the base and every overlay', () => {
    expect({ status: run.status, output: `${run.stdout}${run.stderr}` }).toMatchObject({ status: 0 });
    expect(run.stdout).toContain('== base');
    expect(run.stdout).toContain('== overlays/production');
  });

  it('run every service non-root on a read-only file system, probed on /health/live and /health/ready', () => {
    const deployments = production().filter((r) => r.kind === 'Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual([...SERVICES].sort());
    for (const deployment of deployments) {
      const pod = deployment.spec.template.spec;
      const [container] = pod.containers;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.resources.requests).toBeDefined();
      expect(container.resources.limits.memory).toBeDefined();
      expect(container.image).toMatch(/:[\w.-]+$/);
    }
  });

  it('give every service a Service, a PodDisruptionBudget and an autoscaler, in the namespace', () => {
    const resources = production();
    for (const kind of ['Service', 'PodDisruptionBudget', 'HorizontalPodAutoscaler']) {
      expect(resources.filter((r) => r.kind === kind).map((r) => r.metadata.name).sort()).toEqual([...SERVICES].sort());
    }
    for (const resource of resources.filter((r) => r.kind !== 'Namespace')) expect(resource.metadata.namespace).toBe('tributary');
  });

  it('hold no secret, only references to Secrets made outside the repository', () => {
    expect(production().filter((r) => r.kind === 'Secret')).toEqual([]);
  });

  it('create every event topic as a KafkaTopic of the Strimzi cluster', () => {
    const topics = production().filter((r) => r.kind === 'KafkaTopic').map((r) => r.spec.topicName);
    expect(topics.sort()).toEqual([...new Set(ALL_EVENTS.map((e) => e.topic))].sort());
  });
});
