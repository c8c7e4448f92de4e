import { ConfigurationError, platformEnvironment, readEnvironment } from './environment';

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
