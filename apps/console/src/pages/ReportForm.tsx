import { useQuery } from '@tanstack/react-query';
import { FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';
import { formatNumber } from '../format';
import { enqueue } from '../offline/outbox';
import { useLabel, useReference, useSubGrants } from '../reference';
import { go } from '../router';
import { cellKey, cellsOf, Counts, DisaggregationGrid } from './DisaggregationGrid';
import { PlacePicker } from './PlacePicker';
import { OrganisationRow, organisationRows, organisationsOf, OrganisationsEditor, OutputRow, outputRows, outputsOf, OutputsEditor } from './ReportItems';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Plans an activity and writes its report in one go, as reporters do after the event. Nothing is
 * sent from here: the report goes to the device's outbox (IndexedDB), which the batch endpoint
 * drains when there is a network. A returned report is corrected here under its own activity id.
 */
export function ReportForm({ subGrantId, correcting }: { subGrantId?: string; correcting?: string }) {
  const { t } = useTranslation();
  const label = useLabel();
  const reference = useReference();
  const subGrants = useSubGrants({ status: 'active' });
  const [id] = useState(() => correcting ?? crypto.randomUUID());
  const [form, setForm] = useState({
    subGrantId: subGrantId ?? '', type: '', title: '', start: today(), end: today(), pcode: '', themes: [] as string[],
    total: '', women: '', narrative: '',
  });
  const [counts, setCounts] = useState<Counts>({});
  const [organisations, setOrganisations] = useState<OrganisationRow[]>([]);
  const [outputs, setOutputs] = useState<OutputRow[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [queued, setQueued] = useState('');
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const existing = useQuery({
    queryKey: ['activity', correcting],
    enabled: !!correcting,
    queryFn: () => must(api('activities').GET('/activities/{id}', { params: { path: { id: correcting! } } })),
  });
  // A correction changes the report only: the activity as planned is sent back exactly as it is, which
  // the batch endpoint answers as the same activity (a changed plan under the same id is a conflict).
  const plannedAs = existing.data && {
    subGrantId: existing.data.subGrantId, type: existing.data.type, title: existing.data.title, plannedStart: existing.data.plannedStart,
    plannedEnd: existing.data.plannedEnd, pcode: existing.data.pcode, themes: existing.data.themes, plannedParticipants: existing.data.plannedParticipants,
  };
  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    const r = a.report;
    setForm({
      subGrantId: a.subGrantId, type: a.type, title: a.title, start: r?.actualStart ?? a.plannedStart, end: r?.actualEnd ?? a.plannedEnd,
      pcode: r?.pcode ?? a.pcode, themes: a.themes, total: String(r?.participants.total ?? ''), women: '', narrative: r?.narrative ?? '',
    });
    setOrganisations(organisationRows(r?.organisations ?? []));
    setOutputs(outputRows(r?.outputs ?? []));
    setCounts(Object.fromEntries((r?.participants.cells ?? []).map((c) => [cellKey(c.sex, c.ageBand, c.category), c.count])));
  }, [existing.data]);


  const gridTotal = Object.values(counts).reduce((s, n) => s + n, 0);
  const womenTotal = Object.entries(counts).filter(([k]) => k.startsWith('female|')).reduce((s, [, n]) => s + n, 0);

  /** The same checks the service makes, before anything leaves the device: a wrong sum is refused here, naming it. */
  function check(planOnly: boolean): string[] {
    const found: string[] = [];
    if (!form.subGrantId) found.push(t('report.needSubGrant'));
    if (!form.type) found.push(t('report.needType'));
    if (form.title.trim().length < 3) found.push(t('report.needTitle'));
    if (form.end < form.start) found.push(t('report.datesReversed'));
    if (!/^[A-Z]{2}[0-9]{2,8}$/.test(form.pcode)) found.push(t('report.needPlace'));
    if (planOnly) return found;
    if (form.total === '') found.push(t('report.needTotal'));
    else if (Number(form.total) !== gridTotal) found.push(t('report.totalMismatch', { stated: formatNumber(Number(form.total)), grid: formatNumber(gridTotal) }));
    if (form.women !== '' && Number(form.women) !== womenTotal)
      found.push(t('report.womenMismatch', { stated: formatNumber(Number(form.women)), grid: formatNumber(womenTotal) }));
    if (organisations.some((o) => !o.kind || (!o.organisationId && !o.name.trim()))) found.push(t('report.organisationIncomplete'));
    if (outputs.some((o) => !o.kind)) found.push(t('report.outputIncomplete'));
    return found;
  }

  /** Plans the activity only (the report comes after it took place): the expected number of participants, no counts. */
  async function plan() {
    const found = check(true);
    setProblems(found);
    if (found.length > 0) return;
    await enqueue({
      id,
      plan: { subGrantId: form.subGrantId, type: form.type, title: form.title.trim(), plannedStart: form.start, plannedEnd: form.end, pcode: form.pcode, themes: form.themes, plannedParticipants: Number(form.total || 0) },
    });
    go('outbox');
  }

  async function save(submit: boolean) {
    const found = check(false);
    setProblems(found);
    if (found.length > 0) return;
    const participants = {
      total: Number(form.total),
      cells: cellsOf(counts),
      ...(form.women !== '' ? { bySex: { female: Number(form.women) } } : {}),
    };
    await enqueue({
      id,
      plan: plannedAs ?? { subGrantId: form.subGrantId, type: form.type, title: form.title.trim(), plannedStart: form.start, plannedEnd: form.end, pcode: form.pcode, themes: form.themes, plannedParticipants: Number(form.total) },
      report: {
        actualStart: form.start, actualEnd: form.end, pcode: form.pcode, participants, narrative: form.narrative,
        organisations: organisationsOf(organisations), outputs: outputsOf(outputs),
      },
      submit,
    });
    setQueued(submit ? t('report.queuedSubmit') : t('report.queuedDraft'));
    go('outbox');
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(true);
  };

  const dims = reference.data?.dimensions;
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h1>{existing.data?.report ? t('report.correctTitle') : correcting ? t('report.reportPlanned') : t('report.title')}</h1>
      {existing.data?.report?.comments && (
        <p className="returned-reason" role="note"><strong>{t('returned.reason')}{'\u00a0:'}</strong> {existing.data.report.comments}</p>
      )}
      <fieldset>
        <legend>{t('report.activity')}</legend>
        <div className="fields">
          <label>{t('report.subGrant')}
            <select required value={form.subGrantId} onChange={set('subGrantId')} disabled={!!correcting}>
              <option value="">{t('common.choose')}</option>
              {subGrants.data?.items.map((s) => <option key={s.id} value={s.id}>{s.reference} — {s.purpose}</option>)}
            </select>
          </label>
          <label>{t('report.type')}
            <select required value={form.type} onChange={set('type')} disabled={!!correcting}>
              <option value="">{t('common.choose')}</option>
              {reference.data?.activityTypes.map((a) => <option key={a.code} value={a.code}>{label(a)}</option>)}
            </select>
          </label>
          <label className="wide">{t('report.activityTitle')}<input required minLength={3} maxLength={200} value={form.title} onChange={set('title')} readOnly={!!correcting} /></label>
          <label>{t('report.start')}<input type="date" required value={form.start} onChange={set('start')} /></label>
          <label>{t('report.end')}<input type="date" required value={form.end} onChange={set('end')} /></label>
          <PlacePicker pcode={form.pcode} onChange={(pcode) => setForm((f) => ({ ...f, pcode }))} />
        </div>
        <fieldset className="themes">
          <legend>{t('report.themes')}</legend>
          {reference.data?.themes.map((theme) => (
            <label key={theme.code} className="check">
              <input type="checkbox" checked={form.themes.includes(theme.code)} disabled={!!correcting}
                onChange={(e) => setForm({ ...form, themes: e.target.checked ? [...form.themes, theme.code] : form.themes.filter((x) => x !== theme.code) })} />
              {label(theme)}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <fieldset>
        <legend>{t('report.participants')}</legend>
        <p className="hint">{t('report.noNames')}</p>
        <div className="fields">
          <label>{t('report.statedTotal')}<input type="number" min={0} required value={form.total} onChange={set('total')} /></label>
          <label>{t('report.statedWomen')}<input type="number" min={0} value={form.women} onChange={set('women')} /></label>
        </div>
        {dims && <DisaggregationGrid dimensions={dims} counts={counts} onChange={setCounts} />}
      </fieldset>
      <OrganisationsEditor rows={organisations} onChange={setOrganisations} />
      <OutputsEditor rows={outputs} onChange={setOutputs} />
      <label className="wide">{t('report.narrative')}<textarea rows={5} maxLength={20000} value={form.narrative} onChange={set('narrative')} /></label>
      {problems.length > 0 && (
        <div className="error" role="alert">
          <p>{t('report.refused')}</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      {queued && <p role="status">{queued}</p>}
      <div className="actions">
        {!correcting && <button type="button" className="secondary" onClick={() => void plan()}>{t('report.planOnly')}</button>}
        <button type="button" className="secondary" onClick={() => void save(false)}>{t('report.saveDraft')}</button>
        <button type="submit">{t('report.send')}</button>
      </div>
    </form>
  );
}
