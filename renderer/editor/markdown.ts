import { $isLinkNode } from '@lexical/link';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createMathNode, $isMathNode, MathNode } from './nodes/MathNode';
import { isAllowedLinkUrl } from '../../shared/rich-text/link-url';

/** `$tex$` typed (on the closing `$`) or imported becomes a math node. */
export const INLINE_MATH: TextMatchTransformer = {
  type: 'text-match',
  dependencies: [MathNode],
  trigger: '$',
  regExp: /(?<![\\$])\$([^$\n]*[^$\s\\])\$$/,
  importRegExp: /(?<![\\$])\$([^$\n]*[^$\s\\])\$/,
  replace: (textNode, match) => {
    const tex = match[1];
    if (tex === undefined || tex.trim() === '') return;
    textNode.replace($createMathNode(tex));
  },
  export: (node) => ($isMathNode(node) ? `$${node.getTex()}$` : null),
};

/**
 * `[text](url)` becomes a link only for a web or mail URL; anything else stays typed text. On export
 * a link that fails the policy is written as its text alone.
 */
export const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (textNode, match) => {
    // Groups 2 and 3 are the two spellings of the destination: `<url>` and bare `url`.
    const url = match[2] ?? match[3];
    if (url === undefined || !isAllowedLinkUrl(url.trim())) return;
    return LINK.replace?.(textNode, match);
  },
  export: (node, exportChildren, exportFormat) =>
    $isLinkNode(node) && !isAllowedLinkUrl(node.getURL()) ? null : (LINK.export?.(node, exportChildren, exportFormat) ?? null),
};

const INLINE: Transformer[] = [
  INLINE_MATH,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  SAFE_LINK,
];

/** Comments: lists and inline formatting. */
export const COMMENT_TRANSFORMERS: Transformer[] = [UNORDERED_LIST, ORDERED_LIST, ...INLINE];

/** Notes: everything a comment has, plus headings and quotes. */
export const NOTE_TRANSFORMERS: Transformer[] = [HEADING, QUOTE, ...COMMENT_TRANSFORMERS];
