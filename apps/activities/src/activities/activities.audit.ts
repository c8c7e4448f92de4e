import { Injectable, OnModuleInit } from '@nestjs/common';
import { Topics } from '@tributary/contracts';
import { AuditTrail, readable } from '@tributary/messaging';
import { ActivityQueries } from './queries/activity-queries.service';

/** The history of activities and their reports, shown to whoever may read the activity. */
@Injectable()
export class ActivitiesAudit implements OnModuleInit {
  constructor(
    private readonly trail: AuditTrail,
    private readonly activities: ActivityQueries,
  ) {}

  onModuleInit(): void {
    this.trail.audit(Topics.activitiesActivity, (actor, id) => readable(() => this.activities.get(actor, id)));
  }
}
