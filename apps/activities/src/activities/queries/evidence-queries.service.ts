import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Actor, DomainError } from '@tributary/platform';
import { Model } from 'mongoose';
import { activityMessages as messages } from '../activities.messages';
import { activityReporters } from '../activities.policy';
import { EvidenceModel, StoredEvidence } from '../database/evidence.schema';
import { EvidenceMetadata, metadataOf } from '../domain/evidence';
import { ActivityQueries } from './activity-queries.service';

/**
 * Files that back a report. Attendance sheets carry participants' names, so only the recipient
 * CSO and its lead partner's program managers may read them; their existence is all anyone
 * else who sees the activity learns.
 */
@Injectable()
export class EvidenceQueries {
  constructor(
    @InjectModel(EvidenceModel.name) private readonly evidence: Model<StoredEvidence>,
    private readonly activities: ActivityQueries,
  ) {}

  async list(actor: Actor, activityId: string): Promise<EvidenceMetadata[]> {
    await this.activities.get(actor, activityId);
    const found = await this.evidence.find({ activityId }, { content: 0 }).lean();
    return found.map(metadataOf);
  }

  async download(actor: Actor, activityId: string, evidenceId: string) {
    const activity = await this.activities.get(actor, activityId);
    const evidence = await this.evidence.findOne({ _id: evidenceId, activityId });
    if (!evidence) throw new DomainError('not-found', 'evidence-not-found', messages('evidenceNotFound'));
    if (evidence.kind === 'attendance-sheet' && !activityReporters.allows(actor, activity)) {
      throw new DomainError('forbidden', 'sensitive-evidence', messages('sensitiveEvidence'));
    }
    return { contentType: evidence.contentType, filename: evidence.filename, content: Buffer.from(evidence.content) };
  }
}
