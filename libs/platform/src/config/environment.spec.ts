import { ConfigurationError, otlpTracesUrl, platformEnvironment, readEnvironment } from './environment';

const schema = platformEnvironment({ port: 3002, database: 'tributary_grants' });

describe('service environment', () => {
  it('falls back to local defaults when nothing is set', () => {
    const config = readEnvironment(schema, {});
    expect(config).toMatchObject({
      PORT: 3002,
      MONGO_URL: 'mongodb://127.0.0.1:27017',
      MONGO_DB: 'tributary_grants',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_TOPIC_PREFIX: '',
      LOG_LEVEL: 'info',
    });
  });

  it('treats an empty value as unset', () => {
    expect(readEnvironment(schema, { PORT: '' }).PORT).toBe(3002);
  });

  it('splits the broker list', () => {
    expect(readEnvironment(schema, { KAFKA_BROKERS: 'a:1, b:2' }).KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it.each([
    [{}, undefined],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }, 'http://collector:4318/v1/traces'],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/v1/spans' }, 'https://traces.example/v1/spans'],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, 'http://localhost:4318/v1/traces'],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, undefined],
  ])('exports traces only when told where: %o → %s', (env, url) => {
    expect(otlpTracesUrl(readEnvironment(schema, env))).toBe(url);
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ['OTEL_TRACES_EXPORTER', 'jaeger'],
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['MONGO_URL', 'postgres://x'],
    ['KAFKA_BROKERS', 'localhost'],
    ['LOG_LEVEL', 'loud'],
    ['MONGO_DB', 'has space'],
  ])('refuses %s=%s and names the variable', (variable, value) => {
    let caught: unknown;
    try {
      readEnvironment(schema, { [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    expect((caught as ConfigurationError).problems.map((p) => p.variable)).toEqual([variable]);
    expect((caught as Error).message).toContain(variable);
  });
});
