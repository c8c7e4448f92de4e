import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { DataOf, DisbursementRecorded, EventEnvelope, SubGrantDrafted } from '@tributary/contracts';
import { applyOnce, ReadModelStore } from '@tributary/messaging';

export interface KnownDisbursement {
  _id: string;
  projectId: string;
  subGrantId: string;
  reference: string;
  recipientId: string;
  leadPartnerId: string;
  date: string;
  amount: { amount: number; currency: string };
}

/** The money side of the IATI export, learned from grants' events: sub-grants and their disbursements. */
@Injectable()
export class KnownDisbursements implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register('known_sub_grants');
    this.readModels.register('known_disbursements', [{ key: { projectId: 1 } }]);
  }

  subGrants() {
    return this.readModels.collection<{ _id: string; projectId: string; reference: string; recipientId: string; leadPartnerId: string }>('known_sub_grants');
  }

  disbursements() {
    return this.readModels.collection<KnownDisbursement>('known_disbursements');
  }

  ofProject(projectId: string): Promise<KnownDisbursement[]> {
    return this.disbursements().find({ projectId }, { projection: { appliedEvents: 0 } }).sort({ date: 1, _id: 1 }).toArray();
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
    const subGrant = await this.known.subGrants().findOne({ _id: event.subject });
    if (!subGrant) return;
    await applyOnce(this.known.disbursements(), event.data.disbursementId, event.id, {
      $set: {
        projectId: subGrant.projectId, subGrantId: event.subject, reference: subGrant.reference, recipientId: subGrant.recipientId,
        leadPartnerId: subGrant.leadPartnerId, date: event.data.date, amount: event.data.amount,
      },
    });
  }
}
