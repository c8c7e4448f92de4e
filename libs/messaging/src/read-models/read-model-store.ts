import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Metrics, RequestContext, StoreStartup } from '@tributary/platform';
import { Connection, Model, Schema } from 'mongoose';

const POINTER_COLLECTION = 'read_model_generation';
/** How often an instance looks whether another one switched generations, for its reads. */
const REFRESH_MS = 1000;
/** How often the switching instance renews its mark, so that the others can tell it is alive. */
const SWITCH_RENEW_MS = 1000;
/**
 * A mark not renewed for this long was left by an instance that died mid-switch: the others stop
 * holding for it. Held for minutes, a killed instance's mark stopped every live batch everywhere.
 */
const SWITCH_ABANDONED_MS = 30_000;
/**
 * The switching instance activates only while its mark is fresher than this: should it have
 * stalled long enough for the others to give up holding, what they took since is not in its
 * replay, and activating would lose it.
 */
const SWITCH_TRUSTED_MS = 20_000;
/** How long a live batch holds for a switch before it says so. */
const HOLD_REPORTED_AFTER_MS = 5000;

interface Pointer {
  _id: string;
  generation: number;
  /** Set while an instance switches to this generation: live consumption everywhere holds. */
  switchingTo?: number;
  switchingSince?: number;
  /** Which switch: a stalled instance must not renew, activate or abandon another's for the same generation. */
  switchId?: string;
}

const NO_SWITCH = { $unset: { switchingTo: '', switchingSince: '', switchId: '' } } as const;

/**
 * Where a service's read models live. A rebuild writes a new generation of every read-model
 * collection beside the live one, then one write to the pointer switches readers over, so queries
 * never see a half-built model. Handlers get their model here and are unaware of rebuilds. With
 * several instances, the one rebuilding marks the pointer while it switches: the others hold their
 * live batches until the switch is done (an event they took before is in the replay), and pick the
 * new generation up within a second for reads; the replaced generation is kept until the next
 * rebuild, so a late reader still finds it whole.
 */
@Injectable()
export class ReadModelStore implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReadModelStore');
  private active = 0;
  private switching?: number;
  private refresher?: NodeJS.Timeout;
  private renewer?: NodeJS.Timeout;
  /** The switch this instance marked, while it has one. */
  private ownSwitch?: string;
  private readonly schemas = new Map<string, Schema>();
  private readonly preparing: ((generation: number) => void)[] = [];
  private readonly switchingIn: ((generation: number) => Promise<void>)[] = [];

  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly startup: StoreStartup,
    metrics: Metrics,
  ) {
    // Not a readiness check: every instance holds during a switch, so failing readiness would take
    // all of them out of their Service at once, while their reads are still whole (the live generation).
    const store = this;
    metrics.gauge({
      name: 'tributary_read_models_switching',
      help: '1 while an instance switches read-model generations (live consumption holds everywhere), else 0',
      collect() {
        this.set(store.switching === undefined ? 0 : 1);
      },
    });
    metrics.gauge({
      name: 'tributary_read_models_generation',
      help: 'The live read-model generation this instance reads',
      collect() {
        this.set(store.active);
      },
    });
  }

  onModuleInit(): void {
    void this.startup.afterConnect('reading the live read-model generation', async () => {
      await this.refresh();
      this.refresher = setInterval(() => void this.refresh().catch(() => undefined), REFRESH_MS).unref();
    });
  }

  onApplicationShutdown(): void {
    clearInterval(this.refresher);
    clearInterval(this.renewer);
  }

  private pointer() {
    return this.db().collection<Pointer>(POINTER_COLLECTION);
  }

  /** Reads the pointer again: another instance may have switched generations. */
  async refresh(): Promise<void> {
    const pointer = await this.pointer().findOne({ _id: 'current' });
    const abandoned = Date.now() - (pointer?.switchingSince ?? 0) > SWITCH_ABANDONED_MS;
    this.switching = abandoned ? undefined : pointer?.switchingTo;
    const generation = pointer?.generation ?? 0;
    if (generation !== this.active) {
      this.logger.log(`read models switched from generation ${this.active} to ${generation}`);
      this.active = generation;
    }
  }

  /** Resolves once no instance is switching generations, with the live one known here. */
  async settled(): Promise<void> {
    await this.refresh();
    const since = Date.now();
    let reported = false;
    while (this.switching !== undefined) {
      if (!reported && Date.now() - since > HOLD_REPORTED_AFTER_MS) {
        reported = true;
        this.logger.warn(`live events held: another instance is switching read models to generation ${this.switching}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      await this.refresh();
    }
    if (reported) this.logger.warn(`live events go on after ${Date.now() - since} ms held for a read-model switch`);
  }

  /**
   * Holds every instance's live consumption before the last catch-up of a rebuild, for as long as
   * this instance renews the mark: until `activate` or `abandonSwitch`, or its death.
   */
  async beginSwitch(generation: number): Promise<void> {
    const switchId = randomUUID();
    this.ownSwitch = switchId;
    await this.pointer().updateOne(
      { _id: 'current' },
      { $set: { switchingTo: generation, switchingSince: Date.now(), switchId }, $setOnInsert: { generation: this.active } },
      { upsert: true },
    );
    clearInterval(this.renewer);
    // Only while still fresh: a mark that lapsed may have been given up by the others, and renewing
    // it after a stall would let `activate` switch in a generation that misses what they took since.
    this.renewer = setInterval(async () => {
      await this.pointer().updateOne(this.freshMark(switchId), { $set: { switchingSince: Date.now() } }).catch(() => undefined);
    }, SWITCH_RENEW_MS);
  }

  private freshMark(switchId: string) {
    return { _id: 'current', switchId, switchingSince: { $gt: Date.now() - SWITCH_TRUSTED_MS } };
  }

  /** Creates the live generation's indexes, once every read model is registered. */
  onApplicationBootstrap(): void {
    void this.startup.afterConnect('creating read-model indexes', async () => {
      for (const name of this.schemas.keys()) await this.modelOf(name, this.active).createIndexes();
    });
  }

  /** Declares a read-model collection by its schema (shape and indexes), so rebuilds know to recreate it. */
  register(name: string, schema: Schema): void {
    this.schemas.set(name, schema);
  }

  get generation(): number {
    return this.active;
  }

  /**
   * The model of a generation when the caller names it (a projection that stages and stores a batch
   * knows which generation it builds), else of the current work: the rebuild's generation inside a
   * rebuild's handler, the live one otherwise.
   */
  model<T>(name: string, generation?: number): Model<T> {
    return this.modelOf(name, generation ?? RequestContext.current()?.readModelGeneration ?? this.active) as Model<T>;
  }

  /** Tells a model that keeps copies in memory when a generation starts again from empty. */
  onGenerationPrepared(listener: (generation: number) => void): void {
    this.preparing.push(listener);
  }

  /**
   * Lets a read model finish a rebuilt generation once it is whole and live consumption holds
   * everywhere, before readers switch to it: a failure abandons the switch.
   */
  onSwitchingIn(finish: (generation: number) => Promise<void>): void {
    this.switchingIn.push(finish);
  }

  /** Runs what read models do to a rebuilt generation before it is switched in. */
  async finishGeneration(generation: number): Promise<void> {
    for (const finish of this.switchingIn) await finish(generation);
  }

  /** Starts the generation from empty, and drops the one the live generation replaced. */
  async prepareGeneration(generation: number): Promise<void> {
    for (const listener of this.preparing) listener(generation);
    for (const name of this.schemas.keys()) {
      if (generation >= 2) await this.drop(name, generation - 2);
      await this.drop(name, generation);
      await this.modelOf(name, generation).createIndexes();
    }
  }

  /**
   * Switches readers to the generation and lets live consumption go on everywhere, if every
   * instance still holds for this switch; otherwise throws, and the live generation stays.
   */
  async activate(generation: number): Promise<void> {
    clearInterval(this.renewer);
    const { matchedCount } = await this.pointer().updateOne(this.freshMark(this.ownSwitch ?? ''), { $set: { generation }, ...NO_SWITCH });
    if (matchedCount === 0) throw new Error(`the switch to generation ${generation} was not renewed for ${SWITCH_TRUSTED_MS} ms, so other instances may have stopped holding for it`);
    this.active = generation;
    this.switching = undefined;
  }

  /** Lets live consumption go on with the generation it had: the rebuild failed. */
  async abandonSwitch(): Promise<void> {
    clearInterval(this.renewer);
    // Only its own mark: another instance may have begun a switch of its own since this one lapsed.
    await this.pointer().updateOne({ _id: 'current', switchId: this.ownSwitch ?? '' }, NO_SWITCH);
    this.switching = undefined;
  }

  private modelOf(name: string, generation: number): Model<unknown> {
    const schema = this.schemas.get(name);
    if (!schema) throw new Error(`read model ${name} is not registered`);
    const physical = this.physicalName(name, generation);
    return this.mongo.models[physical] ?? this.mongo.model(physical, schema, physical);
  }

  private async drop(name: string, generation: number): Promise<void> {
    const physical = this.physicalName(name, generation);
    await this.db().collection(physical).drop().catch(() => undefined); // absent already
    if (this.mongo.models[physical]) this.mongo.deleteModel(physical);
  }

  private physicalName(name: string, generation: number): string {
    return generation === 0 ? name : `${name}__g${generation}`;
  }

  private db() {
    const db = this.mongo.db;
    if (!db) throw new Error('MongoDB connection is not open');
    return db;
  }
}
