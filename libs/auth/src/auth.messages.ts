import { defineMessages } from '@tributary/kernel';

/** What the rate limits say in a 429, in the caller's language. */
export const authMessages = defineMessages({
  signInAccountLimit: { fr: '{count} connexions par minute pour un même compte', en: '{count} sign-ins a minute for one account' },
  signInClientLimit: { fr: '{count} connexions par minute depuis une même adresse', en: '{count} sign-ins a minute from one address' },
  writesLimit: { fr: '{count} écritures par minute pour une organisation', en: '{count} writes a minute for one organisation' },
  bulkLimit: { fr: '{count} lots ou imports par minute pour une organisation', en: '{count} batches or imports a minute for one organisation' },
});
