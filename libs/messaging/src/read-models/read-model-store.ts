import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { RequestContext } from '@tributary/platform';
import { Collection, Document, IndexDescription } from 'mongodb';
import { Connection } from 'mongoose';

const POINTER_COLLECTION = 'read_model_generation';

/**
 * Where a service's read models live. A rebuild writes a new generation of every read-model
 * collection beside the live one, then one write to the pointer switches readers over, so queries
 * never see a half-built model. Handlers get their collection here and are unaware of rebuilds.
 */
@Injectable()
export class ReadModelStore implements OnModuleInit {
  private active = 0;
  private readonly models = new Map<string, IndexDescription[]>();
  private readonly preparing: ((generation: number) => void)[] = [];

  constructor(@InjectConnection() private readonly mongo: Connection) {}

  async onModuleInit(): Promise<void> {
    const pointer = await this.db().collection<{ _id: string; generation: number }>(POINTER_COLLECTION).findOne({ _id: 'current' });
    this.active = pointer?.generation ?? 0;
    for (const [name, indexes] of this.models) await this.createIndexes(name, this.active, indexes);
  }

  /** Declares a read-model collection (and its indexes) so rebuilds know to recreate it. */
  register(name: string, indexes: IndexDescription[] = []): void {
    this.models.set(name, indexes);
  }

  registered(): string[] {
    return [...this.models.keys()];
  }

  get generation(): number {
    return this.active;
  }

  /** The collection for the current work: the rebuild's generation inside a rebuild, else the live one. */
  collection<T extends Document = Document>(name: string): Collection<T> {
    if (!this.models.has(name)) throw new Error(`read model ${name} is not registered`);
    const generation = RequestContext.current()?.readModelGeneration ?? this.active;
    return this.db().collection<T>(this.physicalName(name, generation));
  }

  /** Tells a model that keeps copies in memory when a generation starts again from empty. */
  onGenerationPrepared(listener: (generation: number) => void): void {
    this.preparing.push(listener);
  }

  async prepareGeneration(generation: number): Promise<void> {
    for (const listener of this.preparing) listener(generation);
    for (const [name, indexes] of this.models) {
      await this.db().collection(this.physicalName(name, generation)).drop().catch(() => undefined);
      await this.createIndexes(name, generation, indexes);
    }
  }

  /** Switches readers to the generation and drops the one it replaces. */
  async activate(generation: number): Promise<void> {
    const previous = this.active;
    await this.db()
      .collection<{ _id: string; generation: number }>(POINTER_COLLECTION)
      .updateOne({ _id: 'current' }, { $set: { generation } }, { upsert: true });
    this.active = generation;
    for (const name of this.models.keys()) {
      await this.db().collection(this.physicalName(name, previous)).drop().catch(() => undefined);
    }
  }

  private physicalName(name: string, generation: number): string {
    return generation === 0 ? name : `${name}__g${generation}`;
  }

  private async createIndexes(name: string, generation: number, indexes: IndexDescription[]): Promise<void> {
    if (indexes.length > 0) await this.db().collection(this.physicalName(name, generation)).createIndexes(indexes);
  }

  private db() {
    const db = this.mongo.db;
    if (!db) throw new Error('MongoDB connection is not open');
    return db;
  }
}
