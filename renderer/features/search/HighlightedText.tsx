import type { ReactNode } from 'react';
import type { TextRange } from './search-highlight';

/** `text` with each hit in a `<mark class="search-hit">`; plain text nodes only, never HTML. */
export function HighlightedText({ text, hits }: { text: string; hits: readonly TextRange[] }): ReactNode {
  if (hits.length === 0) return text;
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start > at) pieces.push(text.slice(at, hit.start));
    pieces.push(
      <mark key={hit.start} className="search-hit">
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}
