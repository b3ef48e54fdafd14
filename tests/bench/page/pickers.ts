import { db } from '../../../renderer/db/schema/database';
import { findTitles, titlesOf } from '../../../renderer/db/titles/title-index';
import type { PickerFigures, PickersBenchApi } from '../bench-api';

declare global {
  interface Window {
    lecternPickersBench?: PickersBenchApi;
  }
}

const OPENS = 9;

/** Words of four letters or more from titles spread evenly through the library, as a user would type them. */
function typedWords(titles: readonly string[], count: number): string[] {
  const words: string[] = [];
  const step = Math.max(1, Math.floor(titles.length / count));
  for (let at = 0; at < titles.length && words.length < count; at += step) {
    const word = (titles[at] ?? '').split(/[^\p{L}\p{N}]+/u).find((candidate) => candidate.length >= 4 && !words.includes(candidate));
    if (word !== undefined) words.push(word);
  }
  return words;
}

/** A word as typed letter by letter: each of its prefixes. */
const prefixesOf = (word: string): string[] => Array.from({ length: word.length }, (_, end) => word.slice(0, end + 1));

/** Each word letter by letter, then with the start of the next word after it (a two-word query). */
function keystrokesOf(words: readonly string[]): string[] {
  return words.flatMap((word, at) => {
    const next = words[(at + 1) % words.length] ?? word;
    const typed = prefixesOf(word);
    return [...typed, `${word} ${next.slice(0, 1)}`, `${word} ${next.slice(0, 2)}`, `${word} ${next.slice(0, 3)}`];
  });
}

/** A word with one letter dropped from its middle: no title contains it, so it is found fuzzily. */
const misspelt = (word: string): string => word.slice(0, Math.floor(word.length / 2)) + word.slice(Math.floor(word.length / 2) + 1);

async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

/** Runs `run` and reports the longest long task (≥ 50 ms) the page saw meanwhile, 0 if none. */
async function longestTaskDuring(run: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration)));
  observer.observe({ type: 'longtask' });
  await run();
  // Long-task entries are queued after their task ends.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.takeRecords().forEach((entry) => durations.push(entry.duration));
  observer.disconnect();
  return Math.max(0, ...durations);
}

async function measure(limit: number, wordCount: number): Promise<PickerFigures> {
  let coldBuildMs = 0;
  const coldBuildLongestTaskMs = await longestTaskDuring(async () => {
    [coldBuildMs] = await timed(() => findTitles('', limit));
  });
  const openMs: number[] = [];
  for (let open = 0; open < OPENS; open += 1) openMs.push((await timed(() => findTitles('', limit)))[0]);
  const ids = await db.abstractKeys.toCollection().primaryKeys();
  const titles = [...(await titlesOf(ids)).values()];
  const lowered = titles.map((title) => title.toLowerCase());
  const keystrokes = keystrokesOf(typedWords(titles, wordCount));
  const keystrokeMs: number[] = [];
  const scanMs: number[] = [];
  const typoMs: number[] = [];
  for (const query of keystrokes) {
    keystrokeMs.push((await timed(() => findTitles(query, limit)))[0]);
    const needle = query.toLowerCase();
    scanMs.push((await timed(() => lowered.filter((title) => title.includes(needle)).slice(0, limit)))[0]);
  }
  const misspeltWords = typedWords(titles, 4).map(misspelt);
  for (const word of misspeltWords) {
    for (const typed of prefixesOf(word)) typoMs.push((await timed(() => findTitles(typed, limit)))[0]);
  }
  // Other words and misspellings (from the titles taken the other way round), each keystroke in a task of its own as
  // typing delivers them, for the longest task the page sees while typing: the timed pass above chains its keystrokes
  // on promises, which would make one long task of them all.
  const backwards = [...titles].reverse();
  const typedAgain = [...keystrokesOf(typedWords(backwards, wordCount)), ...typedWords(backwards, 4).map(misspelt).flatMap(prefixesOf)];
  const nextKeystroke = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
  const typingLongestTaskMs = await longestTaskDuring(async () => {
    for (const query of typedAgain) {
      await nextKeystroke();
      await findTitles(query, limit);
    }
  });
  return { titles: titles.length, coldBuildMs, coldBuildLongestTaskMs, openMs, keystrokeMs, typed: keystrokes, scanMs, typoMs, typingLongestTaskMs, keystrokes: keystrokes.length };
}

export function exposePickersBench(): void {
  window.lecternPickersBench = { measure };
}
