import type { ReactNode } from 'react';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { isSafeUrl } from '../safe-url';

/** Links made by command or paste must pass the same URL check as Markdown links. */
export function LinkPolicyPlugin(): ReactNode {
  return <LinkPlugin validateUrl={isSafeUrl} />;
}
