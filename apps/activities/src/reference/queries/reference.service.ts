import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { StoreStartup } from '@tributary/platform';
import { Model } from 'mongoose';
import { ActivityTypeModel, StoredActivityType } from '../database/activity-type.schema';
import { DEFAULT_GAZETTEER, DEFAULT_REFERENCE, Gazetteer, Labelled, ReferenceData } from '../domain/reference-data';

/**
 * Reference data: the shipped activity types, themes and participant dimensions, plus activity
 * types administrators add (kept in the database, so no code change is needed).
 */
@Injectable()
export class ReferenceService implements OnModuleInit {
  readonly gazetteer = new Gazetteer(DEFAULT_GAZETTEER);
  private added: Labelled[] = [];

  constructor(
    @InjectModel(ActivityTypeModel.name) private readonly activityTypes: Model<StoredActivityType>,
    private readonly startup: StoreStartup,
  ) {}

  onModuleInit(): void {
    void this.startup.afterConnect('reading the added activity types', () => this.reload());
  }

  /** Reads the added activity types again, after one was added. */
  async reload(): Promise<void> {
    this.added = (await this.activityTypes.find().lean()).map(({ _id, ...type }) => ({ ...type, code: _id }));
  }

  current(): ReferenceData {
    return { ...DEFAULT_REFERENCE, activityTypes: [...DEFAULT_REFERENCE.activityTypes, ...this.added] };
  }
}
