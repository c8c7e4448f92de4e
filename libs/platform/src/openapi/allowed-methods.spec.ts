import { AllowedMethods } from './allowed-methods';

describe('the methods a path answers to', () => {
  const allowed = new AllowedMethods();
  allowed.learn({
    '/activities': { get: {} as never },
    '/activities/batch': { post: {} as never },
    '/activities/{id}': { get: {} as never, put: {} as never },
    '/activities/{id}/report': { put: {} as never },
  });

  it('are those of its templated path, with HEAD wherever GET', () => {
    expect(allowed.of('/activities/4f1c2a9e-77d0')).toEqual(['GET', 'PUT', 'HEAD']);
    expect(allowed.of('/ACTIVITIES/4f1c2a9e-77d0/report/')).toEqual(['PUT']);
  });

  // Schemathesis found OPTIONS /activities/batch answering `Allow: POST, GET, PUT, HEAD`.
  it('are only those of a path written out in the document, not of a templated path it also fits', () => {
    expect(allowed.of('/activities/batch')).toEqual(['POST']);
  });

  it('are unknown for a path no operation has', () => {
    expect(allowed.of('/activities/4f1c2a9e-77d0/unknown')).toBeNull();
  });
});
