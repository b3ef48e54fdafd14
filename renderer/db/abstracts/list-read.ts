// Start-up work that can wait (building the pickers' title index) waits for the list's ids: at
// 100k they take two index reads of about 0.8 s, and reads issued meanwhile queue ahead of them.

let markRead: () => void = () => undefined;
const firstListRead = new Promise<void>((resolve) => {
  markRead = resolve;
});

/** Notes that the list has read its ids in full. */
export function noteListRead(): void {
  markRead();
}

/** Resolves once the list has read its ids in full, or after `atMostMs` (a view without the list, a failed read). */
export function afterFirstList(atMostMs: number): Promise<void> {
  return Promise.race([firstListRead, new Promise<void>((resolve) => setTimeout(resolve, atMostMs))]);
}
