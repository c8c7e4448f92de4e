import { Static, Type } from '@sinclair/typebox';
import { RequestObject, StringEnum } from '@tributary/platform';
import { CODE_MAX_LENGTH, CODE_PATTERN, REFERENCE_LISTS } from './domain/reference-entries';

export const ReferenceListName = StringEnum(REFERENCE_LISTS, { description: 'the list: `categories` are the participant categories' });

export const AddReferenceEntryRequest = RequestObject(
  {
    code: Type.Optional(
      Type.String({ pattern: CODE_PATTERN, maxLength: CODE_MAX_LENGTH, description: 'made from the French label when left out (« Séminaire régional » → seminaire-regional)', examples: ['sports-for-peace'] }),
    ),
    fr: Type.String({ minLength: 2, maxLength: 100, examples: ['Séminaire régional'] }),
    en: Type.Optional(Type.String({ minLength: 2, maxLength: 100, description: 'the French label when left out', examples: ['Regional seminar'] })),
  },
  { title: 'AddReferenceEntryRequest' },
);
export type AddReferenceEntryRequest = Static<typeof AddReferenceEntryRequest>;

export const RetireReferenceEntryRequest = RequestObject(
  { code: Type.String({ minLength: 1, maxLength: 100, description: 'the code of the entry, shipped or added', examples: ['displaced-people'] }) },
  { title: 'RetireReferenceEntryRequest' },
);
export type RetireReferenceEntryRequest = Static<typeof RetireReferenceEntryRequest>;

export const PlaceSearchQuery = RequestObject({
  name: Type.String({ minLength: 1, maxLength: 100, description: 'part of the place’s name, accents and case ignored', examples: ['goundam'] }),
});
export type PlaceSearchQuery = Static<typeof PlaceSearchQuery>;
