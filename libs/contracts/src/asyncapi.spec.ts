import { readFileSync } from 'node:fs';
import path from 'node:path';
import { asyncApiDocument } from './asyncapi';
import { ALL_EVENTS } from './catalog';

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
});
