import { DEFAULT_GAZETTEER, Gazetteer } from './reference-data';

describe('gazetteer: places by name', () => {
  const gazetteer = new Gazetteer(DEFAULT_GAZETTEER);

  it('finds a place whatever the accents and case, with its region', () => {
    expect(gazetteer.search('segou')).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Ségou', level: 1, region: 'Ségou' })]));
    expect(gazetteer.search('GOUNDAM')).toEqual([
      expect.objectContaining({ name: 'Goundam', level: 2, parent: 'ML06', region: 'Tombouctou' }),
      expect.objectContaining({ pcode: 'ML060301', name: 'Goundam', level: 3, parent: 'ML0603', region: 'Tombouctou' }),
    ]);
  });

  it('puts names starting with the text first, regions before cercles before communes, and finds nothing for blank text', () => {
    expect(gazetteer.search('ka').map((a) => `${a.level} ${a.name}`)).toEqual([
      '1 Kayes', '2 Kadiolo', '2 Kangaba', '2 Kati', '2 Kayes', '3 Kati', '3 Kayes',
      '1 Sikasso', '2 Bankass', '2 Kolokani', '2 Ménaka', '2 Sikasso', '3 Ménaka', '3 Sikasso', '3 Tonka',
    ]);
    expect(gazetteer.search('  ')).toEqual([]);
  });
});

describe('gazetteer: communes', () => {
  const gazetteer = new Gazetteer(DEFAULT_GAZETTEER);

  it('places each of the six communes of Bamako in the district, a region-level place', () => {
    const bamako = gazetteer.search('commune').filter((a) => a.parent === 'ML0901');
    expect(bamako.map((a) => a.name)).toEqual(['Commune I', 'Commune II', 'Commune III', 'Commune IV', 'Commune V', 'Commune VI']);
    expect(gazetteer.locate('ML090101')).toEqual({ pcode: 'ML090101', adm1: 'ML09', adm2: 'ML0901', adm3: 'ML090101' });
  });

  it('gives a commune its cercle and region, and finds the communes the field reports name', () => {
    expect(gazetteer.locate('ML060501')).toEqual({ pcode: 'ML060501', adm1: 'ML06', adm2: 'ML0605', adm3: 'ML060501' });
    for (const name of ['Tombouctou', 'Kayes', 'Mopti', 'Ségou', 'Gao', 'Goundam', 'Niafunké', 'Diré', 'Ménaka', 'Kidal']) {
      expect({ name, communes: gazetteer.search(name).filter((a) => a.level === 3).length }).toEqual({ name, communes: 1 });
    }
  });

  it('numbers every commune as its cercle’s P-code and two digits', () => {
    for (const area of DEFAULT_GAZETTEER.filter((a) => a.level === 3)) {
      expect(area.pcode).toMatch(new RegExp(`^${area.parent}\\d{2}$`));
      expect(gazetteer.find(area.parent!)?.level).toBe(2);
    }
  });
});
