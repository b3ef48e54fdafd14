import { useEffect, type ReactNode } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { isAllowedLinkUrl } from '../../../shared/rich-text/link-url';
import { registerLinkPolicy } from '../link-policy';

/** Links made by command, paste, Markdown shortcut or loaded from storage all pass the link policy. */
export function LinkPolicyPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerLinkPolicy(editor), [editor]);
  return <LinkPlugin validateUrl={isAllowedLinkUrl} />;
}
