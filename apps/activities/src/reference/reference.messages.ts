import { defineMessages } from '@tributary/kernel';

/** What the reference data tells the administrators who extend it. */
export const referenceMessages = defineMessages({
  codeTaken: { fr: 'Le code « {code} » est déjà pris dans cette liste, même par une entrée retirée', en: 'The code “{code}” is already taken in this list, even if by a retired entry' },
  codeNeeded: {
    fr: 'Donnez un code (lettres minuscules, chiffres et tirets) : le libellé « {label} » n’en donne pas',
    en: 'Give a code (lower-case letters, digits and dashes): the label “{label}” does not make one',
  },
  labelNeeded: { fr: 'Le libellé français ne peut pas être vide', en: 'The French label cannot be blank' },
  labelTaken: { fr: 'Une entrée de cette liste porte déjà le libellé « {label} »', en: 'An entry of this list already has the label “{label}”' },
  entryNotFound: { fr: 'Aucune entrée « {code} » dans cette liste', en: 'No entry “{code}” in this list' },
  alreadyRetired: { fr: 'L’entrée « {code} » est déjà retirée', en: 'The entry “{code}” is already retired' },
});
