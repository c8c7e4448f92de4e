import { randomUUID } from 'node:crypto';
import { OrganisationRegistered } from '../events/directory.events';
import { platformCatalog } from '../catalog';
import { EventValidationError } from './event-catalog';

const catalog = platformCatalog();

const envelope = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type: OrganisationRegistered.type,
  version: 1,
  source: 'directory',
  subject: 'org-1',
  sequence: 1,
  time: '2024-03-01T09:00:00.000Z',
  correlationId: 'c-1',
  causationId: null,
  actor: { userId: 'u-1', organisationId: 'org-0' },
  data: { name: 'Association Malienne pour la Survie au Sahel', acronym: 'AMSS', kind: 'cso', country: 'ML', regions: ['ML06'], dueDiligence: 'pending' },
  ...overrides,
});

describe('event catalogue', () => {
  it('accepts an event that matches its envelope and data schema', () => {
    expect(catalog.validate(envelope()).subject).toBe('org-1');
  });

  it.each([
    ['a missing envelope field', { correlationId: undefined }, 'correlationId'],
    ['an unknown type', { type: 'directory.organisation.vanished' }, 'unknown event type'],
    ['an unknown version', { version: 9 }, 'unknown event type'],
    ['data of the wrong shape', { data: { name: 'X', kind: 'militia', country: 'ML', regions: [], dueDiligence: 'pending' } }, '/kind'],
    ['a participant name smuggled into data', { data: { ...envelope().data, participantName: 'A. Traoré' } }, 'additional'],
  ])('refuses %s', (_, overrides, message) => {
    expect(() => catalog.validate(envelope(overrides))).toThrow(EventValidationError);
    expect(() => catalog.validate(envelope(overrides))).toThrow(message);
  });

  it('maps event types to their topics', () => {
    expect(catalog.topicsOf(['directory.organisation.registered', 'directory.user.disabled'])).toEqual([
      'directory.organisation.v1',
      'directory.user.v1',
    ]);
  });
});
