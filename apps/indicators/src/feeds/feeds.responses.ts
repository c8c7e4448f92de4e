import { Static, Type } from '@sinclair/typebox';
import { BilingualText, CursorPageOf, Dictionary, Nullable, StringEnum } from '@tributary/platform';

const FeedValue = Type.Object(
  {
    indicatorId: Type.String(),
    code: Type.String(),
    title: BilingualText,
    scope: Type.String({ examples: ['project:project-cove-tbk'] }),
    period: Type.String({ description: 'DHIS2 period', examples: ['2024Q1'] }),
    value: Nullable(Type.Number(), { description: 'null for a percentage without a denominator yet' }),
    disaggregation: Dictionary(Type.Number(), { description: 'the value by disaggregation, e.g. { "sex=female": 72 }' }),
    target: Type.Optional(Type.Number()),
    targetsByDisaggregation: Type.Optional(Dictionary(Type.Number(), { description: 'targets set for one disaggregation, e.g. { "sex=female": 90 }' })),
    status: StringEnum(['on-track', 'at-risk', 'off-track', 'no-target']),
    changeSequence: Type.Integer({ minimum: 0, description: 'when the value last changed, in the order of /feeds/changes' }),
  },
  { title: 'FeedValue' },
);

export const FeedValuePage = CursorPageOf(FeedValue, 'FeedValuePage');
export type FeedValuePage = Static<typeof FeedValuePage>;

export const FeedChanges = Type.Object(
  { items: Type.Array(FeedValue), nextCursor: Type.Integer({ minimum: 0, description: 'pass as `cursor` next time; the same as sent when nothing changed' }) },
  { title: 'FeedChanges' },
);
export type FeedChanges = Static<typeof FeedChanges>;

export const Dhis2DataValueSet = Type.Object(
  {
    dataSet: Type.String(),
    dataValues: Type.Array(
      Type.Object({
        dataElement: Type.String({ description: 'the indicator code' }),
        period: Type.String(),
        orgUnit: Type.String({ description: 'the scope' }),
        categoryOptionCombo: Type.Optional(Type.String({ description: 'the disaggregation, e.g. sex=female' })),
        value: Type.String(),
      }),
    ),
  },
  { title: 'Dhis2DataValueSet' },
);
export type Dhis2DataValueSet = Static<typeof Dhis2DataValueSet>;
