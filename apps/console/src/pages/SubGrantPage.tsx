import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schema } from '@tributary/client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, Session } from '../api';
import { formatCompact, formatDate, formatMoney, formatPercent, formatUnits, minorUnits, moneyValue } from '../format';
import { Chart } from './Chart';
import { ReportItems } from './ReportItems';
import { isOverdue } from './SubGrants';

type Transition = 'submit' | 'approve' | 'activate' | 'suspend' | 'reactivate' | 'close' | 'terminate';

/** The lifecycle steps open from each status (the grants service refuses the others with 409). */
const NEXT: Record<string, Transition[]> = {
  draft: ['submit'], submitted: ['approve'], approved: ['activate', 'terminate'], active: ['suspend', 'close', 'terminate'], suspended: ['reactivate', 'terminate'],
};
const NEEDS_REASON: Transition[] = ['suspend', 'terminate'];

export function SubGrantPage({ id, session }: { id: string; session: Session }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const path = { params: { path: { id } } };
  const subGrant = useQuery({ queryKey: ['sub-grant', id], queryFn: () => must(api('grants').GET('/sub-grants/{id}', path)) });
  const summary = useQuery({ queryKey: ['sub-grant-summary', id], queryFn: () => must(api('grants').GET('/sub-grants/{id}/financial-summary', path)) });
  const [reason, setReason] = useState('');
  const transition = useMutation({
    mutationFn: (step: Transition) =>
      must(api('grants').POST('/sub-grants/{id}/transitions/{transition}', {
        params: { path: { id, transition: step } }, body: { version: subGrant.data!.version, ...(reason ? { reason } : {}) },
      })),
    onSuccess: () => {
      setReason('');
      void queries.invalidateQueries({ queryKey: ['sub-grant', id] });
      void queries.invalidateQueries({ queryKey: ['sub-grant-summary', id] });
    },
  });
  if (subGrant.isPending) return <p role="status">{t('common.loading')}</p>;
  if (subGrant.error) return <p className="error" role="alert">{subGrant.error.message}</p>;
  const s = subGrant.data;
  const manager = session.roles.includes('program-manager');
  const f = summary.data;
  return (
    <section>
      <h1>{t('subGrant.title', { reference: s.reference })}</h1>
      <div className="cards">
        <article className="card">
          <h2>{t('subGrant.terms')}</h2>
          <p>{s.purpose}</p>
          <dl className="facts">
            <dt>{t('subGrant.status')}</dt><dd><span className={`badge ${s.status}`}>{t(`status.${s.status}`)}</span></dd>
            <dt>{t('subGrant.award')}</dt><dd>{formatMoney(s.award)}</dd>
            <dt>{t('subGrant.period')}</dt><dd>{formatDate(s.period.start)} – {formatDate(s.period.end)}</dd>
          </dl>
          {manager && (NEXT[s.status] ?? []).length > 0 && (
            <div className="lifecycle">
              <label>{t('subGrant.reason')}<input value={reason} onChange={(e) => setReason(e.target.value)} /></label>
              <div className="actions">
                {NEXT[s.status].map((step) => (
                  <button key={step} type="button" className={NEEDS_REASON.includes(step) ? 'danger' : ''}
                    disabled={transition.isPending || (NEEDS_REASON.includes(step) && reason.trim().length === 0)}
                    onClick={() => transition.mutate(step)}>{t(`transition.${step}`)}</button>
                ))}
              </div>
              {transition.error && <p className="error" role="alert">{transition.error.message}</p>}
            </div>
          )}
        </article>
        <article className="card">
          <h2>{t('subGrant.finances')}</h2>
          {f ? (
            <>
              <dl className="facts">
                <dt>{t('finance.awarded')}</dt><dd>{formatMoney(f.awarded)}</dd>
                <dt>{t('finance.planned')}</dt><dd>{formatMoney(f.planned)}</dd>
                <dt>{t('finance.disbursed')}</dt><dd>{formatMoney(f.disbursed)} ({formatPercent(f.disbursedShare)})</dd>
                <dt>{t('finance.spent')}</dt><dd>{formatMoney(f.spent)}</dd>
                <dt>{t('finance.balance')}</dt><dd>{formatMoney(f.balance)}</dd>
                <dt>{t('finance.burnRate')}</dt><dd>{formatMoney(f.burnRatePerMonth)}</dd>
              </dl>
              <Chart label={t('finance.chart')} option={{
                tooltip: { valueFormatter: (v: number) => formatUnits(v, f.awarded.currency) },
                grid: { left: 90, right: 16, top: 10, bottom: 24 },
                xAxis: { type: 'value', axisLabel: { formatter: formatCompact } },
                yAxis: { type: 'category', data: [t('finance.awarded'), t('finance.planned'), t('finance.disbursed'), t('finance.spent')] },
                series: [{ type: 'bar', data: [f.awarded, f.planned, f.disbursed, f.spent].map(moneyValue), itemStyle: { color: '#0b5563' } }],
              }} />
            </>
          ) : <p role="status">{t('common.loading')}</p>}
        </article>
      </div>
      <article className="card">
        <h2>{t('subGrant.tranches')}</h2>
        {manager && <MoneyForms subGrant={s} />}
        {s.tranches.length === 0 ? <p>{t('common.none')}</p> : (
          <table className="list">
            <thead><tr><th scope="col">{t('subGrant.plannedDate')}</th><th scope="col">{t('subGrant.amount')}</th><th scope="col">{t('subGrant.disbursed')}</th></tr></thead>
            <tbody>{s.tranches.map((tr) => (
              <tr key={tr.id}><td>{formatDate(tr.plannedDate)}</td><td className="number">{formatMoney(tr.amount)}</td>
                <td>{s.disbursements.filter((d) => d.trancheId === tr.id).map((d) => `${formatDate(d.date)} : ${formatMoney(d.amount)}`).join(' ; ') || '—'}</td></tr>
            ))}</tbody>
          </table>
        )}
      </article>
      <SubGrantActivities subGrantId={id} />
      <article className="card">
        <h2>{t('subGrant.obligations')}</h2>
        {(s.obligations ?? []).length === 0 ? <p>{t('common.none')}</p> : (
          <ul>{s.obligations!.map((o) => (
            <li key={o.id} className={isOverdue(o) ? 'overdue' : ''}>{o.title} — {formatDate(o.dueDate)} — {isOverdue(o) ? t('obligations.overdue') : t(`obligations.${o.status}`)}</li>
          ))}</ul>
        )}
      </article>
      <article className="card">
        <h2>{t('subGrant.amendments')}</h2>
        {(s.amendments ?? []).length === 0 ? <p>{t('common.none')}</p> : (
          <ul>{s.amendments!.map((a) => <li key={a.number}>{a.number}. {t(`amendment.${a.kind}`)} — {a.justification} ({t(`amendment.${a.status}`)})</li>)}</ul>
        )}
      </article>
    </section>
  );
}

/** The sub-grant's reported activities with what they produced and who took part. */
function SubGrantActivities({ subGrantId }: { subGrantId: string }) {
  const { t } = useTranslation();
  const activities = useQuery({
    queryKey: ['activities', subGrantId],
    queryFn: () => must(api('activities').GET('/activities', { params: { query: { subGrantId } } })),
  });
  const reported = (activities.data ?? []).filter((a) => a.report);
  return (
    <article className="card">
      <h2>{t('subGrant.activities')}</h2>
      {activities.error && <p className="error" role="alert">{activities.error.message}</p>}
      {activities.data && reported.length === 0 && <p>{t('common.none')}</p>}
      {reported.map((a) => (
        <section key={a.id} className="subform" data-testid="sub-grant-activity">
          <h3>{a.title} — {formatDate(a.report!.actualStart)} — {t(`reportStatus.${a.report!.status}`)}</h3>
          <ReportItems organisations={a.report!.organisations} outputs={a.report!.outputs} />
        </section>
      ))}
    </article>
  );
}

/**
 * Plans a tranche and records a disbursement against one, in the award's currency (amounts typed
 * in currency units). The grants service keeps tranches within the award and disbursements within
 * their tranche, and answers why when it refuses.
 */
function MoneyForms({ subGrant }: { subGrant: Schema<'grants', 'SubGrant'> }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const currency = subGrant.award.currency;
  const today = new Date().toISOString().slice(0, 10);
  const [tranche, setTranche] = useState({ plannedDate: today, amount: '', condition: '' });
  const [payment, setPayment] = useState({ trancheId: '', date: today, amount: '' });
  const refresh = () => {
    void queries.invalidateQueries({ queryKey: ['sub-grant', subGrant.id] });
    void queries.invalidateQueries({ queryKey: ['sub-grant-summary', subGrant.id] });
  };
  const path = { params: { path: { id: subGrant.id } } };
  const plan = useMutation({
    mutationFn: () => must(api('grants').POST('/sub-grants/{id}/tranches', {
      ...path,
      body: { version: subGrant.version, plannedDate: tranche.plannedDate, amount: { amount: minorUnits(tranche.amount, currency), currency: currency as 'XOF' }, ...(tranche.condition ? { condition: tranche.condition } : {}) },
    })),
    onSuccess: () => { setTranche({ ...tranche, amount: '', condition: '' }); refresh(); },
  });
  const pay = useMutation({
    mutationFn: () => must(api('grants').POST('/sub-grants/{id}/disbursements', {
      ...path,
      body: { version: subGrant.version, trancheId: payment.trancheId, date: payment.date, amount: { amount: minorUnits(payment.amount, currency), currency: currency as 'XOF' } },
    })),
    onSuccess: () => { setPayment({ ...payment, amount: '' }); refresh(); },
  });
  return (
    <div className="cards">
      <form className="subform" onSubmit={(e) => { e.preventDefault(); plan.mutate(); }}>
        <h3>{t('money.planTranche')}</h3>
        <label>{t('subGrant.plannedDate')}<input type="date" required value={tranche.plannedDate} onChange={(e) => setTranche({ ...tranche, plannedDate: e.target.value })} /></label>
        <label>{t('money.amountIn', { currency })}<input inputMode="decimal" required value={tranche.amount} onChange={(e) => setTranche({ ...tranche, amount: e.target.value })} /></label>
        <label>{t('money.condition')}<input value={tranche.condition} onChange={(e) => setTranche({ ...tranche, condition: e.target.value })} /></label>
        {plan.error && <p className="error" role="alert">{plan.error.message}</p>}
        <button type="submit" disabled={plan.isPending}>{t('money.planTranche')}</button>
      </form>
      {subGrant.tranches.length > 0 && (
        <form className="subform" onSubmit={(e) => { e.preventDefault(); pay.mutate(); }}>
          <h3>{t('money.disburse')}</h3>
          <label>{t('money.tranche')}
            <select required value={payment.trancheId} onChange={(e) => setPayment({ ...payment, trancheId: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {subGrant.tranches.map((tr) => <option key={tr.id} value={tr.id}>{formatDate(tr.plannedDate)} — {formatMoney(tr.amount)}</option>)}
            </select>
          </label>
          <label>{t('money.date')}<input type="date" required value={payment.date} onChange={(e) => setPayment({ ...payment, date: e.target.value })} /></label>
          <label>{t('money.amountIn', { currency })}<input inputMode="decimal" required value={payment.amount} onChange={(e) => setPayment({ ...payment, amount: e.target.value })} /></label>
          {pay.error && <p className="error" role="alert">{pay.error.message}</p>}
          <button type="submit" disabled={pay.isPending}>{t('money.disburse')}</button>
        </form>
      )}
    </div>
  );
}
