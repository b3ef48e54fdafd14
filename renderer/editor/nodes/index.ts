import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { MathNode } from './MathNode';
import { MentionNode } from './MentionNode';

/**
 * Every node the rich editors know, in one list so a feature adds its node here once
 * (e.g. mentions). Comments and notes share it so a comment pasted into a note keeps its nodes.
 */
export const EDITOR_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  MathNode,
  MentionNode,
];
