import type { ReactNode } from 'react';
import type { InlineNode } from './parse-inline';
import { MathNode } from './MathNode';

function renderNode(node: InlineNode): ReactNode {
  switch (node.kind) {
    case 'text':
      return node.text;
    case 'math':
      return <MathNode tex={node.tex} display={node.display} source={node.source} />;
    case 'emphasis':
      return (
        <em>
          {node.children.map((child) => (
            <InlinePiece key={child.start} node={child} />
          ))}
        </em>
      );
    case 'strong':
      return (
        <strong>
          {node.children.map((child) => (
            <InlinePiece key={child.start} node={child} />
          ))}
        </strong>
      );
    case 'cite':
      return <span className="citation">[{node.keys}]</span>;
  }
}

function InlinePiece({ node }: { node: InlineNode }): ReactNode {
  return renderNode(node);
}

/** Renders parsed inline nodes. Imported text only ever reaches the DOM as React text. */
export function InlineContent({ nodes }: { nodes: InlineNode[] }): ReactNode {
  return nodes.map((node) => <InlinePiece key={node.start} node={node} />);
}
