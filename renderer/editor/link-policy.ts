import { AutoLinkNode, LinkNode } from '@lexical/link';
import { $unwrapNode, mergeRegister } from '@lexical/utils';
import type { LexicalEditor } from 'lexical';
import { isAllowedLinkUrl } from '../../shared/rich-text/link-url';

/** A link the policy refuses becomes its plain text. */
function $unwrapUnsafeLink(node: LinkNode): void {
  if (!isAllowedLinkUrl(node.getURL())) $unwrapNode(node);
}

/**
 * Holds every link in the editor to the link policy, however it was made: pasted HTML, a Markdown
 * shortcut, a command, or a saved note or draft loaded into the editor. Registering the transforms
 * runs them over the links already there, so a stored unsafe link is unwrapped on load.
 */
export function registerLinkPolicy(editor: LexicalEditor): () => void {
  return mergeRegister(editor.registerNodeTransform(LinkNode, $unwrapUnsafeLink), editor.registerNodeTransform(AutoLinkNode, $unwrapUnsafeLink));
}
