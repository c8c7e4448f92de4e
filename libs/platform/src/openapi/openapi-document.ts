import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ServiceDescriptor } from '../config/service-config';
import { TRACE_RESPONSE_HEADER } from '../tracing/http-tracing.middleware';
import { problemResponse } from './responses.decorators';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Moves every schema with a `title` into components/schemas under that name and refers to it, so
 * generated clients get one named type per request, response and shared part (Money, Problem…).
 * Two different schemas under one title are a programming error and stop the service.
 */
function nameSchemas(schemas: Json): (schema: unknown) => unknown {
  const hoist = (schema: unknown): unknown => {
    if (!isObject(schema)) return schema;
    const copy: Json = { ...schema };
    for (const key of ['properties', 'patternProperties', '$defs']) {
      if (isObject(copy[key])) copy[key] = Object.fromEntries(Object.entries(copy[key] as Json).map(([name, s]) => [name, hoist(s)]));
    }
    for (const key of ['items', 'additionalProperties', 'not', 'contains']) {
      if (isObject(copy[key])) copy[key] = hoist(copy[key]);
    }
    const shapes = copy.oneOf;
    for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
      if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).map(hoist);
    }
    if (isObject(copy.discriminator) && Array.isArray(shapes)) {
      // Without a mapping, OpenAPI takes a component's name for its tag value: say which value names which.
      const tag = String(copy.discriminator.propertyName);
      const mapping = Object.fromEntries(
        shapes.flatMap((shape, i) => {
          const value = isObject(shape) && isObject(shape.properties) && isObject(shape.properties[tag]) ? shape.properties[tag].const : undefined;
          const ref = (copy.oneOf as Json[])[i].$ref;
          return typeof value === 'string' && typeof ref === 'string' ? [[value, ref]] : [];
        }),
      );
      copy.discriminator = { ...copy.discriminator, mapping };
    }
    if (typeof copy.title !== 'string') return copy;
    const name = copy.title;
    if (!/^[A-Za-z0-9._-]+$/.test(name)) throw new Error(`schema title "${name}" cannot name an OpenAPI component`);
    if (schemas[name] !== undefined && JSON.stringify(schemas[name]) !== JSON.stringify(copy)) {
      throw new Error(`two different schemas are both titled "${name}"`);
    }
    schemas[name] = copy;
    return { $ref: `#/components/schemas/${name}` };
  };
  return hoist;
}

function withNamedSchemas(document: OpenAPIObject): OpenAPIObject {
  const schemas: Json = { ...(document.components?.schemas ?? {}) };
  const hoist = nameSchemas(schemas);
  const inContent = (content: Json) =>
    Object.fromEntries(Object.entries(content).map(([type, media]) => [type, isObject(media) ? { ...media, schema: hoist(media.schema) } : media]));
  const withContent = (part: Json) => (isObject(part.content) ? { ...part, content: inContent(part.content) } : part);
  for (const item of Object.values(document.paths) as Json[]) {
    for (const operation of Object.values(item).filter(isObject)) {
      if (Array.isArray(operation.parameters)) {
        operation.parameters = operation.parameters.map((p: Json) => (isObject(p.schema) ? { ...p, schema: hoist(p.schema) } : p));
      }
      if (isObject(operation.requestBody)) operation.requestBody = withContent(operation.requestBody);
      if (isObject(operation.responses)) {
        operation.responses = Object.fromEntries(Object.entries(operation.responses).map(([status, r]) => [status, isObject(r) ? withContent(r) : r]));
      }
    }
  }
  return { ...document, components: { ...document.components, schemas: schemas as never } };
}

/**
 * The service's OpenAPI 3.1 document. 3.1 because its schemas are plain JSON Schema, the very
 * schemas the requests are validated with (TypeBox, checked by Ajv), with no translation between.
 */
export function openApiDocument(app: INestApplication, service: ServiceDescriptor): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setOpenAPIVersion('3.1.0')
      .setTitle(`Tributary ${service.title}`)
      .setDescription(service.description)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  // Any operation answers 503 while the store, Kafka or the token keys are away (the problem filter
  // maps those outages for every handler), so every operation says so, for clients generated from it.
  for (const item of Object.values(document.paths) as Json[]) {
    for (const operation of Object.values(item).filter(isObject)) {
      if (isObject(operation.responses) && !operation.responses['503']) operation.responses['503'] = problemResponse(503);
    }
  }
  return withNamedSchemas(withTraceResponses(withWriteLimits(document)));
}

/** Every answer but the probes' carries its trace (traceRequests): each response says so. */
function withTraceResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = {
    ...document.components,
    headers: {
      ...document.components?.headers,
      [TRACE_RESPONSE_HEADER]: {
        description: "The request's trace (W3C Trace Context `version-traceid-spanid-flags`, as `traceparent`): it continues the caller's `traceparent` when sent one, and names the trace to quote",
        schema: { type: 'string', pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$' },
      },
    },
  };
  for (const [path, item] of Object.entries(document.paths) as [string, Json][]) {
    if (path.startsWith('/health')) continue;
    for (const operation of Object.values(item).filter(isObject)) {
      if (!isObject(operation.responses)) continue;
      for (const response of Object.values(operation.responses).filter(isObject)) {
        response.headers = { ...(isObject(response.headers) ? response.headers : {}), [TRACE_RESPONSE_HEADER]: { $ref: `#/components/headers/${TRACE_RESPONSE_HEADER}` } };
      }
    }
  }
  return document;
}

const WRITE_METHODS = ['post', 'put', 'patch', 'delete'];

/** Every authenticated write counts against its organisation's rate limit (libs/auth), so each documents the 429. */
function withWriteLimits(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Json>)) {
      if (!WRITE_METHODS.includes(method) || !isObject(operation) || !isObject(operation.responses)) continue;
      const access = operation['x-access'] as Json | undefined;
      if (access?.kind !== 'authenticated' || operation.responses['429']) continue;
      operation.responses['429'] = problemResponse(429);
    }
  }
  return document;
}
