import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One figure of a benchmark beside the raw parts measured in the same run, and its target. */
export interface Figure {
  figure: string;
  measured: string;
  baseline: string;
  /** measured ÷ baseline, as the target reads it (× for times and rates alike). */
  ratio: string;
  target: string;
  /** Whether the target is met, or what bounds the figure when it is not. */
  met: string;
}

export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** `a ÷ b` for the tables. */
export const times = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** `12.3 ms` / `1,234 events/s` in the tables. */
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const perSecond = (value: number, unit: string) => `${Math.round(value).toLocaleString('en')} ${unit}/s`;

/**
 * The figures of one benchmark run: each printed as a JSON line as it is measured, and all of them
 * appended as a table to bench/results/<date>.md, with the load average at the start and end (other
 * work on the machine moves the figures; the ratios to baselines of the same run move less).
 */
export class BenchReport {
  private readonly figures: Figure[] = [];
  private readonly startLoad = loadAverage();
  private readonly startedAt = new Date();

  constructor(private readonly name: string, private readonly parameters: Record<string, string | number>) {}

  add(figure: Figure): void {
    this.figures.push(figure);
    console.log(JSON.stringify(figure));
  }

  /** Measures that have no baseline of their own (details under the table). */
  readonly notes: string[] = [];

  note(line: string): void {
    this.notes.push(line);
    console.log(line);
  }

  write(): string {
    const file = path.join(__dirname, '..', '..', 'bench', 'results', `${this.startedAt.toISOString().slice(0, 10)}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    const parameters = Object.entries(this.parameters).map(([k, v]) => `${k}=${v}`).join(' ');
    const lines = [
      `## ${this.name} — ${this.startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `\`npm run bench -- ${this.name}\` (${parameters}); load average ${this.startLoad} at the start, ${loadAverage()} at the end.`,
      '',
      '| figure | measured | raw baseline, same run | ratio | target | met? / bound |',
      '|---|---|---|---|---|---|',
      ...this.figures.map((f) => `| ${f.figure} | ${f.measured} | ${f.baseline} | ${f.ratio} | ${f.target} | ${f.met} |`),
      '',
      ...this.notes.map((n) => `- ${n}`),
      '',
    ];
    appendFileSync(file, lines.join('\n') + '\n');
    console.error(`figures appended to ${path.relative(process.cwd(), file)}`);
    return file;
  }
}
