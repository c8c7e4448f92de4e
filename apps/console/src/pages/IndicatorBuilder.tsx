import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@tributary/client';
import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { useLabel, useReference } from '../reference';
import { useProjects } from './Portfolio';

type Rule = Schema<'indicators', 'IndicatorRule'>;
type Dimension = Schema<'indicators', 'UnitIndicatorRequest'>['disaggregations'][number];

const MEASURES = ['participants', 'activities', 'distinct-places', 'distinct-organisations', 'outputs'] as const;
const LEVELS = ['', 'adm1', 'adm2', 'adm3'] as const;
const STATUSES = ['proposed', 'adopted', 'in-progress', 'implemented', 'dropped'] as const;
const PLACE: Dimension[] = ['adm1', 'adm2', 'activityType', 'theme'];
/** Filters only one measure understands. */
const ONE_MEASURE_FILTERS: Record<string, (typeof MEASURES)[number]> = { organisationKinds: 'distinct-organisations', outputKinds: 'outputs', statuses: 'outputs' };
/** The breakdowns each measure has (the indicators service refuses the others). */
const DISAGGREGATIONS: Record<(typeof MEASURES)[number], Dimension[]> = {
  participants: ['sex', 'ageBand', 'category', ...PLACE],
  activities: PLACE,
  'distinct-places': PLACE,
  'distinct-organisations': ['organisationKind', ...PLACE],
  outputs: ['outputKind', 'status', ...PLACE],
};

/**
 * Defines a counted indicator: what to count in validated reports (measure), which reports and
 * people count (filters), how values break down, and a target per DHIS2 period.
 */
export function IndicatorBuilder() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const projects = useProjects();
  const queries = useQueryClient();
  const [projectId, setProjectId] = useState('');
  const chosen = projectId || projects.data?.[0]?.id || '';
  const [form, setForm] = useState({ code: '', fr: '', en: '', level: 'output', direction: 'increase', measure: 'participants' as (typeof MEASURES)[number], placeLevel: '' as (typeof LEVELS)[number] });
  const [filter, setFilter] = useState<Record<'activityTypes' | 'themes' | 'sexes' | 'categories' | 'organisationKinds' | 'outputKinds' | 'statuses', string[]>>({
    activityTypes: [], themes: [], sexes: [], categories: [], organisationKinds: [], outputKinds: [], statuses: [],
  });
  const [disaggregations, setDisaggregations] = useState<string[]>([]);
  const [targets, setTargets] = useState([{ period: '', value: '' }]);
  const indicators = useQuery({
    queryKey: ['indicators', chosen], enabled: !!chosen,
    queryFn: () => must(api('indicators').GET('/projects/{projectId}/indicators', { params: { path: { projectId: chosen } } })),
  });
  const define = useMutation({
    mutationFn: () => {
      const activeFilter = Object.fromEntries(Object.entries(filter).filter(([field, v]) => v.length > 0 && (ONE_MEASURE_FILTERS[field] ?? form.measure) === form.measure));
      const placeLevel = form.measure === 'distinct-places' && form.placeLevel ? { level: form.placeLevel } : {};
      return must(api('indicators').POST('/projects/{projectId}/indicators', {
        params: { path: { projectId: chosen } },
        body: {
          code: form.code, title: { fr: form.fr, en: form.en }, level: form.level as 'output', direction: form.direction as 'increase', measure: 'unit',
          disaggregations: DISAGGREGATIONS[form.measure].filter((d) => disaggregations.includes(d) && !(d === 'adm2' && placeLevel.level === 'adm1')),
          rule: { measure: form.measure, ...placeLevel, ...(Object.keys(activeFilter).length ? { filter: activeFilter as Rule['filter'] } : {}) },
          targets: targets.filter((x) => x.period && x.value !== '').map((x) => ({ period: x.period, value: Number(x.value) })),
        },
      }));
    },
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['indicators', chosen] }),
  });
  const toggle = (list: string[], code: string, on: boolean) => (on ? [...list, code] : list.filter((x) => x !== code));
  const checks = (field: keyof typeof filter, items: Array<{ code: string; fr: string; en: string }>) => (
    <fieldset className="themes"><legend>{t(`indicators.filter.${field}`)}</legend>
      {items.map((i) => (
        <label key={i.code} className="check"><input type="checkbox" checked={filter[field].includes(i.code)}
          onChange={(e) => setFilter({ ...filter, [field]: toggle(filter[field], i.code, e.target.checked) })} />{label(i)}</label>
      ))}
    </fieldset>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    define.mutate();
  };
  return (
    <section>
      <h1>{t('nav.indicators')}</h1>
      <div className="card filters">
        <label>{t('portfolio.project')}
          <select value={chosen} onChange={(e) => setProjectId(e.target.value)}>
            {projects.data?.map((p) => <option key={p.id} value={p.id}>{p.code} — {i18n.language === 'en' ? p.title.en : p.title.fr}</option>)}
          </select>
        </label>
      </div>
      <form className="card" onSubmit={submit}>
        <h2>{t('indicators.define')}</h2>
        <div className="fields">
          <label>{t('indicators.code')}<input required pattern="[A-Za-z0-9._\-]{1,30}" value={form.code} onChange={(e) => setForm({ ...form, code: e.target.value })} /></label>
          <label className="wide">{t('indicators.titleFr')}<input required lang="fr" value={form.fr} onChange={(e) => setForm({ ...form, fr: e.target.value })} /></label>
          <label className="wide">{t('indicators.titleEn')}<input required lang="en" value={form.en} onChange={(e) => setForm({ ...form, en: e.target.value })} /></label>
          <label>{t('indicators.level')}
            <select value={form.level} onChange={(e) => setForm({ ...form, level: e.target.value })}>
              {['output', 'outcome', 'impact'].map((l) => <option key={l} value={l}>{t(`indicators.levels.${l}`)}</option>)}
            </select>
          </label>
          <label>{t('indicators.direction')}
            <select value={form.direction} onChange={(e) => setForm({ ...form, direction: e.target.value })}>
              {['increase', 'decrease'].map((l) => <option key={l} value={l}>{t(`indicators.directions.${l}`)}</option>)}
            </select>
          </label>
          <label>{t('indicators.measure')}
            <select value={form.measure} onChange={(e) => setForm({ ...form, measure: e.target.value as (typeof MEASURES)[number] })}>
              {MEASURES.map((m) => <option key={m} value={m}>{t(`indicators.measures.${m}`)}</option>)}
            </select>
          </label>
          {form.measure === 'distinct-places' && (
            <label>{t('indicators.placeLevel')}
              <select value={form.placeLevel} onChange={(e) => setForm({ ...form, placeLevel: e.target.value as (typeof LEVELS)[number] })}>
                {LEVELS.map((l) => <option key={l} value={l}>{t(`indicators.placeLevels.${l || 'asReported'}`)}</option>)}
              </select>
            </label>
          )}
        </div>
        {form.measure === 'outputs' && checks('statuses', STATUSES.map((code) => ({ code, fr: t(`indicators.statuses.${code}`), en: t(`indicators.statuses.${code}`) })))}
        {reference.data && (
          <>
            {form.measure === 'outputs' && checks('outputKinds', reference.data.outputKinds)}
            {form.measure === 'distinct-organisations' && checks('organisationKinds', reference.data.organisationKinds)}
            {checks('activityTypes', reference.data.activityTypes)}
            {checks('themes', reference.data.themes)}
            {checks('sexes', reference.data.dimensions.sex)}
            {checks('categories', reference.data.dimensions.category)}
          </>
        )}
        <fieldset className="themes"><legend>{t('indicators.breakdowns')}</legend>
          {DISAGGREGATIONS[form.measure].map((d) => (
            <label key={d} className="check"><input type="checkbox" checked={disaggregations.includes(d)}
              onChange={(e) => setDisaggregations(toggle(disaggregations, d, e.target.checked))} />{t(`indicators.dimension.${d}`)}</label>
          ))}
        </fieldset>
        <fieldset><legend>{t('indicators.targets')}</legend>
          {targets.map((x, i) => (
            <div className="fields" key={i}>
              <label>{t('indicators.period')}<input value={x.period} placeholder="2024Q1" pattern="\d{4}(0[1-9]|1[0-2]|Q[1-4]|S[12])?"
                onChange={(e) => setTargets(targets.map((y, j) => (j === i ? { ...y, period: e.target.value } : y)))} /></label>
              <label>{t('indicators.targetValue')}<input type="number" value={x.value}
                onChange={(e) => setTargets(targets.map((y, j) => (j === i ? { ...y, value: e.target.value } : y)))} /></label>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => setTargets([...targets, { period: '', value: '' }])}>{t('indicators.addTarget')}</button>
        </fieldset>
        {define.error && <p className="error" role="alert">{define.error.message}</p>}
        {define.isSuccess && <p role="status">{t('indicators.defined')}</p>}
        <div className="actions"><button type="submit" disabled={define.isPending || !chosen}>{t('indicators.save')}</button></div>
      </form>
      <article className="card">
        <h2>{t('indicators.existing')}</h2>
        <ul>{indicators.data?.map((i) => <li key={i.id}>{i.code} — {i18n.language === 'en' ? i.title.en : i.title.fr}</li>)}</ul>
      </article>
    </section>
  );
}
