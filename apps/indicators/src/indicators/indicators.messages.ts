import { defineMessages } from '@tributary/kernel';

/** What indicators tells the people who define a project's results framework. */
export const indicatorMessages = defineMessages({
  badPeriod: { fr: 'Période DHIS2 invalide : {period}', en: 'Invalid DHIS2 period: {period}' },
  unknownDisaggregation: { fr: 'Ventilation inconnue : {disaggregation}', en: 'Unknown disaggregation: {disaggregation}' },
  disaggregationNotApplicable: { fr: 'La ventilation {disaggregation} ne s’applique pas à la mesure {measure}', en: 'Disaggregation {disaggregation} does not apply to measure {measure}' },
  disaggregationFinerThanLevel: { fr: 'Des régions comptées ne se ventilent pas par cercle', en: 'Regions counted cannot break down by cercle' },
  levelNotApplicable: { fr: 'Un niveau (région, cercle, commune) ne s’applique qu’aux lieux distincts', en: 'A level (region, cercle, commune) applies to distinct places only' },
  filterNotApplicable: { fr: 'Le filtre {filter} ne s’applique qu’à la mesure {measure}', en: 'Filter {filter} applies to measure {measure} only' },
  percentNeedsRatio: { fr: 'Un pourcentage demande un numérateur et un dénominateur', en: 'A percentage needs a numerator and a denominator' },
  indicatorNotFound: { fr: 'Indicateur introuvable', en: 'Indicator not found' },
  indicatorCodeTaken: { fr: 'Le code {code} existe déjà dans ce projet', en: 'Code {code} already exists in this project' },
  projectNotFound: { fr: 'Projet introuvable', en: 'Project not found' },
  leadPartnerDefines: { fr: 'Seul le partenaire principal définit les indicateurs', en: 'Only the lead partner defines indicators' },
});
