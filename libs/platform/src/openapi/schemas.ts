import { ObjectOptions, SchemaOptions, Static, TProperties, TSchema, Type } from '@sinclair/typebox';

/**
 * One of a fixed list of strings, as a single JSON Schema `enum`: TypeBox's union of literals
 * would read as an `anyOf`, which generated clients and error messages handle worse.
 */
export const StringEnum = <const T extends readonly string[]>(values: T, options: SchemaOptions = {}) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** A value or null. */
export const Nullable = <T extends TSchema>(schema: T, options: SchemaOptions = {}) => Type.Union([schema, Type.Null()], options);

/**
 * An object used as a dictionary: any keys, values of one schema. Written with
 * additionalProperties, which generated clients read as a map (TypeBox's Record uses patternProperties).
 */
export const Dictionary = <T extends TSchema>(values: T, options: SchemaOptions = {}) =>
  Type.Unsafe<Record<string, Static<T>>>({ type: 'object', additionalProperties: plainSchema(values), ...options });

/** The schema as plain JSON, as it goes into an OpenAPI document (TypeBox marks its schemas with symbols). */
export const plainSchema = (schema: TSchema): Record<string, unknown> => JSON.parse(JSON.stringify(schema));

/**
 * One of several shapes, told apart by the value of one property (e.g. grant_type). Validation
 * then reports only the errors of the shape that value names, and clients get a tagged union.
 */
export const OneOf = <T extends TSchema[]>(propertyName: string, shapes: [...T], options: SchemaOptions = {}) =>
  // type: object, because Ajv's discriminator lets anything that is not an object through.
  Type.Unsafe<Static<T[number]>>({ type: 'object', oneOf: shapes.map(plainSchema), discriminator: { propertyName }, required: [propertyName], ...options });

/** A request object: unknown fields are refused (400 naming them), so a misspelt field never goes unnoticed. */
export const RequestObject = <T extends TProperties>(properties: T, options: ObjectOptions = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });
