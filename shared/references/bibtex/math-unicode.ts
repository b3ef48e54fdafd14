import { parseLibrary, readEntries } from './library';
import type { TextCleaner } from './text-cleaner';

/**
 * Math written in fields the app shows as plain text (a note, a venue, a name), as the parser renders
 * it in Unicode (`$\alpha$` → `α`). One parse for all of them, an entry each, so one that fails does
 * not take the others along; a failed one stays as written.
 */
export function mathAsUnicode(dollars: readonly string[], clean: TextCleaner): string[] {
  if (dollars.length === 0) return [];
  const text = dollars.map((math, index) => `@misc{m${index}, math = {${math}}}`).join('\n');
  const library = parseLibrary(text);
  const converted = new Map<string, string>();
  for (const entry of library === null ? [] : readEntries(library)) {
    const value: unknown = (entry.fields as Record<string, unknown>).math;
    if (typeof value === 'string') converted.set(entry.key, clean.plain(value));
  }
  return dollars.map((math, index) => converted.get(`m${index}`) ?? math);
}
