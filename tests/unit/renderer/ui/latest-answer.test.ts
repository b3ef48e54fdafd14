import { describe, expect, it } from 'vitest';
import { latestAnswer } from '../../../../renderer/ui/latest-answer';

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('latestAnswer', () => {
  it('delivers a promised answer once it settles', async () => {
    const delivered: string[] = [];
    const take = latestAnswer<string>((value) => delivered.push(value));
    take(Promise.resolve('a'));
    await Promise.resolve();
    expect(delivered).toEqual(['a']);
  });

  it('drops an earlier answer that settles after a later one', async () => {
    const delivered: string[] = [];
    const take = latestAnswer<string>((value) => delivered.push(value));
    const slow = deferred<string>();
    const fast = deferred<string>();
    take(slow.promise);
    take(fast.promise);
    fast.resolve('ab');
    slow.resolve('a');
    await Promise.all([slow.promise, fast.promise]);
    await Promise.resolve();
    expect(delivered).toEqual(['ab']);
  });

  it('lets an answer given at once outdate a pending one, and ignores failures', async () => {
    const delivered: string[] = [];
    const take = latestAnswer<string>((value) => delivered.push(value));
    const slow = deferred<string>();
    take(slow.promise);
    take('now');
    slow.resolve('late');
    take(Promise.reject(new Error('offline')));
    await slow.promise;
    await new Promise((settle) => setTimeout(settle, 0));
    expect(delivered).toEqual([]);
  });
});
