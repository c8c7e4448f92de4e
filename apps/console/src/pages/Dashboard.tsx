import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@tributary/client';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download, must } from '../api';
import { formatNumber, formatPeriod } from '../format';
import { useLabel, useReference } from '../reference';
import { go } from '../router';
import { Chart } from './Chart';
import { useProjects } from './Portfolio';

type FeedValue = Schema<'indicators', 'FeedValue'>;

const STATUS_COLOURS: Record<string, string> = { 'on-track': '#1b7f3b', 'at-risk': '#b26b00', 'off-track': '#b3261e', 'no-target': '#5f6368' };

/**
 * A project's indicators, actual against target per quarter, with their breakdowns as stacked bars.
 * It follows the indicators service's change feed, so a report validated elsewhere shows here
 * within seconds without reloading.
 */
export function Dashboard({ projectId }: { projectId?: string }) {
  const { t, i18n } = useTranslation();
  const projects = useProjects();
  const queries = useQueryClient();
  const reference = useReference();
  const label = useLabel();
  /** `sex=female` → « Femmes », from the same reference data the reports are written with; a region stays its P-code. */
  const breakdownLabel = (key: string) => {
    const [dimension, code] = key.split('=');
    const known = reference.data?.dimensions[dimension as 'sex' | 'ageBand' | 'category'];
    return label(known?.find((x) => x.code === code), code);
  };
  const chosen = projectId ?? projects.data?.[0]?.id;
  const key = ['values', chosen];
  const values = useQuery({
    queryKey: key,
    enabled: !!chosen,
    queryFn: async () => {
      const items: FeedValue[] = [];
      let cursor: string | undefined;
      do {
        const page = await must(api('indicators').GET('/feeds/values', {
          params: { query: { projectId: chosen!, scope: `project:${chosen}`, periodType: 'quarterly', limit: 500, ...(cursor ? { cursor } : {}) } },
        }));
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items;
    },
  });
  const [lastChange, setLastChange] = useState<string>('');

  // The change feed's cursor starts where the values just read end; anything later for this project refetches them.
  useEffect(() => {
    if (!values.data) return;
    let cursor = values.data.reduce((m, v) => Math.max(m, v.changeSequence), 0);
    let stopped = false;
    const poll = async () => {
      if (stopped || !navigator.onLine) return;
      const { data } = await api('indicators').GET('/feeds/changes', { params: { query: { cursor } } }).catch(() => ({ data: undefined }));
      if (!data || stopped) return;
      cursor = data.nextCursor;
      if (data.items.some((v) => v.scope === `project:${chosen}`)) {
        setLastChange(new Date().toISOString());
        void queries.invalidateQueries({ queryKey: key });
      }
    };
    const timer = window.setInterval(() => void poll(), 2000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [values.data, chosen]);

  const byIndicator = useMemo(() => {
    const groups = new Map<string, FeedValue[]>();
    for (const v of values.data ?? []) groups.set(v.code, [...(groups.get(v.code) ?? []), v]);
    for (const list of groups.values()) list.sort((a, b) => a.period.localeCompare(b.period));
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [values.data]);

  const title = (v: FeedValue) => (i18n.language === 'en' ? v.title.en : v.title.fr);
  const fileName = (ext: string) => `tributary-${projects.data?.find((p) => p.id === chosen)?.code ?? chosen}.${ext}`;
  const get = (path: string, ext: string) => () => void download('indicators', `${path}?projectId=${encodeURIComponent(chosen!)}${ext === 'csv' ? '&hxl=true' : ''}`, fileName(ext));

  return (
    <section>
      <h1>{t('nav.dashboard')}</h1>
      <div className="card filters">
        <label>{t('portfolio.project')}
          <select value={chosen ?? ''} onChange={(e) => go('dashboard', e.target.value)}>
            {projects.data?.map((p) => <option key={p.id} value={p.id}>{p.code} — {i18n.language === 'en' ? p.title.en : p.title.fr}</option>)}
          </select>
        </label>
        {chosen && (
          <div className="actions downloads" role="group" aria-label={t('dashboard.downloads')}>
            <button type="button" className="secondary" onClick={get('/feeds/values.csv', 'csv')}>{t('dashboard.csv')}</button>
            <button type="button" className="secondary" onClick={get('/feeds/dhis2', 'json')}>{t('dashboard.dhis2')}</button>
            <button type="button" className="secondary" onClick={get('/feeds/iati.xml', 'xml')}>{t('dashboard.iati')}</button>
          </div>
        )}
      </div>
      <p role="status" aria-live="polite" className="hint">{lastChange ? t('dashboard.updated', { time: new Date(lastChange).toLocaleTimeString(i18n.language) }) : t('dashboard.live')}</p>
      {values.isPending && chosen ? <p role="status">{t('common.loading')}</p> : values.error ? <p className="error" role="alert">{values.error.message}</p> : null}
      {values.data && byIndicator.length === 0 && <p className="card">{t('dashboard.none')}</p>}
      <div className="cards">
        {byIndicator.map(([code, list]) => {
          const keys = [...new Set(list.flatMap((v) => Object.keys(v.disaggregation)))].sort();
          // One dimension per chart (the first the indicator breaks down by): stacking two would count people twice.
          const dims = keys.filter((k) => k.split('=')[0] === keys[0]?.split('=')[0]);
          return (
            <article key={code} className="card" data-testid={`indicator-${code}`}>
              <h2>{code} — {title(list[0])}</h2>
              <table className="list">
                <thead><tr><th scope="col">{t('dashboard.period')}</th><th scope="col">{t('dashboard.actual')}</th><th scope="col">{t('dashboard.target')}</th><th scope="col">{t('dashboard.status')}</th></tr></thead>
                <tbody>{list.map((v) => (
                  <tr key={v.period}>
                    <td>{formatPeriod(v.period)}</td><td className="number" data-testid={`actual-${code}-${v.period}`}>{formatNumber(v.value)}</td><td className="number">{formatNumber(v.target)}</td>
                    <td><span className="status-dot" style={{ background: STATUS_COLOURS[v.status] }} aria-hidden="true" /> {t(`indicatorStatus.${v.status}`)}</td>
                  </tr>
                ))}</tbody>
              </table>
              <Chart label={t('dashboard.chart', { code })} height={220} option={{
                tooltip: { trigger: 'axis' }, legend: { bottom: 0, type: 'scroll' }, grid: { left: 40, right: 10, top: 10, bottom: 50 },
                xAxis: { type: 'category', data: list.map((v) => formatPeriod(v.period)) }, yAxis: { type: 'value' },
                series: [
                  ...(dims.length > 0
                    ? dims.map((d) => ({ name: breakdownLabel(d), type: 'bar', stack: 'actual', data: list.map((v) => v.disaggregation[d] ?? 0) }))
                    : [{ name: t('dashboard.actual'), type: 'bar', data: list.map((v) => v.value ?? 0) }]),
                  { name: t('dashboard.target'), type: 'line', data: list.map((v) => v.target ?? null), itemStyle: { color: '#b3261e' } },
                ],
              }} />
            </article>
          );
        })}
      </div>
    </section>
  );
}
