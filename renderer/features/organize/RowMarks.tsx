import type { ReactNode } from 'react';
import type { Status } from '../../db/organize/types';
import './organize.css';

/** A list row's reading status and star, as small marks with text for screen readers. */
export function RowMarks({ status, starred }: { status: Status; starred: boolean }): ReactNode {
  return (
    <>
      {status !== 'read' && (
        <span className="row-status" data-status={status}>
          {status === 'unread' ? <span className="visually-hidden">Unread</span> : 'Reading'}
        </span>
      )}
      {starred && (
        <span className="row-star" role="img" aria-label="Starred">
          ★
        </span>
      )}
    </>
  );
}
