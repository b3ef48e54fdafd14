import { createElement, type ReactNode } from 'react';
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { MENTION_NODE_TYPE } from '../../db/links/mention-extract';
import { MentionView } from './MentionView';

/** `title` is the last title seen, shown when the target is no longer in the library. */
export type SerializedMentionNode = Spread<{ targetId: number; title: string }, SerializedLexicalNode>;

/**
 * A mention of an abstract, made with `[[` or `@`. It keeps the target's id and shows the
 * target's current display title; its text content (saved for search) is that title.
 */
export class MentionNode extends DecoratorNode<ReactNode> {
  __targetId: number;
  __title: string;

  static override getType(): string {
    return MENTION_NODE_TYPE;
  }

  static override clone(node: MentionNode): MentionNode {
    return new MentionNode(node.__targetId, node.__title, node.__key);
  }

  static override importJSON(serialized: SerializedMentionNode): MentionNode {
    return $createMentionNode(serialized.targetId, serialized.title);
  }

  constructor(targetId: number, title: string, key?: NodeKey) {
    super(key);
    this.__targetId = targetId;
    this.__title = title;
  }

  override exportJSON(): SerializedMentionNode {
    return { ...super.exportJSON(), type: MENTION_NODE_TYPE, version: 1, targetId: this.__targetId, title: this.__title };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'editor-mention';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = `[[${this.getTitle()}]]`;
    return { element };
  }

  getTargetId(): number {
    return this.getLatest().__targetId;
  }

  getTitle(): string {
    return this.getLatest().__title;
  }

  /** Remembers the target's newer title, so the fallback stays close to what the user saw. */
  setTitle(title: string): void {
    this.getWritable().__title = title;
  }

  override getTextContent(): string {
    return this.getLatest().__title;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): ReactNode {
    return createElement(MentionView, { nodeKey: this.__key, targetId: this.__targetId, title: this.__title });
  }
}

export function $createMentionNode(targetId: number, title: string): MentionNode {
  return $applyNodeReplacement(new MentionNode(targetId, title));
}

export function $isMentionNode(node: LexicalNode | null | undefined): node is MentionNode {
  return node instanceof MentionNode;
}
