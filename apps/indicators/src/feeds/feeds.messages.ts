import { defineMessages } from '@tributary/kernel';

/** What the feeds say to the systems and people that pull them. */
export const feedMessages = defineMessages({
  badCursor: { fr: 'Curseur illisible', en: 'Unreadable cursor' },
  resultsOfLevel: { fr: 'Résultats ({level})', en: 'Results ({level})' },
  disbursement: { fr: 'Décaissement {reference}', en: 'Disbursement {reference}' },
});
