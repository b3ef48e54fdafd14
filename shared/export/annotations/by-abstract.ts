import type { ExportEntry } from '../types';
import type { ExportAbstractNote, ExportHighlight, LibraryExportInput } from '../vault/types';

/** One abstract's annotations: its highlights in text order and its note. */
export interface AbstractAnnotations {
  entry: ExportEntry;
  highlights: ExportHighlight[];
  note: ExportAbstractNote | null;
}

/** The export's abstracts that have a highlight or a note, in the export's order. */
export function annotationsByAbstract(input: LibraryExportInput): AbstractAnnotations[] {
  const highlights = new Map<number, ExportHighlight[]>();
  for (const highlight of input.highlights) {
    const list = highlights.get(highlight.abstractId);
    if (list === undefined) highlights.set(highlight.abstractId, [highlight]);
    else list.push(highlight);
  }
  const notes = new Map(input.notes.filter((note) => note.text.trim() !== '').map((note) => [note.abstractId, note]));
  return input.entries
    .map((entry) => ({ entry, highlights: highlights.get(entry.id) ?? [], note: notes.get(entry.id) ?? null }))
    .filter((group) => group.highlights.length > 0 || group.note !== null);
}

/** The current title of every abstract the export knows, so a mention shows the title, not the one it was written with. */
export function titlesOf(input: LibraryExportInput): (id: number, writtenTitle: string) => string {
  const titles = new Map(input.outsideTitles);
  for (const entry of input.entries) titles.set(entry.id, entry.displayTitle);
  return (id, writtenTitle) => titles.get(id) ?? writtenTitle;
}
