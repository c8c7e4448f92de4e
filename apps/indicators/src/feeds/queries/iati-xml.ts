import { iatiActivityIdentifier } from '@tributary/contracts';
import { inMajorUnits } from '@tributary/kernel';
import { IndicatorState } from '../../indicators/domain/indicator';
import { periodBounds } from '../../indicators/domain/period';
import { KnownProject } from '../../projects/database/known-project.schema';
import { KnownDisbursement } from '../database/known-disbursement.schema';
import { KnownOrganisation } from '../database/known-organisation.schema';
import { feedMessages as messages } from '../feeds.messages';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const narratives = (text: { fr: string; en: string }) =>
  `<narrative xml:lang="fr">${escape(text.fr)}</narrative><narrative xml:lang="en">${escape(text.en)}</narrative>`;

export interface IatiIndicatorValue {
  indicator: IndicatorState;
  period: string;
  value: number | null;
  disaggregation: Record<string, number>;
}

/** How the export names an organisation: its IATI identifier (none when the directory has none) and its name. */
export type IatiOrganisation = Pick<KnownOrganisation, 'name' | 'iatiIdentifier'>;

/** An organisation element's reference attribute, left out for an organisation without an IATI identifier. */
const refOf = (organisation: IatiOrganisation) => (organisation.iatiIdentifier ? ` ref="${escape(organisation.iatiIdentifier)}"` : '');
const nameOf = (organisation: IatiOrganisation) => `<narrative>${escape(organisation.name)}</narrative>`;

const LEVEL_TYPE: Record<string, string> = { output: '1', outcome: '2', impact: '3' };

/**
 * One IATI 2.03 activity for a project: its results (each indicator with baseline, and per period
 * target and actual with dimensions) and its disbursements to CSOs as transactions of type 3.
 * Organisations are named by their IATI identifier (`ref`, left out for one without) and their
 * name; the activity's identifier is the reporting lead partner's IATI identifier, a hyphen and
 * the project code, so the lead partner must have one. `organisation` gives an organisation by id.
 */
export function iatiActivityXml(
  project: KnownProject,
  organisation: (id: string) => IatiOrganisation,
  values: IatiIndicatorValue[],
  disbursements: KnownDisbursement[],
  now: Date,
): string {
  const reporting = organisation(project.leadPartnerId);
  const identifier = iatiActivityIdentifier(reporting.iatiIdentifier!, project.code);
  // One IATI result per result statement (or per level for indicators without one).
  const byResult = new Map<string, { level: string; title: { fr: string; en: string }; indicators: Map<string, IatiIndicatorValue[]> }>();
  for (const value of values) {
    const { level, result } = value.indicator;
    const key = `${level}|${result?.fr ?? ''}`;
    const group = byResult.get(key) ?? { level, title: result ?? messages('resultsOfLevel', { level }), indicators: new Map() };
    group.indicators.set(value.indicator.id, [...(group.indicators.get(value.indicator.id) ?? []), value]);
    byResult.set(key, group);
  }
  const results = [...byResult.values()].map(({ level, title, indicators }) => {
    const indicatorXml = [...indicators.values()].map((periods) => {
      const indicator = periods[0].indicator;
      const measure = indicator.measure === 'percent' ? '2' : indicator.measure === 'qualitative' ? '5' : '1';
      const baseline = indicator.baseline
        ? `<baseline year="${indicator.baseline.date.slice(0, 4)}" iso-date="${indicator.baseline.date}" value="${indicator.baseline.value}"/>`
        : '';
      const periodXml = periods
        .filter((p) => p.value !== null)
        .map((p) => {
          const { start, end } = periodBounds(p.period);
          const target = indicator.targets.find((t) => t.period === p.period);
          const dimensions = Object.entries(p.disaggregation)
            .map(([key, amount]) => {
              const [name, value] = key.split('=');
              return `<actual value="${amount}"><dimension name="${escape(name)}" value="${escape(value)}"/></actual>`;
            })
            .join('');
          return `<period><period-start iso-date="${start}"/><period-end iso-date="${end}"/>${target ? `<target value="${target.value}"/>` : ''}<actual value="${p.value}"/>${dimensions}</period>`;
        })
        .join('');
      return `<indicator measure="${measure}" ascending="${indicator.direction === 'increase' ? '1' : '0'}"><title>${narratives(indicator.title)}</title>${
        indicator.definition ? `<description>${narratives(indicator.definition)}</description>` : ''
      }${baseline}${periodXml}</indicator>`;
    });
    return `<result type="${LEVEL_TYPE[level] ?? '1'}"><title>${narratives(title)}</title>${indicatorXml.join('')}</result>`;
  });
  const transactions = disbursements.map(
    (d) =>
      `<transaction ref="${escape(d._id)}"><transaction-type code="3"/><transaction-date iso-date="${d.date}"/><value currency="${d.amount.currency}" value-date="${d.date}">${inMajorUnits(d.amount)}</value><description>${narratives(messages('disbursement', { reference: d.reference }))}</description><provider-org${refOf(reporting)} provider-activity-id="${escape(identifier)}">${nameOf(reporting)}</provider-org><receiver-org${refOf(organisation(d.recipientId))} receiver-activity-id="${escape(iatiActivityIdentifier(reporting.iatiIdentifier!, project.code, d.reference))}">${nameOf(organisation(d.recipientId))}</receiver-org></transaction>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.03" generated-datetime="${now.toISOString().slice(0, 19)}Z"><iati-activity last-updated-datetime="${now.toISOString().slice(0, 19)}Z" xml:lang="fr"><iati-identifier>${escape(identifier)}</iati-identifier><reporting-org${refOf(reporting)} type="21">${nameOf(reporting)}</reporting-org><title>${narratives(project.title)}</title><description>${narratives(project.title)}</description>${project.donorIds
    .map((id) => `<participating-org${refOf(organisation(id))} role="1">${nameOf(organisation(id))}</participating-org>`)
    .join('')}<participating-org${refOf(reporting)} role="4">${nameOf(reporting)}</participating-org><activity-status code="2"/><activity-date type="1" iso-date="${project.period.start}"/><activity-date type="3" iso-date="${project.period.end}"/>${transactions.join('')}${results.join('')}</iati-activity></iati-activities>
`;
}
