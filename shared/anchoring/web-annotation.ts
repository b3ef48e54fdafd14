import {
  ANNO_CONTEXT,
  type AnnotationCollection,
  type HighlightForExport,
  type NoteForExport,
  type TextualBody,
  type WebAnnotation,
} from './web-annotation-types';
import type { HighlightColor } from './types';

/*
 * Highlights and notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/). The colour
 * travels the standard way: a CSS class on the target and the stylesheet that defines it.
 */

const COLOR_CSS: Record<HighlightColor, string> = {
  yellow: '#fff3a3',
  green: '#c7f0c2',
  blue: '#c4dcff',
  pink: '#ffc9de',
  purple: '#e0cfff',
};
const STYLE_CLASS_PREFIX = 'lectern-highlight-';

export const abstractUrn = (abstractId: number): string => `urn:lectern:abstract:${abstractId}`;
const annotationUrn = (id: number): string => `urn:lectern:annotation:${id}`;
const noteUrn = (id: number): string => `urn:lectern:note:${id}`;

function textBody(text: string): TextualBody {
  return { type: 'TextualBody', purpose: 'commenting', value: text, format: 'text/plain' };
}

function iso(time: number): string {
  return new Date(time).toISOString();
}

export function toWebAnnotation(highlight: HighlightForExport): WebAnnotation {
  const styleClass = STYLE_CLASS_PREFIX + highlight.color;
  return {
    '@context': ANNO_CONTEXT,
    id: annotationUrn(highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    created: iso(highlight.createdAt),
    modified: iso(highlight.updatedAt),
    ...(highlight.comment.text === '' ? {} : { body: textBody(highlight.comment.text) }),
    target: {
      source: abstractUrn(highlight.abstractId),
      selector: [{ ...highlight.selectors.quote }, { ...highlight.selectors.position }],
      styleClass,
    },
    stylesheet: { type: 'CssStylesheet', value: `.${styleClass} { background-color: ${COLOR_CSS[highlight.color]}; }` },
  };
}

/** A note on a whole abstract: a commenting annotation whose target is the abstract itself. */
export function noteToWebAnnotation(note: NoteForExport): WebAnnotation {
  return {
    '@context': ANNO_CONTEXT,
    id: noteUrn(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: iso(note.createdAt),
    modified: iso(note.updatedAt),
    body: textBody(note.text),
    target: abstractUrn(note.abstractId),
  };
}

/** One abstract's highlights and note as an AnnotationCollection with a single page. */
export function exportAbstractAnnotations(
  abstractId: number,
  label: string,
  highlights: readonly HighlightForExport[],
  note: NoteForExport | null,
): AnnotationCollection {
  const items = [...highlights.map(toWebAnnotation), ...(note === null ? [] : [noteToWebAnnotation(note)])].map(
    ({ '@context': _context, ...item }) => item,
  );
  const id = `${abstractUrn(abstractId)}:annotations`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

export { fromWebAnnotation } from './web-annotation-read';
