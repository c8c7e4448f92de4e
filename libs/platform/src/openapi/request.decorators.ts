import { Body, Param, PipeTransform, Query } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import { TObject, TSchema, Type } from '@sinclair/typebox';
import { setsLimits, validated } from '../problem/validation';
import { Problems, ProblemStatus } from './responses.decorators';
import { plainSchema } from './schemas';

class SchemaPipe implements PipeTransform {
  constructor(
    private readonly schema: TSchema,
    private readonly coerce: boolean,
  ) {}

  transform(value: unknown): unknown {
    return validated(this.schema, value, { coerce: this.coerce });
  }
}

/** Applies method decorators from a parameter decorator, which sees the method only by name. */
function onMethod(target: object, key: string | symbol | undefined, ...decorators: MethodDecorator[]): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key!)!;
  for (const decorate of decorators) decorate(target, key!, descriptor);
}

/**
 * The JSON body, checked against the schema before the handler runs (400 naming each field, 422
 * for a list over its limit), and documented with that same schema: what the OpenAPI document
 * shows is what is enforced.
 */
export function RequestBody(schema: TSchema): ParameterDecorator {
  return (target, key, index) => {
    Body(new SchemaPipe(schema, false))(target, key, index);
    onMethod(target, key, ApiBody({ required: true, schema: plainSchema(schema) }), Problems(400, 413, ...limitProblems(schema)));
  };
}

const limitProblems = (schema: TSchema): ProblemStatus[] => (setsLimits(schema) ? [422] : []);

/** The query parameters, one per property of the schema, checked and coerced from text. */
export function RequestQuery(schema: TObject): ParameterDecorator {
  return (target, key, index) => {
    Query(new SchemaPipe(schema, true))(target, key, index);
    // A parameter with a default may be left out, though the handler always receives it.
    const required = new Set((schema.required ?? []).filter((name) => schema.properties[name].default === undefined));
    onMethod(
      target,
      key,
      ...Object.entries(schema.properties).map(([name, property]) => {
        const { description, ...rest } = plainSchema(property);
        return ApiQuery({ name, required: required.has(name), schema: rest, ...(description ? { description: String(description) } : {}) });
      }),
      Problems(400, ...limitProblems(schema)),
    );
  };
}

/** A path parameter with rules of its own (an enum, a number), checked and coerced from text. */
export function RequestParam(name: string, schema: TSchema): ParameterDecorator {
  const wrapper = Type.Object({ [name]: schema });
  return (target, key, index) => {
    Param(name, { transform: (value: string) => validated(wrapper, { [name]: value }, { coerce: true })[name] })(target, key, index);
    onMethod(target, key, ApiParam({ name, required: true, schema: plainSchema(schema) }), Problems(400));
  };
}
