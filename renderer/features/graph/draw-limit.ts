/** How many abstracts the graph draws at most; `null` draws every one the filter lets through. */
export type DrawLimit = number | null;

/**
 * The choices offered. Without a GPU, sigma's first frame, each filter that draws new abstracts and
 * ForceAtlas2 grow with every node and link drawn, so the default draws a summary whose cost does
 * not grow with the library (README, Performance).
 */
export const DRAW_LIMITS: readonly { value: string; limit: DrawLimit; label: string }[] = [
  { value: '500', limit: 500, label: 'The 500 most linked' },
  { value: '2000', limit: 2_000, label: 'The 2,000 most linked' },
  { value: '5000', limit: 5_000, label: 'The 5,000 most linked' },
  { value: 'all', limit: null, label: 'Every abstract (slow above 10,000)' },
];

export const DEFAULT_DRAW_LIMIT: DrawLimit = 2_000;
