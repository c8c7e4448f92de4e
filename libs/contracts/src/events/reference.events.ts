import { Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope/event-envelope';
import { Topics } from '../topics';

/** The reference lists administrators extend and retire entries of, as the API names them. */
export const REFERENCE_LISTS = ['activity-types', 'themes', 'categories', 'output-kinds', 'organisation-kinds'] as const;
export type ReferenceList = (typeof REFERENCE_LISTS)[number];

const Entry = {
  list: Type.Union(REFERENCE_LISTS.map((list) => Type.Literal(list)), { description: '`categories` are the participant categories of the disaggregation' }),
  code: Type.String({ description: 'what reports and plans carry; never reused, even once retired' }),
  fr: Type.String(),
  en: Type.String(),
};

const ADMIN = { userId: 'user-admin-fhi360', organisationId: 'org-fhi360' };

export const ReferenceEntryAdded = defineEvent({
  type: 'activities.reference.entry-added',
  version: 1,
  topic: Topics.activitiesReference,
  summary: 'An administrator added an entry to a reference list; plans and reports may use its code from now on.',
  schema: Type.Object(Entry, { additionalProperties: false }),
  example: {
    subject: 'activity-types/seminaire-regional',
    actor: ADMIN,
    data: { list: 'activity-types', code: 'seminaire-regional', fr: 'Séminaire régional', en: 'Regional seminar' },
  },
});

export const ReferenceEntryRetired = defineEvent({
  type: 'activities.reference.entry-retired',
  version: 1,
  topic: Topics.activitiesReference,
  summary:
    'An administrator retired an entry: new plans and reports may no longer use its code; reports that carry it keep it, and its labels stay readable.',
  schema: Type.Object({ ...Entry, shipped: Type.Boolean({ description: 'one of the entries the platform ships with, rather than one an administrator added' }) }, { additionalProperties: false }),
  example: {
    subject: 'categories/displaced-people',
    sequence: 1,
    actor: ADMIN,
    data: { list: 'categories', code: 'displaced-people', fr: 'Personnes déplacées', en: 'Displaced people', shipped: true },
  },
});

export const ReferenceEvents = [ReferenceEntryAdded, ReferenceEntryRetired] as const;
