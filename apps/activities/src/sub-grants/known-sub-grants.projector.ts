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

type Stored = Omit<SubGrantView, 'id'> & { _id: string };

/** What activities knows of sub-grants, from grants' events: whose they are and whether active. */
@Injectable()
export class KnownSubGrants implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register('known_sub_grants');
  }

  private collection() {
    return this.readModels.collection<Stored>('known_sub_grants');
  }

  async find(id: string): Promise<SubGrantView | undefined> {
    const found = await this.collection().findOne({ _id: id }, { projection: { appliedEvents: 0 } });
    return found ? { id: found._id, projectId: found.projectId, recipientId: found.recipientId, leadPartnerId: found.leadPartnerId, status: found.status } : undefined;
  }

  apply(event: EventEnvelope, fields: Partial<Stored>): Promise<boolean> {
    return applyOnce(this.collection(), event.subject, event.id, { $set: fields });
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
