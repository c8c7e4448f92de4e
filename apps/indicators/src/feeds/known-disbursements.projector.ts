import { Injectable } from '@nestjs/common';
import { DisbursementRecorded, SubGrantDrafted } from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf, ReadModelStore } from '@tributary/messaging';
import { KNOWN_DISBURSEMENTS, KnownDisbursement, KnownDisbursementSchema } from './database/known-disbursement.schema';
import { KNOWN_SUB_GRANTS, KnownSubGrant, KnownSubGrantSchema } from './database/known-sub-grant.schema';

/** Grants' sub-grants, for the disbursements to name their project, reference and parties. */
@Injectable()
export class KnownSubGrants extends KnownCopiesOf<KnownSubGrant>(KNOWN_SUB_GRANTS, KnownSubGrantSchema) {}

/** The money side of the IATI export, learned from grants' events: disbursements of sub-grants. */
@Injectable()
export class KnownDisbursements extends KnownCopiesOf<KnownDisbursement>(KNOWN_DISBURSEMENTS, KnownDisbursementSchema) {
  constructor(
    readModels: ReadModelStore,
    readonly subGrants: KnownSubGrants,
  ) {
    super(readModels);
  }

  ofProject(projectId: string): Promise<KnownDisbursement[]> {
    return this.list({ projectId }, { date: 1, _id: 1 });
  }
}

export class KnownSubGrantsEvents extends KnownCopiesEvents(KnownSubGrants, (on) => [
  on(SubGrantDrafted, ({ data: { projectId, reference, recipientId, leadPartnerId } }) => ({ projectId, reference, recipientId, leadPartnerId })),
]) {}

export class KnownDisbursementsEvents extends KnownCopiesEvents(KnownDisbursements, (on) => [
  on(
    DisbursementRecorded,
    async (event, disbursements) => {
      // The sub-grant's drafted event came first: same aggregate, same partition, in order.
      const subGrant = await disbursements.subGrants.find(event.subject);
      if (!subGrant) return undefined;
      const { projectId, reference, recipientId, leadPartnerId } = subGrant;
      return { projectId, subGrantId: event.subject, reference, recipientId, leadPartnerId, date: event.data.date, amount: event.data.amount };
    },
    { copy: (event) => event.data.disbursementId },
  ),
]) {}
