import { defineMessages } from '@tributary/kernel';

/** What the reference data tells the administrators who extend it. */
export const referenceMessages = defineMessages({
  activityTypeExists: { fr: 'Ce type existe déjà', en: 'This type already exists' },
});
