import { alternatives } from './kernel.messages';
import { defineMessages, placeholdersOf } from './messages';

const messages = defineMessages({
  plain: { fr: 'Bonjour', en: 'Hello' },
  withValues: { fr: '{count} rapports pour {region}', en: '{count} reports for {region}' },
});

describe('message catalogue', () => {
  it('gives a message in both languages', () => {
    expect(messages('plain')).toEqual({ fr: 'Bonjour', en: 'Hello' });
  });

  it('fills the placeholders in each language', () => {
    expect(messages('withValues', { count: 3, region: 'Mopti' })).toEqual({ fr: '3 rapports pour Mopti', en: '3 reports for Mopti' });
  });

  it('fills a placeholder with another message, language by language', () => {
    expect(messages('withValues', { count: 2, region: { fr: 'le centre', en: 'the centre' } })).toEqual({ fr: '2 rapports pour le centre', en: '2 reports for the centre' });
  });

  it('lets the compiler refuse an unknown key or a missing value', () => {
    // @ts-expect-error no such message
    expect(() => messages('missing')).toThrow();
    // @ts-expect-error region is missing
    expect(messages('withValues', { count: 3 }).en).toBe('3 reports for {region}');
  });

  it('lists alternatives in each language', () => {
    expect(alternatives(['draft', 'submitted'])).toEqual({ fr: 'draft ou submitted', en: 'draft or submitted' });
  });

  it('names the placeholders of a text', () => {
    expect(placeholdersOf('{b} et {a}')).toEqual(['a', 'b']);
  });
});
