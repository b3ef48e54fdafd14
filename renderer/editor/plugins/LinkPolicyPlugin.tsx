import { useEffect, type ReactNode } from 'react';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import { isAllowedLinkUrl } from '../../../shared/rich-text/link-url';

/** A link the policy refuses becomes its plain text. */
function $unwrapUnsafeLink(node: LinkNode): void {
  if (!isAllowedLinkUrl(node.getURL())) $unwrapNode(node);
}

/**
 * Every link in the editor passes the link policy, however it was made: by command, pasted HTML,
 * a Markdown shortcut, or a saved note or draft loaded into the editor. Registering the transforms
 * runs them over the links already there, so a stored unsafe link is unwrapped on load.
 */
export function LinkPolicyPlugin(): ReactNode {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () => mergeRegister(editor.registerNodeTransform(LinkNode, $unwrapUnsafeLink), editor.registerNodeTransform(AutoLinkNode, $unwrapUnsafeLink)),
    [editor],
  );
  return <LinkPlugin validateUrl={isAllowedLinkUrl} />;
}
