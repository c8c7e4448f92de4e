import { defineMessages } from '@tributary/kernel';

/** What people read from the aggregate stores and the audit trail. */
export const messagingMessages = defineMessages({
  staleVersion: { fr: "L'enregistrement a changé depuis votre lecture ; rechargez-le et réessayez", en: 'The record changed since you read it; reload it and try again' },
  alreadyExists: { fr: 'Cet identifiant existe déjà', en: 'This id already exists' },
  auditTrailNotFound: { fr: 'Aucun historique visible pour cet enregistrement', en: 'No history you may see for this record' },
});
