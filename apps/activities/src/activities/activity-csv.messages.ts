import { defineMessages } from '@tributary/kernel';

/**
 * The spreadsheet template's column headers, in the language the CSO reads; an import reads
 * either language. Participant and output columns are made from the reference labels.
 */
export const csvColumns = defineMessages({
  id: { fr: 'identifiant', en: 'id' },
  subGrantId: { fr: 'sous-subvention', en: 'sub-grant' },
  type: { fr: 'type d’activité', en: 'activity type' },
  title: { fr: 'titre', en: 'title' },
  plannedStart: { fr: 'début prévu', en: 'planned start' },
  plannedEnd: { fr: 'fin prévue', en: 'planned end' },
  pcode: { fr: 'lieu prévu (P-code)', en: 'planned place (P-code)' },
  themes: { fr: 'thèmes (séparés par ;)', en: 'themes (separated by ;)' },
  plannedParticipants: { fr: 'participants prévus', en: 'planned participants' },
  actualStart: { fr: 'début réel', en: 'actual start' },
  actualEnd: { fr: 'fin réelle', en: 'actual end' },
  reportPcode: { fr: 'lieu réel (P-code)', en: 'actual place (P-code)' },
  narrative: { fr: 'compte rendu', en: 'narrative' },
  submit: { fr: 'soumettre (oui/non)', en: 'submit (yes/no)' },
  participants: { fr: 'Participants : {sex} · {ageBand} · {category}', en: 'Participants: {sex} · {ageBand} · {category}' },
  output: { fr: 'Réalisations : {kind}', en: 'Outputs: {kind}' },
});

/** What an import says of its columns. */
export const csvMessages = defineMessages({
  unknownColumn: {
    fr: 'Colonne inconnue : « {column} » (reprenez les en-têtes du modèle ; une catégorie ou un type de réalisation retiré n’a plus de colonne)',
    en: 'Unknown column: “{column}” (use the template’s headers; a retired category or output kind has no column any more)',
  },
});
