import { useMemo, type ReactNode } from 'react';
import type { DisplayHighlight } from './display-highlights';
import { MarkedInline } from './MarkedInline';
import { parseInline, splitParagraphs } from '../../inline/parse-inline';

interface AbstractBodyProps {
  text: string;
  truncated: boolean;
  /** Highlights to mark, in display offsets. */
  highlights?: readonly DisplayHighlight[];
  selectedId?: number | null;
}

const NO_HIGHLIGHTS: readonly DisplayHighlight[] = [];

/**
 * The display text (a snippet ends in a muted ellipsis), one `<p dir="auto">` per paragraph, with math,
 * emphasis, citations and highlight marks rendered.
 */
export function AbstractBody({ text, truncated, highlights = NO_HIGHLIGHTS, selectedId = null }: AbstractBodyProps): ReactNode {
  const paragraphs = useMemo(
    () =>
      splitParagraphs(text).map((paragraph) => ({
        start: paragraph.start,
        nodes: parseInline(paragraph.text, paragraph.start),
      })),
    [text],
  );
  if (text.trim() === '') {
    // A reference entry may come without an abstract: say so rather than show an empty page.
    return (
      <div className="abstract-body">
        <p className="abstract-missing">No abstract. Edit text adds one, or import a file that has it.</p>
      </div>
    );
  }
  return (
    <div className="abstract-body">
      {paragraphs.map((paragraph, index) => (
        <p key={paragraph.start} dir="auto" data-offset={paragraph.start}>
          <MarkedInline nodes={paragraph.nodes} text={text} highlights={highlights} selectedId={selectedId} />
          {truncated && index === paragraphs.length - 1 && (
            <span className="snippet-cut" aria-hidden="true">
              …
            </span>
          )}
        </p>
      ))}
    </div>
  );
}
