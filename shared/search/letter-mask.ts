const A = 97;
const Z = 122;
const DIGIT_BIT = 26;
const OTHER_BITS = 5;

/**
 * One bit per letter a to z, one for any digit and five shared by every other character: a text
 * can hold another's characters in order only if its mask has every bit of theirs, so one AND
 * rules out most titles before any search of their text.
 */
export function letterMask(folded: string): number {
  let mask = 0;
  for (let at = 0; at < folded.length; at += 1) {
    const code = folded.charCodeAt(at);
    if (code === 32) continue;
    if (code >= A && code <= Z) mask |= 1 << (code - A);
    else if (code >= 48 && code <= 57) mask |= 1 << DIGIT_BIT;
    else mask |= 1 << (DIGIT_BIT + 1 + (code % OTHER_BITS));
  }
  return mask >>> 0;
}

/** Whether a text of mask `title` may hold the characters of a text of mask `wanted`. */
export function mayHold(title: number, wanted: number): boolean {
  return (title & wanted) >>> 0 === wanted;
}
