import { CallHandler, ExecutionContext } from '@nestjs/common';
import { Type } from '@sinclair/typebox';
import { firstValueFrom, of, throwError } from 'rxjs';
import { ServiceConfig } from '../config/service-config';
import { DomainError } from '@tributary/kernel';
import { ResponseContractCheck } from './response-contract.check';
import { Problems, Responds } from './responses.decorators';

class Handlers {
  @Responds(200, Type.Object({ id: Type.String(), version: Type.Integer({ minimum: 1 }) }))
  @Problems(404)
  get(): void {}
}

function contextOf(statusCode: number): ExecutionContext {
  return {
    getType: () => 'http',
    getHandler: () => Handlers.prototype.get,
    switchToHttp: () => ({ getRequest: () => ({ method: 'GET', path: '/things/1', route: { path: '/things/:id' } }), getResponse: () => ({ statusCode, headersSent: false }) }),
  } as unknown as ExecutionContext;
}

const answering = (body: unknown): CallHandler => ({ handle: () => of(body) });
const failing = (error: unknown): CallHandler => ({ handle: () => throwError(() => error) });

describe('the response contract check run in tests', () => {
  const check = new ResponseContractCheck({ NODE_ENV: 'test' } as ServiceConfig);

  it('lets through an answer that fits its documented schema', async () => {
    await expect(firstValueFrom(check.intercept(contextOf(200), answering({ id: 'a', version: 1, extra: true })))).resolves.toMatchObject({ id: 'a' });
  });

  it('fails an answer outside its schema, naming the field', async () => {
    await expect(firstValueFrom(check.intercept(contextOf(200), answering({ id: 'a', version: 0 })))).rejects.toThrow(
      'response contract: GET /things/:id answered a body outside its schema: version must be at least 1',
    );
  });

  it('fails a status the operation does not document, success or problem', async () => {
    await expect(firstValueFrom(check.intercept(contextOf(201), answering({ id: 'a', version: 1 })))).rejects.toThrow('answered 201');
    const conflict = new DomainError('conflict', 'stale-version', { fr: 'périmé', en: 'stale' });
    await expect(firstValueFrom(check.intercept(contextOf(200), failing(conflict)))).rejects.toThrow('answered 409 (stale)');
    const missing = new DomainError('not-found', 'thing-not-found', { fr: 'introuvable', en: 'not found' });
    await expect(firstValueFrom(check.intercept(contextOf(200), failing(missing)))).rejects.toBe(missing);
  });

  it('checks nothing outside tests', async () => {
    const off = new ResponseContractCheck({ NODE_ENV: 'production' } as ServiceConfig);
    await expect(firstValueFrom(off.intercept(contextOf(201), answering({ wrong: true })))).resolves.toEqual({ wrong: true });
  });
});
