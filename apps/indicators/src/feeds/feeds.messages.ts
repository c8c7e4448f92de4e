import { defineMessages } from '@tributary/kernel';

/** What the feeds say to the systems and people that pull them. */
export const feedMessages = defineMessages({
  badCursor: { fr: 'Curseur illisible', en: 'Unreadable cursor' },
  resultsOfLevel: { fr: 'Résultats ({level})', en: 'Results ({level})' },
  disbursement: { fr: 'Décaissement {reference}', en: 'Disbursement {reference}' },
  leadPartnerWithoutIatiIdentifier: {
    fr: "Le partenaire principal {name} n'a pas d'identifiant d'organisation IATI : un administrateur le renseigne dans l'annuaire (iatiIdentifier), puis l'export IATI peut le nommer",
    en: 'The lead partner {name} has no IATI organisation identifier: an administrator sets it in the directory (iatiIdentifier), then the IATI export can name it',
  },
});
