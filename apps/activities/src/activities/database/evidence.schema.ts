import { ModelDefinition } from '@nestjs/mongoose';
import { documentSchema } from '@tributary/platform';

export interface StoredEvidence {
  _id: string;
  activityId: string;
  kind: string;
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
  uploadedBy: string;
  uploadedAt: string;
}

/** Files backing reports, listed by activity. */
export const EvidenceModel: ModelDefinition = {
  name: 'Evidence',
  collection: 'evidence',
  schema: documentSchema<StoredEvidence>({
    activityId: String,
    kind: String,
    filename: String,
    contentType: String,
    size: Number,
    content: Buffer,
    uploadedBy: String,
    uploadedAt: String,
  }).index({ activityId: 1 }),
};
