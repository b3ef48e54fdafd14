import { useMemo } from 'react';
import { displayTitle } from '../../../shared/text/display-title';
import { exportAbstractJsonLd } from '../../db/annotations/export';
import { queryAbstract } from '../../db/abstracts/queries';
import { createSynthesisNote } from '../../db/notes/synthesis-notes';
import { downloadText, fileStem } from '../../ui/download';
import { createList } from '../../db/lists/lists';
import { exportListMarkdown } from '../../db/lists/export';
import { useLists } from '../../db/organize/hooks';
import type { LibraryFilter } from '../../db/organize/types';
import { useUndoable } from '../undo';
import { focusSearchBox } from '../search';
import { useTheme } from '../settings';
import { useUndo } from '../undo';
import { useCommands, type PaletteCommand } from '../../ui/command-registry';

interface ShellState {
  importPicked: () => void;
  filter: LibraryFilter;
  setFilter: (filter: LibraryFilter) => void;
  openId: number | null;
  /** Leaves a note view for the library (list and reader). */
  showLibrary: () => void;
  showGraph: () => void;
  openNote: (noteId: number) => void;
}

async function exportOpenAnnotations(abstractId: number): Promise<void> {
  const row = await queryAbstract(abstractId);
  const title = row ? displayTitle({ title: row.title, text: row.display.text }) : `abstract-${abstractId}`;
  downloadText(`${fileStem(title)}.annotations.jsonld`, await exportAbstractJsonLd(abstractId), 'application/ld+json');
}

/**
 * The shell's own commands in the palette. The open abstract's and the open list's exports are
 * listed only while there is one. Other features register theirs next to their UI with `useCommands`.
 */
export function useAppCommands({ importPicked, filter, setFilter, openId, showLibrary, showGraph, openNote }: ShellState): void {
  const undo = useUndo();
  const runUndoable = useUndoable();
  const { toggle: toggleTheme, setChoice: setTheme } = useTheme();
  const listId = filter.listId;
  const listName = useLists()?.find((list) => list.id === listId)?.name;
  const commands = useMemo(() => {
    const list: PaletteCommand[] = [
      { id: 'import', title: 'Import captures…', shortcut: 'Ctrl+O', keywords: 'open files bibtex ris csl-json csv references zotero jabref', run: importPicked },
      {
        id: 'lists.new',
        title: 'New reading list',
        keywords: 'create add',
        input: {
          label: 'Name',
          submit: (name) =>
            void runUndoable(`Created reading list ${name}`, async () => {
              const created = await createList(name);
              setFilter({ listId: created.id });
              return created;
            }),
        },
      },
      {
        id: 'notes.new',
        title: 'New note',
        keywords: 'synthesis write create',
        run: () =>
          void runUndoable('Created note', async () => {
            const created = await createSynthesisNote();
            openNote(created.id);
            return created;
          }),
      },
      { id: 'graph.show', title: 'Show graph', keywords: 'links network map', run: showGraph },
      { id: 'library.show', title: 'Show the whole library', keywords: 'all abstracts home', run: () => setFilter({}) },
      {
        id: 'search.focus',
        title: 'Focus search',
        shortcut: '/',
        keywords: 'find',
        run: () => {
          showLibrary();
          // The box is mounted with the library view, a render later when coming from a note.
          window.setTimeout(focusSearchBox, 0);
        },
      },
      { id: 'theme.toggle', title: 'Toggle theme', keywords: 'dark light mode appearance', run: toggleTheme },
      { id: 'theme.system', title: 'Use the system theme', keywords: 'dark light mode appearance', run: () => setTheme('system') },
      { id: 'undo', title: 'Undo', shortcut: 'Ctrl+Z', run: () => undo.undo() },
      { id: 'redo', title: 'Redo', shortcut: 'Ctrl+Shift+Z', run: () => undo.redo() },
    ];
    if (openId !== null) {
      list.push({
        id: 'annotations.export',
        title: 'Export annotations of the open abstract',
        keywords: 'json-ld highlights download',
        run: () => exportOpenAnnotations(openId),
      });
    }
    if (listId !== undefined) {
      list.push({
        id: 'lists.export',
        title: 'Export reading list as Markdown',
        keywords: 'download',
        run: async () => downloadText(`${fileStem(listName ?? 'reading-list')}.md`, await exportListMarkdown(listId), 'text/markdown'),
      });
    }
    return list;
  }, [importPicked, runUndoable, setFilter, showLibrary, showGraph, openNote, toggleTheme, setTheme, undo, openId, listId, listName]);
  useCommands(commands);
}
