import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Actor, DomainError } from '@tributary/platform';
import { Model } from 'mongoose';
import { activityMessages as messages } from '../activities.messages';
import { activityReporters } from '../activities.policy';
import { EvidenceModel, StoredEvidence } from '../database/evidence.schema';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES, EvidenceKind, EvidenceMetadata } from '../domain/evidence';
import { ActivityCommands } from './activity-commands.service';

const metadataOf = (e: Omit<StoredEvidence, 'content'>): EvidenceMetadata => ({
  id: e._id,
  activityId: e.activityId,
  kind: e.kind as EvidenceKind,
  filename: e.filename,
  contentType: e.contentType,
  size: e.size,
  uploadedBy: e.uploadedBy,
  uploadedAt: e.uploadedAt,
});

/**
 * Files that back a report. Attendance sheets carry participants' names, so only the recipient
 * CSO and its lead partner's program managers may read them; their existence is all anyone
 * else who sees the activity learns.
 */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectModel(EvidenceModel.name) private readonly evidence: Model<StoredEvidence>,
    private readonly activities: ActivityCommands,
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
      _id: randomUUID(), activityId, kind: input.kind, filename: input.filename, contentType: input.contentType,
      size: input.content.length, content: input.content, uploadedBy: actor.userId, uploadedAt: new Date().toISOString(),
    };
    await this.evidence.create(evidence);
    return metadataOf(evidence);
  }

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
