import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { formatDate } from '../format';

/**
 * A CSO's activities that wait for it: reports the lead partner sent back, with why, each a link to
 * correct it; and activities planned but not reported yet.
 */
export function Returned() {
  const { t } = useTranslation();
  const activities = useQuery({ queryKey: ['activities'], queryFn: () => must(api('activities').GET('/activities', { params: { query: {} } })) });
  if (activities.isPending) return <p role="status">{t('common.loading')}</p>;
  if (activities.error) return <p className="error" role="alert">{activities.error.message}</p>;
  const returned = activities.data.filter((a) => a.report?.status === 'returned');
  const planned = activities.data.filter((a) => !a.report);
  const link = (a: { subGrantId: string; id: string }) => `#/report/${encodeURIComponent(a.subGrantId)}/${encodeURIComponent(a.id)}`;
  return (
    <section>
      <h1>{t('nav.returned')}</h1>
      <article className="card">
        <h2>{t('returned.title')}</h2>
        {returned.length === 0 ? <p>{t('returned.none')}</p> : (
          <ul className="plain">
            {returned.map((a) => (
              <li key={a.id} className="returned-item">
                <h3>{a.title}</h3>
                <p>{formatDate(a.report?.actualStart)}</p>
                <p className="returned-reason"><strong>{t('returned.reason')}{'\u00a0:'}</strong> {a.report?.comments}</p>
                <a className="button" href={link(a)}>{t('returned.correct')}</a>
              </li>
            ))}
          </ul>
        )}
      </article>
      <article className="card">
        <h2>{t('returned.planned')}</h2>
        {planned.length === 0 ? <p>{t('returned.noPlanned')}</p> : (
          <ul className="plain">
            {planned.map((a) => (
              <li key={a.id} className="returned-item">
                <h3>{a.title}</h3>
                <p>{formatDate(a.plannedStart)} – {formatDate(a.plannedEnd)}</p>
                <a className="button" href={link(a)}>{t('returned.writeReport')}</a>
              </li>
            ))}
          </ul>
        )}
      </article>
    </section>
  );
}
