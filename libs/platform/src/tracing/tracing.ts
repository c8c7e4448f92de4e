import { Context, context, Link, propagation, ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

/**
 * The W3C Trace Context of some work, as its headers: the form in which a trace is stored with work
 * that continues later (an outbox event, a journalled batch) and sent with a message. The rest of
 * the platform handles traces only through this module, so OpenTelemetry stays out of its code.
 */
export interface TraceHeaders {
  traceparent: string;
  tracestate?: string;
}

export type SpanKindName = 'server' | 'producer' | 'consumer' | 'internal';

export interface SpanOptions {
  kind?: SpanKindName;
  /** The work this span is part of; without it, the active span's (or a new trace if none); null: a new trace. */
  parent?: TraceHeaders | null;
  /** Other work this span acts for, e.g. the messages of a batch that belong to other traces. */
  links?: TraceHeaders[];
  attributes?: Record<string, string | number | boolean>;
}

/** A started span, for the code that ends it. */
export interface OpenSpan {
  /** This span as headers: what to send or store so the work it causes joins its trace. */
  readonly trace: TraceHeaders;
  readonly traceId: string;
  set(attributes: Record<string, string | number | boolean>): void;
  rename(name: string): void;
  /** Marks the span failed without ending it, for work that failed without throwing. */
  fail(reason: string): void;
  /** Ends the span, as failed when given an error. */
  end(error?: unknown): void;
  /** Runs work with this span active, so what it logs and stores belongs to the span. */
  within<T>(work: () => T): T;
}

const KINDS: Record<SpanKindName, SpanKind> = { server: SpanKind.SERVER, producer: SpanKind.PRODUCER, consumer: SpanKind.CONSUMER, internal: SpanKind.INTERNAL };

const tracer = () => trace.getTracer('tributary');

let provider: NodeTracerProvider | undefined;

/**
 * Registers the process's tracer provider, once (tests may boot several services in one process):
 * W3C trace context, spans named for the service, and an OTLP/HTTP (JSON) exporter only when given
 * where to send them. Without one, spans are still made, so trace ids travel with requests and
 * messages and show in logs, but nothing is sent.
 */
export function startTracing(serviceName: string, otlpTracesUrl: string | undefined): void {
  if (provider) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: serviceName }),
    // Batching as the OTEL_BSP_* variables say (every 5 s by default); sampling as OTEL_TRACES_SAMPLER does.
    spanProcessors: otlpTracesUrl ? [new BatchSpanProcessor(new OTLPTraceExporter({ url: otlpTracesUrl }))] : [],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

/** Sends the spans not exported yet, before the process ends. */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

/** version-traceid-parentid-flags, ids not all zeros (W3C Trace Context). */
const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** Reads valid trace headers from HTTP or Kafka headers (whose values may be Buffers or lists). */
export function traceOf(headers: Record<string, unknown> | undefined): TraceHeaders | undefined {
  const text = (value: unknown): string | undefined => {
    const first: unknown = Array.isArray(value) ? value[0] : value;
    return first === undefined || first === null ? undefined : String(first).trim();
  };
  const traceparent = text(headers?.traceparent);
  if (!traceparent || !TRACEPARENT.test(traceparent)) return undefined;
  const tracestate = text(headers?.tracestate);
  return tracestate ? { traceparent, tracestate } : { traceparent };
}

/** The trace of the work running now, to store with what it leaves for later; undefined outside any. */
export function currentTrace(): TraceHeaders | undefined {
  return headersOf(context.active());
}

/** Trace and span ids of the work running now, for log lines. */
export function currentTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan()?.spanContext();
  return span && trace.isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : undefined;
}

/** The trace id a traceparent names. */
export function traceIdOf(headers: TraceHeaders): string {
  return headers.traceparent.split('-')[1];
}

/** Starts a span; the caller ends it. */
export function openSpan(name: string, options: SpanOptions = {}): OpenSpan {
  const parent = options.parent === null ? ROOT_CONTEXT : options.parent ? contextOf(options.parent) : context.active();
  const span = tracer().startSpan(name, {
    kind: KINDS[options.kind ?? 'internal'],
    attributes: options.attributes,
    links: (options.links ?? []).flatMap(linkOf),
  }, parent);
  return handleOf(span, trace.setSpan(parent, span));
}

/** Runs work in a span of its own, ended (as failed if the work throws) when the work settles. */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: OpenSpan) => Promise<T>): Promise<T> {
  const span = openSpan(name, options);
  try {
    const result = await span.within(() => work(span));
    span.end();
    return result;
  } catch (error) {
    span.end(error);
    throw error;
  }
}

function handleOf(span: Span, active: Context): OpenSpan {
  return {
    trace: headersOf(active)!,
    traceId: span.spanContext().traceId,
    set: (attributes) => void span.setAttributes(attributes),
    rename: (name) => void span.updateName(name),
    fail: (reason) => void span.setStatus({ code: SpanStatusCode.ERROR, message: reason }),
    end(error?: unknown) {
      if (error !== undefined) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      }
      span.end();
    },
    within: (work) => context.with(active, work),
  };
}

function contextOf(headers: TraceHeaders): Context {
  return propagation.extract(ROOT_CONTEXT, headers);
}

function headersOf(active: Context): TraceHeaders | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(active, carrier);
  return carrier.traceparent ? traceOf(carrier) : undefined;
}

function linkOf(headers: TraceHeaders): Link[] {
  const spanContext = trace.getSpanContext(contextOf(headers));
  return spanContext ? [{ context: spanContext }] : [];
}
