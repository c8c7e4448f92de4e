/**
 * Layer rules, checked by test/architecture/layers.spec.ts:
 * - domain code is plain TypeScript: no Nest, Mongo or Kafka, and nothing from outer layers;
 * - a lib never imports an app (but the client's generator, which reads each service's routes from
 *   its module), and an app never imports another app;
 * - services reach libs only through their public entry (@tributary/<lib>).
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: { path: 'node_modules/(@nestjs|mongoose|mongodb|kafkajs|express)' },
    },
    {
      name: 'domain-depends-on-nothing-outer',
      severity: 'error',
      from: { path: '(^|/)domain/' },
      to: { path: '(^|/)(database|commands|queries|messaging|http)/' },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/client/generate/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-are-independent',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'libs-through-their-entry',
      severity: 'error',
      from: { path: '^apps/' },
      to: { path: '^libs/[^/]+/src/.+', pathNot: '^libs/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(spec|int-spec|e2e-spec)\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
