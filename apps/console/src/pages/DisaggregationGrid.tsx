import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format';
import { Labelled, useLabel } from '../reference';

/** Counts keyed `sex|ageBand|category`; people are counted here, never named. */
export type Counts = Record<string, number>;
export const cellKey = (sex: string, ageBand: string, category: string) => `${sex}|${ageBand}|${category}`;

interface Props {
  dimensions: { sex: Labelled[]; ageBand: Labelled[]; category: Labelled[] };
  counts: Counts;
  onChange: (counts: Counts) => void;
}

/**
 * Participants by sex × age band × category: one row per category, one column per sex and age
 * band, with each row's, each column's and the grand total kept in view while typing, so a
 * reporter sees at once whether the grid matches the attendance sheets.
 */
export function DisaggregationGrid({ dimensions, counts, onChange }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const { sex, ageBand, category } = dimensions;
  const value = (k: string) => counts[k] ?? 0;
  const rowTotal = (c: string) => sex.reduce((s, x) => s + ageBand.reduce((a, b) => a + value(cellKey(x.code, b.code, c)), 0), 0);
  const columnTotal = (x: string, b: string) => category.reduce((s, c) => s + value(cellKey(x, b, c.code)), 0);
  const grand = category.reduce((s, c) => s + rowTotal(c.code), 0);
  return (
    <div className="grid-scroll" role="region" aria-label={t('report.grid')} tabIndex={0}>
      <table className="grid">
        <caption>{t('report.gridCaption')}</caption>
        <thead>
          <tr>
            <th rowSpan={2} scope="col">{t('report.category')}</th>
            {sex.map((x) => <th key={x.code} colSpan={ageBand.length} scope="colgroup">{label(x)}</th>)}
            <th rowSpan={2} scope="col" className="row-total">{t('report.rowTotal')}</th>
          </tr>
          <tr>{sex.flatMap((x) => ageBand.map((b) => <th key={x.code + b.code} scope="col" className="age">{label(b)}</th>))}</tr>
        </thead>
        <tbody>
          {category.map((c) => (
            <tr key={c.code}>
              <th scope="row">{label(c)}</th>
              {sex.flatMap((x) => ageBand.map((b) => {
                const k = cellKey(x.code, b.code, c.code);
                return (
                  <td key={k}>
                    <input
                      type="number" min={0} step={1} inputMode="numeric" value={counts[k] ?? ''} placeholder="0"
                      aria-label={`${label(c)}, ${label(x)}, ${label(b)}`}
                      onChange={(e) => onChange({ ...counts, [k]: Math.max(0, Math.floor(Number(e.target.value) || 0)) })}
                    />
                  </td>
                );
              }))}
              <td className="total row-total" data-testid={`row-total-${c.code}`}>{formatNumber(rowTotal(c.code))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('report.columnTotal')}</th>
            {sex.flatMap((x) => ageBand.map((b) => <td key={x.code + b.code} className="total">{formatNumber(columnTotal(x.code, b.code))}</td>))}
            <td className="total grand row-total" data-testid="grand-total">{formatNumber(grand)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function cellsOf(counts: Counts) {
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([k, count]) => {
      const [sex, ageBand, category] = k.split('|');
      return { sex, ageBand, category, count };
    });
}
