// Top self-time functions of a V8 CPU profile (node --cpu-prof), for the benchmark notes:
//   node dist/bench/cpu-profile.js <file.cpuprofile> [how many, default 25]
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (name, file, line), largest first, as a share of all samples. */
export function topSelfTime(profile: Profile, count: number): { share: number; ms: number; where: string }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)!.callFrame;
    const file = frame.url.replace(/^file:\/\//, '');
    const where = `${frame.functionName || '(anonymous)'} ${file ? `${file.includes('node_modules') ? file.slice(file.indexOf('node_modules') + 13) : path.relative(process.cwd(), file)}:${frame.lineNumber + 1}` : ''}`.trim();
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(where, (self.get(where) ?? 0) + delta);
    total += delta;
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count).map(([where, us]) => ({ share: us / total, ms: us / 1000, where }));
}

if (require.main === module) {
  const [file, count = '25'] = process.argv.slice(2);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  for (const { share, ms, where } of topSelfTime(profile, Number(count))) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${Math.round(ms).toString().padStart(7)} ms  ${where}`);
}
