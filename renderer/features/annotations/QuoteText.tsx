import { useMemo, type ReactNode } from 'react';
import { InlineContent } from '../../inline/InlineContent';
import { parseInline } from '../../inline/parse-inline';

/** A highlight's words as the reader shows them: math typeset, emphasis kept. */
export function QuoteText({ text }: { text: string }): ReactNode {
  const nodes = useMemo(() => parseInline(text), [text]);
  return <InlineContent nodes={nodes} />;
}
