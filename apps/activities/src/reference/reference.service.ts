import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { DomainError } from '@tributary/platform';
import { Connection } from 'mongoose';
import { DEFAULT_GAZETTEER, DEFAULT_REFERENCE, Gazetteer, Labelled, ReferenceData } from './reference-data';

/**
 * Reference data: the shipped activity types, themes and participant dimensions, plus activity
 * types administrators add (kept in the database, so no code change is needed).
 */
@Injectable()
export class ReferenceService implements OnModuleInit {
  readonly gazetteer = new Gazetteer(DEFAULT_GAZETTEER);
  private added: Labelled[] = [];

  constructor(@InjectConnection() private readonly mongo: Connection) {}

  private collection() {
    return this.mongo.db!.collection<Labelled & { _id: string }>('activity_types');
  }

  async onModuleInit(): Promise<void> {
    await this.reload();
  }

  private async reload(): Promise<void> {
    this.added = (await this.collection().find().toArray()).map(({ _id, ...type }) => ({ ...type, code: _id }));
  }

  current(): ReferenceData {
    return { ...DEFAULT_REFERENCE, activityTypes: [...DEFAULT_REFERENCE.activityTypes, ...this.added] };
  }

  async addActivityType(type: Labelled): Promise<Labelled> {
    if (this.current().activityTypes.some((t) => t.code === type.code)) {
      throw new DomainError('conflict', 'activity-type-exists', { fr: 'Ce type existe déjà', en: 'This type already exists' }, 'code');
    }
    const { code, ...labels } = type;
    await this.collection().insertOne({ _id: code, code, ...labels });
    await this.reload();
    return type;
  }
}
