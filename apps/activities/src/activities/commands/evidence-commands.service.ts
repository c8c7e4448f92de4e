import { Injectable } from '@nestjs/common';
import { newId } from '@tributary/kernel';
import { InjectModel } from '@nestjs/mongoose';
import { Actor, DomainError } from '@tributary/platform';
import { Model } from 'mongoose';
import { activityMessages as messages } from '../activities.messages';
import { activityReporters } from '../activities.policy';
import { EvidenceModel, StoredEvidence } from '../database/evidence.schema';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, EvidenceKind, EvidenceMetadata, metadataOf } from '../domain/evidence';
import { ActivityQueries } from '../queries/activity-queries.service';

/** Files that back a report, added by those who write it (activities.policy.ts). */
@Injectable()
export class EvidenceCommands {
  constructor(
    @InjectModel(EvidenceModel.name) private readonly evidence: Model<StoredEvidence>,
    private readonly activities: ActivityQueries,
  ) {}

  async upload(actor: Actor, activityId: string, input: { kind: EvidenceKind; filename: string; contentType: string; content: Buffer }): Promise<EvidenceMetadata> {
    const activity = await this.activities.get(actor, activityId);
    if (!activityReporters.allows(actor, activity)) {
      throw new DomainError('forbidden', 'not-your-activity', messages('evidenceByCsoOrManager'));
    }
    if (!EVIDENCE_TYPES.includes(input.contentType)) {
      throw new DomainError('invalid', 'unsupported-file-type', messages('unsupportedFileType', { contentType: input.contentType }), 'content-type');
    }
    if (input.content.length === 0 || input.content.length > EVIDENCE_MAX_BYTES) {
      throw new DomainError('invalid', 'file-size', messages('fileSize'), 'content');
    }
    const evidence: StoredEvidence = {
      _id: newId(), activityId, kind: input.kind, filename: input.filename, contentType: input.contentType,
      size: input.content.length, content: input.content, uploadedBy: actor.userId, uploadedAt: new Date().toISOString(),
    };
    await this.evidence.create(evidence);
    return metadataOf(evidence);
  }
}
