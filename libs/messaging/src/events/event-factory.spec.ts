import { IndicatorDefined, platformCatalog } from '@tributary/contracts';
import { ServiceConfig } from '@tributary/platform';
import { deserialize, serialize } from 'bson';
import { EventFactory } from './event-factory';

const factory = new EventFactory({ service: { name: 'indicators' } } as ServiceConfig, platformCatalog());

const percent = {
  projectId: 'project-1',
  code: 'OUT-2',
  title: { fr: 'Part des femmes', en: 'Share of women' },
  level: 'output' as const,
  measure: 'percent' as const,
  direction: 'increase' as const,
  disaggregations: ['sex'],
  numerator: { measure: 'participants' as const, filter: { sexes: ['female'] } },
  denominator: { measure: 'participants' as const },
  targets: [{ period: '2024Q1', value: 50 }],
};

describe('EventFactory', () => {
  it('creates an event that still fits its schema once stored in the outbox and read back (optional fields left undefined were stored as null)', () => {
    const created = factory.create({
      definition: IndicatorDefined,
      subject: 'indicator-1',
      sequence: 1,
      data: { ...percent, rule: undefined, targets: [{ period: '2024Q1', value: 50, disaggregation: undefined }] },
    });
    expect(created.data).not.toHaveProperty('rule');
    expect(created.data.targets[0]).not.toHaveProperty('disaggregation');
    const readBack = JSON.parse(JSON.stringify(deserialize(serialize({ event: created })).event));
    expect(() => platformCatalog().validate(readBack)).not.toThrow();
  });

  it('refuses at creation an event its consumers would refuse on reading', () => {
    const data = { ...percent, targets: [{ period: '2024Q1', value: Number.NaN }] };
    expect(() => factory.create({ definition: IndicatorDefined, subject: 'indicator-1', sequence: 1, data })).toThrow(/value/);
  });
});
