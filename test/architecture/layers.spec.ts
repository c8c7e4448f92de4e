import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..');

/** Runs dependency-cruiser with the repository's rules over the given folders; its verdict and output. */
function cruise(...folders: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'), ...folders, '--config', '.dependency-cruiser.js', '--output-type', 'err'],
    { cwd: repo, encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

describe('architecture', () => {
  it('keeps the layer rules of .dependency-cruiser.js', () => {
    const run = cruise('apps', 'libs');
    expect(run.output).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });

  describe('on a planted violation', () => {
    // Outside apps/ and libs/ (and ignored by git, tsc and jest), so a crash leaves nothing in the code.
    const planted = path.join('.local', `layers-planted-${process.pid}`);
    const plant = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(repo, planted, file)), { recursive: true });
      writeFileSync(path.join(repo, planted, file), text);
    };
    const toRepo = (target: string) => path.relative(path.join(repo, planted, 'grants', 'domain'), path.join(repo, target));

    beforeAll(() => {
      // A domain file that reaches a projector only through an innocent-looking helper.
      plant('grants/domain/award.ts', "import { roundedAward } from '../helpers/rounding';\nexport const award = roundedAward;\n");
      plant('grants/helpers/rounding.ts', `import { KnownOrganisations } from '${toRepo('apps/grants/src/organisations/known-organisations.projector')}';\nexport const roundedAward = KnownOrganisations;\n`);
      // A domain file that reaches Nest through the platform's barrel.
      plant('grants/domain/deadline.ts', "import { ProblemException } from '@tributary/platform';\nexport const deadline = ProblemException;\n");
    });
    afterAll(() => rmSync(path.join(repo, planted), { recursive: true, force: true }));

    it('fails, naming the outer layer a domain file reaches and the framework it pulls in', () => {
      const run = cruise(planted);
      expect(run.status).not.toBe(0);
      expect(run.output).toMatch(/domain-reaches-no-outer-layer: \S*grants\/domain\/award\.ts → \S*known-organisations\.projector\.ts/);
      expect(run.output).toMatch(/domain-reaches-no-framework: \S*grants\/domain\/deadline\.ts → \S*node_modules\/@nestjs\//);
    });
  });
});
