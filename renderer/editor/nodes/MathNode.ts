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
import { MathView } from './MathView';

export type SerializedMathNode = Spread<{ tex: string }, SerializedLexicalNode>;

/** Inline math `$…$`: kept as TeX source, shown typeset by KaTeX. Its text content is the `$…$` source. */
export class MathNode extends DecoratorNode<ReactNode> {
  __tex: string;

  static override getType(): string {
    return 'math';
  }

  static override clone(node: MathNode): MathNode {
    return new MathNode(node.__tex, node.__key);
  }

  static override importJSON(serialized: SerializedMathNode): MathNode {
    return $createMathNode(serialized.tex);
  }

  constructor(tex: string, key?: NodeKey) {
    super(key);
    this.__tex = tex;
  }

  override exportJSON(): SerializedMathNode {
    return { ...super.exportJSON(), type: 'math', version: 1, tex: this.__tex };
  }

  override createDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'editor-math';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.textContent = this.getTextContent();
    return { element };
  }

  getTex(): string {
    return this.getLatest().__tex;
  }

  override getTextContent(): string {
    return `$${this.getLatest().__tex}$`;
  }

  override isInline(): true {
    return true;
  }

  override decorate(): ReactNode {
    return createElement(MathView, { tex: this.__tex });
  }
}

export function $createMathNode(tex: string): MathNode {
  return $applyNodeReplacement(new MathNode(tex));
}

export function $isMathNode(node: LexicalNode | null | undefined): node is MathNode {
  return node instanceof MathNode;
}
