import { describe, expect, it } from 'vitest';
import { findNearDuplicates, type DuplicateCandidate } from '../../../../shared/identity/near-duplicates';

const WORDS = (
  'learning deep neural network networks gradient descent stochastic convex optimization theory generalization bounds ' +
  'kernel kernels sparse recovery graph graphs attention transformer transformers language models vision image images ' +
  'robust adversarial training regularization implicit explicit linear nonlinear dynamics mean field limit wide depth ' +
  'width overparameterized benign overfitting double descent lottery ticket pruning quantization federated private ' +
  'differential privacy causal inference reinforcement policy value estimation bandits online regret minimax rates ' +
  'statistical physics spin glass energy landscape saddle points escape efficiently convergence analysis provable ' +
  'guarantees representation contrastive self supervised pretraining fine tuning transfer domain adaptation shift'
).split(' ');

/** A reproducible pseudo-random library: titles of 5 to 10 words, authors, years; every 100th record has a near copy. */
function syntheticLibrary(size: number): { library: DuplicateCandidate[]; planted: Set<string> } {
  let state = 12345;
  const next = (bound: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % bound;
  };
  const library: DuplicateCandidate[] = [];
  const planted = new Set<string>();
  for (let id = 1; library.length < size; id += 1) {
    const words = Array.from({ length: 5 + next(6) }, () => WORDS[next(WORDS.length)] ?? 'x');
    const record: DuplicateCandidate = {
      id,
      title: words.join(' '),
      opening: '',
      year: 1990 + next(35),
      authors: [`Author ${next(5000)}`],
      doi: null,
      arxiv: null,
    };
    library.push(record);
    if (id % 100 === 0) {
      id += 1;
      // One letter dropped from the middle of the title: a typo.
      const title = record.title ?? '';
      const cut = Math.floor(title.length / 2);
      library.push({ ...record, id, title: `${title.slice(0, cut)}${title.slice(cut + 1)}`.toUpperCase() });
      planted.add(`${id - 1}:${id}`);
    }
  }
  return { library, planted };
}

describe('findNearDuplicates at scale', () => {
  it('finds the planted near copies among 100,000 records without false alarms, reporting progress to the end', () => {
    const { library, planted } = syntheticLibrary(100_000);
    const progress: number[] = [];
    const pairs = findNearDuplicates(library, { onProgress: (done, total) => progress.push(done / total) });

    const found = new Set(pairs.map((pair) => `${pair.low}:${pair.high}`));
    const recalled = [...planted].filter((key) => found.has(key)).length;
    expect(recalled / planted.size).toBeGreaterThan(0.98);
    // Every other pair offered would be a false alarm: random titles of a small vocabulary rarely look alike.
    expect(pairs.length - recalled).toBeLessThan(planted.size * 0.05);
    expect(progress.at(-1)).toBe(1);
    // Speed is the bench's to measure, not a unit test's.
  }, 90_000);
});
