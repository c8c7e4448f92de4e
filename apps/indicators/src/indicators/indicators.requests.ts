import { Static, Type } from '@sinclair/typebox';
import { IndicatorRuleSchema } from '@tributary/contracts';
import { BilingualInput, OneOf, RequestObject, StringEnum } from '@tributary/platform';
import { DISAGGREGATIONS } from './domain/indicator';

export const FREQUENCIES = ['monthly', 'quarterly', 'six-monthly', 'yearly'] as const;

/** A period as DHIS2 writes it, for targets and manual values. */
export const DhisPeriod = Type.String({ pattern: '^\\d{4}(0[1-9]|1[0-2]|Q[1-4]|S[12])?$', description: 'DHIS2 period: 2024, 2024S1, 2024Q1 or 202401', examples: ['2024Q1'] });

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
        disaggregation: Type.Optional(Type.String({ pattern: '^[a-zA-Z0-9]+=[A-Za-z0-9-]+$', description: 'a target for one disaggregation only', examples: ['sex=female'] })),
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
