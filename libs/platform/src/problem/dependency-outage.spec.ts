import { isDependencyOutage } from './dependency-outage';
import { problemOf } from './problem-details.filter';

const named = (name: string, message = '', extra: object = {}) => Object.assign(new Error(message), { name }, extra);

describe('a dependency outage', () => {
  it.each([
    named('MongoServerSelectionError', 'connect ECONNREFUSED 127.0.0.1:27017'),
    named('MongoNetworkError', 'connection 4 to 127.0.0.1:27017 closed'),
    named('MongoNotConnectedError', 'Client must be connected before running operations'),
    named('MongooseError', 'Cannot call `activities.find()` before initial connection is complete if `bufferCommands = false`.'),
    named('MongoBulkWriteError', 'connection 12 to 127.0.0.1:27017 closed'),
    named('Error', 'request to the JWKS failed', { cause: named('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }) }),
  ])('is answered 503 with Retry-After: %s', (error) => {
    expect(isDependencyOutage(error)).toBe(true);
    expect(problemOf(error)).toMatchObject({ status: 503, code: 'unavailable', retryAfterSeconds: 5 });
  });

  it.each([
    named('MongoServerError', 'E11000 duplicate key error', { code: 11000 }),
    named('MongoBulkWriteError', 'E11000 duplicate key error'),
    named('TypeError', "Cannot read properties of undefined (reading 'id')"),
  ])('is not a bug: %s stays 500', (error) => {
    expect(isDependencyOutage(error)).toBe(false);
    expect(problemOf(error).status).toBe(500);
  });
});
