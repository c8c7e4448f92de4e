import { TSchema, Type } from '@sinclair/typebox';
import { Nullable, RequestObject } from './schemas';

/** Parts of requests and responses every service shares, so each is written once. */

export const BasedOnVersion = Type.Integer({ minimum: 1, description: 'the version this change is based on; a stale one gets 409 and changes nothing' });

export const Version = Type.Integer({ minimum: 1, description: 'increases by one with every change' });

export const PCode = Type.String({ pattern: '^[A-Z]{2}[0-9]{2,8}$', description: 'OCHA P-code of an administrative area (ML06: the Timbuktu region)', examples: ['ML06'] });

export const CalendarDate = Type.String({ format: 'date', examples: ['2024-06-10'] });

export const Timestamp = Type.String({ format: 'date-time' });

/** An identifier the service gave or knows; any non-empty text. */
export const Id = Type.String({ minLength: 1 });

/** A sentence in French and English, as a request gives it. */
export const BilingualInput = (maxLength: number) =>
  RequestObject({ fr: Type.String({ minLength: 1, maxLength }), en: Type.String({ minLength: 1, maxLength }) });

/** A sentence in French and English, as a response gives it. */
export const BilingualText = Type.Object({ fr: Type.String(), en: Type.String() });

/** One page of a list and the cursor to the next (null on the last), as cursorPage builds it. */
export const CursorPageOf = <T extends TSchema>(item: T, title: string) =>
  Type.Object({ items: Type.Array(item), nextCursor: Nullable(Type.String(), { description: 'pass as `cursor` to get the next page; null on the last' }) }, { title });
