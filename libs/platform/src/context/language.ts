import { Language } from '@tributary/kernel';

export const DEFAULT_LANGUAGE: Language = 'fr';

/**
 * Picks fr or en from an Accept-Language header by quality. French is the fallback because most
 * people who report into Tributary work in French.
 */
export function negotiateLanguage(acceptLanguage: string | undefined, preferred?: string | null): Language {
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
        return { primary: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
      })
      .filter((entry) => !Number.isNaN(entry.q) && entry.q > 0)
      .sort((a, b) => b.q - a.q);
    const match = ranked.find((entry) => entry.primary === 'fr' || entry.primary === 'en');
    if (match) return match.primary as Language;
  }
  if (preferred === 'fr' || preferred === 'en') return preferred;
  return DEFAULT_LANGUAGE;
}
