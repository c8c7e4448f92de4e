import { EnvelopeSchema, EventDefinition } from './envelope/event-envelope';

const idOf = (text: string) => text.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ''));

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
