import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DomainError, folded, StoreStartup } from '@tributary/platform';
import { Model } from 'mongoose';
import { EarlierActivityTypeModel, StoredActivityType } from '../database/reference-entry.schema';
import { DEFAULT_REFERENCE } from '../domain/reference-data';
import { addEntry, codeTaken, entryId, Listed, ReferenceAuthor, ReferenceList, retireEntry } from '../domain/reference-entries';
import { ReferenceService } from '../queries/reference.service';

/** Administrators add entries to the reference lists and retire them, without a code change. */
@Injectable()
export class ReferenceCommands implements OnModuleInit {
  private readonly logger = new Logger(ReferenceCommands.name);

  constructor(
    private readonly reference: ReferenceService,
    @InjectModel(EarlierActivityTypeModel.name) private readonly earlierActivityTypes: Model<StoredActivityType>,
    private readonly startup: StoreStartup,
  ) {}

  onModuleInit(): void {
    void this.startup.afterConnect('moving the activity types added earlier to the reference entries', () => this.moveEarlierActivityTypes());
  }

  async add(list: ReferenceList, input: { code?: string; fr: string; en?: string }, by: ReferenceAuthor): Promise<Listed> {
    const change = addEntry(list, input, await this.reference.listed(), by, new Date());
    try {
      await this.reference.entries.create(change);
    } catch (error) {
      // Two administrators adding the same code at the same moment: the second is told it is taken.
      if ((error as DomainError).code === 'already-exists') throw codeTaken(change.state.code);
      throw error;
    }
    return labelsOf(change.state);
  }

  async retire(list: ReferenceList, code: string, by: ReferenceAuthor): Promise<Listed> {
    const stored = await this.reference.entries.find(entryId(list, code));
    const change = retireEntry(list, code, stored, DEFAULT_REFERENCE, by, new Date());
    try {
      if (stored) await this.reference.entries.save(change, stored.version);
      else await this.reference.entries.create(change);
    } catch (error) {
      // Retired by someone else in the meantime: answered as a second retirement is.
      if (['already-exists', 'stale-version'].includes((error as DomainError).code)) return this.retire(list, code, by);
      throw error;
    }
    return labelsOf(change.state);
  }

  /**
   * Activity types added before every list could be extended: each becomes an entry (with its
   * event, so that consumers learn of it too), then leaves the old collection. One whose label is
   * now shipped under another code (a « Séminaire » added before `seminar` was shipped) is moved,
   * then retired: reports that carry it keep their label, new ones take the shipped type. Run by
   * every instance at start-up; an entry another instance moved first is just removed.
   */
  private async moveEarlierActivityTypes(): Promise<void> {
    const service = { userId: 'service:activities', organisationId: null };
    for (const { _id: code, fr, en } of await this.earlierActivityTypes.find().lean()) {
      try {
        const labelShipped = DEFAULT_REFERENCE.activityTypes.some((t) => [t.fr, t.en].some((label) => folded(label) === folded(fr) || folded(label) === folded(en)));
        const moved = addEntry('activity-types', { code, fr, en }, DEFAULT_REFERENCE, service, new Date(), 'kept');
        await this.reference.entries.create(moved);
        if (labelShipped) await this.reference.entries.save(retireEntry('activity-types', code, moved.state, DEFAULT_REFERENCE, service, new Date()), moved.state.version);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        // Already moved, or shipped since under the same code: the list has it.
        if (error.code !== 'already-exists' && error.code !== 'code-taken') {
          this.logger.warn(`activity type ${code} left in activity_types: ${error.message}`);
          continue;
        }
      }
      await this.earlierActivityTypes.deleteOne({ _id: code });
    }
  }
}

const labelsOf = ({ code, fr, en, retired }: { code: string; fr: string; en: string; retired: boolean }): Listed => (retired ? { code, fr, en, retired: true } : { code, fr, en });
