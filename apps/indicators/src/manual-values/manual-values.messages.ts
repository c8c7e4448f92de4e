import { defineMessages } from '@tributary/kernel';

/** What indicators tells the people who submit and approve values measured outside reports. */
export const manualValueMessages = defineMessages({
  indicatorHasRule: { fr: 'Cet indicateur est calculé à partir des rapports', en: 'This indicator is computed from reports' },
  badScope: { fr: 'Portée invalide', en: 'Invalid scope' },
  alreadyApproved: { fr: 'Déjà approuvée', en: 'Already approved' },
  fourEyes: { fr: 'La personne qui soumet ne peut pas approuver', en: 'The submitter cannot approve' },
  leadPartnerOnly: { fr: 'Réservé au partenaire principal', en: 'For the lead partner only' },
  manualValueNotFound: { fr: 'Valeur introuvable', en: 'Value not found' },
});
