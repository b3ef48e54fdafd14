import { familyWithParticle, splitName } from '../names';
import { latexText } from './latex-text';

const PLAIN = { math: false, protectCapitals: false } as const;

/**
 * One name as BibTeX reads it back: `von Last, Jr, First` (particles and suffixes kept), an institution
 * in double braces so it is neither split nor abbreviated.
 */
export function bibtexName(display: string): string {
  const name = splitName(display);
  if (name.kind === 'literal') return `{{${latexText(name.literal, PLAIN)}}}`;
  const family = latexText(familyWithParticle(name), PLAIN);
  const given = latexText(name.given, PLAIN);
  const suffix = latexText(name.suffix, PLAIN);
  // BibTeX has no form for a suffix without a given name: "Smith Jr." then reads as words in order.
  if (given === '') return suffix === '' ? family : `${family} ${suffix}`;
  return suffix === '' ? `${family}, ${given}` : `${family}, ${suffix}, ${given}`;
}

/** A name list as the `author` (or `editor`) field holds it. */
export function bibtexNames(names: readonly string[]): string {
  return names.map(bibtexName).join(' and ');
}
