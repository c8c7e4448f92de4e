import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { formatMoney } from '../format';
import { useSubGrants } from '../reference';

const STATUSES = ['draft', 'submitted', 'approved', 'active', 'suspended', 'closed', 'terminated'];

export function useProjects() {
  return useQuery({ queryKey: ['projects'], queryFn: () => must(api('grants').GET('/projects')) });
}

export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: () => must(api('directory').GET('/organisations', { params: { query: { limit: 100 } as never } })),
    staleTime: 300_000,
  });
}

/** A lead partner's sub-grants, filtered the way the grants service filters them (project, status, region, CSO). */
export function Portfolio() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState({ projectId: '', status: '', region: '', recipientId: '' });
  const projects = useProjects();
  const organisations = useOrganisations();
  const subGrants = useSubGrants(filters);
  const set = (field: keyof typeof filters) => (e: { target: { value: string } }) => setFilters({ ...filters, [field]: e.target.value });
  const orgName = (id: string) => organisations.data?.items.find((o) => o.id === id)?.acronym ?? id;
  return (
    <section>
      <h1>{t('nav.portfolio')}</h1>
      <form className="card filters" onSubmit={(e) => e.preventDefault()} aria-label={t('portfolio.filters')}>
        <label>{t('portfolio.project')}
          <select value={filters.projectId} onChange={set('projectId')}>
            <option value="">{t('common.all')}</option>
            {projects.data?.map((p) => <option key={p.id} value={p.id}>{p.code} — {i18n.language === 'en' ? p.title.en : p.title.fr}</option>)}
          </select>
        </label>
        <label>{t('portfolio.status')}
          <select value={filters.status} onChange={set('status')}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        <label>{t('portfolio.region')}<input value={filters.region} onChange={set('region')} placeholder="ML06" /></label>
        <label>{t('portfolio.cso')}
          <select value={filters.recipientId} onChange={set('recipientId')}>
            <option value="">{t('common.all')}</option>
            {organisations.data?.items.filter((o) => o.kind === 'cso').map((o) => <option key={o.id} value={o.id}>{o.acronym ?? o.name}</option>)}
          </select>
        </label>
      </form>
      {subGrants.isPending ? <p role="status">{t('common.loading')}</p> : subGrants.error ? <p className="error" role="alert">{subGrants.error.message}</p> : (
        <table className="list card">
          <thead><tr><th scope="col">{t('subGrant.reference')}</th><th scope="col">{t('portfolio.cso')}</th><th scope="col">{t('subGrant.status')}</th><th scope="col">{t('subGrant.award')}</th></tr></thead>
          <tbody>
            {subGrants.data.items.length === 0 && <tr><td colSpan={4}>{t('portfolio.none')}</td></tr>}
            {subGrants.data.items.map((s) => (
              <tr key={s.id}>
                <td><a href={`#/sub-grants/${encodeURIComponent(s.id)}`}>{s.reference}</a><br /><small>{s.purpose}</small></td>
                <td>{orgName(s.recipientId)}</td>
                <td><span className={`badge ${s.status}`}>{t(`status.${s.status}`)}</span></td>
                <td className="number">{formatMoney(s.award)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
