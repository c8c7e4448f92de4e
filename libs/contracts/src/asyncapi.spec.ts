import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asyncApiDocument } from './asyncapi';
import { ALL_EVENTS, platformCatalog } from './catalog';

describe('AsyncAPI document', () => {
  const committed = JSON.parse(readFileSync(path.join(__dirname, '..', 'asyncapi.json'), 'utf8'));

  it('is the one generated from the event definitions (run npm run contracts:asyncapi after a change)', () => {
    expect(committed).toEqual(asyncApiDocument(ALL_EVENTS));
  });

  it('lists every event type on its versioned topic', () => {
    const addresses = Object.values(committed.channels as Record<string, { address: string }>).map((c) => c.address);
    for (const event of ALL_EVENTS) {
      expect(addresses).toContain(event.topic);
      expect(event.topic).toMatch(/\.v\d+$/);
    }
    expect(Object.keys(committed.components.messages)).toHaveLength(ALL_EVENTS.length);
  });

  it('gives every message an example whose payload is a valid event of its type, on its topic', () => {
    const catalog = platformCatalog();
    const messages = committed.components.messages as Record<string, { name: string; examples?: { headers: Record<string, string>; payload: unknown }[] }>;
    for (const message of Object.values(messages)) {
      expect(message.examples).toHaveLength(1);
      const [example] = message.examples!;
      const event = catalog.validate(example.payload);
      expect(event.type).toBe(message.name);
      expect(example.headers).toEqual({ 'event-id': event.id, 'event-type': event.type, 'correlation-id': event.correlationId, traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/) });
    }
  });
});
