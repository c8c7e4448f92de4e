// Two projects: `unit` needs nothing running; `integration` gets real Kafka and a real
// MongoDB-wire server from test/infrastructure/global-setup.ts. Type checking is one `tsc` pass
// (npm run typecheck), so jest only transpiles: ts-jest in transpile-only mode, which needs no native
// package (the registry here serves none for other platforms, and `npm ci` needs them in the lockfile).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]),
);

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: { ...compilerOptions, isolatedModules: true }, diagnostics: false }],
};

const shared = { rootDir: __dirname, transform, moduleNameMapper, testEnvironment: 'node' };

module.exports = {
  // Integration suites wait on real brokers; a hung one still fails, just not on a 5 s whim.
  testTimeout: 120000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,test}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/infrastructure/global-setup.ts',
      globalTeardown: '<rootDir>/test/infrastructure/global-teardown.ts',
    },
  ],
};
