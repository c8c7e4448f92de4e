// Regenerates libs/contracts/asyncapi.json from the event definitions: npm run contracts:asyncapi
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { asyncApiDocument } from './src/asyncapi';
import { ALL_EVENTS } from './src/catalog';

writeFileSync(path.join(__dirname, '..', '..', '..', 'libs', 'contracts', 'asyncapi.json'), `${JSON.stringify(asyncApiDocument(ALL_EVENTS), null, 2)}\n`);
