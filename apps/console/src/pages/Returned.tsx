import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { formatDate } from '../format';

/** Reports the lead partner sent back, with why, each one a link to correct it. */
export function Returned() {
  const { t } = useTranslation();
  const activities = useQuery({ queryKey: ['activities'], queryFn: () => must(api('activities').GET('/activities', { params: { query: {} } })) });
  if (activities.isPending) return <p role="status">{t('common.loading')}</p>;
  if (activities.error) return <p className="error" role="alert">{activities.error.message}</p>;
  const returned = activities.data.filter((a) => a.report?.status === 'returned');
  return (
    <section className="card">
      <h1>{t('nav.returned')}</h1>
      {returned.length === 0 ? <p>{t('returned.none')}</p> : (
        <ul className="plain">
          {returned.map((a) => (
            <li key={a.id} className="returned-item">
              <h2>{a.title}</h2>
              <p>{formatDate(a.report?.actualStart)}</p>
              <p className="returned-reason"><strong>{t('returned.reason')}{'\u00a0:'}</strong> {a.report?.comments}</p>
              <a className="button" href={`#/report/${encodeURIComponent(a.subGrantId)}/${encodeURIComponent(a.id)}`}>{t('returned.correct')}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
