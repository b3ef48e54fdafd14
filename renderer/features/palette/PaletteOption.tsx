import type { ReactNode } from 'react';
import { displayTitle } from '../../../shared/text/display-title';
import { useAbstract } from '../../db/abstracts/hooks';
import type { PaletteCommand } from './command-registry';
import { matchedRuns } from './palette-match';

type PaletteOptionProps = { domId: string; active: boolean; onPick: () => void } & (
  | { kind: 'command'; command: PaletteCommand; indexes: readonly number[] }
  | { kind: 'abstract'; abstractId: number }
);

function AbstractTitle({ id }: { id: number }): ReactNode {
  const row = useAbstract(id);
  if (!row) return '…';
  return displayTitle({ title: row.title, text: row.display.text });
}

/** One palette entry: a command (matched letters in bold, its shortcut on the right) or an abstract to open. */
export function PaletteOption(props: PaletteOptionProps): ReactNode {
  return (
    <div
      role="option"
      id={props.domId}
      aria-selected={props.active}
      className="palette-option"
      // Keep the focus in the field: a click picks without blurring it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onPick}
    >
      {props.kind === 'command' ? (
        <>
          <span className="palette-option-title">
            {matchedRuns(props.command.title, props.indexes).map((run, index) =>
              run.matched ? <b key={index}>{run.text}</b> : <span key={index}>{run.text}</span>,
            )}
          </span>
          {props.command.shortcut && <kbd className="palette-shortcut">{props.command.shortcut}</kbd>}
        </>
      ) : (
        <>
          <span className="palette-option-title" dir="auto">
            <AbstractTitle id={props.abstractId} />
          </span>
          <span className="palette-kind">Open abstract</span>
        </>
      )}
    </div>
  );
}
