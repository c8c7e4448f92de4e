import { Type } from '@sinclair/typebox';
import { defineEvent } from '../envelope/event-envelope';
import { Topics } from '../topics';
import { RECOMMENDATION_STATUSES } from './activities.events';

/** What a rule measures, and the levels it counts places at; the indicators domain takes them from here. */
export const RULE_MEASURES = ['participants', 'activities', 'distinct-places', 'distinct-organisations', 'outputs'] as const;
export const PLACE_LEVELS = ['adm1', 'adm2', 'adm3'] as const;

const codes = (description: string) => Type.Optional(Type.Array(Type.String(), { description }));

/**
 * How an indicator's value comes from activity reports: a measure, a level for places and optional
 * filters. Shared by the event and the indicators API, which refuses a rule the event would not carry.
 */
export const IndicatorRuleSchema = Type.Object(
  {
    measure: Type.Union(
      RULE_MEASURES.map((m) => Type.Literal(m)),
      { description: 'outputs sums the quantities of the outputs a report lists' },
    ),
    level: Type.Optional(
      Type.Union(PLACE_LEVELS.map((l) => Type.Literal(l)), {
        description: 'distinct-places only: count regions (adm1, Bamako district included), cercles (adm2) or communes (adm3); a report placed above the level does not count. Without it, the cercle, or the region for a report placed at a region',
      }),
    ),
    filter: Type.Optional(
      Type.Object(
        {
          activityTypes: codes('activity types'),
          themes: codes("themes of the activity (outputs: the output's own theme when it has one)"),
          categories: codes('participant categories'),
          sexes: codes('participant sexes'),
          places: codes('P-code prefixes: ML06 takes every place in the Timbuktu region'),
          organisationKinds: codes('distinct-organisations only: organisation kinds'),
          outputKinds: codes('outputs only: output kinds'),
          statuses: Type.Optional(Type.Array(Type.Union(RECOMMENDATION_STATUSES.map((s) => Type.Literal(s))), { description: 'outputs only: recommendations with these follow-up statuses' })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, title: 'IndicatorRule' },
);

/** The examples follow the indicators of FHI 360's project in Timbuktu. */
const PROJECT = 'project-cove-tbk';
const ME_OFFICER = { userId: 'user-me-fhi360', organisationId: 'org-fhi360' };
const SURVEY_VALUE = {
  indicatorId: 'indicator-oc-1',
  projectId: PROJECT,
  scope: `project:${PROJECT}`,
  period: '2024',
  value: 64.5,
  comment: 'enquête de perception auprès de 420 ménages',
};

export const IndicatorDefined = defineEvent({
  type: 'indicators.indicator.defined',
  version: 1,
  topic: Topics.indicatorsIndicator,
  summary: "An indicator of a project's results framework was defined or redefined (its values are rebuilt by replay).",
  schema: Type.Object(
    {
      projectId: Type.String(),
      code: Type.String(),
      title: Type.Object({ fr: Type.String(), en: Type.String() }, { additionalProperties: false }),
      level: Type.Union([Type.Literal('output'), Type.Literal('outcome'), Type.Literal('impact')]),
      measure: Type.Union([Type.Literal('unit'), Type.Literal('percent'), Type.Literal('qualitative')]),
      direction: Type.Union([Type.Literal('increase'), Type.Literal('decrease')]),
      disaggregations: Type.Array(Type.String()),
      rule: Type.Optional(IndicatorRuleSchema),
      numerator: Type.Optional(IndicatorRuleSchema),
      denominator: Type.Optional(IndicatorRuleSchema),
      targets: Type.Array(
        Type.Object(
          { period: Type.String(), value: Type.Number(), disaggregation: Type.Optional(Type.String({ description: 'e.g. sex=female' })) },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  example: {
    subject: 'indicator-out-1',
    actor: ME_OFFICER,
    data: {
      projectId: PROJECT,
      code: 'OUT-1',
      title: { fr: 'Participants aux activités', en: 'Activity participants' },
      level: 'output',
      measure: 'unit',
      direction: 'increase',
      disaggregations: ['category', 'sex'],
      rule: { measure: 'participants', filter: { places: ['ML06'] } },
      targets: [
        { period: '2024Q1', value: 150 },
        { period: '2024Q1', value: 80, disaggregation: 'sex=female' },
      ],
    },
  },
});

export const IndicatorValuesChanged = defineEvent({
  type: 'indicators.value.changed',
  version: 2,
  topic: Topics.indicatorsValue,
  summary: 'Indicator values of one scope (sub-grant, project, portfolio) and period changed; lists each changed value.',
  schema: Type.Object(
    {
      projectId: Type.String(),
      scope: Type.String(),
      period: Type.String(),
      changeSequence: Type.Integer(),
      values: Type.Array(
        Type.Object(
          { indicatorId: Type.String(), code: Type.String(), value: Type.Union([Type.Number(), Type.Null()]) },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  example: {
    subject: `${PROJECT}|project:${PROJECT}|2024Q1`,
    sequence: 42,
    actor: { userId: 'service:indicators', organisationId: null },
    data: {
      projectId: PROJECT,
      scope: `project:${PROJECT}`,
      period: '2024Q1',
      changeSequence: 42,
      values: [
        { indicatorId: 'indicator-out-1', code: 'OUT-1', value: 188 },
        { indicatorId: 'indicator-out-2', code: 'OUT-2', value: 0.383 },
      ],
    },
  },
});

const ManualValue = {
  indicatorId: Type.String(),
  projectId: Type.String(),
  scope: Type.String(),
  period: Type.String(),
  value: Type.Number(),
  comment: Type.Optional(Type.String()),
};

export const ManualValueSubmitted = defineEvent({
  type: 'indicators.indicator.manual-value-submitted',
  version: 1,
  topic: Topics.indicatorsIndicator,
  summary: 'An M&E officer submitted a value measured outside activity reports (a survey, say) for approval.',
  schema: Type.Object(ManualValue, { additionalProperties: false }),
  example: { subject: 'manual-value-oc-1-2024', actor: ME_OFFICER, data: SURVEY_VALUE },
});

export const ManualValueApproved = defineEvent({
  type: 'indicators.indicator.manual-value-approved',
  version: 1,
  topic: Topics.indicatorsIndicator,
  summary: 'A manual value was approved by someone other than its submitter; it becomes the indicator value for its period.',
  schema: Type.Object({ ...ManualValue, approvedBy: Type.String() }, { additionalProperties: false }),
  example: { subject: 'manual-value-oc-1-2024', sequence: 2, data: { ...SURVEY_VALUE, approvedBy: 'user-pm-fhi360' } },
});

export const IndicatorsEvents = [IndicatorDefined, IndicatorValuesChanged, ManualValueSubmitted, ManualValueApproved] as const;
