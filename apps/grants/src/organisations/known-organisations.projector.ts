import { Controller, Injectable, OnModuleInit } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import {
  DataOf,
  EventEnvelope,
  OrganisationDueDiligenceDecided,
  OrganisationRegistered,
  OrganisationUpdated,
} from '@tributary/contracts';
import { applyOnce, ReadModelStore } from '@tributary/messaging';
import { KNOWN_ORGANISATIONS, KnownOrganisation, KnownOrganisationSchema } from './database/known-organisation.schema';

/** What grants knows of the directory: each organisation's kind and due-diligence status. */
@Injectable()
export class KnownOrganisations implements OnModuleInit {
  constructor(private readonly readModels: ReadModelStore) {}

  onModuleInit(): void {
    this.readModels.register(KNOWN_ORGANISATIONS, KnownOrganisationSchema);
  }

  private organisations() {
    return this.readModels.model<KnownOrganisation>(KNOWN_ORGANISATIONS);
  }

  async find(id: string): Promise<KnownOrganisation | null> {
    return this.organisations().findById(id, { appliedEvents: 0 }).lean<KnownOrganisation>();
  }

  async kinds(ids: string[]): Promise<Map<string, string>> {
    const found = await this.organisations().find({ _id: { $in: ids } }, { kind: 1 }).lean<KnownOrganisation[]>();
    return new Map(found.map((o) => [o._id, o.kind]));
  }

  apply(event: EventEnvelope, fields: Partial<KnownOrganisation>): Promise<boolean> {
    return applyOnce(this.organisations(), event.subject, event.id, { $set: fields });
  }
}

@Controller()
export class KnownOrganisationsEvents {
  constructor(private readonly organisations: KnownOrganisations) {}

  @EventPattern(OrganisationRegistered.type)
  registered(@Payload() event: EventEnvelope<DataOf<typeof OrganisationRegistered>>) {
    return this.organisations.apply(event, { name: event.data.name, kind: event.data.kind, dueDiligence: event.data.dueDiligence });
  }

  @EventPattern(OrganisationUpdated.type)
  updated(@Payload() event: EventEnvelope<DataOf<typeof OrganisationUpdated>>) {
    return this.organisations.apply(event, { name: event.data.name, kind: event.data.kind });
  }

  @EventPattern(OrganisationDueDiligenceDecided.type)
  decided(@Payload() event: EventEnvelope<DataOf<typeof OrganisationDueDiligenceDecided>>) {
    return this.organisations.apply(event, { dueDiligence: event.data.status });
  }
}
