import { defineMessages } from '@tributary/kernel';

/** What people read about projects: refusals of the rules in domain/, the services and the policy. */
export const projectMessages = defineMessages({
  notFound: { fr: 'Projet introuvable', en: 'Project not found' },
  periodReversed: { fr: 'La fin doit suivre le début', en: 'The end must come after the start' },
  notALeadPartner: { fr: "Ce n'est pas un partenaire principal connu", en: 'Not a known lead partner' },
  notADonor: { fr: "Ce n'est pas un bailleur connu", en: 'Not a known donor' },
  fundingAboveBudget: { fr: 'Les financements des bailleurs dépassent le budget total', en: "The donors' funding exceeds the total budget" },
  ownProjectsOnly: { fr: 'Un gestionnaire crée les projets de sa propre organisation', en: 'A program manager creates projects of their own organisation' },
  notLeadPartnerManager: {
    fr: 'Seuls les gestionnaires du partenaire principal modifient ce projet',
    en: "Only the lead partner's program managers change this project",
  },
});
