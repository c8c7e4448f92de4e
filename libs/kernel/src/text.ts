/**
 * A name or label as people retype it: case, accents, punctuation and spacing aside (« Ségou » and
 * « segou », « Mairie de Goundam » and « MAIRIE-DE-GOUNDAM », a spreadsheet header retyped), so
 * the same thing written twice is recognised once.
 */
export const folded = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
