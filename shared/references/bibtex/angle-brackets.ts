/**
 * The parser reads `<` and `>` as the OT1 font does (`¡`, `¿`, and `<<` as `«`), and writes its own
 * markup with the same characters. Literal ones ("p < 0.05") are swapped for private-use stand-ins
 * before parsing and put back in the plain text, so every `<` the parser emits is its markup.
 */
export interface AngleBrackets {
  /** The text with `<` and `>` replaced, one code unit for one, so offsets are unchanged. */
  hide(text: string): string;
  /** Literal angle brackets back in place of their stand-ins. */
  restore(text: string): string;
}

export function angleBrackets(less: string, greater: string): AngleBrackets {
  const standIns = new RegExp(`[${less}${greater}]`, 'gu');
  return {
    hide: (text) => (/[<>]/u.test(text) ? text.replaceAll('<', less).replaceAll('>', greater) : text),
    restore: (text) => text.replace(standIns, (standIn) => (standIn === less ? '<' : '>')),
  };
}
