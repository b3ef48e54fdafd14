import { useMemo, type ReactNode } from 'react';
import { HighlightedText } from './HighlightedText';
import { useSearchHits } from './search-context';
import { snippetAround } from './search-highlight';

/**
 * A list row's title, with the search's terms marked; while searching, a one-line excerpt of the
 * text around the first match follows it (the title then takes one line, so the row keeps its height).
 */
export function RowTitle({ title, text }: { title: string; text: string }): ReactNode {
  const titleHits = useSearchHits(title);
  const textHits = useSearchHits(text);
  const snippet = useMemo(() => snippetAround(text, textHits), [text, textHits]);
  return (
    <>
      <span className="abstract-option-title" data-searching={snippet ? '' : undefined}>
        <HighlightedText text={title} hits={titleHits} />
      </span>
      {snippet && (
        <span className="abstract-option-snippet">
          <HighlightedText text={snippet.text} hits={snippet.hits} />
        </span>
      )}
    </>
  );
}
