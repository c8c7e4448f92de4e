import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney } from '../format';
import { useSubGrants } from '../reference';

const isOverdue = (o: { status: string; dueDate: string }) => o.status === 'pending' && o.dueDate < new Date().toISOString().slice(0, 10);

/** A CSO's own sub-grants (the service scopes them) and the reports each owes, soonest first. */
export function SubGrants() {
  const { t } = useTranslation();
  const subGrants = useSubGrants();
  if (subGrants.isPending) return <p role="status">{t('common.loading')}</p>;
  if (subGrants.error) return <p className="error" role="alert">{subGrants.error.message}</p>;
  return (
    <section>
      <h1>{t('nav.mySubGrants')}</h1>
      {subGrants.data.items.length === 0 && <p>{t('subGrants.none')}</p>}
      <div className="cards">
        {subGrants.data.items.map((s) => {
          const due = (s.obligations ?? []).filter((o) => o.status === 'pending').sort((a, b) => a.dueDate.localeCompare(b.dueDate));
          return (
            <article key={s.id} className="card" data-testid="sub-grant-card">
              <h2>{s.reference}</h2>
              <p>{s.purpose}</p>
              <dl className="facts">
                <dt>{t('subGrant.status')}</dt><dd><span className={`badge ${s.status}`}>{t(`status.${s.status}`)}</span></dd>
                <dt>{t('subGrant.award')}</dt><dd>{formatMoney(s.award)}</dd>
                <dt>{t('subGrant.period')}</dt><dd>{formatDate(s.period.start)} – {formatDate(s.period.end)}</dd>
              </dl>
              <h3>{t('subGrants.due')}</h3>
              {due.length === 0 ? <p>{t('subGrants.nothingDue')}</p> : (
                <ul>{due.map((o) => <li key={o.id} className={isOverdue(o) ? 'overdue' : ''}>{o.title} — {formatDate(o.dueDate)}{isOverdue(o) ? ` (${t('obligations.overdue')})` : ''}</li>)}</ul>
              )}
              {s.status === 'active' && <a className="button" href={`#/report/${encodeURIComponent(s.id)}`}>{t('nav.newReport')}</a>}
            </article>
          );
        })}
      </div>
    </section>
  );
}
export { isOverdue };
