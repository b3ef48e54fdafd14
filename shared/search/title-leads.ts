import { emptyBits } from './title-bits';

/** How many characters after a title's first are kept: a term of one or two letters is looked for from index 1 to NEAR. */
const KEPT = 4;
export const NEAR = 3;

/**
 * What the fuzzy tier's strict-first pass needs of every title and the other indexes do not hold:
 * which titles are not plain ASCII (fuzzysort may read them differently, so they are always
 * scored), and each title's characters at indexes 1 to 4, to find the titles where a short term
 * occurs near the start.
 */
export class TitleLeads {
  private readonly notPlainFound: number[] = [];
  private readonly codes: Uint16Array;
  private notPlainPacked: Int32Array | null = null;

  constructor(count: number) {
    this.codes = new Uint16Array(count * KEPT);
  }

  /** Adds the title at `position`; positions must come in ascending order. */
  add(folded: string, position: number): void {
    if (!isPlain(folded)) this.notPlainFound.push(position);
    for (let at = 0; at < KEPT && at + 1 < folded.length; at += 1) this.codes[position * KEPT + at] = folded.charCodeAt(at + 1);
  }

  /** Positions, ascending, of the titles that are not plain ASCII. */
  get notPlain(): Int32Array {
    return (this.notPlainPacked ??= Int32Array.from(this.notPlainFound));
  }

  /** The titles (a bitset) where `term` (one or two characters) starts at an index from 1 to NEAR. */
  near(term: string): Uint32Array {
    const first = term.charCodeAt(0);
    const second = term.length > 1 ? term.charCodeAt(1) : -1;
    const { codes } = this;
    const found = emptyBits(codes.length / KEPT);
    for (let base = 0, position = 0; base < codes.length; base += KEPT, position += 1) {
      for (let at = 0; at < NEAR; at += 1) {
        if (codes[base + at] !== first || (second >= 0 && codes[base + at + 1] !== second)) continue;
        found[position >>> 5] = (found[position >>> 5] ?? 0) | (1 << (position & 31));
        break;
      }
    }
    return found;
  }
}

/** Printable ASCII but for the characters fuzzysort remaps (backslash, double quote, backquote): what fuzzy-ceiling.ts calls plain. */
function isPlain(folded: string): boolean {
  for (let at = 0; at < folded.length; at += 1) {
    const code = folded.charCodeAt(at);
    if (code < 0x20 || code > 0x7e || code === 0x5c || code === 0x22 || code === 0x60) return false;
  }
  return true;
}
