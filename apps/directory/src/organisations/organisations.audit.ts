import { Injectable, OnModuleInit } from '@nestjs/common';
import { Topics } from '@tributary/contracts';
import { AuditTrail, readable } from '@tributary/messaging';
import { OrganisationQueries } from './queries/organisation-queries.service';

/** The history of organisations (due diligence included), shown to whoever may read them. */
@Injectable()
export class OrganisationsAudit implements OnModuleInit {
  constructor(
    private readonly trail: AuditTrail,
    private readonly organisations: OrganisationQueries,
  ) {}

  onModuleInit(): void {
    this.trail.audit(Topics.directoryOrganisation, (actor, id) => readable(() => this.organisations.get(actor, id)));
  }
}
