import { Static, Type } from '@sinclair/typebox';
import { Nullable } from '@tributary/platform';

const Labelled = Type.Object({ code: Type.String(), fr: Type.String(), en: Type.String() }, { title: 'Labelled' });
export type Labelled = Static<typeof Labelled>;

export const ActivityTypeResponse = Labelled;
export type ActivityTypeResponse = Labelled;

export const ReferenceResponse = Type.Object(
  {
    activityTypes: Type.Array(Labelled),
    themes: Type.Array(Labelled),
    outputKinds: Type.Array(Labelled, { description: 'what an activity produces: declarations, recommendations, people trained…' }),
    organisationKinds: Type.Array(Labelled, { description: 'kinds of the organisations that take part in an activity' }),
    dimensions: Type.Object({ sex: Type.Array(Labelled), ageBand: Type.Array(Labelled), category: Type.Array(Labelled) }),
  },
  { title: 'Reference' },
);
export type ReferenceResponse = Static<typeof ReferenceResponse>;

export const PlaceResponse = Type.Object(
  {
    area: Nullable(Type.Object({ pcode: Type.String(), name: Type.String(), level: Type.Integer({ minimum: 0 }), parent: Nullable(Type.String()) }), {
      description: 'null for an unknown P-code',
    }),
    pcode: Type.Optional(Type.String()),
    adm1: Type.Optional(Type.String({ description: 'the region' })),
    adm2: Type.Optional(Type.String({ description: 'the cercle' })),
  },
  { title: 'Place' },
);
export type PlaceResponse = Static<typeof PlaceResponse>;

export const PlaceMatchesResponse = Type.Array(
  Type.Object(
    {
      pcode: Type.String(),
      name: Type.String(),
      level: Type.Integer({ minimum: 1, description: '1 for a region, 2 for a cercle' }),
      parent: Nullable(Type.String()),
      region: Nullable(Type.String({ description: 'the name of the region the place is in' })),
    },
    { title: 'PlaceMatch' },
  ),
  { maxItems: 20 },
);
export type PlaceMatchesResponse = Static<typeof PlaceMatchesResponse>;
