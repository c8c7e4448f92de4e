import { defineMessages } from '@tributary/kernel';

/** What people read about user accounts: refusals of the rules in domain/ and of the services. */
export const userMessages = defineMessages({
  notFound: { fr: 'Utilisateur introuvable', en: 'User not found' },
  unknownRole: { fr: 'Rôle inconnu : {role}', en: 'Unknown role: {role}' },
  noRole: { fr: 'Au moins un rôle est requis', en: 'At least one role is required' },
  organisationRequired: { fr: 'Seul un administrateur peut être sans organisation', en: 'Only an administrator can have no organisation' },
  passwordTooShort: {
    fr: 'Le mot de passe doit compter au moins {length} caractères',
    en: 'The password must be at least {length} characters long',
  },
  alreadyDisabled: { fr: 'Cet utilisateur est déjà désactivé', en: 'This user is already disabled' },
  accountDisabled: { fr: 'Ce compte est désactivé', en: 'This account is disabled' },
  accountLocked: {
    fr: 'Compte verrouillé après {failures} échecs ; réessayez après {until}',
    en: 'Account locked after {failures} failed sign-ins; try again after {until}',
  },
  unknownOrganisation: { fr: 'Organisation inconnue', en: 'Unknown organisation' },
  emailTaken: { fr: 'Cette adresse e-mail est déjà utilisée', en: 'This email is already in use' },
});
