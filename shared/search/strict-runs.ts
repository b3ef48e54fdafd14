// fuzzysort 4 calls a match "strict" when the term's letters are matched as runs of consecutive
// characters, each run starting at a "beginning" (node_modules/fuzzysort/fuzzysort.js: algorithm,
// scanBeginnings): the first character, any character that is not a letter or digit, and any
// character after one. A match that is not strict has its penalties multiplied by 1000, so knowing
// that no strict match exists rules most titles out of the fuzzy tier's best few.

const A = 97;
const Z = 122;

// Strict matches of the term so far, by where they end (ascending) and the least start of one ending there.
let ends = new Int32Array(64);
let starts = new Int32Array(64);
let nextEnds = new Int32Array(64);
let nextStarts = new Int32Array(64);

function isAlnum(code: number): boolean {
  return (code >= A && code <= Z) || (code >= 48 && code <= 57);
}

/** Whether fuzzysort counts index `at` of a lowercase ASCII text as a beginning. */
export function isBeginning(text: string, at: number): boolean {
  return at === 0 || !isAlnum(text.charCodeAt(at - 1)) || !isAlnum(text.charCodeAt(at));
}

/**
 * Matching term by term, fuzzysort also makes the character right after an earlier term matched
 * as one run a beginning; any place where one of `earlier` ends is taken to be one.
 */
function beginsAt(text: string, at: number, earlier: readonly string[]): boolean {
  if (isBeginning(text, at)) return true;
  for (const term of earlier) if (at >= term.length && text.startsWith(term, at - term.length)) return true;
  return false;
}

/**
 * The least index at which a strict match of `term` in `text` (lowercase ASCII) can start, or -1
 * when there is none: a search over every split of the term into runs, so fuzzysort (which gives
 * up after 200 backtracks) never finds a strict match this does not. Only the places where each
 * letter occurs are visited.
 */
export function strictStart(text: string, term: string, earlier: readonly string[] = []): number {
  if (term.length === 0 || text.length === 0) return -1;
  if (ends.length < text.length) grow(text.length);
  let count = 0;
  const first = term.charAt(0);
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (!beginsAt(text, at, earlier)) continue;
    ends[count] = at;
    starts[count] = at;
    count += 1;
  }
  for (let index = 1; index < term.length && count > 0; index += 1) {
    const letter = term.charAt(index);
    let kept = 0;
    let read = 0;
    let least = -1;
    for (let at = text.indexOf(letter, (ends[0] ?? 0) + 1); at >= 0; at = text.indexOf(letter, at + 1)) {
      // Take in the matches ending before `at`: any of them may go on at a beginning, the one ending right before it also in one run.
      let run = -1;
      while (read < count && (ends[read] ?? 0) < at) {
        const start = starts[read] ?? 0;
        if (least < 0 || start < least) least = start;
        if (ends[read] === at - 1) run = start;
        read += 1;
      }
      let start = run;
      if (least >= 0 && (start < 0 || least < start) && beginsAt(text, at, earlier)) start = least;
      if (start < 0) continue;
      nextEnds[kept] = at;
      nextStarts[kept] = start;
      kept += 1;
    }
    [ends, nextEnds] = [nextEnds, ends];
    [starts, nextStarts] = [nextStarts, starts];
    count = kept;
  }
  let least = -1;
  for (let at = 0; at < count; at += 1) {
    const start = starts[at] ?? 0;
    if (least < 0 || start < least) least = start;
  }
  return least;
}

function grow(length: number): void {
  ends = new Int32Array(length * 2);
  starts = new Int32Array(length * 2);
  nextEnds = new Int32Array(length * 2);
  nextStarts = new Int32Array(length * 2);
}

let costs = new Float64Array(64);
let nextCosts = new Float64Array(64);

/**
 * The least penalty (before fuzzysort's factor) of a strict match of `term` in `text` (lowercase
 * ASCII) that does not hold it whole, Infinity when there is none: 0.2·i² for starting at index i,
 * and for each gap the index it ends at, 12, and the letters it skips. fuzzysort charges each gap the
 * letters skipped by all of them, so this is never more than what it charges whichever strict match
 * it finds. Searched as `strictStart` searches, keeping the least penalty instead of the least start.
 */
export function strictPenalty(text: string, term: string, earlier: readonly string[] = []): number {
  if (term.length < 2 || text.length === 0) return Infinity;
  if (ends.length < text.length) grow(text.length);
  if (costs.length < ends.length) {
    costs = new Float64Array(ends.length);
    nextCosts = new Float64Array(ends.length);
  }
  let count = 0;
  const first = term.charAt(0);
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (!beginsAt(text, at, earlier)) continue;
    ends[count] = at;
    costs[count] = 0.2 * at * at;
    count += 1;
  }
  for (let index = 1; index < term.length && count > 0; index += 1) {
    const letter = term.charAt(index);
    let kept = 0;
    let read = 0;
    // The least of cost − end over the matches ending before `at`: a gap to `at` costs 2·at + 11 more.
    let leastJump = Infinity;
    for (let at = text.indexOf(letter, (ends[0] ?? 0) + 1); at >= 0; at = text.indexOf(letter, at + 1)) {
      let run = Infinity;
      while (read < count && (ends[read] ?? 0) < at) {
        const end = ends[read] ?? 0;
        const cost = costs[read] ?? 0;
        leastJump = Math.min(leastJump, cost - end);
        if (end === at - 1) run = cost;
        read += 1;
      }
      const jump = leastJump < Infinity && beginsAt(text, at, earlier) ? leastJump + 2 * at + 11 : Infinity;
      const cost = Math.min(run, jump);
      if (cost === Infinity) continue;
      nextEnds[kept] = at;
      nextCosts[kept] = cost;
      kept += 1;
    }
    [ends, nextEnds] = [nextEnds, ends];
    [costs, nextCosts] = [nextCosts, costs];
    count = kept;
  }
  let least = Infinity;
  for (let at = 0; at < count; at += 1) least = Math.min(least, costs[at] ?? Infinity);
  return least;
}
