/**
 * Which record screening mode shows, and which comes next. The trail is every record shown, in the
 * order shown (those decided before the view opened first, oldest decision first), so ← and →
 * revisit them; `upcoming` is the latest ranking of the unscreened records. A new ranking only
 * replaces `upcoming`: the record on screen and the trail never change under the user.
 */
export interface ScreeningQueue {
  trail: readonly number[];
  /** Index in `trail` of the record shown; `trail.length` when none is left to show. */
  position: number;
  upcoming: readonly number[];
}

/** The record on screen, or null when every record is screened. */
export function currentRecord(queue: ScreeningQueue): number | null {
  return queue.trail[queue.position] ?? null;
}

/** The first record of the ranking not yet shown nor decided. */
function nextUpcoming(queue: ScreeningQueue, decided: ReadonlySet<number>): number | null {
  const shown = new Set(queue.trail);
  return queue.upcoming.find((id) => !shown.has(id) && !decided.has(id)) ?? null;
}

/** Shows the next record of the ranking after the trail, or the end when there is none. */
function pullNext(queue: ScreeningQueue, decided: ReadonlySet<number>): ScreeningQueue {
  const next = nextUpcoming(queue, decided);
  if (next === null) return { ...queue, position: queue.trail.length };
  return { ...queue, trail: [...queue.trail, next], position: queue.trail.length };
}

/**
 * The queue as the view opens: the records decided so far (by `decidedAt`) make the trail, and the
 * first unscreened record of `order` is shown.
 */
export function startQueue(
  decisions: readonly { abstractId: number; decidedAt: number }[],
  recordIds: readonly number[],
  order: readonly number[],
): ScreeningQueue {
  const inReview = new Set(recordIds);
  const decidedInOrder = decisions
    .filter((decision) => inReview.has(decision.abstractId))
    .sort((a, b) => a.decidedAt - b.decidedAt)
    .map((decision) => decision.abstractId);
  const decided = new Set(decidedInOrder);
  return pullNext(
    { trail: decidedInOrder, position: decidedInOrder.length, upcoming: offerOrder(order, recordIds) },
    decided,
  );
}

/** The ranking, then any record of the review it left out (a worker that failed, a record added since), so none is lost. */
function offerOrder(order: readonly number[], recordIds: readonly number[]): number[] {
  const inReview = new Set(recordIds);
  const ranked = new Set(order);
  return [...order.filter((id) => inReview.has(id)), ...recordIds.filter((id) => !ranked.has(id))];
}

/** The next record of the ranking, else one shown but left undecided (skipped with →, or its decision undone), else the end. */
function nextOpen(queue: ScreeningQueue, decided: ReadonlySet<number>): ScreeningQueue {
  const pulled = pullNext(queue, decided);
  if (currentRecord(pulled) !== null) return pulled;
  const skipped = queue.trail.findIndex((id) => !decided.has(id));
  return skipped >= 0 ? { ...queue, position: skipped } : pulled;
}

/** A new ranking of the unscreened records; when nothing was left to show, an open record is shown again. */
export function rerank(
  queue: ScreeningQueue,
  order: readonly number[],
  recordIds: readonly number[],
  decided: ReadonlySet<number>,
): ScreeningQueue {
  const next = { ...queue, upcoming: offerOrder(order, recordIds) };
  return currentRecord(next) === null ? nextOpen(next, decided) : next;
}

/**
 * After a decision on the record shown: the next undecided record of the trail (the user was
 * revisiting), else the next of the ranking, else a record skipped with →, else the end.
 */
export function afterDecision(queue: ScreeningQueue, decided: ReadonlySet<number>): ScreeningQueue {
  const later = queue.trail.findIndex((id, index) => index > queue.position && !decided.has(id));
  return later >= 0 ? { ...queue, position: later } : nextOpen(queue, decided);
}

/**
 * ← and →: back along the trail, or forward along it and then on into the ranking. Past the last
 * record is the "all screened" state, reached only when every record shown is decided.
 */
export function move(queue: ScreeningQueue, delta: -1 | 1, decided: ReadonlySet<number>): ScreeningQueue {
  if (delta < 0) return queue.position > 0 ? { ...queue, position: queue.position - 1 } : queue;
  if (queue.position + 1 < queue.trail.length) return { ...queue, position: queue.position + 1 };
  if (queue.position >= queue.trail.length) return queue;
  const pulled = pullNext(queue, decided);
  if (currentRecord(pulled) !== null) return pulled;
  return queue.trail.every((id) => decided.has(id)) ? pulled : queue;
}

/** Shows `abstractId` (the record an undo gave back its decision to), adding it to the trail if it was never shown. */
export function showRecord(queue: ScreeningQueue, abstractId: number): ScreeningQueue {
  const index = queue.trail.indexOf(abstractId);
  if (index >= 0) return { ...queue, position: index };
  return { ...queue, trail: [...queue.trail, abstractId], position: queue.trail.length };
}
