import { useMemo, type ReactNode } from 'react';
import { InlineContent } from './inline/InlineContent';
import { parseInline, splitParagraphs } from './inline/parse-inline';

/** The display text (a snippet ends in a muted ellipsis), one `<p dir="auto">` per paragraph, with math, emphasis and citations rendered. */
export function AbstractBody({ text, truncated }: { text: string; truncated: boolean }): ReactNode {
  const paragraphs = useMemo(
    () =>
      splitParagraphs(text).map((paragraph) => ({
        start: paragraph.start,
        nodes: parseInline(paragraph.text, paragraph.start),
      })),
    [text],
  );
  return (
    <div className="abstract-body">
      {paragraphs.map((paragraph, index) => (
        <p key={paragraph.start} dir="auto" data-offset={paragraph.start}>
          <InlineContent nodes={paragraph.nodes} />
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
