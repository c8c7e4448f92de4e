import { Injectable, OnModuleInit } from '@nestjs/common';
import { ReadModelStore } from '@tributary/messaging';
import { RequestContext } from '@tributary/platform';
import { Collection } from 'mongodb';
import { COUNTED_EVENTS, CountedEventDocument, CountedEventSchema } from './counted-event.schema';

/**
 * Per aggregate, the highest event sequence counted in the values of a generation. Written when a
 * journalled batch is applied to the sheets; until then the journal entry says it.
 */
@Injectable()
export class CountedEvents implements OnModuleInit {
  /** Generations a replay is building in this process: nothing is stored in them before the replay ends. */
  private readonly building = new Set<number>();

  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(COUNTED_EVENTS, CountedEventSchema);
    this.readModels.onGenerationPrepared((generation) => this.building.add(generation));
  }

  private collection(): Collection<CountedEventDocument> {
    return this.readModels.model<CountedEventDocument>(COUNTED_EVENTS).collection as unknown as Collection<CountedEventDocument>;
  }

  /** The highest sequence counted for each of these aggregates that has any. */
  async highest(aggregateIds: string[]): Promise<Map<string, number>> {
    const generation = RequestContext.current()?.readModelGeneration ?? this.readModels.generation;
    if (aggregateIds.length === 0 || (generation > this.readModels.generation && this.building.has(generation))) return new Map();
    const documents = await this.collection().find({ _id: { $in: aggregateIds } }).toArray();
    return new Map(documents.map((d) => [d._id, d.sequence]));
  }

  async save(counted: Map<string, number>): Promise<void> {
    if (counted.size === 0) return;
    await this.collection().bulkWrite(
      // Never lowered: a writer that overlapped another may store an older batch's marks last.
      [...counted].map(([aggregateId, sequence]) => ({ updateOne: { filter: { _id: aggregateId }, update: { $max: { sequence } }, upsert: true } })),
      { ordered: false },
    );
  }
}
