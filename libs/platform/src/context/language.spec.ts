import { negotiateLanguage } from './language';

describe('language negotiation', () => {
  it.each([
    ['fr-ML,fr;q=0.9,en;q=0.8', undefined, 'fr'],
    ['en-GB', undefined, 'en'],
    ['de;q=1, en;q=0.5, fr;q=0.7', undefined, 'fr'],
    ['de', 'en', 'en'],
    [undefined, 'en', 'en'],
    [undefined, undefined, 'fr'],
    ['fr;q=0, en', undefined, 'en'],
  ])('Accept-Language %s with preference %s → %s', (header, preferred, expected) => {
    expect(negotiateLanguage(header, preferred)).toBe(expected);
  });
});
