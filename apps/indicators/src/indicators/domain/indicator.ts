import { DataOf, IndicatorDefined } from '@tributary/contracts';
import { DomainError } from '@tributary/kernel';
import { indicatorMessages as messages } from '../indicators.messages';
import { periodBounds, periodType } from './period';
import { DIMENSIONS, DIMENSIONS_OF, FILTERS_OF_ONE_MEASURE, Rule, RuleFilter } from './rule';

export type IndicatorDefinition = DataOf<typeof IndicatorDefined> & {
  definition?: { fr: string; en: string };
  /** The result statement the indicator measures; indicators sharing one form that result. */
  result?: { fr: string; en: string };
  baseline?: { value: number; date: string };
  meansOfVerification?: string;
  frequency?: 'monthly' | 'quarterly' | 'six-monthly' | 'yearly';
};

export interface IndicatorState extends IndicatorDefinition {
  id: string;
  version: number;
  /**
   * From the definition until the reports stored before it have been replayed under its rule:
   * until then its values count only what came after. Bookkeeping of the service, never answered.
   */
  awaitingReplay?: boolean;
}

export const DISAGGREGATIONS = DIMENSIONS;

const RULE_FIELDS: Record<string, string> = { '': 'rule', 'num:': 'numerator', 'den:': 'denominator' };

/** An indicator of a project's results framework, with the rule that derives its value. */
export const Indicator = {
  define(id: string, input: IndicatorDefinition, version = 1) {
    input.targets.forEach((t, i) => {
      try {
        periodType(t.period);
      } catch {
        throw new DomainError('invalid', 'bad-period', messages('badPeriod', { period: t.period }), `targets[${i}].period`);
      }
    });
    input.disaggregations.forEach((d, i) => {
      if (!(DISAGGREGATIONS as readonly string[]).includes(d)) {
        throw new DomainError('invalid', 'unknown-disaggregation', messages('unknownDisaggregation', { disaggregation: d }), `disaggregations[${i}]`);
      }
    });
    if (input.measure === 'percent' && (!input.numerator || !input.denominator)) {
      throw new DomainError('invalid', 'percent-needs-ratio', messages('percentNeedsRatio'), 'numerator');
    }
    for (const { field, rule } of Indicator.rules(input).map((r) => ({ field: RULE_FIELDS[r.prefix], rule: r.rule }))) {
      checkRule(rule, field, input.disaggregations);
    }
    const state: IndicatorState = { ...input, id, version, awaitingReplay: true };
    const { definition: _d, result: _r, baseline: _b, meansOfVerification: _m, frequency: _f, ...data } = input;
    return { state, event: { definition: IndicatorDefined, data } };
  },

  /** The rules whose contributions make up the value: one, or numerator and denominator. */
  rules(indicator: IndicatorDefinition): { prefix: string; rule: Rule }[] {
    if (indicator.measure === 'percent') return [{ prefix: 'num:', rule: indicator.numerator as Rule }, { prefix: 'den:', rule: indicator.denominator as Rule }];
    return indicator.rule ? [{ prefix: '', rule: indicator.rule as Rule }] : [];
  },
};

/** A rule asks only what its measure can answer: a level for places, an output filter for outputs, a breakdown the measure has. */
function checkRule(rule: Rule, field: string, disaggregations: string[]): void {
  if (rule.level && rule.measure !== 'distinct-places') throw new DomainError('invalid', 'level-not-applicable', messages('levelNotApplicable'), `${field}.level`);
  for (const [filter, measure] of Object.entries(FILTERS_OF_ONE_MEASURE) as [keyof RuleFilter, string][]) {
    if (rule.filter?.[filter]?.length && rule.measure !== measure) {
      throw new DomainError('invalid', 'filter-not-applicable', messages('filterNotApplicable', { filter, measure }), `${field}.filter.${filter}`);
    }
  }
  disaggregations.forEach((d, i) => {
    if (!(DIMENSIONS_OF[rule.measure] as readonly string[]).includes(d)) {
      throw new DomainError('invalid', 'disaggregation-not-applicable', messages('disaggregationNotApplicable', { disaggregation: d, measure: rule.measure }), `disaggregations[${i}]`);
    }
    // A region lies in no cercle.
    if (d === 'adm2' && rule.level === 'adm1') throw new DomainError('invalid', 'disaggregation-finer-than-level', messages('disaggregationFinerThanLevel'), `disaggregations[${i}]`);
  });
}

export type ProgressStatus = 'on-track' | 'at-risk' | 'off-track' | 'no-target';

/**
 * Progress against the target of a period. The expected share is the part of the period already
 * elapsed (all of it once the period is over). An increasing indicator is on track at or above the
 * expected share of its target, at risk from 80 % of that, off track below; a decreasing one
 * mirrors this (at or below the target scaled the same way).
 */
export function progressStatus(direction: 'increase' | 'decrease', value: number | null, target: number | undefined, period: string, today: string): ProgressStatus {
  if (target === undefined || value === null) return 'no-target';
  const { start, end } = periodBounds(period);
  const span = new Date(end).getTime() - new Date(start).getTime() + 86400000;
  const elapsed = Math.min(1, Math.max(0, (new Date(today).getTime() - new Date(start).getTime() + 86400000) / span));
  if (direction === 'increase') {
    const expected = target * elapsed;
    if (value >= expected) return 'on-track';
    return value >= expected * 0.8 ? 'at-risk' : 'off-track';
  }
  if (value <= target) return 'on-track';
  return value <= target * 1.2 ? 'at-risk' : 'off-track';
}

export const indicatorNotFound = () => new DomainError('not-found', 'indicator-not-found', messages('indicatorNotFound'));

/** Also for a project the actor may not see: its existence is not told. */
export const projectNotFound = () => new DomainError('not-found', 'project-not-found', messages('projectNotFound'));
