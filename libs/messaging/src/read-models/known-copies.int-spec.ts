import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { Type } from '@sinclair/typebox';
import { defineEvent, EventEnvelope } from '@tributary/contracts';
import { documentSchema, Metrics, RequestContext, ServiceConfig, StoreStartup } from '@tributary/platform';
import mongoose from 'mongoose';
import { requiredInfrastructure, testNamespace } from '../../../../test/support/test-namespace';
import { APPLIED_EVENTS } from './apply-once';
import { KnownCopiesEvents, KnownCopiesOf } from './known-copies';
import { ReadModelStore } from './read-model-store';

const Registered = defineEvent({
  type: 'test.club.registered', version: 1, topic: 'test.club.v1', summary: 'A club was registered.',
  schema: Type.Object({ name: Type.String(), town: Type.String() }), example: { subject: 'club-1', data: { name: 'ASC Kita', town: 'Kita' } },
});
const Renamed = defineEvent({
  type: 'test.club.renamed', version: 1, topic: 'test.club.v1', summary: 'A club took another name.',
  schema: Type.Object({ name: Type.String() }), example: { subject: 'club-1', data: { name: 'AS Kita' } },
});
const Moved = defineEvent({
  type: 'test.club.moved', version: 1, topic: 'test.club.v1', summary: 'A club moved.',
  schema: Type.Object({ town: Type.String() }), example: { subject: 'club-1', data: { town: 'Kayes' } },
});
const MemberJoined = defineEvent({
  type: 'test.club.member-joined', version: 1, topic: 'test.club.v1', summary: 'Someone joined a club.',
  schema: Type.Object({ memberId: Type.String(), name: Type.String() }), example: { subject: 'club-1', data: { memberId: 'm-1', name: 'Awa' } },
});

interface Club {
  _id: string;
  name: string;
  town: string;
}
interface Member {
  _id: string;
  name: string;
  club: string;
  town: string;
}

@Injectable()
class KnownClubs extends KnownCopiesOf<Club>('known_clubs', documentSchema<Club>({ name: String, town: String, ...APPLIED_EVENTS })) {}

@Injectable()
class KnownMembers extends KnownCopiesOf<Member>('known_members', documentSchema<Member>({ name: String, club: String, town: String, ...APPLIED_EVENTS })) {
  constructor(readModels: ReadModelStore, readonly clubs: KnownClubs) {
    super(readModels);
  }
}

class KnownClubsEvents extends KnownCopiesEvents(KnownClubs, (on) => [
  on(Registered, ({ data }) => ({ name: data.name, town: data.town })),
  on([Renamed, Moved], ({ data }) => ('name' in data ? { name: data.name } : { town: data.town })),
]) {}

class KnownMembersEvents extends KnownCopiesEvents(KnownMembers, (on) => [
  on(
    MemberJoined,
    async (event, members) => {
      const club = await members.clubs.find(event.subject);
      return club ? { name: event.data.name, club: club.name, town: club.town } : undefined;
    },
    { copy: (event) => event.data.memberId },
  ),
]) {}

/** Calls the handler that the events controller declares for the event's type, as the transport does. */
function deliver(controller: object, event: EventEnvelope): Promise<boolean> {
  const prototype = Object.getPrototypeOf(Object.getPrototypeOf(controller)) as Record<string, (event: EventEnvelope) => Promise<boolean>>;
  const handlers = Object.getOwnPropertyNames(prototype).filter((key) => {
    const patterns: unknown = key !== 'constructor' && Reflect.getMetadata(PATTERN_METADATA, prototype[key]);
    return Array.isArray(patterns) && patterns.includes(event.type);
  });
  if (handlers.length !== 1) throw new Error(`${handlers.length} handlers for ${event.type}`);
  return prototype[handlers[0]].call(controller, event);
}

let sequence = 0;
const envelope = <D>(type: string, subject: string, data: D, id = randomUUID()): EventEnvelope<D> =>
  ({ id, type, subject, data, sequence: ++sequence, time: new Date().toISOString(), correlationId: 'c', actor: { userId: 'u' } }) as unknown as EventEnvelope<D>;

describe('known copies: read models of another service records, kept from its events', () => {
  const ns = testNamespace('known copies');
  let connection: mongoose.Connection;
  let clubs: KnownClubs;
  let members: KnownMembers;
  let clubEvents: KnownClubsEvents;
  let memberEvents: KnownMembersEvents;

  beforeAll(async () => {
    connection = await mongoose.createConnection(requiredInfrastructure().mongoUrl, { dbName: ns.database('copies') }).asPromise();
    const readModels = new ReadModelStore(connection, new StoreStartup(), new Metrics({ service: { name: 'copies-test' } } as ServiceConfig));
    clubs = new KnownClubs(readModels);
    members = new KnownMembers(readModels, clubs);
    clubs.onModuleInit();
    members.onModuleInit();
    clubEvents = new KnownClubsEvents(clubs);
    memberEvents = new KnownMembersEvents(members);
  });

  afterAll(async () => {
    await connection?.close();
    await ns.dropAll();
  });

  it('sets the fields each event type gives on the copy of its subject, and reads copies without their applied event ids', async () => {
    expect(await deliver(clubEvents, envelope(Registered.type, 'club-kita', { name: 'ASC Kita', town: 'Kita' }))).toBe(true);
    expect(await deliver(clubEvents, envelope(Renamed.type, 'club-kita', { name: 'AS Kita' }))).toBe(true);
    expect(await deliver(clubEvents, envelope(Moved.type, 'club-kita', { town: 'Kayes' }))).toBe(true);

    expect(await clubs.find('club-kita')).toEqual({ _id: 'club-kita', name: 'AS Kita', town: 'Kayes' });
    expect(await clubs.find('club-absent')).toBeNull();
  });

  it('applies an event once: a redelivery answers false and does not undo what later events set', async () => {
    const registered = envelope(Registered.type, 'club-mopti', { name: 'Jeunesse Mopti', town: 'Mopti' });
    await deliver(clubEvents, registered);
    await deliver(clubEvents, envelope(Renamed.type, 'club-mopti', { name: 'Jeunesse de Mopti' }));

    const twice = await Promise.all([deliver(clubEvents, registered), deliver(clubEvents, registered)]);

    expect(twice).toEqual([false, false]);
    expect(await clubs.find('club-mopti')).toEqual({ _id: 'club-mopti', name: 'Jeunesse de Mopti', town: 'Mopti' });
  });

  it('writes the copy a rule names, from another copy read first, and nothing when that one is unknown', async () => {
    await deliver(clubEvents, envelope(Registered.type, 'club-segou', { name: 'Ségou FC', town: 'Ségou' }));

    expect(await deliver(memberEvents, envelope(MemberJoined.type, 'club-segou', { memberId: 'member-awa', name: 'Awa' }))).toBe(true);
    expect(await deliver(memberEvents, envelope(MemberJoined.type, 'club-unknown', { memberId: 'member-ali', name: 'Ali' }))).toBe(false);

    expect(await members.list({ club: 'Ségou FC' })).toEqual([{ _id: 'member-awa', name: 'Awa', club: 'Ségou FC', town: 'Ségou' }]);
    expect(await members.find('member-ali')).toBeNull();
  });

  it('inside a rebuild, writes and reads the generation being rebuilt, leaving the live one alone', async () => {
    const registered = envelope(Registered.type, 'club-gao', { name: 'Gao Sports', town: 'Gao' });

    await RequestContext.run({ readModelGeneration: 7 }, async () => {
      expect(await deliver(clubEvents, registered)).toBe(true);
      expect(await clubs.find('club-gao')).toEqual({ _id: 'club-gao', name: 'Gao Sports', town: 'Gao' });
    });

    expect(await clubs.find('club-gao')).toBeNull();
    expect(await deliver(clubEvents, registered)).toBe(true);
  });
});
