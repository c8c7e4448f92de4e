import { defineMessages } from '@tributary/kernel';

/** What people read about sub-grants: refusals of the rules in domain/ and of the services. */
export const subGrantMessages = defineMessages({
  notFound: { fr: 'Sous-subvention introuvable', en: 'Sub-grant not found' },
  staleVersion: {
    fr: 'La sous-subvention a changé (version {current}, pas {basedOn}) ; rechargez-la',
    en: 'The sub-grant changed (version {current}, not {basedOn}); reload it',
  },
  wrongStatus: { fr: 'Impossible : {what} (statut actuel : {status})', en: 'Not possible: {what} (current status: {status})' },
  transitionOnlyFrom: { fr: '{transition} depuis {from} seulement', en: '{transition} only from {from}' },
  recipientNotVerifiedCso: {
    fr: 'Le bénéficiaire doit être une OSC dont la diligence raisonnable est vérifiée',
    en: 'The recipient must be a CSO with verified due diligence',
  },
  periodOutsideProject: {
    fr: 'La période doit rester dans celle du projet ({start} – {end})',
    en: "The period must lie within the project's ({start} – {end})",
  },
  budgetAboveAward: { fr: 'Les lignes budgétaires dépassent le montant accordé', en: 'The budget lines exceed the award' },
  reasonRequired: { fr: 'Un motif est requis', en: 'A reason is required' },
  planTranche: { fr: 'planifier une tranche', en: 'plan a tranche' },
  tranchesAboveAward: {
    fr: 'Les tranches dépasseraient le montant accordé ({planned} déjà planifié sur {award} {currency})',
    en: 'Tranches would exceed the award ({planned} already planned of {award} {currency})',
  },
  disburseWhenNotActive: { fr: 'décaisser sur une sous-subvention non active', en: 'disburse to a sub-grant that is not active' },
  unknownTranche: { fr: 'Tranche inconnue', en: 'Unknown tranche' },
  exchangeRateRequired: {
    fr: 'Un taux de change vers {award} est requis pour un paiement en {paid}',
    en: 'An exchange rate to {award} is required for a payment in {paid}',
  },
  creditedAmountSameCurrency: {
    fr: 'Un montant crédité ne se donne que pour un paiement dans une autre devise que {award}',
    en: 'A credited amount is only given for a payment in a currency other than {award}',
  },
  rateAndCreditedAmount: {
    fr: 'Donnez le taux de change ou le montant crédité, pas les deux : le taux se déduit du montant crédité',
    en: 'Give the exchange rate or the credited amount, not both: the rate is derived from the credited amount',
  },
  creditedAmountNotPositive: { fr: 'Le montant crédité doit être supérieur à zéro', en: 'The credited amount must be above zero' },
  creditedAmountOfNothing: {
    fr: 'Un montant crédité suppose un paiement supérieur à zéro',
    en: 'A credited amount needs a payment above zero',
  },
  disbursementAboveTranche: {
    fr: 'Le décaissement dépasserait la tranche ({already} déjà versé sur {tranche} {currency})',
    en: 'The disbursement would exceed the tranche ({already} already paid of {tranche} {currency})',
  },
  reportExpenditure: { fr: 'déclarer des dépenses', en: 'report expenditure' },
  unknownBudgetLine: { fr: 'Ligne budgétaire inconnue : {category}', en: 'Unknown budget line: {category}' },
  amend: { fr: 'amender', en: 'amend' },
  amendmentPending: { fr: 'Un avenant attend déjà son approbation', en: 'An amendment is already awaiting approval' },
  amendmentIncomplete: { fr: "Champ requis pour ce type d'avenant", en: 'Required for this kind of amendment' },
  extensionNotLater: { fr: 'La nouvelle fin doit suivre la fin actuelle', en: 'The new end must come after the current end' },
  noSuchProposedAmendment: { fr: 'Aucun avenant n° {number} en attente', en: 'No amendment {number} awaiting approval' },
  extensionPastProject: { fr: 'La prolongation dépasse la fin du projet ({end})', en: "The extension goes past the project's end ({end})" },
  setObligation: { fr: 'fixer une échéance', en: 'set a reporting obligation' },
  obligationNotFound: { fr: 'Échéance introuvable', en: 'Reporting obligation not found' },
  wrongObligationStatus: { fr: 'Impossible depuis le statut {status}', en: 'Not possible from status {status}' },
  disbursementDescription: { fr: 'Décaissement {reference}', en: 'Disbursement {reference}' },
});
