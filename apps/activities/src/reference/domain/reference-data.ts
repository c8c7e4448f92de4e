import gazetteerFile from './gazetteer-ml.json';
import referenceFile from './reference-data.json';

export interface Labelled {
  code: string;
  fr: string;
  en: string;
}

export interface AdminArea {
  pcode: string;
  name: string;
  level: number;
  parent: string | null;
}

export interface ReferenceData {
  activityTypes: Labelled[];
  themes: Labelled[];
  dimensions: { sex: Labelled[]; ageBand: Labelled[]; category: Labelled[] };
}

/** The shipped defaults; activity types added by administrators live in the database beside them. */
export const DEFAULT_REFERENCE: ReferenceData = referenceFile;
export const DEFAULT_GAZETTEER: AdminArea[] = gazetteerFile.areas as AdminArea[];

/** Looks places up by P-code and finds the region (adm1) and cercle (adm2) they belong to. */
export class Gazetteer {
  private readonly byCode: Map<string, AdminArea>;

  constructor(areas: AdminArea[]) {
    this.byCode = new Map(areas.map((a) => [a.pcode, a]));
  }

  find(pcode: string): AdminArea | undefined {
    return this.byCode.get(pcode);
  }

  /** adm1 and adm2 of a place, for roll-ups; undefined for an unknown P-code. */
  locate(pcode: string): { pcode: string; adm1: string; adm2?: string } | undefined {
    let area = this.byCode.get(pcode);
    if (!area || area.level === 0) return undefined;
    const chain: AdminArea[] = [];
    while (area && area.level > 0) {
      chain.unshift(area);
      area = area.parent ? this.byCode.get(area.parent) : undefined;
    }
    return { pcode, adm1: chain[0].pcode, ...(chain[1] ? { adm2: chain[1].pcode } : {}) };
  }
}
