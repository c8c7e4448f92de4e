import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { RequestContext, StoreStartup } from '@tributary/platform';
import { Connection, Model, Schema } from 'mongoose';

const POINTER_COLLECTION = 'read_model_generation';

/**
 * Where a service's read models live. A rebuild writes a new generation of every read-model
 * collection beside the live one, then one write to the pointer switches readers over, so queries
 * never see a half-built model. Handlers get their model here and are unaware of rebuilds.
 */
@Injectable()
export class ReadModelStore implements OnModuleInit, OnApplicationBootstrap {
  private active = 0;
  private readonly schemas = new Map<string, Schema>();
  private readonly preparing: ((generation: number) => void)[] = [];

  constructor(
    @InjectConnection() private readonly mongo: Connection,
    private readonly startup: StoreStartup,
  ) {}

  onModuleInit(): void {
    void this.startup.afterConnect('reading the live read-model generation', async () => {
      const pointer = await this.db().collection<{ _id: string; generation: number }>(POINTER_COLLECTION).findOne({ _id: 'current' });
      this.active = pointer?.generation ?? 0;
    });
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

  /** The model for the current work: the rebuild's generation inside a rebuild, else the live one. */
  model<T>(name: string): Model<T> {
    return this.modelOf(name, RequestContext.current()?.readModelGeneration ?? this.active) as Model<T>;
  }

  /** Tells a model that keeps copies in memory when a generation starts again from empty. */
  onGenerationPrepared(listener: (generation: number) => void): void {
    this.preparing.push(listener);
  }

  async prepareGeneration(generation: number): Promise<void> {
    for (const listener of this.preparing) listener(generation);
    for (const name of this.schemas.keys()) {
      await this.drop(name, generation);
      await this.modelOf(name, generation).createIndexes();
    }
  }

  /** Switches readers to the generation and drops the one it replaces. */
  async activate(generation: number): Promise<void> {
    const previous = this.active;
    await this.db()
      .collection<{ _id: string; generation: number }>(POINTER_COLLECTION)
      .updateOne({ _id: 'current' }, { $set: { generation } }, { upsert: true });
    this.active = generation;
    for (const name of this.schemas.keys()) await this.drop(name, previous);
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
