import { describe, expect, it } from 'vitest';
import {
  afterDecision,
  currentRecord,
  move,
  rerank,
  showRecord,
  startQueue,
  type ScreeningQueue,
} from '../../../../renderer/features/screening/screening-queue';

const RECORDS = [1, 2, 3, 4, 5];

describe('startQueue', () => {
  it('shows the first unscreened record of the ranking, with earlier decisions behind it by time', () => {
    const queue = startQueue(
      [
        { abstractId: 4, decidedAt: 20 },
        { abstractId: 2, decidedAt: 10 },
      ],
      RECORDS,
      [5, 3, 1],
    );
    expect(queue.trail).toEqual([2, 4, 5]);
    expect(currentRecord(queue)).toBe(5);
  });

  it('offers records the ranking left out after it, and ignores decisions on records not in the review', () => {
    const queue = startQueue([{ abstractId: 9, decidedAt: 1 }], [1, 2], [2]);
    expect(queue.trail).toEqual([2]);
    expect(queue.upcoming).toEqual([2, 1]);
  });

  it('shows nothing when every record is decided', () => {
    const decisions = RECORDS.map((abstractId) => ({ abstractId, decidedAt: abstractId }));
    expect(currentRecord(startQueue(decisions, RECORDS, []))).toBeNull();
  });
});

describe('deciding and re-ranking', () => {
  it('shows the next record of the ranking at once after a decision', () => {
    const queue = startQueue([], RECORDS, [3, 1, 2, 4, 5]);
    const next = afterDecision(queue, new Set([3]));
    expect(currentRecord(next)).toBe(1);
  });

  it('takes a new ranking for the records not yet shown, never changing the one on screen', () => {
    let queue = startQueue([], RECORDS, [1, 2, 3, 4, 5]);
    queue = rerank(queue, [5, 4, 1, 3, 2], RECORDS, new Set());
    expect(currentRecord(queue)).toBe(1);
    queue = afterDecision(queue, new Set([1]));
    expect(currentRecord(queue)).toBe(5);
  });

  it('keeps offering the records a ranking leaves out, after the ranked ones', () => {
    let queue = startQueue([], RECORDS, [1, 2, 3, 4, 5]);
    queue = rerank(queue, [4], RECORDS, new Set());
    expect(queue.upcoming).toEqual([4, 1, 2, 3, 5]);
    expect(currentRecord(afterDecision(queue, new Set([1])))).toBe(4);
    expect(currentRecord(afterDecision(afterDecision(queue, new Set([1])), new Set([1, 4])))).toBe(2);
  });

  it('skips a record decided elsewhere that a stale ranking still offers', () => {
    const queue = startQueue([], RECORDS, [1, 2, 3]);
    expect(currentRecord(afterDecision(queue, new Set([1, 2])))).toBe(3);
  });

  it('ends when every record is decided, and a later ranking with an undecided record shows it', () => {
    let queue = startQueue([], [1, 2], [1, 2]);
    queue = afterDecision(queue, new Set([1]));
    queue = afterDecision(queue, new Set([1, 2]));
    expect(currentRecord(queue)).toBeNull();
    queue = rerank(queue, [2], [1, 2], new Set([1]));
    expect(currentRecord(queue)).toBe(2);
  });
});

describe('moving', () => {
  function screened(count: number): { queue: ScreeningQueue; decided: Set<number> } {
    let queue = startQueue([], RECORDS, RECORDS);
    const decided = new Set<number>();
    for (let index = 0; index < count; index += 1) {
      const id = currentRecord(queue);
      if (id === null) break;
      decided.add(id);
      queue = afterDecision(queue, decided);
    }
    return { queue, decided };
  }

  it('goes back along the records shown and forward again, stopping at the first', () => {
    const { queue, decided } = screened(2);
    const back = move(move(queue, -1, decided), -1, decided);
    expect(currentRecord(back)).toBe(1);
    expect(currentRecord(move(back, -1, decided))).toBe(1);
    expect(currentRecord(move(back, 1, decided))).toBe(2);
  });

  it('after changing a revisited decision, returns to the first undecided record', () => {
    const { queue, decided } = screened(3);
    const revisit = move(move(move(queue, -1, decided), -1, decided), -1, decided);
    expect(currentRecord(revisit)).toBe(1);
    expect(currentRecord(afterDecision(revisit, decided))).toBe(4);
  });

  it('skips forward with → into the ranking, and a skipped record comes back once the rest are done', () => {
    let { queue } = screened(0);
    const decided = new Set<number>();
    queue = move(queue, 1, decided);
    expect(currentRecord(queue)).toBe(2);
    for (const id of [2, 3, 4, 5]) {
      decided.add(id);
      queue = afterDecision(queue, decided);
    }
    expect(currentRecord(queue)).toBe(1);
  });

  it('moves past the last record to the end only when all are decided', () => {
    const { queue, decided } = screened(5);
    expect(currentRecord(queue)).toBeNull();
    const last = move(queue, -1, decided);
    expect(currentRecord(last)).toBe(5);
    expect(currentRecord(move(last, 1, decided))).toBeNull();
    const undecidedLast = startQueue([], [1], [1]);
    expect(currentRecord(move(undecidedLast, 1, new Set()))).toBe(1);
  });

  it('shows the record an undo gave back', () => {
    const { queue } = screened(3);
    expect(currentRecord(showRecord(queue, 2))).toBe(2);
    expect(currentRecord(showRecord(queue, 5))).toBe(5);
  });
});
