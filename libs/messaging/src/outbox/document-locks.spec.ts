import { withDocumentLock } from './document-locks';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('document locks', () => {
  it('runs works on one document one after another, in arrival order', async () => {
    const log: string[] = [];
    const work = (name: string) => async () => {
      log.push(`${name} start`);
      await tick();
      log.push(`${name} end`);
    };
    await Promise.all([withDocumentLock('d', work('a')), withDocumentLock('d', work('b')), withDocumentLock('d', work('c'))]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets works on different documents overlap, and a failure release the lock', async () => {
    const log: string[] = [];
    const failing = withDocumentLock('x', async () => {
      log.push('x');
      throw new Error('boom');
    });
    await Promise.all([
      withDocumentLock('y', async () => {
        log.push('y start');
        await tick();
        log.push('y end');
      }),
      expect(failing).rejects.toThrow('boom'),
    ]);
    await withDocumentLock('x', async () => void log.push('x again'));
    expect(log.indexOf('x')).toBeLessThan(log.indexOf('y end')); // x did not wait for y
    expect(log[log.length - 1]).toBe('x again');
  });
});
