/**
 * `base` if no abstract has it, else the first free of `base` + `a`, `b`, … `z`, `aa`, `ab`, … (the
 * suffixes Better BibTeX and JabRef add, in the order they add them).
 */
export function uniqueKey(base: string, taken: (key: string) => boolean): string {
  if (!taken(base)) return base;
  for (let index = 1; ; index += 1) {
    const candidate = base + suffix(index);
    if (!taken(candidate)) return candidate;
  }
}

/** 1 → `a`, 26 → `z`, 27 → `aa`: bijective base 26 over the lower-case letters. */
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
