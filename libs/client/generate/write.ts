// Regenerates libs/client's OpenAPI documents and types from the services' code: npm run client:generate
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { clientFiles } from './client-files';

const repo = path.join(__dirname, '..', '..', '..', '..');

void clientFiles().then((files) => {
  for (const file of files) writeFileSync(path.join(repo, file.path), file.contents);
});
