import type { CSSProperties, ReactNode } from 'react';
import { useAbstract } from '../../db/hooks';
import { displayTitle } from '../../../shared/text/display-title';
import { bylineText } from './format';

export function optionId(id: number): string {
  return `abstract-option-${id}`;
}

interface AbstractOptionProps {
  id: number;
  position: number;
  setSize: number;
  active: boolean;
  open: boolean;
  style: CSSProperties;
  sourceNames: ReadonlyMap<string, string>;
  onPick: (id: number) => void;
}

/** One list row. It loads its own record, so only the rows on screen ever touch the database. */
export function AbstractOption({
  id,
  position,
  setSize,
  active,
  open,
  style,
  sourceNames,
  onPick,
}: AbstractOptionProps): ReactNode {
  const row = useAbstract(id);
  const firstSource = row?.sources[0];
  const sourceName = firstSource ? sourceNames.get(firstSource.captureHash) : undefined;
  const byline = row ? bylineText(row) : '';
  return (
    <div
      role="option"
      id={optionId(id)}
      aria-selected={active}
      aria-setsize={setSize}
      aria-posinset={position}
      aria-current={open ? 'true' : undefined}
      className="abstract-option"
      style={style}
      onClick={() => onPick(id)}
    >
      {row ? (
        <>
          <span className="abstract-option-title">
            {displayTitle({ title: row.title, text: row.display.text })}
          </span>
          <span className="abstract-option-meta">
            {byline && <span className="abstract-option-byline">{byline}</span>}
            {sourceName && <span className="abstract-option-source">{sourceName}</span>}
            {row.truncated && <span className="badge">snippet</span>}
          </span>
        </>
      ) : (
        <span className="abstract-option-skeleton" aria-hidden="true" />
      )}
    </div>
  );
}
