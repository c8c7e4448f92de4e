import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, placeholdersOf } from '@tributary/kernel';

const repo = path.resolve(__dirname, '..', '..');

/** Every *.messages.ts under apps/ and libs/: the catalogues of the sentences people read. */
function catalogueFiles(): string[] {
  return ['apps', 'libs']
    .flatMap((root) => readdirSync(path.join(repo, root), { recursive: true, encoding: 'utf8' }).map((file) => path.join(root, file)))
    .filter((file) => file.endsWith('.messages.ts'))
    .sort();
}

type Entries = Record<string, Record<string, string>>;

const catalogues = catalogueFiles().flatMap((file) =>
  Object.entries(require(path.join(repo, file)) as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'function' && 'entries' in value)
    .map(([name, value]) => ({ name: `${file} ${name}`, entries: (value as { entries: Entries }).entries })),
);

describe('message catalogues', () => {
  it('are found in apps and libs', () => {
    expect(catalogues.length).toBeGreaterThan(0);
  });

  it.each(catalogues.map((c) => [c.name, c] as const))('%s has every key in fr and en, with the same placeholders', (_name, catalogue) => {
    for (const [key, message] of Object.entries(catalogue.entries)) {
      expect({ key, languages: Object.keys(message).sort() }).toEqual({ key, languages: [...LANGUAGES].sort() });
      for (const language of LANGUAGES) expect({ key, language, empty: !message[language]?.trim() }).toEqual({ key, language, empty: false });
      expect({ key, fr: placeholdersOf(message.fr) }).toEqual({ key, fr: placeholdersOf(message.en) });
    }
  });
});
