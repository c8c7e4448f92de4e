import { Static, Type } from '@sinclair/typebox';
import { Nullable, StringEnum } from '@tributary/platform';
import { REFERENCE_LISTS } from './domain/reference-entries';

const Labelled = Type.Object({ code: Type.String(), fr: Type.String(), en: Type.String() }, { title: 'Labelled' });

const Entry = Type.Object(
  {
    code: Type.String(),
    fr: Type.String(),
    en: Type.String(),
    retired: Type.Optional(
      Type.Literal(true, { description: 'no longer accepted in new plans and reports; listed so that what carries the code still reads (left out when in use)' }),
    ),
  },
  { title: 'ReferenceEntry' },
);

export const ReferenceEntryResponse = Entry;
export type ReferenceEntryResponse = Static<typeof Entry>;

export const ReferenceResponse = Type.Object(
  {
    activityTypes: Type.Array(Entry),
    themes: Type.Array(Entry),
    outputKinds: Type.Array(Entry, { description: 'what an activity produces: declarations, recommendations, people trained…' }),
    organisationKinds: Type.Array(Entry, { description: 'kinds of the organisations that take part in an activity' }),
    dimensions: Type.Object({ sex: Type.Array(Labelled), ageBand: Type.Array(Labelled), category: Type.Array(Entry) }),
  },
  { title: 'Reference' },
);
export type ReferenceResponse = Static<typeof ReferenceResponse>;

export const ReferenceHistoryResponse = Type.Array(
  Type.Object(
    {
      time: Type.String({ format: 'date-time' }),
      by: Type.Object({ userId: Type.String(), organisationId: Nullable(Type.String()) }, { description: 'the administrator (`service:activities` for entries moved from the earlier activity types)' }),
      change: StringEnum(['added', 'retired'] as const),
      list: StringEnum(REFERENCE_LISTS),
      code: Type.String(),
      fr: Type.String(),
      en: Type.String(),
    },
    { title: 'ReferenceChange' },
  ),
);
export type ReferenceHistoryResponse = Static<typeof ReferenceHistoryResponse>;

export const PlaceResponse = Type.Object(
  {
    area: Nullable(Type.Object({ pcode: Type.String(), name: Type.String(), level: Type.Integer({ minimum: 0 }), parent: Nullable(Type.String()) }), {
      description: 'null for an unknown P-code',
    }),
    pcode: Type.Optional(Type.String()),
    adm1: Type.Optional(Type.String({ description: 'the region' })),
    adm2: Type.Optional(Type.String({ description: 'the cercle' })),
    adm3: Type.Optional(Type.String({ description: 'the commune' })),
  },
  { title: 'Place' },
);
export type PlaceResponse = Static<typeof PlaceResponse>;

export const PlaceMatchesResponse = Type.Array(
  Type.Object(
    {
      pcode: Type.String(),
      name: Type.String(),
      level: Type.Integer({ minimum: 1, maximum: 3, description: '1 for a region, 2 for a cercle, 3 for a commune' }),
      parent: Nullable(Type.String()),
      region: Nullable(Type.String({ description: 'the name of the region the place is in' })),
    },
    { title: 'PlaceMatch' },
  ),
  { maxItems: 20 },
);
export type PlaceMatchesResponse = Static<typeof PlaceMatchesResponse>;
