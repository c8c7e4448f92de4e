import { randomUUID } from 'node:crypto';
import { platformCatalog, ReportValidated } from '@tributary/contracts';
import { EventFactory } from '@tributary/messaging';
import { ServiceConfig } from '@tributary/platform';

/** Envelopes as the activities service writes them, built in the benchmark's own process. */
export const activitiesEvents = () => new EventFactory({ service: { name: 'activities' } } as ServiceConfig, platformCatalog());

/** A validated report of 25 participants (12 women from women's associations, 13 young men) as a Kafka message. */
export function validatedReport(factory: EventFactory, projectId: string, subGrantId: string, date: string) {
  const event = factory.create({
    definition: ReportValidated, subject: randomUUID(), sequence: 3,
    data: {
      subGrantId, projectId, recipientId: `org-cso-${subGrantId}`, leadPartnerId: 'org-lead', type: 'forum', themes: ['pve'], reportVersion: 1,
      actualStart: date, actualEnd: date, place: { pcode: 'ML0603', adm1: 'ML06', adm2: 'ML0603' },
      participants: { total: 25, cells: [{ sex: 'female', ageBand: '18-35', category: 'womens-associations', count: 12 }, { sex: 'male', ageBand: '18-35', category: 'youth-associations', count: 13 }] },
      organisations: [], outputs: [{ id: 'recommendations', kind: 'recommendation', quantity: 3, status: 'proposed' }, { id: 'action-plan', kind: 'action-plan', quantity: 1 }],
    },
  });
  return { key: event.subject, value: JSON.stringify(event), headers: { 'event-id': event.id, 'event-type': event.type, 'correlation-id': event.correlationId } };
}

/** What one validated report adds to an indicator counting participants. */
export const PARTICIPANTS_PER_REPORT = 25;
