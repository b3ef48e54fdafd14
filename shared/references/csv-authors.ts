import { formatName, isOthers } from './names';

/** An initial or a run of initials: `J.`, `J.A.`, `J. A.`, `JA`, `J.-P.`. */
const INITIALS = /^(?:\p{Lu}\.?[\s-]?){1,4}$/u;
/** Scopus's "Author full names" put each author's id after the name: `Smith, John (57190000000)`. */
const AUTHOR_ID = /\s*\(\d+\)\s*$/u;
const SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/u;

function isInitials(part: string): boolean {
  return INITIALS.test(part.trim());
}

/** "Family, Given" (or "Family, Suffix, Given") as "Given Family"; "Family J." (Scopus) as "J. Family". */
function personName(written: string): string | null {
  const name = written.replace(AUTHOR_ID, '').trim();
  if (name === '' || isOthers(name)) return null;
  const parts = name.split(',').map((part) => part.trim());
  if (parts.length === 2) return formatName({ family: parts[0], given: parts[1] });
  if (parts.length === 3) return formatName({ family: parts[0], suffix: parts[1], given: parts[2] });
  const words = name.split(/\s+/u);
  const initialsAt = words.findIndex((_, i) => i > 0 && isInitials(words.slice(i).join(' ')));
  if (initialsAt > 0 && !isInitials(words[0] ?? '')) {
    return formatName({ given: words.slice(initialsAt).join(' '), family: words.slice(0, initialsAt).join(' ') });
  }
  return formatName({ literal: name });
}

/**
 * Comma-only lists are either one "Family, Given" name (one side a single word: `van der Berg, Jan`) or
 * "Family, Suffix, Given" name,
 * "Family, Initials" pairs (`Smith, J., Doe, A.`), or full names (`John Smith, Jane Doe`, `Smith J., Doe A.`).
 */
function splitCommaList(list: string): string[] {
  const parts = list.split(',').map((part) => part.trim());
  if (parts.length === 3 && SUFFIX.test(parts[1] ?? '')) return [list];
  const pairs = parts.length % 2 === 0 && parts.every((part, i) => i % 2 === 0 || isInitials(part));
  const singleWord = (part: string | undefined): boolean => !/\s/u.test(part ?? '');
  const oneName = parts.length === 2 && (singleWord(parts[0]) || singleWord(parts[1]));
  if (pairs || oneName) {
    const names: string[] = [];
    for (let i = 0; i < parts.length; i += 2) names.push(`${parts[i] ?? ''}, ${parts[i + 1] ?? ''}`);
    return names;
  }
  return parts;
}

/**
 * An author cell as one list. Semicolons separate names when there are any (`Smith, J.; Doe, A.`,
 * `John Smith; Jane Doe`), else " and " does (`Smith, John and Doe, Jane`); a comma inside a name
 * separates family from given.
 */
export function splitAuthors(cell: string): string[] {
  const list = cell.trim();
  if (list === '') return [];
  const written = list.includes(';')
    ? list.split(';')
    : /\s(?:and|&)\s/u.test(list)
      ? list.split(/\s+(?:and|&)\s+/u)
      : splitCommaList(list);
  return written.map(personName).filter((name): name is string => name !== null);
}
