import { Schema, SchemaDefinition } from 'mongoose';

/**
 * The schema of one of our collections: string ids chosen by the code, no mongoose version key
 * (aggregates keep their own `version`), empty objects kept as written, and a field the schema
 * does not declare refused rather than silently dropped.
 */
export function documentSchema<T = unknown>(definition: SchemaDefinition): Schema<T> {
  return new Schema<T>({ _id: { type: String, required: true }, ...definition }, { versionKey: false, minimize: false, strict: 'throw' });
}

/**
 * A nested part of a document (a money amount, a tranche): no id of its own. Nested objects are
 * always parts, never plain nested paths, which would store an absent object as {}.
 */
export function partSchema(definition: SchemaDefinition): Schema {
  return new Schema(definition, { _id: false, minimize: false, strict: 'throw' });
}

/** An optional array: absent stays absent instead of becoming []. */
export const optionalArray = (of: unknown) => ({ type: [of], default: undefined });

/** A text in French and English (titles, definitions). */
export const BilingualTextSchema = partSchema({ fr: String, en: String });
