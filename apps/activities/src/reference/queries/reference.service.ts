import { Injectable } from '@nestjs/common';
import { AggregateStore, AggregateStores } from '@tributary/messaging';
import { ReferenceEntryModel } from '../database/reference-entry.schema';
import { DEFAULT_GAZETTEER, DEFAULT_REFERENCE, Gazetteer, ReferenceData } from '../domain/reference-data';
import { historyOf, inUse, Listed, listedReference, ReferenceEntryState } from '../domain/reference-entries';

/**
 * Reference data: the shipped lists with the entries administrators added or retired. The stored
 * entries are few and read at each use, not cached: an entry added or retired through any
 * instance of the service counts at once on every other.
 */
@Injectable()
export class ReferenceService {
  readonly gazetteer = new Gazetteer(DEFAULT_GAZETTEER);
  readonly entries: AggregateStore<ReferenceEntryState>;

  constructor(stores: AggregateStores) {
    this.entries = stores.for<ReferenceEntryState>(ReferenceEntryModel);
  }

  /** Every entry, retired ones flagged: what old reports are read with. */
  async listed(): Promise<ReferenceData<Listed>> {
    return listedReference(DEFAULT_REFERENCE, await this.stored());
  }

  /** What new plans and reports may use. */
  async current(): Promise<ReferenceData> {
    return inUse(await this.listed());
  }

  async history() {
    return historyOf(await this.stored());
  }

  private stored(): Promise<ReferenceEntryState[]> {
    return this.entries.list({}, { sort: { _id: 1 } });
  }
}
