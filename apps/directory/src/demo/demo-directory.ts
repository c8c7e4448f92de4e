import { Language, Role } from '@tributary/platform';
import { OrganisationProfile } from '../organisations/domain/organisation';

/**
 * Demo organisations and users, drawn from the field reports: USAID funding FHI 360's CoVE-MENA
 * work, under which AMSS studied violent extremism in the five cercles of the Timbuktu region;
 * International Alert's programme in Ségou, Mopti and Timbuktu with Canadian support; Malian CSOs
 * from the Peace Direct / WANEP conflict analysis. Every demo user signs in with DEMO_PASSWORD.
 * Donors and lead partners carry IATI organisation identifiers (USAID US-GOV-1, Global Affairs
 * Canada XM-DAC-301-2, International Alert's charity number, FHI 360's employer number, the last
 * for illustration); GCERF and the Malian CSOs have none, as most CSOs in Mali, so exports name
 * them by name only.
 */
export const DEMO_PASSWORD = 'Tributary-demo-2026';

type DemoOrganisation = OrganisationProfile & { id: string; verified: boolean };

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { id: 'org-usaid', name: 'United States Agency for International Development', acronym: 'USAID', kind: 'donor', country: 'US', regions: [], iatiIdentifier: 'US-GOV-1', verified: true },
  { id: 'org-canada', name: 'Gouvernement du Canada', acronym: 'AMC', kind: 'donor', country: 'CA', regions: [], iatiIdentifier: 'XM-DAC-301-2', verified: true },
  { id: 'org-gcerf', name: 'Global Community Engagement and Resilience Fund', acronym: 'GCERF', kind: 'donor', country: 'CH', regions: [], verified: true },
  { id: 'org-fhi360', name: 'FHI 360', acronym: 'FHI 360', kind: 'lead-partner', country: 'US', regions: [], iatiIdentifier: 'US-EIN-237011074', verified: true },
  { id: 'org-alert', name: 'International Alert', acronym: 'Alert', kind: 'lead-partner', country: 'GB', regions: [], iatiIdentifier: 'GB-CHC-327553', verified: true },
  {
    id: 'org-amss', name: 'Association Malienne pour la Survie au Sahel', acronym: 'AMSS', kind: 'cso', country: 'ML',
    regions: ['ML06'], contactEmail: 'contact@amss.example', verified: true,
  },
  {
    id: 'org-ajcet', name: "Association des jeunes contre l'enrôlement dans le terrorisme", acronym: 'AJCET', kind: 'cso', country: 'ML',
    regions: ['ML04', 'ML05'], verified: true,
  },
  { id: 'org-afip', name: 'Association des femmes pour les initiatives de paix', acronym: 'AFIP', kind: 'cso', country: 'ML', regions: ['ML09'], verified: true },
  { id: 'org-tassaght', name: 'TASSAGHT', acronym: 'TASSAGHT', kind: 'cso', country: 'ML', regions: ['ML07', 'ML08'], verified: false },
  {
    id: 'org-benkadi', name: 'Association Benkadi des femmes du secteur V de Kayes', acronym: 'BENKADI', kind: 'cso', country: 'ML',
    regions: ['ML01'], verified: false,
  },
];

export const DEMO_USERS: {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
  organisationId: string | null;
  roles: Role[];
}[] = [
  { id: 'user-admin', email: 'admin@tributary.example', displayName: 'Administratrice Tributary', preferredLanguage: 'fr', organisationId: null, roles: ['admin'] },
  { id: 'user-pm-fhi360', email: 'pm@fhi360.example', displayName: 'Program Manager FHI 360', preferredLanguage: 'en', organisationId: 'org-fhi360', roles: ['program-manager'] },
  { id: 'user-me-fhi360', email: 'me@fhi360.example', displayName: 'M&E Officer FHI 360', preferredLanguage: 'en', organisationId: 'org-fhi360', roles: ['me-officer'] },
  { id: 'user-pm-alert', email: 'pm@alert.example', displayName: 'Chargée de programme Alert', preferredLanguage: 'fr', organisationId: 'org-alert', roles: ['program-manager'] },
  { id: 'user-reporter-amss', email: 'rapporteur@amss.example', displayName: 'Rapporteur AMSS', preferredLanguage: 'fr', organisationId: 'org-amss', roles: ['cso-reporter'] },
  { id: 'user-reporter-ajcet', email: 'rapporteur@ajcet.example', displayName: 'Rapporteuse AJCET', preferredLanguage: 'fr', organisationId: 'org-ajcet', roles: ['cso-reporter'] },
  { id: 'user-donor-usaid', email: 'donor@usaid.example', displayName: 'USAID Viewer', preferredLanguage: 'en', organisationId: 'org-usaid', roles: ['donor-viewer'] },
];
