/** A person's name in parts, as reference formats give them; `literal` is a name kept whole (an institution). */
export interface NameParts {
  given?: string | null;
  family?: string | null;
  /** "van der", "de", "von". */
  particle?: string | null;
  /** "Jr.", "III". */
  suffix?: string | null;
  literal?: string | null;
}

/** "Given particle Family Suffix" (`Jan van der Berg`, `John Smith Jr.`), or the literal name; null when empty. */
export function formatName(parts: NameParts): string | null {
  const literal = tidy(parts.literal);
  if (literal !== '') return literal;
  const name = [parts.given, parts.particle, parts.family, parts.suffix].map(tidy).filter((part) => part !== '').join(' ');
  return name === '' ? null : name;
}

/** "et al." markers ("and others" in BibTeX) that stand for the rest of a long author list. */
export function isOthers(name: string): boolean {
  return /^(?:others|et\.? al\.?)$/iu.test(name.trim());
}

function tidy(part: string | null | undefined): string {
  return (part ?? '').trim().replace(/\s+/gu, ' ');
}
