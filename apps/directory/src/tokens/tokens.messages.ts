import { defineMessages } from '@tributary/kernel';

/** What people read about signing in and tokens. */
export const tokenMessages = defineMessages({
  invalidGrant: { fr: 'Identifiants incorrects', en: 'Invalid credentials' },
  scopeNotGranted: { fr: 'Portée non autorisée', en: 'Scope not granted' },
  unknownScope: { fr: 'Portée inconnue : {scope}', en: 'Unknown scope: {scope}' },
  signingKeyConfigured: {
    fr: 'La clé de signature vient de la configuration : changez-la là où elle est gardée.',
    en: 'The signing key comes from the configuration: change it where it is kept.',
  },
});
