import { OneAtATime } from './one-at-a-time';

/** A task whose runs each wait to be ended by the test, recording when each began. */
function controlledTask() {
  const runs: { end: (outcome?: Error) => void }[] = [];
  const task = () => new Promise<number>((resolve, reject) => {
    const run = runs.length + 1;
    runs.push({ end: (outcome) => (outcome ? reject(outcome) : resolve(run)) });
  });
  return { runs, task };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('a task run one at a time', () => {
  it('shares the run under way with whoever joins it', async () => {
    const { runs, task } = controlledTask();
    const once = new OneAtATime(task);
    const first = once.join();
    const second = once.join();
    expect(runs).toHaveLength(1);
    runs[0].end();
    expect(await Promise.all([first, second])).toEqual([1, 1]);
  });

  it('begins a run asked for after a change only once the run under way has ended, shared by everyone who asked meanwhile', async () => {
    const { runs, task } = controlledTask();
    const once = new OneAtATime(task);
    const underWay = once.join();
    const afterFirstChange = once.after();
    const afterSecondChange = once.after();
    await settle();
    expect(runs).toHaveLength(1);
    runs[0].end();
    expect(await underWay).toBe(1);
    await settle();
    expect(runs).toHaveLength(2);
    runs[1].end();
    expect(await Promise.all([afterFirstChange, afterSecondChange])).toEqual([2, 2]);
  });

  it('begins at once when nothing runs, and queues behind a run that fails', async () => {
    const { runs, task } = controlledTask();
    const once = new OneAtATime(task);
    const failing = once.after();
    expect(runs).toHaveLength(1);
    const next = once.after();
    runs[0].end(new Error('broker away'));
    await expect(failing).rejects.toThrow('broker away');
    await settle();
    runs[1].end();
    expect(await next).toBe(2);
  });
});
