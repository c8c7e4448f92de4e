import { Bilingual, LANGUAGES } from './language';
import { defineMessages } from './messages';

export const kernelMessages = defineMessages({
  unknownCurrency: { fr: 'Devise non prise en charge : {currency}', en: 'Unsupported currency: {currency}' },
  amountNotMinorUnits: {
    fr: 'Le montant doit être un entier positif en unités mineures',
    en: 'The amount must be a non-negative whole number of minor units',
  },
  currencyMismatch: { fr: 'La devise doit être {currency}', en: 'The currency must be {currency}' },
  badExchangeRate: { fr: 'Taux de change invalide', en: 'Invalid exchange rate' },
  or: { fr: 'ou', en: 'or' },
});

/** Values any one of which would do, as a message: "draft or submitted". */
export function alternatives(values: readonly string[]): Bilingual {
  const or = kernelMessages('or');
  return Object.fromEntries(LANGUAGES.map((language) => [language, values.join(` ${or[language]} `)])) as Bilingual;
}
