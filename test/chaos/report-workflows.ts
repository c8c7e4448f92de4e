import { PatientClient, Random } from './chaos-clients';

type Status = 'draft' | 'submitted' | 'validated' | 'returned';

interface Cell {
  sex: string;
  ageBand: string;
  category: string;
  count: number;
}

export interface ActivityRead {
  id: string;
  version: number;
  subGrantId: string;
  projectId: string;
  leadPartnerId: string;
  report: { status: Status; actualStart: string; participants: { total: number; cells: Cell[] } } | null;
}

/** An activity as its one workflow last knew it. */
interface Tracked {
  id: string;
  version: number;
  status: Status | 'planned';
}

const SEXES = ['female', 'male', 'not-stated'];
const AGE_BANDS = ['under-18', '18-35', '36-59', 'unknown'];
const CATEGORIES = ['community-leaders', 'religious-leaders', 'womens-associations', 'youth-associations', 'ngo-representatives'];
/** Months of the project (2024–2025), so reports fall in every quarter, semester and year. */
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

function reportContent(random: Random, month = random.pick(MONTHS)) {
  const combos = random.shuffle(SEXES.flatMap((sex) => AGE_BANDS.flatMap((ageBand) => CATEGORIES.map((category) => ({ sex, ageBand, category })))));
  const cells = combos.slice(0, random.between(1, 4)).map((c) => ({ ...c, count: random.between(0, 40) }));
  const day = random.between(1, 20);
  return {
    actualStart: `${month}-${String(day).padStart(2, '0')}`,
    actualEnd: `${month}-${String(day + random.between(0, 7)).padStart(2, '0')}`,
    pcode: 'ML06',
    participants: { total: cells.reduce((sum, c) => sum + c.count, 0), cells },
    outputs: [
      ...Array.from({ length: random.between(0, 9) }, () => ({ kind: 'recommendation' })),
      ...(random.between(0, 2) > 0 ? [{ kind: 'action-plan', quantity: random.between(1, 2) }] : []),
    ],
    narrative: 'Rapport de terrain',
  };
}

const plan = (subGrantId: string) => ({
  subGrantId, type: 'community-dialogue', title: 'Dialogue communautaire', plannedStart: '2024-02-01', plannedEnd: '2025-12-31', pcode: 'ML06', themes: ['pve'], plannedParticipants: 100,
});

/**
 * One client's report workflows over the activities it owns: plan → write → submit → validate,
 * return → write again → resubmit, correct (other counts, sometimes another month), return a
 * validated report, and offline batches sent twice. Each activity has this one client as its only
 * writer, so when a step's outcome is unknown (no answer, then 409 on the retry) a version above
 * the one the step was based on means the step was applied.
 */
export class ReportWorkflows {
  private readonly owned: Tracked[] = [];
  readonly steps: Record<string, number> = {};

  constructor(
    private readonly name: string,
    private readonly http: PatientClient,
    private readonly random: Random,
    private readonly subGrantIds: string[],
    /** Every activity id ever sent, for the final read-back. */
    private readonly sent: Set<string>,
  ) {}

  async run(keepGoing: () => boolean): Promise<void> {
    while (keepGoing()) {
      try {
        await this.oneStep();
      } catch (error) {
        this.http.anomaly(`${this.name}: ${(error as Error).message}`);
        return;
      }
    }
  }

  private count(step: string) {
    this.steps[step] = (this.steps[step] ?? 0) + 1;
  }

  private async oneStep(): Promise<void> {
    const open = this.owned.filter((a) => a.status !== 'planned' && a.status !== 'draft');
    if (open.length < 3 || this.random.chance(0.25)) {
      if (this.random.chance(0.4)) await this.batch();
      else await this.single();
      return;
    }
    const activity = this.random.pick(open);
    switch (activity.status) {
      case 'submitted':
        if (this.random.chance(0.7)) await this.step(activity, 'validate', 'program-manager', 'POST', 'report/validate', { version: activity.version });
        else await this.step(activity, 'return', 'program-manager', 'POST', 'report/return', { version: activity.version, comments: 'listes de présence manquantes' });
        break;
      case 'validated':
        if (this.random.chance(0.75)) {
          const month = this.random.chance(0.4) ? undefined : (await this.read(activity.id))!.report!.actualStart.slice(0, 7);
          await this.step(activity, 'correct', 'program-manager', 'POST', 'report/correct', {
            version: activity.version, reason: 'comptage repris', ...reportContent(this.random, month),
          });
        } else {
          await this.step(activity, 'return validated', 'program-manager', 'POST', 'report/return', { version: activity.version, comments: 'doublon avec une autre activité' });
        }
        break;
      case 'returned':
        await this.step(activity, 'rewrite', 'cso-reporter', 'PUT', 'report', { version: activity.version, ...reportContent(this.random) });
        await this.submit(activity);
        break;
    }
  }

  /** Plans one activity, writes its report and submits it, request by request. */
  private async single(): Promise<void> {
    const id = this.random.id();
    this.sent.add(id);
    const planned = await this.http.send('cso-reporter', 'activities', 'PUT', `/activities/${id}`, plan(this.random.pick(this.subGrantIds)));
    if (planned.status !== 201 && planned.status !== 200) {
      this.http.anomaly(`${this.name}: planning ${id} answered ${planned.status} ${JSON.stringify(planned.body).slice(0, 300)}`);
      return;
    }
    this.count('plan');
    const activity: Tracked = { id, version: planned.body.activity.version, status: 'planned' };
    this.owned.push(activity);
    await this.step(activity, 'write', 'cso-reporter', 'PUT', 'report', { version: activity.version, ...reportContent(this.random) });
    await this.submit(activity);
  }

  /** Submission carries an Idempotency-Key: its retry answers the activity as it is, applied once. */
  private async submit(activity: Tracked): Promise<void> {
    await this.step(activity, 'submit', 'cso-reporter', 'POST', 'report/submit', { version: activity.version }, { 'idempotency-key': this.random.id() });
  }

  /**
   * Offline activities in one batch, sent twice (one after the other, or both at once): each item
   * is planned, written and submitted once, and every answer is created, updated or unchanged.
   */
  private async batch(): Promise<void> {
    const items = Array.from({ length: this.random.between(1, 3) }, () => {
      const id = this.random.id();
      this.sent.add(id);
      return { id, plan: plan(this.random.pick(this.subGrantIds)), report: reportContent(this.random), submit: true };
    });
    const send = () => this.http.send('cso-reporter', 'activities', 'POST', '/activities/batch', { items });
    const answers = this.random.chance(0.5) ? await Promise.all([send(), send()]) : [await send(), await send()];
    this.count('batch sent twice');
    for (const answer of answers) {
      if (answer.status !== 200) {
        this.http.anomaly(`${this.name}: batch answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
        continue;
      }
      for (const result of answer.body as { id: string; outcome: string; reason?: string }[]) {
        if (!['created', 'updated', 'unchanged'].includes(result.outcome)) this.http.anomaly(`${this.name}: batch item ${result.id} answered ${result.outcome}: ${result.reason}`);
      }
    }
    for (const item of items) {
      const read = await this.read(item.id);
      if (read?.report?.status !== 'submitted' || read.report.participants.total !== item.report.participants.total) {
        this.http.anomaly(`${this.name}: batch item ${item.id} is ${read ? `${read.report?.status} with ${read.report?.participants.total}` : 'missing'}, not submitted with ${item.report.participants.total}`);
      }
      if (read) this.owned.push({ id: read.id, version: read.version, status: read.report?.status ?? 'planned' });
    }
  }

  async read(id: string): Promise<ActivityRead | undefined> {
    const answer = await this.http.send('program-manager', 'activities', 'GET', `/activities/${id}`);
    if (answer.status === 404) return undefined;
    if (answer.status !== 200) throw new Error(`reading ${id} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    return answer.body as ActivityRead;
  }

  /** One version-checked step; an unknown outcome is settled by reading the activity back. */
  private async step(activity: Tracked, name: string, who: 'cso-reporter' | 'program-manager', method: string, path: string, body: { version: number; [field: string]: unknown }, headers?: Record<string, string>): Promise<void> {
    const basedOn = activity.version;
    const answer = await this.http.send(who, 'activities', method, `/activities/${activity.id}/${path}`, body, headers);
    this.count(name);
    if (answer.status === 200) {
      activity.version = answer.body.version;
      activity.status = answer.body.report?.status ?? 'planned';
      return;
    }
    const current = await this.read(activity.id);
    if (answer.status === 409 && current && current.version > basedOn) {
      this.http.counts.unknownOutcomes++;
    } else {
      this.http.anomaly(`${this.name}: ${name} of ${activity.id} (version ${basedOn}) answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
    if (current) {
      activity.version = current.version;
      activity.status = current.report?.status ?? 'planned';
    }
  }
}
