import type { Schema } from '@tributary/client';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { useLabel, useReference } from '../reference';

type Organisation = Schema<'activities', 'ParticipatingOrganisation'>;
type Output = Schema<'activities', 'Output'>;

/** An organisation that took part as the form holds it; the directory id is kept when the report had one. */
export interface OrganisationRow {
  kind: string;
  name: string;
  organisationId?: string;
}

/** An output as the form holds it; the id is kept so a recommendation keeps its follow-up through a correction. */
export interface OutputRow {
  id?: string;
  kind: string;
  quantity: string;
  fr: string;
  en?: string;
  theme: string;
  addressee: string;
}

export const organisationRows = (organisations: Organisation[]): OrganisationRow[] =>
  organisations.map((o) => ({ kind: o.kind, name: o.name ?? '', ...(o.organisationId ? { organisationId: o.organisationId } : {}) }));

export const outputRows = (outputs: Output[]): OutputRow[] =>
  outputs.map((o) => ({
    ...(o.id ? { id: o.id } : {}), kind: o.kind, quantity: String(o.quantity), fr: o.text?.fr ?? '', ...(o.text?.en ? { en: o.text.en } : {}),
    theme: o.theme ?? '', addressee: o.addressee ?? '',
  }));

/** The organisations as the service takes them: a name only when one is written. */
export const organisationsOf = (rows: OrganisationRow[]) =>
  rows.map((r) => ({ kind: r.kind, ...(r.organisationId ? { organisationId: r.organisationId } : {}), ...(r.name.trim() ? { name: r.name.trim() } : {}) }));

/** The outputs as the service takes them (never a status: the program manager sets it apart). */
export const outputsOf = (rows: OutputRow[]) =>
  rows.map((r) => {
    const text = { ...(r.fr.trim() ? { fr: r.fr.trim() } : {}), ...(r.en?.trim() ? { en: r.en.trim() } : {}) };
    return {
      ...(r.id ? { id: r.id } : {}), kind: r.kind, ...(r.quantity ? { quantity: Number(r.quantity) } : {}), ...(Object.keys(text).length ? { text } : {}),
      ...(r.theme ? { theme: r.theme } : {}), ...(r.addressee.trim() ? { addressee: r.addressee.trim() } : {}),
    };
  });

/** The other organisations that took part, one row each: a kind and a name (organisations, never persons). */
export function OrganisationsEditor({ rows, onChange }: { rows: OrganisationRow[]; onChange: (rows: OrganisationRow[]) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const change = (i: number, row: Partial<OrganisationRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset>
      <legend>{t('report.organisations')}</legend>
      <p className="hint">{t('report.organisationsHint')}</p>
      {rows.map((row, i) => (
        <div key={i} className="fields item-row" data-testid="organisation-row">
          <label>{t('report.organisationKind')}
            <select value={row.kind} onChange={(e) => change(i, { kind: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {reference.data?.organisationKinds.map((k) => <option key={k.code} value={k.code}>{label(k)}</option>)}
            </select>
          </label>
          <label>{t('report.organisationName')}
            <input maxLength={200} value={row.name} placeholder={row.organisationId} onChange={(e) => change(i, { name: e.target.value })} />
          </label>
          <div className="actions"><button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{t('report.removeOrganisation')}</button></div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { kind: '', name: '' }])}>{t('report.addOrganisation')}</button>
    </fieldset>
  );
}

/** What the activity produced, item by item: kind, how many, the text in French, theme and addressee. */
export function OutputsEditor({ rows, onChange }: { rows: OutputRow[]; onChange: (rows: OutputRow[]) => void }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const change = (i: number, row: Partial<OutputRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...row } : r)));
  return (
    <fieldset>
      <legend>{t('report.outputs')}</legend>
      {rows.map((row, i) => (
        <div key={row.id ?? i} className="fields item-row" data-testid="output-row">
          <label>{t('report.outputKind')}
            <select value={row.kind} onChange={(e) => change(i, { kind: e.target.value })}>
              <option value="">{t('common.choose')}</option>
              {reference.data?.outputKinds.map((k) => <option key={k.code} value={k.code}>{label(k)}</option>)}
            </select>
          </label>
          <label>{t('report.quantity')}<input type="number" min={1} value={row.quantity} onChange={(e) => change(i, { quantity: e.target.value })} /></label>
          <label>{t('report.outputTheme')}
            <select value={row.theme} onChange={(e) => change(i, { theme: e.target.value })}>
              <option value="">—</option>
              {reference.data?.themes.map((th) => <option key={th.code} value={th.code}>{label(th)}</option>)}
            </select>
          </label>
          <label>{t('report.addressee')}<input maxLength={200} value={row.addressee} onChange={(e) => change(i, { addressee: e.target.value })} /></label>
          <label className="wide">{t('report.outputText')}<textarea rows={2} maxLength={4000} value={row.fr} onChange={(e) => change(i, { fr: e.target.value })} /></label>
          <div className="actions wide"><button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>{t('report.removeOutput')}</button></div>
        </div>
      ))}
      <button type="button" className="secondary" onClick={() => onChange([...rows, { kind: '', quantity: '', fr: '', theme: '', addressee: '' }])}>{t('report.addOutput')}</button>
    </fieldset>
  );
}

/** The organisations and outputs of a report, to read before deciding on it. */
export function ReportItems({ organisations, outputs }: { organisations: Organisation[]; outputs: Output[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const kindOf = (list: 'organisationKinds' | 'outputKinds', code: string) => label(reference.data?.[list].find((k) => k.code === code), code);
  return (
    <dl className="facts">
      <dt>{t('report.organisations')}</dt>
      <dd>{organisations.length === 0 ? t('common.none') : (
        <ul className="plain" data-testid="report-organisations">{organisations.map((o, i) => <li key={i}>{o.name ?? o.organisationId} ({kindOf('organisationKinds', o.kind)})</li>)}</ul>
      )}</dd>
      <dt>{t('report.outputs')}</dt>
      <dd>{outputs.length === 0 ? t('common.none') : (
        <ul className="plain" data-testid="report-outputs">{outputs.map((o) => (
          <li key={o.id}>
            <strong>{kindOf('outputKinds', o.kind)}</strong>{o.quantity > 1 ? ` × ${formatNumber(o.quantity)}` : ''}
            {o.text?.fr || o.text?.en ? ` — ${o.text.fr ?? o.text.en}` : ''}
            {o.addressee ? ` (${t('report.addressedTo', { addressee: o.addressee })})` : ''}
            {o.status ? <> <span className={`badge ${o.status}`}>{t(`followUp.${o.status}`)}</span></> : null}
          </li>
        ))}</ul>
      )}</dd>
    </dl>
  );
}
