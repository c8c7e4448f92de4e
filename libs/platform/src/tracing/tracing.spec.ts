import { currentTrace, currentTraceIds, inSpan, openSpan, startTracing, traceIdOf, traceOf } from './tracing';

const CALLER = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace headers', () => {
  beforeAll(() => startTracing('tracing-spec', undefined));

  it('reads traceparent and tracestate from Kafka headers, whose values are Buffers', () => {
    expect(traceOf({ traceparent: Buffer.from(CALLER), tracestate: Buffer.from('vendor=1'), 'event-id': Buffer.from('x') })).toEqual({ traceparent: CALLER, tracestate: 'vendor=1' });
    expect(traceOf({ traceparent: [CALLER] })).toEqual({ traceparent: CALLER });
  });

  it.each([
    ['no header', {}],
    ['a malformed one', { traceparent: 'not-a-trace' }],
    ['an all-zero trace id', { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' }],
    ['an all-zero span id', { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01' }],
  ])('ignores %s', (_, headers) => {
    expect(traceOf(headers)).toBeUndefined();
  });

  it('continues the trace it is given: same trace id, a span of its own, which the work inside sees', () => {
    const span = openSpan('publish activities.activity.v1', { kind: 'producer', parent: { traceparent: CALLER } });
    expect(span.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(traceIdOf(span.trace)).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(span.trace.traceparent).not.toBe(CALLER);
    expect(span.within(() => currentTrace())).toEqual(span.trace);
    expect(span.within(() => currentTraceIds())).toEqual({ traceId: span.traceId, spanId: span.trace.traceparent.split('-')[2] });
    span.end();
  });

  it('sends what it extracted: the headers a span injects are read back as the same trace', () => {
    const span = openSpan('process activities.activity.v1', { parent: { traceparent: CALLER, tracestate: 'vendor=1' } });
    const kafkaHeaders = Object.fromEntries(Object.entries(span.trace).map(([key, value]) => [key, Buffer.from(value)]));
    expect(traceOf(kafkaHeaders)).toEqual(span.trace);
    expect(span.trace.tracestate).toBe('vendor=1');
    span.end();
  });

  it('nests spans under the active one, starts a new trace when told, and runs nothing traced outside a span', async () => {
    expect(currentTrace()).toBeUndefined();
    const outer = openSpan('receive indicators.value.v2', { parent: null });
    const inner = await outer.within(() => inSpan('process indicators.value.v2', {}, async (span) => span.traceId));
    expect(inner).toBe(outer.traceId);
    const fresh = outer.within(() => openSpan('another', { parent: null }));
    expect(fresh.traceId).not.toBe(outer.traceId);
    fresh.end();
    outer.end();
  });

  it('passes on the failure of the work it ran', async () => {
    await expect(inSpan('failing', {}, async () => {
      throw new Error('store away');
    })).rejects.toThrow('store away');
  });
});
