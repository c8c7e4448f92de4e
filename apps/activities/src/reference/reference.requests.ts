import { Static, Type } from '@sinclair/typebox';
import { RequestObject } from '@tributary/platform';

export const AddActivityTypeRequest = RequestObject(
  {
    code: Type.String({ pattern: '^[a-z][a-z0-9-]{1,40}$', examples: ['sports-for-peace'] }),
    fr: Type.String({ minLength: 2, maxLength: 100, examples: ['Sport pour la paix'] }),
    en: Type.String({ minLength: 2, maxLength: 100, examples: ['Sport for peace'] }),
  },
  { title: 'AddActivityTypeRequest' },
);
export type AddActivityTypeRequest = Static<typeof AddActivityTypeRequest>;

export const PlaceSearchQuery = RequestObject({
  name: Type.String({ minLength: 1, maxLength: 100, description: 'part of the place’s name, accents and case ignored', examples: ['goundam'] }),
});
export type PlaceSearchQuery = Static<typeof PlaceSearchQuery>;
