import { Bilingual, Language, LANGUAGES } from './language';

/** The names between braces in a message, e.g. `currency` in "Unsupported currency: {currency}". */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** A placeholder's value: the same in every language, or itself a message (e.g. what was refused). */
export type MessageParam = string | number | Bilingual;

type ParamsOf<M extends Bilingual> = [Placeholders<M['en']> | Placeholders<M['fr']>] extends [never]
  ? []
  : [params: Record<Placeholders<M['en']> | Placeholders<M['fr']>, MessageParam>];

/**
 * A catalogue of the sentences one part of the platform shows people: one key a message, each in
 * every language. Call it with a key (and the values of the message's placeholders) for the
 * bilingual text a DomainError or a problem carries; the placeholders a message needs are checked
 * by the compiler, and test/architecture/messages.spec.ts checks every catalogue's languages.
 */
export interface MessageCatalogue<C extends Record<string, Bilingual>> {
  <K extends keyof C & string>(key: K, ...params: ParamsOf<C[K]>): Bilingual;
  readonly entries: C;
}

export function defineMessages<const C extends Record<string, Bilingual>>(entries: C): MessageCatalogue<C> {
  const message = (key: keyof C & string, params: Record<string, MessageParam> = {}): Bilingual => {
    const entry = entries[key];
    return Object.fromEntries(LANGUAGES.map((language) => [language, fill(entry[language], language, params)])) as Bilingual;
  };
  return Object.assign(message, { entries }) as MessageCatalogue<C>;
}

function fill(template: string, language: Language, params: Record<string, MessageParam>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return typeof value === 'object' ? value[language] : String(value);
  });
}

/** The placeholder names of a text, sorted: each language of a message must use the same ones. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}
