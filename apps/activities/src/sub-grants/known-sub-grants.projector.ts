import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  DataOf,
  EventEnvelope,
  SubGrantActivated,
  SubGrantApproved,
  SubGrantClosed,
  SubGrantDrafted,
  SubGrantReactivated,
  SubGrantSubmitted,
  SubGrantSuspended,
  SubGrantTerminated,
} from '@tributary/contracts';
import { applyOnce, ReadModelStore } from '@tributary/messaging';
import { SubGrantView } from '../activities/domain/activity';
import { KNOWN_SUB_GRANTS, KnownSubGrant, KnownSubGrantSchema } from './database/known-sub-grant.schema';

/** What activities knows of sub-grants, from grants' events: whose they are and whether active. */
@Injectable()
export class KnownSubGrants implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(KNOWN_SUB_GRANTS, KnownSubGrantSchema);
  }

  private subGrants() {
    return this.readModels.model<KnownSubGrant>(KNOWN_SUB_GRANTS);
  }

  async find(id: string): Promise<SubGrantView | undefined> {
    const found = await this.subGrants().findById(id, { appliedEvents: 0 }).lean<KnownSubGrant>();
    return found ? { id: found._id, projectId: found.projectId, recipientId: found.recipientId, leadPartnerId: found.leadPartnerId, status: found.status } : undefined;
  }

  apply(event: EventEnvelope, fields: Partial<KnownSubGrant>): Promise<boolean> {
    return applyOnce(this.subGrants(), event.subject, event.id, { $set: fields });
  }
}

type Transition = EventEnvelope<{ status: string }>;

@Controller()
export class KnownSubGrantsEvents {
  constructor(private readonly subGrants: KnownSubGrants) {}

  @EventPattern(SubGrantDrafted.type)
  drafted(@Payload() event: EventEnvelope<DataOf<typeof SubGrantDrafted>>) {
    const { projectId, recipientId, leadPartnerId } = event.data;
    return this.subGrants.apply(event, { projectId, recipientId, leadPartnerId, status: 'draft' });
  }

  /** Every lifecycle transition carries the status the sub-grant is now in. */
  @EventPattern([SubGrantSubmitted, SubGrantApproved, SubGrantActivated, SubGrantSuspended, SubGrantReactivated, SubGrantClosed, SubGrantTerminated].map((e) => e.type))
  transitioned(@Payload() event: Transition) {
    return this.subGrants.apply(event, { status: event.data.status });
  }
}
