/**
 * Words that say nothing about which paper a title names. A title left with fewer than two other
 * words ("Editorial", "Introduction to the special issue", "Reply to the comments") is generic:
 * two papers can share it, so it is never evidence that two records are one paper.
 */
const STOP_WORDS = new Set(
  'a an the of on in to for and or with by from at as via into onto its is are be we our this that towards toward about'.split(' '),
);
const GENERIC_WORDS = new Set(
  [
    'editorial editorials introduction preface foreword prologue epilogue erratum errata corrigendum corrigenda correction',
    'corrections retraction addendum reply replies response rejoinder comment comments commentary discussion letter',
    'letters editor editors guest book books review reviews abstract abstracts index contents announcement announcements',
    'obituary memoriam acknowledgement acknowledgements acknowledgment acknowledgments reviewers referees news note notes',
    'front back matter cover issue special volume vol part chapter section conclusion conclusions summary appendix',
    'supplement supplementary material materials proceedings conference workshop symposium keynote panel invited talk',
    'poster overview untitled',
  ]
    .join(' ')
    .split(' '),
);

/** Roman numerals from ii to xxxix: "Part II" and "Part III" are different papers. Single letters are too often words. */
const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/u;
const DIGITS = /^\p{N}+$/u;

/** The words of a normalised title (see normalizeTitle) that name its subject. */
export function contentWords(words: readonly string[]): string[] {
  return words.filter((word) => !STOP_WORDS.has(word) && !GENERIC_WORDS.has(word));
}

/** Whether a normalised title's words are too generic to tell papers apart. */
export function isGenericTitle(words: readonly string[]): boolean {
  return contentWords(words).length < 2;
}

/**
 * The numbers in a title (digits and Roman numerals), in order, as one string. Titles that differ
 * only in a number are parts of a series, or editions, or years: different papers.
 */
export function numbersOf(words: readonly string[]): string {
  return words.filter((word) => DIGITS.test(word) || (word.length >= 2 && ROMAN_NUMERAL.test(word))).join(' ');
}

/** A title without its spaces: "pre-training" and "pretraining" then have the same bigrams. */
function compactOf(normalizedTitle: string): string {
  return normalizedTitle.replaceAll(' ', '');
}

function writeBigrams(compact: string, into: Uint32Array, offset: number): void {
  for (let at = 0; at < compact.length - 1; at += 1) into[offset + at] = compact.charCodeAt(at) * 0x10000 + compact.charCodeAt(at + 1);
  into.subarray(offset, offset + Math.max(0, compact.length - 1)).sort();
}

/**
 * The character bigrams of a title with its spaces removed, each packed into one number (two UTF-16
 * code units), sorted: a multiset two profiles can be compared with in one merge pass.
 */
export function bigramProfile(normalizedTitle: string): Uint32Array {
  const compact = compactOf(normalizedTitle);
  const profile = new Uint32Array(Math.max(0, compact.length - 1));
  writeBigrams(compact, profile, 0);
  return profile;
}

/** Shared bigrams of two sorted profiles held in `a` and `b` from the given offsets. */
function sharedBigrams(a: Uint32Array, fromA: number, lengthA: number, b: Uint32Array, fromB: number, lengthB: number): number {
  let shared = 0;
  let i = fromA;
  let j = fromB;
  const endA = fromA + lengthA;
  const endB = fromB + lengthB;
  while (i < endA && j < endB) {
    const left = a[i] ?? 0;
    const right = b[j] ?? 0;
    if (left === right) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return shared;
}

/** The Sørensen–Dice coefficient of two bigram profiles: 1 for the same bigrams, 0 for none in common. */
export function diceOfProfiles(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  return total === 0 ? 1 : (2 * sharedBigrams(a, 0, a.length, b, 0, b.length)) / total;
}

/** The highest Dice coefficient two profiles of these lengths could reach: a cheap test before the merge. */
export function diceBound(lengthA: number, lengthB: number): number {
  const total = lengthA + lengthB;
  return total === 0 ? 1 : (2 * Math.min(lengthA, lengthB)) / total;
}

/**
 * The bigram profiles of many titles in one buffer: at 100,000 titles, one typed array per title
 * costs more in allocation and garbage collection than the comparisons themselves.
 */
export class BigramProfiles {
  private readonly bigrams: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly lengths: Uint32Array;

  /** Profiles of `normalizedTitles`, each then known by its index. */
  constructor(normalizedTitles: readonly string[]) {
    const compacts = normalizedTitles.map(compactOf);
    this.starts = new Uint32Array(compacts.length);
    this.lengths = new Uint32Array(compacts.length);
    let total = 0;
    compacts.forEach((compact, index) => {
      this.starts[index] = total;
      this.lengths[index] = Math.max(0, compact.length - 1);
      total += this.lengths[index] ?? 0;
    });
    this.bigrams = new Uint32Array(total);
    compacts.forEach((compact, index) => writeBigrams(compact, this.bigrams, this.starts[index] ?? 0));
  }

  /** How many bigrams title `index` has (its letters less one). */
  size(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** The Dice coefficient of two titles, or 0 when it cannot reach `floor` (then not computed). */
  dice(i: number, j: number, floor = 0): number {
    const lengthI = this.size(i);
    const lengthJ = this.size(j);
    if (diceBound(lengthI, lengthJ) < floor) return 0;
    if (lengthI + lengthJ === 0) return 1;
    const shared = sharedBigrams(this.bigrams, this.starts[i] ?? 0, lengthI, this.bigrams, this.starts[j] ?? 0, lengthJ);
    return (2 * shared) / (lengthI + lengthJ);
  }
}
