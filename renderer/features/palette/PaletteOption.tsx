import type { ReactNode } from 'react';
import type { PaletteCommand } from '../../ui/command-registry';
import { matchedRuns } from './palette-match';

/** One palette entry: a command, with the letters the query matched, or an abstract to open. */
export type PaletteEntry =
  { kind: 'command'; command: PaletteCommand; indexes: readonly number[] } | { kind: 'abstract'; id: number; title: string };

/** What a palette option shows: a command (matched letters in bold, its shortcut on the right) or an abstract to open. */
export function PaletteOption({ entry }: { entry: PaletteEntry }): ReactNode {
  return entry.kind === 'command' ? (
    <>
      <span className="palette-option-title">
        {matchedRuns(entry.command.title, entry.indexes).map((run, index) =>
          run.matched ? <b key={index}>{run.text}</b> : <span key={index}>{run.text}</span>,
        )}
      </span>
      {entry.command.shortcut && <kbd className="palette-shortcut">{entry.command.shortcut}</kbd>}
    </>
  ) : (
    <>
      <span className="palette-option-title" dir="auto">
        {entry.title}
      </span>
      <span className="palette-kind">Open abstract</span>
    </>
  );
}
