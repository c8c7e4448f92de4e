import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api';

const PCODE = /^[A-Z]{2}[0-9]{2,8}$/;

/**
 * A place picked from the gazetteer by its name (« goundam » finds Goundam, cercle of Tombouctou);
 * a P-code typed as it is also works, which is what a reporter offline without the list can do.
 */
export function PlacePicker({ pcode, onChange }: { pcode: string; onChange: (pcode: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(pcode);
  const [open, setOpen] = useState(false);
  const hint = useId();
  const typed = text.trim();
  const matches = useQuery({
    queryKey: ['places', typed.toLowerCase()],
    enabled: open && typed.length >= 2 && !PCODE.test(typed.toUpperCase()),
    queryFn: () => must(api('activities').GET('/reference/places', { params: { query: { name: typed } } })),
  });
  const chosen = useQuery({
    queryKey: ['place', pcode],
    enabled: PCODE.test(pcode),
    queryFn: () => must(api('activities').GET('/reference/places/{pcode}', { params: { path: { pcode } } })),
  });
  useEffect(() => {
    if (pcode && chosen.data?.area && !open) setText(chosen.data.area.name);
  }, [chosen.data, pcode]);

  const type = (value: string) => {
    setText(value);
    setOpen(true);
    onChange(PCODE.test(value.trim().toUpperCase()) ? value.trim().toUpperCase() : '');
  };
  const area = chosen.data?.area;
  return (
    <div className="place-picker">
      <label>{t('report.place')}
        <input value={text} onChange={(e) => type(e.target.value)} aria-describedby={hint} autoComplete="off" placeholder={t('report.placePlaceholder')} />
      </label>
      <p id={hint} className="hint" aria-live="polite">
        {area ? t('report.placeChosen', { name: area.name, pcode: area.pcode }) : t('report.placeHint')}
      </p>
      {open && matches.data && (
        <ul className="matches" aria-label={t('report.placeMatches')}>
          {matches.data.length === 0 && <li>{t('report.noPlace')}</li>}
          {matches.data.map((m) => (
            <li key={m.pcode}>
              <button type="button" className="link" onClick={() => { onChange(m.pcode); setText(m.name); setOpen(false); }}>
                {m.name}{m.level > 1 && m.region ? ` — ${m.region}` : ''} ({m.pcode})
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
