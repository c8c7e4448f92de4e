import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Static, Type } from '@sinclair/typebox';
import { CurrentActor } from '@tributary/auth';
import { Actor, Allow, DomainError, Problems, RequestObject, RequestQuery, Responds, ROLES } from '@tributary/platform';
import { stringify } from 'csv-stringify/sync';
import { AuditEntry, AuditTrail } from './audit-trail';
import { messagingMessages as text } from '../messaging.messages';

const AuditQuery = RequestObject({ subject: Type.String({ minLength: 1, maxLength: 200, description: 'id of the record: a sub-grant, an activity, an indicator…' }) });
type AuditQuery = Static<typeof AuditQuery>;

const Value = Type.Unknown({ description: 'the field’s value (null when absent)' });
const AuditTrailResponse = Type.Object(
  {
    subject: Type.String(),
    entries: Type.Array(Type.Object({
      eventId: Type.String(),
      type: Type.String({ description: 'the event: what happened' }),
      time: Type.String({ format: 'date-time' }),
      actor: Type.Object({ userId: Type.String(), organisationId: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false }),
      correlationId: Type.String({ description: 'the request that made the change, as in the logs' }),
      changes: Type.Array(Type.Object({ field: Type.String(), before: Value, after: Value }, { additionalProperties: false })),
    }, { additionalProperties: false })),
  },
  { title: 'AuditTrail', additionalProperties: false },
);
type AuditTrailResponse = Static<typeof AuditTrailResponse>;

const notFound = () => new DomainError('not-found', 'audit-trail-not-found', text('auditTrailNotFound'));

@ApiTags('audit')
@Controller()
export class AuditController {
  constructor(private readonly trail: AuditTrail) {}

  private async entries(actor: Actor, subject: string): Promise<AuditEntry[]> {
    const entries = await this.trail.of(actor, subject);
    if (!entries) throw notFound();
    return entries;
  }

  @Get('audit')
  @Allow([...ROLES])
  @ApiOperation({ summary: 'Who changed a record, when, and each field from what to what; shown to whoever may read the record' })
  @Responds(200, AuditTrailResponse)
  @Problems(404)
  async get(@CurrentActor() actor: Actor, @RequestQuery(AuditQuery) query: AuditQuery): Promise<AuditTrailResponse> {
    return { subject: query.subject, entries: await this.entries(actor, query.subject) };
  }

  @Get('audit.csv')
  @Allow([...ROLES])
  @Header('content-type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'The same history as CSV, one row per changed field' })
  @Responds(200, Type.String(), { mediaTypes: ['text/csv'] })
  @Problems(404)
  async csv(@CurrentActor() actor: Actor, @RequestQuery(AuditQuery) query: AuditQuery): Promise<string> {
    const rows = (await this.entries(actor, query.subject)).flatMap((e) =>
      (e.changes.length ? e.changes : [{ field: '', before: null, after: null }]).map((c) => [
        e.time, e.type, e.actor.userId, e.actor.organisationId ?? '', c.field, JSON.stringify(c.before), JSON.stringify(c.after), e.correlationId,
      ]));
    return stringify([['time', 'event', 'user', 'organisation', 'field', 'before', 'after', 'correlation_id'], ...rows]);
  }
}
