import type { ReactNode } from 'react';
import { useRenderedMath } from './render-math';

/**
 * One formula typeset by KaTeX (`trust: false`, so the markup is KaTeX's own, never the imported string's), or
 * its source as code when it cannot be typeset.
 */
export function MathNode({
  tex,
  display,
  source,
}: {
  tex: string;
  display: boolean;
  source: string;
}): ReactNode {
  const html = useRenderedMath(tex, display);
  // The source stands in for the moment KaTeX takes to load (the first formula shown since the start).
  if (html === undefined) return <span className="math math-pending">{source}</span>;
  if (html === null) {
    return (
      <code className="math-fallback" title="This formula could not be typeset">
        {source}
      </code>
    );
  }
  return (
    <span
      className={display ? 'math math-display' : 'math'}
      data-tex={tex}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
