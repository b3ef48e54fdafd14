/**
 * `base` if no abstract has it, else the first free of `base` + `a`, `b`, … `z`, `aa`, `ab`, … (the
 * suffixes Better BibTeX and JabRef add, in the order they add them).
 */
export function uniqueKey(base: string, taken: (key: string) => boolean): string {
  return firstFreeKey(base, taken, 0).key;
}

/**
 * uniqueKey, searching from suffix number `from` (0 is `base` itself) and saying which number it
 * took: a caller that only ever adds keys can resume there, so a thousand abstracts sharing one
 * base cost a thousand checks, not half a million.
 */
export function firstFreeKey(base: string, taken: (key: string) => boolean, from: number): { key: string; index: number } {
  for (let index = from; ; index += 1) {
    const candidate = base + suffix(index);
    if (!taken(candidate)) return { key: candidate, index };
  }
}

/** 0 → ``, 1 → `a`, 26 → `z`, 27 → `aa`: bijective base 26 over the lower-case letters. */
export function suffix(index: number): string {
  let rest = index;
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(97 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}
