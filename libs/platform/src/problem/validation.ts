import { Static, TSchema } from '@sinclair/typebox';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { CommonProblems } from './common-problems';
import { Bilingual } from '@tributary/kernel';
import { platformMessages as text } from '../platform.messages';
import { FieldProblem, ProblemException } from './problem';

/**
 * Request input is checked against the same JSON Schema the OpenAPI document shows, by Ajv, so
 * what a client reads there is exactly what is enforced. Query and path values arrive as text and
 * are coerced to the numbers and booleans their schema names; bodies are taken as sent.
 */
function compiler(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true, coerceTypes, discriminator: true });
  addFormats(ajv);
  return ajv;
}

const COMPILERS = { exact: compiler(false), coercing: compiler(true) };
const compiled = { exact: new WeakMap<TSchema, ValidateFunction>(), coercing: new WeakMap<TSchema, ValidateFunction>() };

function validatorOf(schema: TSchema, mode: keyof typeof COMPILERS): ValidateFunction {
  let validate = compiled[mode].get(schema);
  if (!validate) {
    validate = COMPILERS[mode].compile(schema);
    compiled[mode].set(schema, validate);
  }
  return validate;
}

const FORMATS: Record<string, Bilingual> = {
  email: text('mustBeEmail'),
  date: text('mustBeDate'),
  'date-time': text('mustBeDateTime'),
  uuid: text('mustBeUuid'),
  uri: text('mustBeUri'),
};

const TYPES: Record<string, Bilingual> = {
  string: text('mustBeText'),
  integer: text('mustBeInteger'),
  number: text('mustBeNumber'),
  boolean: text('mustBeBoolean'),
  array: text('mustBeList'),
  object: text('mustBeObject'),
  null: text('mustBeNull'),
};

const INVALID = text('invalidValue');
const UNEXPECTED_FORMAT = text('unexpectedFormat');
export const REQUIRED = text('required');

/** One Ajv error as a sentence in both languages, built from its parameters (never from Ajv's English text). */
function messageOf(error: ErrorObject): Bilingual {
  const p = error.params as Record<string, unknown>;
  const list = (values: unknown) => (values as unknown[]).map(String).join(', ');
  const limit = { limit: String(p.limit) };
  switch (error.keyword) {
    case 'required': return REQUIRED;
    case 'discriminator': return p.error === 'mapping' ? text('notRecognised') : REQUIRED;
    case 'additionalProperties': return text('notAccepted');
    case 'type': return TYPES[String(p.type)] ?? INVALID;
    case 'minLength': return text('minLength', limit);
    case 'maxLength': return text('maxLength', limit);
    case 'minimum': return text('minimum', limit);
    case 'maximum': return text('maximum', limit);
    case 'exclusiveMinimum': return text('exclusiveMinimum', limit);
    case 'exclusiveMaximum': return text('exclusiveMaximum', limit);
    case 'minItems': return text('minItems', limit);
    case 'maxItems': return text('maxItems', limit);
    case 'uniqueItems': return text('uniqueItems');
    case 'enum': return text('oneOfValues', { values: list(p.allowedValues) });
    case 'const': return text('mustEqual', { value: String(p.allowedValue) });
    case 'pattern': return UNEXPECTED_FORMAT;
    case 'format': return FORMATS[String(p.format)] ?? UNEXPECTED_FORMAT;
    default: return INVALID;
  }
}

/** `/budgetLines/0/amount` → `budgetLines[0].amount`, under a prefix such as `plan`. */
function fieldOf(error: ErrorObject, prefix: string): string {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const p = error.params as { missingProperty?: string; additionalProperty?: string; tag?: string };
  const named = { required: p.missingProperty, additionalProperties: p.additionalProperty, discriminator: p.tag }[error.keyword];
  if (named !== undefined) segments.push(named);
  return segments.reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), prefix);
}

/**
 * What is wrong with a value against a schema, each problem naming its field; empty when it fits.
 * Defaults are filled in and, with `coerce`, text is converted, in place.
 */
export function schemaProblems(schema: TSchema, value: unknown, options: { prefix?: string; coerce?: boolean } = {}): FieldProblem[] {
  return checked(schema, value, options).problems;
}

/** A list longer than its schema allows, or a page size above its maximum: a limit, not a malformed request. */
const isLimit = (error: ErrorObject, field: string) => error.keyword === 'maxItems' || (error.keyword === 'maximum' && /(^|\.)limit$/.test(field));

function checked(schema: TSchema, value: unknown, options: { prefix?: string; coerce?: boolean }): { problems: FieldProblem[]; overLimit: boolean } {
  const validate = validatorOf(schema, options.coerce ? 'coercing' : 'exact');
  if (validate(value)) return { problems: [], overLimit: false };
  const errors = validate.errors ?? [];
  // A failed anyOf also reports each branch's errors; those say more than "matches no branch".
  const telling = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const located = (telling.length ? telling : errors).map((e) => ({ error: e, field: fieldOf(e, options.prefix ?? '') || 'body' }));
  // A union of literals fails once per literal: say it once, as the list of allowed values.
  const allowed = new Map<string, unknown[]>();
  for (const { error, field } of located) if (error.keyword === 'const') allowed.set(field, [...(allowed.get(field) ?? []), (error.params as { allowedValue: unknown }).allowedValue]);
  const problems = located.map(({ error, field }) => ({
    field,
    message: error.keyword === 'const' ? messageOf({ ...error, keyword: 'enum', params: { allowedValues: allowed.get(field) } }) : messageOf(error),
  }));
  return {
    problems: problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message.en === p.message.en) === i),
    overLimit: located.every(({ error, field }) => isLimit(error, field)),
  };
}

/**
 * The value as its schema types it, or a problem naming every offending field: 422 when the only
 * fault is going over a limit (items in a list, page size), which names it; 400 otherwise.
 */
export function validated<T extends TSchema>(schema: T, value: unknown, options: { prefix?: string; coerce?: boolean } = {}): Static<T> {
  const { problems, overLimit } = checked(schema, value, options);
  if (problems.length) throw new ProblemException(overLimit ? CommonProblems.overLimit(problems) : CommonProblems.validation(problems));
  return value as Static<T>;
}

/** Whether a schema sets a limit `validated` answers with 422: a list's length, or a page size. */
export function setsLimits(schema: TSchema): boolean {
  const text = JSON.stringify(schema);
  return text.includes('"maxItems"') || /"limit":\{[^{}]*"maximum"/.test(text);
}
