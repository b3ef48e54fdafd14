import type { ReactNode } from 'react';

/** The keys of screening mode, always in view. */
export function KeyHelp(): ReactNode {
  return (
    <section className="screening-keys" aria-label="Keys">
      <h3 className="screening-side-title">Keys</h3>
      <dl>
        <dt>
          <kbd>I</kbd>
        </dt>
        <dd>Include</dd>
        <dt>
          <kbd>E</kbd> then <kbd>1</kbd>–<kbd>9</kbd>
        </dt>
        <dd>Exclude with a reason (Enter: none)</dd>
        <dt>
          <kbd>M</kbd>
        </dt>
        <dd>Maybe</dd>
        <dt>
          <kbd>U</kbd>
        </dt>
        <dd>Undo your last decision or note here</dd>
        <dt>
          <kbd>N</kbd>
        </dt>
        <dd>Note on this record</dd>
        <dt>
          <kbd>←</kbd> <kbd>→</kbd>
        </dt>
        <dd>Previous and next record</dd>
      </dl>
    </section>
  );
}
