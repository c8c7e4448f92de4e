import { Static, Type } from '@sinclair/typebox';
import { IndicatorRuleSchema } from '@tributary/contracts';
import { BasedOnVersion, BilingualInput, Id, OneOf, RequestObject, StringEnum } from '@tributary/platform';
import { DISAGGREGATIONS } from './indicators/domain/indicator';

const FREQUENCIES = ['monthly', 'quarterly', 'six-monthly', 'yearly'] as const;

const DhisPeriod = Type.String({ pattern: '^\\d{4}(0[1-9]|1[0-2]|Q[1-4]|S[12])?$', description: 'DHIS2 period: 2024, 2024S1, 2024Q1 or 202401', examples: ['2024Q1'] });

const IndicatorDefinition = {
  code: Type.String({ pattern: '^[A-Za-z0-9._-]{1,30}$', description: 'unique in the project', examples: ['OUT-1.1'] }),
  title: BilingualInput(300),
  definition: Type.Optional(BilingualInput(300)),
  result: Type.Optional(BilingualInput(300)),
  level: StringEnum(['output', 'outcome', 'impact']),
  direction: StringEnum(['increase', 'decrease']),
  disaggregations: Type.Array(StringEnum(DISAGGREGATIONS)),
  targets: Type.Array(
    RequestObject(
      {
        period: DhisPeriod,
        value: Type.Number(),
        disaggregation: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9]+=[a-z0-9-]+$', description: 'a target for one disaggregation only', examples: ['sex=female'] })),
      },
      { title: 'TargetInput' },
    ),
    { maxItems: 200 },
  ),
  baseline: Type.Optional(RequestObject({ value: Type.Number(), date: Type.String({ format: 'date', examples: ['2023-12-31'] }) }, { title: 'BaselineInput' })),
  meansOfVerification: Type.Optional(Type.String({ maxLength: 500 })),
  frequency: Type.Optional(StringEnum(FREQUENCIES)),
};

/**
 * The rule is checked here against the same schema the indicator event carries it in, so a rule
 * with an unknown measure, option or filter key is refused when the indicator is defined.
 */
export const DefineIndicatorRequest = OneOf(
  'measure',
  [
    RequestObject(
      { ...IndicatorDefinition, measure: Type.Literal('unit'), rule: Type.Optional(IndicatorRuleSchema) },
      { title: 'UnitIndicatorRequest', description: 'a count from activity reports by its rule; without a rule, from manual values' },
    ),
    RequestObject(
      { ...IndicatorDefinition, measure: Type.Literal('percent'), numerator: IndicatorRuleSchema, denominator: IndicatorRuleSchema },
      { title: 'PercentIndicatorRequest', description: 'numerator over denominator, e.g. the share of women among participants' },
    ),
    RequestObject({ ...IndicatorDefinition, measure: Type.Literal('qualitative') }, { title: 'QualitativeIndicatorRequest', description: 'from manual values' }),
  ],
  { title: 'DefineIndicatorRequest' },
);
export type DefineIndicatorRequest = Static<typeof DefineIndicatorRequest>;

export const ManualValueRequest = RequestObject(
  {
    scope: Type.String({ pattern: '^(project|subgrant):.+$', description: 'project:<project id> or subgrant:<sub-grant id>', examples: ['project:project-cove-tbk'] }),
    period: DhisPeriod,
    value: Type.Number({ examples: [64.5] }),
    comment: Type.Optional(Type.String({ maxLength: 2000, examples: ['enquête de perception, 420 ménages'] })),
  },
  { title: 'ManualValueRequest' },
);
export type ManualValueRequest = Static<typeof ManualValueRequest>;

export const VersionRequest = RequestObject({ version: BasedOnVersion }, { title: 'VersionRequest' });
export type VersionRequest = Static<typeof VersionRequest>;

const ValueFilter = {
  projectId: Id,
  indicatorId: Type.Optional(Id),
  scope: Type.Optional(Type.String({ pattern: '^(subgrant|project|portfolio):.+$', description: 'subgrant:<id>, project:<id> or portfolio:<lead partner id>', examples: ['project:project-cove-tbk'] })),
  periodType: Type.Optional(StringEnum(FREQUENCIES)),
  from: Type.Optional(Type.String({ format: 'date', examples: ['2024-01-01'] })),
  to: Type.Optional(Type.String({ format: 'date', examples: ['2024-12-31'] })),
  disaggregation: Type.Optional(StringEnum(DISAGGREGATIONS, { description: 'keep only this dimension in the breakdown' })),
};

export const ValuesQuery = RequestObject({
  ...ValueFilter,
  cursor: Type.Optional(Type.String({ minLength: 1, description: 'the nextCursor of the previous page' })),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
export type ValuesQuery = Static<typeof ValuesQuery>;

export const Dhis2Query = RequestObject(ValueFilter);
export type Dhis2Query = Static<typeof Dhis2Query>;

export const CsvQuery = RequestObject({ ...ValueFilter, hxl: Type.Boolean({ default: false, description: 'add the HXL hashtag row' }) });
export type CsvQuery = Static<typeof CsvQuery>;

export const IatiQuery = RequestObject({ projectId: Id });
export type IatiQuery = Static<typeof IatiQuery>;

export const ChangesQuery = RequestObject({
  cursor: Type.Integer({ minimum: 0, default: 0, description: 'the nextCursor of the previous answer' }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
});
export type ChangesQuery = Static<typeof ChangesQuery>;
