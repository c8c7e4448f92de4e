import { createHash } from 'node:crypto';
import { EnvelopeSchema, EventDefinition, EventEnvelope } from './envelope/event-envelope';

const idOf = (text: string) => text.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));

/** A stable UUID per event type, so the generated document does not change from run to run. */
function exampleId(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The example of an event as it travels: its data in a complete envelope. */
function exampleEnvelope(event: EventDefinition): EventEnvelope {
  const { subject, data, sequence = 1, actor = { userId: 'user-pm-fhi360', organisationId: 'org-fhi360' } } = event.example;
  return {
    id: exampleId(`${event.type}@${event.version}`),
    type: event.type,
    version: event.version,
    source: event.type.split('.')[0],
    subject,
    sequence,
    time: '2024-03-25T10:15:00.000Z',
    correlationId: exampleId(`correlation ${event.type}`),
    causationId: null,
    actor,
    data,
  };
}

/**
 * The AsyncAPI 3 document of every topic and event, derived from the definitions so it cannot
 * drift from them. Each message's payload is the envelope with that event's data schema.
 */
export function asyncApiDocument(events: readonly EventDefinition[]) {
  const channels: Record<string, { address: string; description: string; messages: Record<string, { $ref: string }> }> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const envelopeProperties = JSON.parse(JSON.stringify(EnvelopeSchema.properties)) as Record<string, unknown>;

  for (const event of events) {
    const channelId = idOf(event.topic);
    const messageId = `${idOf(event.type)}V${event.version}`;
    channels[channelId] ??= {
      address: event.topic,
      description: `Aggregate stream ${event.topic}, keyed by aggregate id (the envelope subject); kept forever.`,
      messages: {},
    };
    channels[channelId].messages[messageId] = { $ref: `#/components/messages/${messageId}` };
    const example = exampleEnvelope(event);
    messages[messageId] = {
      name: event.type,
      title: `${event.type} v${event.version}`,
      summary: event.summary,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: {
          'event-id': { type: 'string' },
          'event-type': { type: 'string', const: event.type },
          'correlation-id': { type: 'string' },
          traceparent: {
            type: 'string',
            pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
            description: 'W3C Trace Context of the publishing span, in the trace of the request or event that caused this one; a consumer continues it',
          },
          tracestate: { type: 'string', description: 'W3C Trace Context vendor state, when the trace has any' },
        },
      },
      payload: {
        ...JSON.parse(JSON.stringify(EnvelopeSchema)),
        properties: {
          ...envelopeProperties,
          type: { type: 'string', const: event.type },
          version: { type: 'integer', const: event.version },
          data: JSON.parse(JSON.stringify(event.schema)),
        },
      },
      examples: [
        {
          name: `${messageId}Example`,
          summary: event.summary,
          headers: { 'event-id': example.id, 'event-type': event.type, 'correlation-id': example.correlationId, traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
          payload: example,
        },
      ],
    };
    const operationId = `publish${messageId.charAt(0).toUpperCase()}${messageId.slice(1)}`;
    operations[operationId] = {
      action: 'send',
      channel: { $ref: `#/channels/${channelId}` },
      messages: [{ $ref: `#/channels/${channelId}/messages/${messageId}` }],
    };
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Tributary events',
      version: '1.0.0',
      description:
        'Every event travels in one envelope; `id` is the idempotency key, `subject` the aggregate id and Kafka key, `sequence` the aggregate version. A change consumers cannot read is a new version.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { messages },
  };
}
