import { readFileSync } from 'node:fs';
import path from 'node:path';
import { clientFiles } from './client-files';

const repo = path.join(__dirname, '..', '..', '..');
const committed = (file: string) => {
  try {
    return readFileSync(path.join(repo, file), 'utf8');
  } catch {
    return undefined;
  }
};

describe('the typed client', () => {
  it('is generated from the OpenAPI documents the services build now', async () => {
    const stale = (await clientFiles()).filter((file) => committed(file.path) !== file.contents).map((file) => file.path);
    expect(stale.map((file) => `${file} is out of date: run npm run client:generate`)).toEqual([]);
  });
});
