import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

// No Docker engine runs here, so the compose file is kept right by reading it.
describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(path.resolve(__dirname, '..', '..', 'docker-compose.yml'), 'utf8'), { merge: true });

  it('runs Kafka in KRaft mode and MongoDB as a replica set', () => {
    expect(compose.services.kafka.environment.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(compose.services.mongo.command).toEqual(expect.arrayContaining(['--replSet', 'rs0']));
  });

  it.each([
    ['directory', 3001],
    ['grants', 3002],
    ['activities', 3003],
    ['indicators', 3004],
  ])('builds %s from the one Dockerfile on port %i with its own database', (name, port) => {
    const service = compose.services[name];
    expect(service.build.dockerfile).toBe('deploy/Dockerfile');
    expect(service.command).toEqual([name]);
    expect(service.environment).toMatchObject({ PORT: port, MONGO_DB: `tributary_${name}`, KAFKA_BROKERS: 'kafka:9092' });
    expect(service.depends_on).toHaveProperty('kafka');
    expect(service.depends_on).toHaveProperty('mongo');
  });
});
