import type { ReactNode } from 'react';
import { useRenderedMath } from '../../inline/render-math';

/** KaTeX output (trust: false) for a formula in a note or comment; bad TeX stays visible as source. */
export function MathView({ tex }: { tex: string }): ReactNode {
  const html = useRenderedMath(tex, false);
  if (html === undefined) return <span className="math math-pending">{`$${tex}$`}</span>;
  if (html === null) return <code className="math-fallback">{`$${tex}$`}</code>;
  return <span className="math" data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />;
}
