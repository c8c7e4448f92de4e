import { Injectable, OnModuleInit } from '@nestjs/common';
import { Topics } from '@tributary/contracts';
import { AuditTrail, readable } from '@tributary/messaging';
import { ProjectCommands } from '../projects/commands/project-commands.service';
import { SubGrantQueries } from './queries/sub-grant-queries.service';

/** The history of projects and sub-grants, shown to whoever may read them. */
@Injectable()
export class GrantsAudit implements OnModuleInit {
  constructor(
    private readonly trail: AuditTrail,
    private readonly subGrants: SubGrantQueries,
    private readonly projects: ProjectCommands,
  ) {}

  onModuleInit(): void {
    this.trail.audit(Topics.grantsSubGrant, (actor, id) => readable(() => this.subGrants.get(actor, id)));
    this.trail.audit(Topics.grantsProject, (actor, id) => readable(() => this.projects.get(actor, id)));
  }
}
