import { Fragment, useMemo, type ReactNode } from 'react';
import { cutAtMarks, type KeywordMark } from '../../../shared/screening/keyword-marks';
import { parseInline, splitParagraphs, type InlineNode } from '../../inline/parse-inline';
import { MathNode } from '../../inline/MathNode';

function unescapeDollars(text: string): string {
  return text.replace(/\\\$/g, '$');
}

/** `[start, end)` of `text` as React text, with the keyword marks in it as `<mark>`s. */
export function MarkedText({
  text,
  start,
  end,
  marks,
}: {
  text: string;
  start: number;
  end: number;
  marks: readonly KeywordMark[];
}): ReactNode {
  return cutAtMarks(marks, start, end).map((piece) => {
    const content = unescapeDollars(text.slice(piece.start, piece.end));
    return piece.kind === null ? (
      <Fragment key={piece.start}>{content}</Fragment>
    ) : (
      <mark key={piece.start} className={`keyword keyword-${piece.kind}`}>
        {content}
      </mark>
    );
  });
}

function Piece({
  node,
  text,
  marks,
}: {
  node: InlineNode;
  text: string;
  marks: readonly KeywordMark[];
}): ReactNode {
  switch (node.kind) {
    case 'text':
      return <MarkedText text={text} start={node.start} end={node.end} marks={marks} />;
    case 'math':
      return <MathNode tex={node.tex} display={node.display} source={node.source} />;
    case 'cite':
      return <span className="citation">[{node.keys}]</span>;
    case 'emphasis':
    case 'strong': {
      const children = node.children.map((child) => (
        <Piece key={child.start} node={child} text={text} marks={marks} />
      ));
      return node.kind === 'emphasis' ? <em>{children}</em> : <strong>{children}</strong>;
    }
  }
}

/** An abstract's display text, one paragraph per line, with math typeset and the review's keywords marked. */
export function KeywordText({
  text,
  truncated,
  marks,
}: {
  text: string;
  truncated: boolean;
  marks: readonly KeywordMark[];
}): ReactNode {
  const paragraphs = useMemo(
    () =>
      splitParagraphs(text).map((paragraph) => ({
        start: paragraph.start,
        nodes: parseInline(paragraph.text, paragraph.start),
      })),
    [text],
  );
  if (paragraphs.length === 0)
    return <p className="screening-no-text">No abstract: screen it by its title and details.</p>;
  return (
    <div className="screening-text">
      {paragraphs.map((paragraph, index) => (
        <p key={paragraph.start} dir="auto">
          {paragraph.nodes.map((node) => (
            <Piece key={node.start} node={node} text={text} marks={marks} />
          ))}
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
