#!/usr/bin/env node
// Starts one built service: `node deploy/run-service.js grants`. Resolves the @tributary/* libraries
// inside dist/ the same way tsconfig.base.json does in the sources.
const path = require('node:path');
const tsconfigPaths = require('tsconfig-paths');
const { compilerOptions } = require('../tsconfig.base.json');

const services = ['directory', 'grants', 'activities', 'indicators'];
const name = process.argv[2];
if (!services.includes(name)) {
  console.error(`usage: run-service.js ${services.join('|')}`);
  process.exit(2);
}
const dist = path.resolve(__dirname, '..', 'dist');
tsconfigPaths.register({ baseUrl: dist, paths: compilerOptions.paths });
require(path.join(dist, 'apps', name, 'src', 'main.js'));
