import { Static, Type } from '@sinclair/typebox';
import { IndicatorRuleSchema } from '@tributary/contracts';
import { BilingualText, Id, StringEnum, Version } from '@tributary/platform';

export const IndicatorResponse = Type.Object(
  {
    id: Id,
    version: Version,
    projectId: Type.String(),
    code: Type.String(),
    title: BilingualText,
    definition: Type.Optional(BilingualText),
    result: Type.Optional(BilingualText),
    level: StringEnum(['output', 'outcome', 'impact']),
    measure: StringEnum(['unit', 'percent', 'qualitative']),
    direction: StringEnum(['increase', 'decrease']),
    disaggregations: Type.Array(Type.String()),
    rule: Type.Optional(IndicatorRuleSchema),
    numerator: Type.Optional(IndicatorRuleSchema),
    denominator: Type.Optional(IndicatorRuleSchema),
    targets: Type.Array(Type.Object({ period: Type.String(), value: Type.Number(), disaggregation: Type.Optional(Type.String()) }, { title: 'Target' })),
    baseline: Type.Optional(Type.Object({ value: Type.Number(), date: Type.String({ format: 'date' }) })),
    meansOfVerification: Type.Optional(Type.String()),
    frequency: Type.Optional(StringEnum(['monthly', 'quarterly', 'six-monthly', 'yearly'])),
    recounting: Type.Boolean({
      description: 'True from the definition until the reports stored before it are counted under its rule (a replay of the activity log, which survives restarts); until then its values count only the reports after it.',
    }),
  },
  { title: 'Indicator' },
);
export type IndicatorResponse = Static<typeof IndicatorResponse>;
