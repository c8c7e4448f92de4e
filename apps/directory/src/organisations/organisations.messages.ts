import { defineMessages } from '@tributary/kernel';

/** What people read about organisations: refusals of the rules in domain/ and of the services. */
export const organisationMessages = defineMessages({
  notFound: { fr: 'Organisation introuvable', en: 'Organisation not found' },
  onlyCsos: { fr: 'Un gestionnaire de programme ne gère que des OSC', en: 'A program manager manages CSOs only' },
  regionOutsideCountry: { fr: "La région {region} n'appartient pas au pays {country}", en: 'Region {region} is not in country {country}' },
  organisationExists: {
    fr: "L'organisation « {name} » ({id}) existe déjà avec ce nom, ce sigle et ce pays",
    en: 'Organisation "{name}" ({id}) already exists with this name, acronym and country',
  },
  badIatiIdentifier: {
    fr: "« {value} » n'est pas un identifiant d'organisation IATI : code de l'agence d'enregistrement, tiret, numéro (ex. XM-DAC-301-2, US-EIN-13-5660870, GB-CHC-327553), sans espace",
    en: '"{value}" is not an IATI organisation identifier: registration agency code, hyphen, number (e.g. XM-DAC-301-2, US-EIN-13-5660870, GB-CHC-327553), no spaces',
  },
  kindFixed: { fr: "Le type d'une organisation ne change pas", en: "An organisation's kind cannot change" },
  rejectionNeedsReason: { fr: 'Un rejet doit être motivé', en: 'A rejection needs a reason' },
  dueDiligenceUnchanged: { fr: 'La diligence raisonnable est déjà « {status} »', en: 'Due diligence is already {status}' },
});
