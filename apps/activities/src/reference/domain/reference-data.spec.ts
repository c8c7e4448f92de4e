import { DEFAULT_GAZETTEER, Gazetteer } from './reference-data';

describe('gazetteer: places by name', () => {
  const gazetteer = new Gazetteer(DEFAULT_GAZETTEER);

  it('finds a place whatever the accents and case, with its region', () => {
    expect(gazetteer.search('segou')).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Ségou', level: 1, region: 'Ségou' })]));
    expect(gazetteer.search('GOUNDAM')).toEqual([expect.objectContaining({ name: 'Goundam', level: 2, parent: 'ML06', region: 'Tombouctou' })]);
  });

  it('puts names starting with the text first, regions before cercles, and finds nothing for blank text', () => {
    expect(gazetteer.search('ka').map((a) => `${a.level} ${a.name}`)).toEqual([
      '1 Kayes', '2 Kadiolo', '2 Kangaba', '2 Kati', '2 Kayes', '1 Sikasso', '2 Bankass', '2 Kolokani', '2 Ménaka', '2 Sikasso',
    ]);
    expect(gazetteer.search('  ')).toEqual([]);
  });
});
