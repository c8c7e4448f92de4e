/** The languages the platform speaks: French first, because most people who report work in French. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A sentence a person reads, in both languages the platform speaks. */
export type Bilingual = Record<Language, string>;
