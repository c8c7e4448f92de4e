import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@tributary/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { formatDate, formatNumber } from '../format';
import { useLabel, useReference } from '../reference';
import { cellKey, cellsOf, Counts, DisaggregationGrid } from './DisaggregationGrid';
import { organisationsOf, organisationRows, outputRows, outputsOf, ReportItems } from './ReportItems';

type Activity = Schema<'activities', 'Activity'>;
type FollowUpStatus = Schema<'activities', 'FollowUpRequest'>['status'];

const FOLLOW_UP: FollowUpStatus[] = ['adopted', 'in-progress', 'implemented', 'dropped'];

/** Reports submitted by the CSOs of the lead partner's sub-grants, waiting for a program manager's decision. */
export function ValidationQueue() {
  const { t } = useTranslation();
  const activities = useQuery({ queryKey: ['activities'], queryFn: () => must(api('activities').GET('/activities', { params: { query: {} } })) });
  if (activities.isPending) return <p role="status">{t('common.loading')}</p>;
  if (activities.error) return <p className="error" role="alert">{activities.error.message}</p>;
  const waiting = activities.data.filter((a) => a.report?.status === 'submitted');
  const validated = activities.data.filter((a) => a.report?.status === 'validated');
  return (
    <section>
      <h1>{t('nav.validation')}</h1>
      {waiting.length === 0 && <p className="card">{t('validation.none')}</p>}
      {waiting.map((a) => <Decision key={a.id} activity={a} />)}
      <h2>{t('validation.validated')}</h2>
      {validated.length === 0 && <p className="card">{t('common.none')}</p>}
      {validated.map((a) => <Correction key={a.id} activity={a} />)}
    </section>
  );
}

/**
 * Corrects a validated report's counts, with the reason: the service keeps the previous version and
 * the indicators take the difference. The grid's total must still match the stated total.
 */
function Correction({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const reference = useReference();
  const queries = useQueryClient();
  const r = activity.report!;
  const [open, setOpen] = useState(false);
  const [counts, setCounts] = useState<Counts>(() => Object.fromEntries(r.participants.cells.map((c) => [cellKey(c.sex, c.ageBand, c.category), c.count])));
  const [total, setTotal] = useState(String(r.participants.total));
  const [reason, setReason] = useState('');
  const gridTotal = Object.values(counts).reduce((n, c) => n + c, 0);
  const mismatch = Number(total) !== gridTotal;
  const correct = useMutation({
    mutationFn: () => must(api('activities').POST('/activities/{id}/report/correct', {
      params: { path: { id: activity.id } },
      body: {
        version: activity.version, reason, actualStart: r.actualStart, actualEnd: r.actualEnd, pcode: r.pcode, narrative: r.narrative,
        // Sent back with their ids, so each output, and a recommendation its follow-up, is kept.
        organisations: organisationsOf(organisationRows(r.organisations)), outputs: outputsOf(outputRows(r.outputs)),
        participants: { total: Number(total), cells: cellsOf(counts) },
      },
    })),
    onSuccess: () => { setOpen(false); void queries.invalidateQueries({ queryKey: ['activities'] }); },
  });
  return (
    <article className="card" data-testid="validated-item">
      <h3>{activity.title} — {formatNumber(r.participants.total)}</h3>
      <ReportItems organisations={r.organisations} outputs={r.outputs} />
      {r.outputs.filter((o) => o.kind === 'recommendation').map((o) => <FollowUp key={o.id} activity={activity} recommendation={o} />)}
      {!open ? <button type="button" className="secondary" onClick={() => setOpen(true)}>{t('validation.correct')}</button> : (
        <form onSubmit={(e) => { e.preventDefault(); if (!mismatch) correct.mutate(); }}>
          <label>{t('report.statedTotal')}<input type="number" min={0} value={total} onChange={(e) => setTotal(e.target.value)} /></label>
          {reference.data && <DisaggregationGrid dimensions={reference.data.dimensions} counts={counts} onChange={setCounts} />}
          <label>{t('validation.correctionReason')}<textarea rows={2} required minLength={3} value={reason} onChange={(e) => setReason(e.target.value)} /></label>
          {mismatch && <p className="error" role="alert">{t('report.totalMismatch', { stated: formatNumber(Number(total)), grid: formatNumber(gridTotal) })}</p>}
          {correct.error && <p className="error" role="alert">{correct.error.message}</p>}
          <button type="submit" disabled={correct.isPending || mismatch || reason.trim().length < 3}>{t('validation.saveCorrection')}</button>
        </form>
      )}
    </article>
  );
}

function Decision({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const queries = useQueryClient();
  const [comments, setComments] = useState('');
  const path = { params: { path: { id: activity.id } } };
  const decide = useMutation({
    mutationFn: (decision: 'validate' | 'return') =>
      decision === 'validate'
        ? must(api('activities').POST('/activities/{id}/report/validate', { ...path, body: { version: activity.version } }))
        : must(api('activities').POST('/activities/{id}/report/return', { ...path, body: { version: activity.version, comments } })),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['activities'] }),
  });
  const r = activity.report!;
  const type = reference.data?.activityTypes.find((x) => x.code === activity.type);
  const bySex = (reference.data?.dimensions.sex ?? []).map((s) => [label(s), r.participants.cells.filter((c) => c.sex === s.code).reduce((n, c) => n + c.count, 0)] as const);
  return (
    <article className="card" data-testid="validation-item">
      <h2>{activity.title}</h2>
      <dl className="facts">
        <dt>{t('report.type')}</dt><dd>{label(type, activity.type)}</dd>
        <dt>{t('report.start')}</dt><dd>{formatDate(r.actualStart)}</dd>
        <dt>{t('report.place')}</dt><dd>{r.pcode}</dd>
        <dt>{t('report.participants')}</dt><dd>{formatNumber(r.participants.total)} ({bySex.filter(([, n]) => n > 0).map(([s, n]) => `${s} : ${formatNumber(n)}`).join(', ')})</dd>
      </dl>
      <ReportItems organisations={r.organisations} outputs={r.outputs} />
      {r.narrative && <p className="narrative">{r.narrative}</p>}
      <label>{t('validation.reason')}<textarea rows={2} value={comments} onChange={(e) => setComments(e.target.value)} /></label>
      <div className="actions">
        <button type="button" disabled={decide.isPending} onClick={() => decide.mutate('validate')}>{t('validation.validate')}</button>
        <button type="button" className="secondary" disabled={decide.isPending || comments.trim().length < 3} onClick={() => decide.mutate('return')}>{t('validation.return')}</button>
      </div>
      {decide.error && <p className="error" role="alert">{decide.error.message}</p>}
    </article>
  );
}

/**
 * The follow-up of a recommendation of a validated report, set by the program manager: adopted, in
 * progress, implemented or dropped (never back to proposed).
 */
function FollowUp({ activity, recommendation }: { activity: Activity; recommendation: Schema<'activities', 'Output'> }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const [status, setStatus] = useState<FollowUpStatus | ''>('');
  const save = useMutation({
    mutationFn: (next: FollowUpStatus) => must(api('activities').POST('/activities/{id}/outputs/{outputId}/follow-up', {
      params: { path: { id: activity.id, outputId: recommendation.id } }, body: { version: activity.version, status: next },
    })),
    onSuccess: () => { setStatus(''); void queries.invalidateQueries({ queryKey: ['activities'] }); },
  });
  const text = recommendation.text?.fr ?? recommendation.text?.en ?? '';
  return (
    <form className="subform" data-testid="follow-up" onSubmit={(e) => { e.preventDefault(); if (status) save.mutate(status); }}>
      <label>{t('validation.followUpOf', { text })}
        <select value={status} onChange={(e) => setStatus(e.target.value as FollowUpStatus | '')}>
          <option value="">{t(`followUp.${recommendation.status ?? 'proposed'}`)}</option>
          {FOLLOW_UP.filter((s) => s !== recommendation.status).map((s) => <option key={s} value={s}>{t(`followUp.${s}`)}</option>)}
        </select>
      </label>
      {save.error && <p className="error" role="alert">{save.error.message}</p>}
      <button type="submit" className="secondary" disabled={!status || save.isPending}>{t('validation.saveFollowUp')}</button>
    </form>
  );
}
