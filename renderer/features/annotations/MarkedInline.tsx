import { Fragment, type ReactNode } from 'react';
import type { InlineNode } from '../../inline/parse-inline';
import { MathNode } from '../../inline/MathNode';
import { covering, cutPoints, type DisplayHighlight } from './display-highlights';
import { useSearchHits } from '../search';
import { withRangeEdges, type TextRange } from '../search';

interface MarkContext {
  /** The display text the nodes' offsets point into. */
  text: string;
  highlights: readonly DisplayHighlight[];
  selectedId: number | null;
  /** The library search's matches, marked apart from the highlights (`mark.search-hit`). */
  searchHits?: readonly TextRange[];
}

function unescapeDollars(text: string): string {
  return text.replace(/\\\$/g, '$');
}

/** Wraps `content` in one `<mark>` per covering highlight; the overlap of two shows an underline. */
function withMarks(content: ReactNode, marks: DisplayHighlight[], selectedId: number | null): ReactNode {
  let wrapped = content;
  for (let depth = marks.length - 1; depth >= 0; depth -= 1) {
    const mark = marks[depth];
    if (!mark) continue;
    wrapped = (
      <mark
        className={`hl hl-${mark.color}`}
        data-annotation-id={mark.id}
        data-overlap={depth > 0 || undefined}
        data-selected={mark.id === selectedId || undefined}
      >
        {wrapped}
      </mark>
    );
  }
  return wrapped;
}

function TextPieces({ start, end, context }: { start: number; end: number; context: MarkContext }): ReactNode {
  const hits = context.searchHits ?? [];
  const points = withRangeEdges(cutPoints(context.highlights, start, end), hits, start, end);
  return points.slice(0, -1).map((from, index) => {
    const to = points[index + 1] ?? end;
    const leaf = (
      <span data-s={from} data-e={to}>
        {unescapeDollars(context.text.slice(from, to))}
      </span>
    );
    // The search mark sits inside the highlight marks and outside the leaf, so the leaf keeps only text.
    const piece = hits.some((hit) => hit.start <= from && hit.end >= to) ? <mark className="search-hit">{leaf}</mark> : leaf;
    return <Fragment key={from}>{withMarks(piece, covering(context.highlights, from, to), context.selectedId)}</Fragment>;
  });
}

function Atom({ node, children, context }: { node: InlineNode; children: ReactNode; context: MarkContext }): ReactNode {
  const atom = (
    <span data-s={node.start} data-e={node.end} data-atom="">
      {children}
    </span>
  );
  return withMarks(atom, covering(context.highlights, node.start, node.end), context.selectedId);
}

function Piece({ node, context }: { node: InlineNode; context: MarkContext }): ReactNode {
  switch (node.kind) {
    case 'text':
      return <TextPieces start={node.start} end={node.end} context={context} />;
    case 'math': {
      const math = <MathNode tex={node.tex} display={node.display} source={node.source} />;
      return <Atom node={node} context={context}>{math}</Atom>;
    }
    case 'cite':
      return (
        <Atom node={node} context={context}>
          <span className="citation">[{node.keys}]</span>
        </Atom>
      );
    case 'emphasis':
    case 'strong': {
      const children = node.children.map((child) => <Piece key={child.start} node={child} context={context} />);
      return node.kind === 'emphasis' ? <em>{children}</em> : <strong>{children}</strong>;
    }
  }
}

/**
 * Renders parsed inline nodes with highlight marks. Every leaf carries its display offsets
 * (`data-s`, `data-e`; math and citations are `data-atom`, selected whole) so a DOM selection
 * maps back to the display text.
 */
export function MarkedInline({ nodes, ...context }: MarkContext & { nodes: InlineNode[] }): ReactNode {
  const searchHits = useSearchHits(context.text);
  return nodes.map((node) => <Piece key={node.start} node={node} context={{ ...context, searchHits }} />);
}
