import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { openApiDocument, SERVICE_CONFIG, ServiceConfig } from '@tributary/platform';
import { ActivitiesModule } from '../../../apps/activities/src/activities.module';
import { DirectoryModule } from '../../../apps/directory/src/directory.module';
import { GrantsModule } from '../../../apps/grants/src/grants.module';
import { IndicatorsModule } from '../../../apps/indicators/src/indicators.module';

const SERVICES: Record<string, Type<unknown>> = {
  directory: DirectoryModule,
  grants: GrantsModule,
  activities: ActivitiesModule,
  indicators: IndicatorsModule,
};

/** A file of libs/client, its path from the repository's root. */
export interface ClientFile {
  path: string;
  contents: string;
}

/**
 * The service's OpenAPI document, the one it serves at /docs-json, without running it: the
 * application is created but neither initialised nor listening, so it reaches no broker. Creating it
 * still opens the store connection (@nestjs/mongoose connects even when "lazy"), so it is given an
 * address the driver refuses at once rather than one it would wait five seconds on.
 */
async function serviceDocument(module: Type<unknown>): Promise<Record<string, unknown>> {
  const storeAddress = process.env.MONGO_URL;
  process.env.MONGO_URL = 'mongodb://127.0.0.1:99999';
  try {
    const app = await NestFactory.create(module, { logger: false, abortOnError: false });
    try {
      return JSON.parse(JSON.stringify(openApiDocument(app, app.get<ServiceConfig>(SERVICE_CONFIG).service)));
    } finally {
      await app.close();
    }
  } finally {
    if (storeAddress === undefined) delete process.env.MONGO_URL;
    else process.env.MONGO_URL = storeAddress;
  }
}

/**
 * The TypeScript types of each document, by openapi-typescript. Its own dependencies are ES
 * modules, which node loads but jest's module loader does not (the staleness test runs in jest),
 * so it runs in a node process of its own. The documents go through a file: read from a pipe, a
 * few megabytes could come back EAGAIN when the pipe had nothing ready yet.
 */
function typesOf(documents: Record<string, unknown>[]): string[] {
  const directory = mkdtempSync(join(tmpdir(), 'tributary-client-'));
  const input = join(directory, 'documents.json');
  try {
    writeFileSync(input, JSON.stringify(documents));
    const generator = `
      const { default: openapiTS, astToString } = require(${JSON.stringify(require.resolve('openapi-typescript'))});
      const documents = JSON.parse(require('node:fs').readFileSync(process.argv[1], 'utf8'));
      Promise.all(documents.map(async (document) => astToString(await openapiTS(document, { silent: true }))))
        .then((types) => process.stdout.write(JSON.stringify(types)));`;
    const run = spawnSync(process.execPath, ['-e', generator, input], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`openapi-typescript failed: ${run.stderr}`);
    return JSON.parse(run.stdout) as string[];
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The documents of the four services and the TypeScript types generated from them. */
export async function clientFiles(): Promise<ClientFile[]> {
  const services = Object.keys(SERVICES);
  const documents: Record<string, unknown>[] = [];
  for (const service of services) documents.push(await serviceDocument(SERVICES[service]));
  const types = typesOf(documents);
  return services.flatMap((service, i) => [
    { path: `libs/client/openapi/${service}.json`, contents: `${JSON.stringify(documents[i], null, 2)}\n` },
    { path: `libs/client/src/${service}.ts`, contents: `// Generated from libs/client/openapi/${service}.json by npm run client:generate: do not edit.\n${types[i]}` },
  ]);
}
