import type { SearchEngine } from './engine';

/** Words sampled evenly from the vocabulary, of which the most frequent are typed. */
const SAMPLED_WORDS = 48;
const TYPED_WORDS = 6;

/** The most frequent of an even sample of the index's words (of four letters or more). */
function frequentWords(engine: SearchEngine): string[] {
  const words = engine.vocabulary.all().filter((word) => word.length >= 4);
  const step = Math.max(1, Math.floor(words.length / SAMPLED_WORDS));
  const sample: string[] = [];
  for (let at = 0; at < words.length && sample.length < SAMPLED_WORDS; at += step) sample.push(words[at] ?? '');
  return sample
    .map((word) => [word, engine.hits(word, ['body']).body.length] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, TYPED_WORDS)
    .map(([word]) => word);
}

/**
 * Queries as a user types them (a letter, a prefix, a word, a second word) over the library's own
 * frequent words. Run once on a freshly loaded index, they let V8 optimise the query path on real
 * data before the user's first keystrokes, which otherwise take several times longer than later ones.
 */
export function warmUpQueries(engine: SearchEngine): string[] {
  const words = frequentWords(engine);
  return words.flatMap((word, at) => {
    const next = words[(at + 1) % words.length] ?? word;
    return [word.slice(0, 1), word.slice(0, 3), word.slice(0, 4), word, `${word} ${next.slice(0, 3)}`, `${word} ${next}`];
  });
}
