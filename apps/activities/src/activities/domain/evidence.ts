/** What files may back a report, and what is told about one without its content. */
export const EVIDENCE_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
export const EVIDENCE_MAX_BYTES = 2 * 1024 * 1024;
export const EVIDENCE_KINDS = ['photo', 'attendance-sheet', 'document'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** What is told about a file without its content. */
export interface EvidenceMetadata {
  id: string;
  activityId: string;
  kind: EvidenceKind;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

/** What is told of a stored file: all but its content. */
export const metadataOf = (e: Omit<EvidenceMetadata, 'id' | 'kind'> & { _id: string; kind: string }): EvidenceMetadata => ({
  id: e._id,
  activityId: e.activityId,
  kind: e.kind as EvidenceKind,
  filename: e.filename,
  contentType: e.contentType,
  size: e.size,
  uploadedBy: e.uploadedBy,
  uploadedAt: e.uploadedAt,
});
