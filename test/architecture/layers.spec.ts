import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');

describe('architecture', () => {
  it('keeps the layer rules of .dependency-cruiser.js', () => {
    const run = spawnSync(
      process.execPath,
      [path.join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), 'apps', 'libs', '--config', '.dependency-cruiser.js', '--output-type', 'err'],
      { cwd: repo, encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });
});
