import { Injectable } from '@nestjs/common';
import {
  SubGrantActivated,
  SubGrantApproved,
  SubGrantClosed,
  SubGrantDrafted,
  SubGrantReactivated,
  SubGrantSubmitted,
  SubGrantSuspended,
  SubGrantTerminated,
} from '@tributary/contracts';
import { KnownCopiesEvents, KnownCopiesOf } from '@tributary/messaging';
import { SubGrantView } from '../activities/domain/activity';
import { KNOWN_SUB_GRANTS, KnownSubGrant, KnownSubGrantSchema } from './database/known-sub-grant.schema';

/** What activities knows of sub-grants, from grants' events: whose they are and whether active. */
@Injectable()
export class KnownSubGrants extends KnownCopiesOf<KnownSubGrant>(KNOWN_SUB_GRANTS, KnownSubGrantSchema) {
  async view(id: string): Promise<SubGrantView | undefined> {
    const found = await this.find(id);
    return found ? { id: found._id, projectId: found.projectId, recipientId: found.recipientId, leadPartnerId: found.leadPartnerId, status: found.status } : undefined;
  }
}

export class KnownSubGrantsEvents extends KnownCopiesEvents(KnownSubGrants, (on) => [
  on(SubGrantDrafted, ({ data: { projectId, recipientId, leadPartnerId } }) => ({ projectId, recipientId, leadPartnerId, status: 'draft' })),
  // Every lifecycle transition carries the status the sub-grant is now in.
  on([SubGrantSubmitted, SubGrantApproved, SubGrantActivated, SubGrantSuspended, SubGrantReactivated, SubGrantClosed, SubGrantTerminated], ({ data }) => ({ status: data.status as string })),
]) {}
