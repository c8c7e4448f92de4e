import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, DisbursementRecorded, EventEnvelope, SubGrantDrafted } from '@tributary/contracts';
import { applyOnce, ReadModelStore } from '@tributary/messaging';
import { KNOWN_DISBURSEMENTS, KnownDisbursement, KnownDisbursementSchema } from './database/known-disbursement.schema';
import { KNOWN_SUB_GRANTS, KnownSubGrant, KnownSubGrantSchema } from './database/known-sub-grant.schema';

/** The money side of the IATI export, learned from grants' events: sub-grants and their disbursements. */
@Injectable()
export class KnownDisbursements implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(KNOWN_SUB_GRANTS, KnownSubGrantSchema);
    this.readModels.register(KNOWN_DISBURSEMENTS, KnownDisbursementSchema);
  }

  subGrants() {
    return this.readModels.model<KnownSubGrant>(KNOWN_SUB_GRANTS);
  }

  disbursements() {
    return this.readModels.model<KnownDisbursement>(KNOWN_DISBURSEMENTS);
  }

  ofProject(projectId: string): Promise<KnownDisbursement[]> {
    return this.disbursements().find({ projectId }, { appliedEvents: 0 }).sort({ date: 1, _id: 1 }).lean<KnownDisbursement[]>();
  }
}

@Controller()
export class KnownDisbursementsEvents {
  constructor(private readonly known: KnownDisbursements) {}

  @EventPattern(SubGrantDrafted.type)
  drafted(@Payload() event: EventEnvelope<DataOf<typeof SubGrantDrafted>>) {
    const { projectId, reference, recipientId, leadPartnerId } = event.data;
    return applyOnce(this.known.subGrants(), event.subject, event.id, { $set: { projectId, reference, recipientId, leadPartnerId } });
  }

  @EventPattern(DisbursementRecorded.type)
  async disbursed(@Payload() event: EventEnvelope<DataOf<typeof DisbursementRecorded>>) {
    // The sub-grant's drafted event came first: same aggregate, same partition, in order.
    const subGrant = await this.known.subGrants().findById(event.subject).lean<KnownSubGrant>();
    if (!subGrant) return;
    await applyOnce(this.known.disbursements(), event.data.disbursementId, event.id, {
      $set: {
        projectId: subGrant.projectId, subGrantId: event.subject, reference: subGrant.reference, recipientId: subGrant.recipientId,
        leadPartnerId: subGrant.leadPartnerId, date: event.data.date, amount: event.data.amount,
      },
    });
  }
}
