/**
 * Layer rules, checked by test/architecture/layers.spec.ts:
 * - domain code (domain/ folders and libs/kernel) is plain TypeScript: it may not reach Nest, Mongo,
 *   Kafka or Express, nor any outer layer (controllers, services, stores, projectors...), even
 *   through another module (`reachable`, not just a direct import);
 * - a lib never imports an app (but the client's generator, which reads each service's routes from
 *   its module), and an app never imports another app;
 * - services reach libs only through their public entry (@tributary/<lib>).
 */
/** Domain code: each feature's domain/ folder, and the kernel it builds on. */
const DOMAIN = '(^|/)domain/|^libs/kernel/';
/** The outer layers, by the suffix of their files or the folder they sit in. */
const OUTER = '\\.(controller|service|store|projector|repository|schema|writer|seeder|module|audit|policy)\\.ts$|(^|/)(database|commands|queries)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-reaches-no-framework',
      comment: 'Domain code and the kernel stay plain TypeScript: nothing they import, directly or through a lib, may pull in Nest, Mongo, Kafka or Express.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: 'node_modules/(@nestjs|mongoose|mongodb|kafkajs|express)(/|$)', reachable: true },
    },
    {
      name: 'domain-reaches-no-outer-layer',
      comment: 'Domain code and the kernel depend on nothing outer: no controller, service, store, projector, schema or module, by file name or folder, however indirectly.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: OUTER, reachable: true },
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
