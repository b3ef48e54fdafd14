import { describe, expect, it } from 'vitest';
import { afterFirstList, noteListRead } from '../../../../renderer/db/abstracts/list-read';

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);
}

describe('waiting for the list', () => {
  it('waits until the list has read its ids, or gives up after the time it is given', async () => {
    expect(await settlesWithin(afterFirstList(60_000), 50)).toBe(false);
    expect(await settlesWithin(afterFirstList(10), 200)).toBe(true);
    const waiting = afterFirstList(60_000);
    noteListRead();
    expect(await settlesWithin(waiting, 50)).toBe(true);
    expect(await settlesWithin(afterFirstList(60_000), 50)).toBe(true);
  });
});
