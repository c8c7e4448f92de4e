import { defineMessages } from '@tributary/kernel';

/** What activities tells people about their activities, reports and evidence. */
export const activityMessages = defineMessages({
  unknownSex: { fr: 'Sexe inconnu : {code}', en: 'Unknown sex: {code}' },
  unknownAgeBand: { fr: "Tranche d'âge inconnue : {code}", en: 'Unknown age band: {code}' },
  unknownCategory: { fr: 'Catégorie inconnue ou retirée : {code}', en: 'Unknown or retired category: {code}' },
  unknownActivityType: { fr: "Type d'activité inconnu ou retiré : {code}", en: 'Unknown or retired activity type: {code}' },
  unknownTheme: { fr: 'Thème inconnu ou retiré : {code}', en: 'Unknown or retired theme: {code}' },
  unknownOutputKind: { fr: 'Type de produit inconnu ou retiré : {code}', en: 'Unknown or retired output kind: {code}' },
  unknownOrganisationKind: { fr: "Type d'organisation inconnu ou retiré : {code}", en: 'Unknown or retired organisation kind: {code}' },
  unknownOutput: { fr: "Ce produit n'existe pas dans ce rapport : {id}", en: 'No such output in this report: {id}' },
  organisationUnnamed: {
    fr: "Une organisation absente de l'annuaire doit être nommée",
    en: 'An organisation that is not in the directory needs a name',
  },
  unknownOrganisation: {
    fr: "Cette organisation n'est pas dans l'annuaire : {id} (une organisation qui vient d'y être ajoutée peut mettre un moment à être connue ici)",
    en: 'This organisation is not in the directory: {id} (one just added there may take a moment to be known here)',
  },
  reporterListed: {
    fr: "L'organisation qui rapporte compte déjà comme atteinte : ne la listez pas parmi les participantes",
    en: 'The reporting organisation already counts as reached: do not list it among those taking part',
  },
  recommendationOneByOne: {
    fr: 'Une recommandation par ligne : chacune a son propre suivi (quantité 1)',
    en: 'One recommendation per item: each has its own follow-up (quantity 1)',
  },
  duplicateOrganisation: { fr: 'Cette organisation apparaît deux fois', en: 'This organisation appears twice' },
  unknownPlace: { fr: 'Lieu inconnu : {pcode}', en: 'Unknown place: {pcode}' },
  duplicateCell: { fr: 'Cette case apparaît deux fois', en: 'This cell appears twice' },
  cellsDoNotAddUp: { fr: 'Les cases totalisent {actual} et non {expected}', en: 'The cells add up to {actual}, not {expected}' },
  subtotalDoesNotAddUp: { fr: 'Les cases « {code} » totalisent {actual} et non {expected}', en: 'The "{code}" cells add up to {actual}, not {expected}' },
  datesReversed: { fr: 'La fin précède le début', en: 'The end comes before the start' },
  commentsRequired: { fr: 'Des commentaires sont requis', en: 'Comments are required' },
  reasonRequired: { fr: 'Un motif est requis', en: 'A reason is required' },
  subGrantNotActiveToPlan: {
    fr: 'On ne planifie et ne rapporte des activités que sur une sous-subvention active',
    en: 'Activities are planned and reported only under an active sub-grant',
  },
  subGrantNotActiveToSubmit: {
    fr: 'La sous-subvention n’est pas active : le rapport ne peut pas être soumis',
    en: 'The sub-grant is not active: the report cannot be submitted',
  },
  reportNotEditable: {
    fr: 'Impossible : modifier un rapport soumis ou validé (une correction est nécessaire) (statut : {status})',
    en: 'Not possible: edit a submitted or validated report (a correction is needed) (status: {status})',
  },
  reportNotSubmittable: { fr: 'Impossible : soumettre (statut : {status})', en: 'Not possible: submit (status: {status})' },
  reportNotValidatable: { fr: 'Impossible : valider (statut : {status})', en: 'Not possible: validate (status: {status})' },
  reportNotReturnable: { fr: 'Impossible : renvoyer (statut : {status})', en: 'Not possible: return (status: {status})' },
  reportNotCorrectable: {
    fr: 'Impossible : corriger (seul un rapport validé se corrige) (statut : {status})',
    en: 'Not possible: correct (only a validated report is corrected) (status: {status})',
  },
  reportNotFollowedUp: {
    fr: "Impossible : suivre une recommandation (seulement celles d'un rapport validé) (statut : {status})",
    en: 'Not possible: follow up a recommendation (only those of a validated report) (status: {status})',
  },
  notARecommendation: { fr: 'Seules les recommandations ont un suivi ; ce produit est : {kind}', en: 'Only recommendations are followed up; this output is: {kind}' },
  followUpUnchanged: { fr: 'La recommandation en est déjà là : {status}', en: 'The recommendation is already at this stage: {status}' },
  reportAlreadySubmitted: { fr: 'Le rapport est déjà soumis ou validé', en: 'The report is already submitted or validated' },
  activityNotFound: { fr: 'Activité introuvable', en: 'Activity not found' },
  subGrantNotFound: { fr: 'Sous-subvention introuvable', en: 'Sub-grant not found' },
  activityIdTaken: { fr: 'Une autre activité porte déjà cet identifiant', en: 'Another activity already has this id' },
  managersOnly: { fr: 'Seuls les gestionnaires du partenaire principal font cette étape', en: "Only the lead partner's program managers take this step" },
  recipientOnly: { fr: "Seule l'OSC bénéficiaire fait cette étape", en: 'Only the recipient CSO takes this step' },
  unreadableCsv: { fr: 'Fichier CSV illisible : {reason}', en: 'Unreadable CSV file: {reason}' },
  noRows: {
    fr: 'Le fichier ne contient aucune activité : envoyez le modèle rempli (text/csv), une ligne par activité',
    en: 'The file holds no activity: send the filled-in template (text/csv), one row per activity',
  },
  tooManyRows: { fr: 'Au plus {max} lignes par fichier', en: 'At most {max} rows per file' },
  evidenceByCsoOrManager: { fr: "Seule l'OSC ou son gestionnaire ajoute des pièces", en: 'Only the CSO or its program manager adds evidence' },
  unsupportedFileType: { fr: 'Type de fichier non accepté : {contentType}', en: 'File type not accepted: {contentType}' },
  fileSize: { fr: 'Le fichier doit faire entre 1 octet et 2 Mo', en: 'The file must be between 1 byte and 2 MB' },
  evidenceNotFound: { fr: 'Pièce introuvable', en: 'Evidence not found' },
  sensitiveEvidence: {
    fr: 'Les listes de présence ne sont lisibles que par l’OSC et son gestionnaire de programme',
    en: 'Attendance sheets are readable only by the CSO and its program manager',
  },
});
