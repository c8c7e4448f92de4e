import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

// French first: most people reporting into Tributary work in French. Typography follows French
// rules (espace insécable before « : ; ? ! », guillemets « »).
const fr = {
  app: {
    title: 'Tributary — console', otherLanguage: 'English', signOut: 'Se déconnecter', menu: 'Menu principal', skip: 'Aller au contenu',
    online: 'En ligne', offline: 'Hors ligne', nothingForRole: 'Votre rôle ne donne accès à aucune page de la console.',
  },
  nav: {
    mySubGrants: 'Mes sous-subventions', newReport: 'Nouveau rapport', returned: 'Mes activités', outbox: 'Envois',
    portfolio: 'Portefeuille', validation: 'Rapports à valider', dashboard: 'Tableau de bord', indicators: 'Indicateurs',
  },
  signIn: {
    title: 'Connexion', intro: 'Connectez-vous avec l’adresse électronique et le mot de passe de votre compte Tributary.',
    email: 'Adresse électronique', password: 'Mot de passe', submit: 'Se connecter', noNetwork: 'Pas de réseau : la connexion demande une connexion Internet.',
  },
  common: { loading: 'Chargement…', choose: '— Choisir —', all: 'Tous', none: 'Aucun pour l’instant.' },
  status: { draft: 'Brouillon', submitted: 'Soumise', approved: 'Approuvée', active: 'Active', suspended: 'Suspendue', closed: 'Clôturée', terminated: 'Résiliée' },
  transition: { submit: 'Soumettre', approve: 'Approuver', activate: 'Activer', suspend: 'Suspendre', reactivate: 'Réactiver', close: 'Clôturer', terminate: 'Résilier' },
  subGrants: { none: 'Aucune sous-subvention pour votre organisation.', due: 'Rapports attendus', nothingDue: 'Rien à rendre pour l’instant.' },
  subGrant: {
    title: 'Sous-subvention {{reference}}', terms: 'Conditions', status: 'Statut', award: 'Montant accordé', period: 'Période', reference: 'Référence',
    reason: 'Motif (obligatoire pour suspendre ou résilier)', finances: 'Situation financière', tranches: 'Tranches et décaissements',
    plannedDate: 'Date prévue', amount: 'Montant', disbursed: 'Décaissé', obligations: 'Obligations de rapport', amendments: 'Avenants',
    activities: 'Activités rapportées, organisations et produits',
  },
  finance: {
    awarded: 'Accordé', planned: 'Planifié', disbursed: 'Décaissé', spent: 'Dépensé', balance: 'Solde', burnRate: 'Dépense par mois',
    chart: 'Montants accordé, planifié, décaissé et dépensé',
  },
  money: { planTranche: 'Prévoir une tranche', disburse: 'Enregistrer un décaissement', amountIn: 'Montant ({{currency}})', condition: 'Condition (facultatif)', tranche: 'Tranche', date: 'Date du paiement' },
  obligations: { overdue: 'en retard', pending: 'attendu', submitted: 'remis', accepted: 'accepté' },
  amendment: { 'no-cost-extension': 'Prolongation sans coût', 'budget-realignment': 'Réaménagement budgétaire', 'top-up': 'Complément de financement', proposed: 'proposé', approved: 'approuvé' },
  report: {
    title: 'Nouveau rapport d’activité', correctTitle: 'Corriger le rapport', activity: 'Activité', subGrant: 'Sous-subvention', type: 'Type d’activité',
    activityTitle: 'Intitulé de l’activité', start: 'Date de début', end: 'Date de fin', place: 'Lieu',
    placeHint: 'Tapez le nom de la région ou du cercle et choisissez-le dans la liste, ou son code P (par exemple ML0603).',
    placePlaceholder: 'Goundam, Ségou… ou ML0603', placeChosen: 'Lieu retenu\u00a0: {{name}} ({{pcode}})', placeMatches: 'Lieux trouvés', noPlace: 'Aucun lieu de ce nom.',
    themes: 'Thèmes', participants: 'Participants', noNames: 'On compte les participants, on ne les nomme jamais : ni noms ni numéros de téléphone.',
    statedTotal: 'Total des participants (feuilles de présence)', statedWomen: 'Dont femmes (si indiqué)',
    grid: 'Grille de ventilation des participants', gridCaption: 'Participants par sexe, tranche d’âge et catégorie',
    category: 'Catégorie', rowTotal: 'Total de la ligne', columnTotal: 'Total de la colonne',
    outputs: 'Produits', outputKind: 'Type de produit', quantity: 'Nombre (personnes pour les personnes formées)', outputTheme: 'Thème du produit',
    addressee: 'Destinataire', outputText: 'Texte (en français)', addOutput: 'Ajouter un produit', addressedTo: 'à l’attention de\u00a0: {{addressee}}',
    organisations: 'Organisations participantes', organisationsHint: 'Les autres organisations présentes (OSC, collectivités, services de l’État, délégations…), jamais des personnes.',
    organisationKind: 'Type d’organisation', organisationName: 'Nom de l’organisation', addOrganisation: 'Ajouter une organisation', removeOrganisation: 'Retirer cette organisation', removeOutput: 'Retirer ce produit',
    organisationIncomplete: 'Chaque organisation participante a besoin d’un type et d’un nom.', outputIncomplete: 'Choisissez le type de chaque produit.',
    narrative: 'Récit de l’activité',
    planOnly: 'Planifier seulement', reportPlanned: 'Rapport de l’activité planifiée', saveDraft: 'Enregistrer le brouillon', send: 'Envoyer pour validation',
    refused: 'Le rapport ne peut pas partir tel quel :', needSubGrant: 'Choisissez la sous-subvention.', needType: 'Choisissez le type d’activité.',
    needTitle: 'L’intitulé doit compter au moins 3 caractères.', datesReversed: 'La date de fin précède la date de début.',
    needPlace: 'Choisissez le lieu dans la liste (ou tapez son code P).', needTotal: 'Indiquez le total des participants.',
    totalMismatch: 'La grille compte {{grid}} participants, mais le total indiqué est {{stated}}.',
    womenMismatch: 'La grille compte {{grid}} femmes, mais le rapport en indique {{stated}}.',
    queuedSubmit: 'Rapport enregistré sur cet appareil ; il partira dès que le réseau le permettra.', queuedDraft: 'Brouillon enregistré sur cet appareil.',
  },
  outbox: {
    title: 'Envois', intro: 'Les rapports sont d’abord enregistrés sur cet appareil, puis envoyés dès que le réseau revient. Chacun n’est enregistré qu’une fois, même envoyé deux fois.',
    syncNow: 'Envoyer maintenant', empty: 'Aucun rapport écrit sur cet appareil.', report: 'Rapport', queuedAt: 'Écrit le', state: 'État',
    toSubmit: 'à valider', draft: 'brouillon', waiting: 'En attente de réseau',
    waitingCount_one: '{{count}} envoi en attente', waitingCount_other: '{{count}} envois en attente',
    outcome: { created: 'Enregistré', updated: 'Mis à jour', unchanged: 'Déjà enregistré', conflict: 'Refusé : conflit', invalid: 'Refusé : à corriger' },
  },
  evidence: {
    kind: 'Type de pièce', file: 'Joindre une pièce (JPEG, PNG ou PDF, 2 Mo au plus)', sending: 'Envoi de la pièce…', attached: 'Pièce jointe\u00a0: {{name}}',
    noNetwork: 'Pas de réseau\u00a0: réessayez quand la connexion revient.', kinds: { 'attendance-sheet': 'Feuille de présence', photo: 'Photo', document: 'Document' },
  },
  returned: { title: 'Rapports renvoyés', none: 'Aucun rapport renvoyé.', reason: 'Motif du renvoi', correct: 'Corriger', planned: 'Activités planifiées sans rapport', writeReport: 'Écrire le rapport', noPlanned: 'Aucune activité en attente de rapport.' },
  portfolio: { filters: 'Filtres du portefeuille', project: 'Projet', status: 'Statut', region: 'Région (code P)', cso: 'OSC', none: 'Aucune sous-subvention ne correspond.' },
  validation: {
    none: 'Aucun rapport en attente de validation.', reason: 'Motif du renvoi (obligatoire pour renvoyer)', validate: 'Valider', return: 'Renvoyer', validated: 'Rapports validés', correct: 'Corriger les chiffres', correctionReason: 'Motif de la correction', saveCorrection: 'Enregistrer la correction',
    followUpOf: 'Suivi de la recommandation «\u00a0{{text}}\u00a0»', saveFollowUp: 'Enregistrer le suivi',
  },
  reportStatus: { draft: 'Brouillon', submitted: 'Soumis', validated: 'Validé', returned: 'Renvoyé' },
  followUp: { proposed: 'Proposée', adopted: 'Adoptée', 'in-progress': 'En cours', implemented: 'Mise en œuvre', dropped: 'Abandonnée' },
  dashboard: {
    downloads: 'Téléchargements', csv: 'CSV (HXL)', dhis2: 'DHIS2', iati: 'IATI', live: 'Mise à jour en direct.', updated: 'Mis à jour à {{time}}.',
    none: 'Aucune valeur pour ce projet pour l’instant.', period: 'Période', actual: 'Réalisé', target: 'Cible', status: 'État', chart: 'Réalisé et cible par trimestre pour {{code}}',
  },
  indicatorStatus: { 'on-track': 'En bonne voie', 'at-risk': 'À surveiller', 'off-track': 'En retard', 'no-target': 'Sans cible' },
  indicators: {
    define: 'Définir un indicateur', code: 'Code', titleFr: 'Intitulé en français', titleEn: 'Intitulé en anglais', level: 'Niveau', direction: 'Sens',
    measure: 'Ce qu’on compte', breakdowns: 'Ventilations', targets: 'Cibles par période', period: 'Période DHIS2', targetValue: 'Cible',
    addTarget: 'Ajouter une cible', save: 'Définir l’indicateur', defined: 'Indicateur défini ; ses valeurs sont recalculées.', existing: 'Indicateurs du projet',
    levels: { output: 'Produit', outcome: 'Effet', impact: 'Impact' }, directions: { increase: 'À la hausse', decrease: 'À la baisse' },
    measures: { participants: 'Participants', activities: 'Activités', 'distinct-places': 'Lieux distincts', 'distinct-organisations': 'Organisations distinctes', outputs: 'Produits (recommandations, déclarations…)' },
    filter: { activityTypes: 'Seulement ces types d’activité', themes: 'Seulement ces thèmes', sexes: 'Seulement ces sexes', categories: 'Seulement ces catégories', statuses: 'Seulement les recommandations à ces états', organisationKinds: 'Seulement ces types d’organisation', outputKinds: 'Seulement ces types de produit' },
    dimension: {
      sex: 'Sexe', ageBand: 'Tranche d’âge', category: 'Catégorie', adm1: 'Région', adm2: 'Cercle', activityType: 'Type d’activité', theme: 'Thème',
      organisationKind: 'Type d’organisation', outputKind: 'Type de produit', status: 'État de la recommandation',
    },
    placeLevel: 'Compter les lieux par', placeLevels: { asReported: 'Cercle (ou région si le lieu est une région)', adm1: 'Région', adm2: 'Cercle', adm3: 'Commune' },
    statuses: { proposed: 'Proposée', adopted: 'Adoptée', 'in-progress': 'En cours', implemented: 'Mise en œuvre', dropped: 'Abandonnée' },
  },
};

const en: typeof fr = {
  app: {
    title: 'Tributary — console', otherLanguage: 'Français', signOut: 'Sign out', menu: 'Main menu', skip: 'Skip to content',
    online: 'Online', offline: 'Offline', nothingForRole: 'Your role gives access to no page of the console.',
  },
  nav: {
    mySubGrants: 'My sub-grants', newReport: 'New report', returned: 'My activities', outbox: 'Outbox',
    portfolio: 'Portfolio', validation: 'Reports to validate', dashboard: 'Dashboard', indicators: 'Indicators',
  },
  signIn: {
    title: 'Sign in', intro: 'Sign in with the email address and password of your Tributary account.',
    email: 'Email address', password: 'Password', submit: 'Sign in', noNetwork: 'No network: signing in needs an Internet connection.',
  },
  common: { loading: 'Loading…', choose: '— Choose —', all: 'All', none: 'None yet.' },
  status: { draft: 'Draft', submitted: 'Submitted', approved: 'Approved', active: 'Active', suspended: 'Suspended', closed: 'Closed', terminated: 'Terminated' },
  transition: { submit: 'Submit', approve: 'Approve', activate: 'Activate', suspend: 'Suspend', reactivate: 'Reactivate', close: 'Close', terminate: 'Terminate' },
  subGrants: { none: 'No sub-grant for your organisation.', due: 'Reports due', nothingDue: 'Nothing due for now.' },
  subGrant: {
    title: 'Sub-grant {{reference}}', terms: 'Terms', status: 'Status', award: 'Award', period: 'Period', reference: 'Reference',
    reason: 'Reason (required to suspend or terminate)', finances: 'Financial summary', tranches: 'Tranches and disbursements',
    plannedDate: 'Planned date', amount: 'Amount', disbursed: 'Disbursed', obligations: 'Reporting obligations', amendments: 'Amendments',
    activities: 'Reported activities, organisations and outputs',
  },
  finance: {
    awarded: 'Awarded', planned: 'Planned', disbursed: 'Disbursed', spent: 'Spent', balance: 'Balance', burnRate: 'Spending per month',
    chart: 'Amounts awarded, planned, disbursed and spent',
  },
  money: { planTranche: 'Plan a tranche', disburse: 'Record a disbursement', amountIn: 'Amount ({{currency}})', condition: 'Condition (optional)', tranche: 'Tranche', date: 'Payment date' },
  obligations: { overdue: 'overdue', pending: 'due', submitted: 'submitted', accepted: 'accepted' },
  amendment: { 'no-cost-extension': 'No-cost extension', 'budget-realignment': 'Budget realignment', 'top-up': 'Top-up', proposed: 'proposed', approved: 'approved' },
  report: {
    title: 'New activity report', correctTitle: 'Correct the report', activity: 'Activity', subGrant: 'Sub-grant', type: 'Activity type',
    activityTitle: 'Activity title', start: 'Start date', end: 'End date', place: 'Place',
    placeHint: 'Type the name of the region or cercle and pick it from the list, or its P-code (for example ML0603).',
    placePlaceholder: 'Goundam, Ségou… or ML0603', placeChosen: 'Place: {{name}} ({{pcode}})', placeMatches: 'Places found', noPlace: 'No place of that name.',
    themes: 'Themes', participants: 'Participants', noNames: 'Participants are counted, never named: no names, no phone numbers.',
    statedTotal: 'Total participants (attendance sheets)', statedWomen: 'Of whom women (if stated)',
    grid: 'Participant breakdown grid', gridCaption: 'Participants by sex, age band and category',
    category: 'Category', rowTotal: 'Row total', columnTotal: 'Column total',
    outputs: 'Outputs', outputKind: 'Output kind', quantity: 'Number (people for people trained)', outputTheme: 'Theme of the output',
    addressee: 'Addressee', outputText: 'Text (in French)', addOutput: 'Add an output', addressedTo: 'addressed to: {{addressee}}',
    organisations: 'Participating organisations', organisationsHint: 'The other organisations present (CSOs, local authorities, government services, delegations…), never persons.',
    organisationKind: 'Organisation kind', organisationName: 'Organisation name', addOrganisation: 'Add an organisation', removeOrganisation: 'Remove this organisation', removeOutput: 'Remove this output',
    organisationIncomplete: 'Each participating organisation needs a kind and a name.', outputIncomplete: 'Choose the kind of each output.',
    narrative: 'What happened',
    planOnly: 'Plan only', reportPlanned: 'Report on the planned activity', saveDraft: 'Save draft', send: 'Send for validation',
    refused: 'The report cannot be sent as it is:', needSubGrant: 'Choose the sub-grant.', needType: 'Choose the activity type.',
    needTitle: 'The title needs at least 3 characters.', datesReversed: 'The end date is before the start date.',
    needPlace: 'Pick the place from the list (or type its P-code).', needTotal: 'Give the total number of participants.',
    totalMismatch: 'The grid counts {{grid}} participants, but the stated total is {{stated}}.',
    womenMismatch: 'The grid counts {{grid}} women, but the report states {{stated}}.',
    queuedSubmit: 'Report saved on this device; it will be sent as soon as the network allows.', queuedDraft: 'Draft saved on this device.',
  },
  outbox: {
    title: 'Outbox', intro: 'Reports are first saved on this device, then sent as soon as the network is back. Each is recorded once, even if sent twice.',
    syncNow: 'Send now', empty: 'No report written on this device.', report: 'Report', queuedAt: 'Written on', state: 'State',
    toSubmit: 'for validation', draft: 'draft', waiting: 'Waiting for the network',
    waitingCount_one: '{{count}} item waiting', waitingCount_other: '{{count}} items waiting',
    outcome: { created: 'Recorded', updated: 'Updated', unchanged: 'Already recorded', conflict: 'Refused: conflict', invalid: 'Refused: to correct' },
  },
  evidence: {
    kind: 'Kind of evidence', file: 'Attach a file (JPEG, PNG or PDF, at most 2 MB)', sending: 'Sending the file…', attached: 'Attached: {{name}}',
    noNetwork: 'No network: try again when the connection is back.', kinds: { 'attendance-sheet': 'Attendance sheet', photo: 'Photo', document: 'Document' },
  },
  returned: { title: 'Returned reports', none: 'No returned report.', reason: 'Why it was returned', correct: 'Correct', planned: 'Planned activities without a report', writeReport: 'Write the report', noPlanned: 'No activity waiting for its report.' },
  portfolio: { filters: 'Portfolio filters', project: 'Project', status: 'Status', region: 'Region (P-code)', cso: 'CSO', none: 'No sub-grant matches.' },
  validation: {
    none: 'No report waiting for validation.', reason: 'Reason for returning (required to return)', validate: 'Validate', return: 'Return', validated: 'Validated reports', correct: 'Correct the figures', correctionReason: 'Reason for the correction', saveCorrection: 'Save the correction',
    followUpOf: 'Follow-up of the recommendation “{{text}}”', saveFollowUp: 'Save the follow-up',
  },
  reportStatus: { draft: 'Draft', submitted: 'Submitted', validated: 'Validated', returned: 'Returned' },
  followUp: { proposed: 'Proposed', adopted: 'Adopted', 'in-progress': 'In progress', implemented: 'Implemented', dropped: 'Dropped' },
  dashboard: {
    downloads: 'Downloads', csv: 'CSV (HXL)', dhis2: 'DHIS2', iati: 'IATI', live: 'Updates live.', updated: 'Updated at {{time}}.',
    none: 'No value for this project yet.', period: 'Period', actual: 'Actual', target: 'Target', status: 'Status', chart: 'Actual and target per quarter for {{code}}',
  },
  indicatorStatus: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-target': 'No target' },
  indicators: {
    define: 'Define an indicator', code: 'Code', titleFr: 'Title in French', titleEn: 'Title in English', level: 'Level', direction: 'Direction',
    measure: 'What is counted', breakdowns: 'Breakdowns', targets: 'Targets per period', period: 'DHIS2 period', targetValue: 'Target',
    addTarget: 'Add a target', save: 'Define the indicator', defined: 'Indicator defined; its values are being recomputed.', existing: 'The project’s indicators',
    levels: { output: 'Output', outcome: 'Outcome', impact: 'Impact' }, directions: { increase: 'Increasing', decrease: 'Decreasing' },
    measures: { participants: 'Participants', activities: 'Activities', 'distinct-places': 'Distinct places', 'distinct-organisations': 'Distinct organisations', outputs: 'Outputs (recommendations, declarations…)' },
    filter: { activityTypes: 'Only these activity types', themes: 'Only these themes', sexes: 'Only these sexes', categories: 'Only these categories', statuses: 'Only recommendations in these states', organisationKinds: 'Only these organisation kinds', outputKinds: 'Only these output kinds' },
    dimension: {
      sex: 'Sex', ageBand: 'Age band', category: 'Category', adm1: 'Region', adm2: 'Cercle', activityType: 'Activity type', theme: 'Theme',
      organisationKind: 'Organisation kind', outputKind: 'Output kind', status: 'Recommendation status',
    },
    placeLevel: 'Count places by', placeLevels: { asReported: 'Cercle (or region when the place is a region)', adm1: 'Region', adm2: 'Cercle', adm3: 'Commune' },
    statuses: { proposed: 'Proposed', adopted: 'Adopted', 'in-progress': 'In progress', implemented: 'Implemented', dropped: 'Dropped' },
  },
};

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: localStorage.getItem('tributary.language') ?? 'fr',
  fallbackLng: 'fr',
  interpolation: { escapeValue: false },
});

export default i18n;
