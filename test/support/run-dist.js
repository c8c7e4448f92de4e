// Runs a compiled test entry point from dist/ with the @tributary/* aliases resolved there:
// `node test/support/run-dist.js test/backbone/fixture/main.js`.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../../tsconfig.base.json');

const dist = path.resolve(__dirname, '..', '..', 'dist');
tsconfigPaths.register({ baseUrl: dist, paths: compilerOptions.paths });
require(path.join(dist, process.argv[2]));
