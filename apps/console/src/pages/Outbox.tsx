import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { upload } from '../api';
import { formatDate } from '../format';
import { db, syncOutbox } from '../offline/outbox';

/** Every report written on this device and what the service answered for each. */
export function Outbox() {
  const { t } = useTranslation();
  const entries = useLiveQuery(() => db.outbox.orderBy('queuedAt').reverse().toArray(), [], []);
  const [syncing, setSyncing] = useState(false);
  const sync = async () => {
    setSyncing(true);
    await syncOutbox();
    setSyncing(false);
  };
  return (
    <section className="card">
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <button type="button" onClick={() => void sync()} disabled={syncing || !navigator.onLine}>{t('outbox.syncNow')}</button>
      {entries.length === 0 ? <p>{t('outbox.empty')}</p> : (
        <table className="list">
          <thead><tr><th scope="col">{t('outbox.report')}</th><th scope="col">{t('outbox.queuedAt')}</th><th scope="col">{t('outbox.state')}</th></tr></thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="outbox-row" data-state={e.state}>
                <td>{e.title}<br /><small>{e.item.submit ? t('outbox.toSubmit') : t('outbox.draft')}</small></td>
                <td>{formatDate(e.queuedAt)}</td>
                <td className={`state-${e.state}`}>
                  {e.state === 'waiting' ? t('outbox.waiting') : t(`outbox.outcome.${e.result?.outcome}`)}
                  {e.result?.reason && <div>{e.result.reason}</div>}
                  {e.result?.errors?.map((x) => <div key={x.field}>{x.field}{'\u00a0:'} {x.message}</div>)}
                  {e.state === 'sent' && <Evidence activityId={e.id} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const KINDS = ['attendance-sheet', 'photo', 'document'] as const;

/** Evidence (attendance sheet, photo, document) joins an activity once the service has it; files need the network. */
function Evidence({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('attendance-sheet');
  const [answer, setAnswer] = useState('');
  const send = async (file: File | undefined) => {
    if (!file) return;
    setAnswer(t('evidence.sending'));
    const problem = await upload('activities', `/activities/${encodeURIComponent(activityId)}/evidence?kind=${kind}&filename=${encodeURIComponent(file.name)}`, file)
      .catch(() => t('evidence.noNetwork'));
    setAnswer(problem ?? t('evidence.attached', { name: file.name }));
  };
  return (
    <div className="evidence">
      <label>{t('evidence.kind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}>
          {KINDS.map((k) => <option key={k} value={k}>{t(`evidence.kinds.${k}`)}</option>)}
        </select>
      </label>
      <label>{t('evidence.file')}<input type="file" accept="image/jpeg,image/png,application/pdf" onChange={(e) => void send(e.target.files?.[0])} /></label>
      {answer && <p role="status">{answer}</p>}
    </div>
  );
}
