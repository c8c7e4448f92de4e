import { folded } from '@tributary/kernel';
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

/** The lists plans and reports name codes of; `L` is how an entry is shown (retired or not, say). */
export interface ReferenceData<L extends Labelled = Labelled> {
  activityTypes: L[];
  themes: L[];
  /** What an activity produced: declarations, recommendations, action plans, people trained… */
  outputKinds: L[];
  /** Kinds of the organisations that took part in an activity (never persons). */
  organisationKinds: L[];
  /** Sex and age band are fixed; administrators add and retire categories. */
  dimensions: { sex: Labelled[]; ageBand: Labelled[]; category: L[] };
}

/**
 * The shipped defaults; entries administrators add or retire are stored beside them
 * (reference-entries.ts).
 */
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

  /**
   * Places whose name contains the text, whatever the case and accents (people type « Segou » for
   * Ségou on a phone), names starting with it first, each with the name of its region so two
   * places of one name can be told apart.
   */
  search(text: string, limit = 20): Array<AdminArea & { region: string | null }> {
    const wanted = folded(text.trim());
    if (!wanted) return [];
    return [...this.byCode.values()]
      .filter((a) => a.level > 0 && folded(a.name).includes(wanted))
      .sort((a, b) => Number(!folded(a.name).startsWith(wanted)) - Number(!folded(b.name).startsWith(wanted)) || a.level - b.level || a.name.localeCompare(b.name, 'fr'))
      .slice(0, limit)
      .map((a) => {
        const adm1 = this.locate(a.pcode)?.adm1;
        return { ...a, region: adm1 ? (this.byCode.get(adm1)?.name ?? null) : null };
      });
  }

  /**
   * Region (adm1), cercle (adm2) and commune (adm3) a place lies in, for counting places at a level
   * and breaking counts down; undefined for an unknown P-code. Bamako district is a region.
   */
  locate(pcode: string): { pcode: string; adm1: string; adm2?: string; adm3?: string } | undefined {
    let area = this.byCode.get(pcode);
    if (!area || area.level === 0) return undefined;
    const chain: AdminArea[] = [];
    while (area && area.level > 0) {
      chain.unshift(area);
      area = area.parent ? this.byCode.get(area.parent) : undefined;
    }
    return { pcode, adm1: chain[0].pcode, ...(chain[1] ? { adm2: chain[1].pcode } : {}), ...(chain[2] ? { adm3: chain[2].pcode } : {}) };
  }
}
