import type { CSSProperties, DragEvent, ReactNode } from 'react';
import type { PickModifiers } from '../organize/selection';
import { useAbstract } from '../../db/abstracts/hooks';
import { displayTitle } from '../../../shared/text/display-title';
import { RowMarks } from '../organize/RowMarks';
import { RowTitle } from '../search/RowTitle';
import { bylineText } from './format';

export function optionId(id: number): string {
  return `abstract-option-${id}`;
}

interface AbstractOptionProps {
  id: number;
  position: number;
  setSize: number;
  active: boolean;
  selected: boolean;
  open: boolean;
  style: CSSProperties;
  sourceNames: ReadonlyMap<string, string>;
  onPick: (id: number, modifiers: PickModifiers) => void;
  onDragStart: (event: DragEvent<HTMLDivElement>) => void;
}

/** One list row. It loads its own record, so only the rows on screen ever touch the database. */
export function AbstractOption({
  id,
  position,
  setSize,
  active,
  selected,
  open,
  style,
  sourceNames,
  onPick,
  onDragStart,
}: AbstractOptionProps): ReactNode {
  const row = useAbstract(id);
  const firstSource = row?.sources[0];
  const sourceName = firstSource ? sourceNames.get(firstSource.captureHash) : undefined;
  const byline = row ? bylineText(row) : '';
  return (
    <div
      role="option"
      id={optionId(id)}
      aria-selected={selected}
      data-cursor={active || undefined}
      aria-setsize={setSize}
      aria-posinset={position}
      aria-current={open ? 'true' : undefined}
      className="abstract-option"
      style={style}
      draggable
      onDragStart={onDragStart}
      onClick={(event) => onPick(id, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey })}
    >
      {row ? (
        <>
          <RowTitle title={displayTitle({ title: row.title, text: row.display.text })} text={row.display.text} />
          <span className="abstract-option-meta">
            {byline && <span className="abstract-option-byline">{byline}</span>}
            {sourceName && <span className="abstract-option-source">{sourceName}</span>}
            {row.truncated && <span className="badge">snippet</span>}
            <RowMarks status={row.status} starred={row.starred === 1} />
          </span>
        </>
      ) : (
        <span className="abstract-option-skeleton" aria-hidden="true" />
      )}
    </div>
  );
}
