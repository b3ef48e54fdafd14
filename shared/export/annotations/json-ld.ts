import { abstractUrn, noteToWebAnnotation, toWebAnnotation } from '../../anchoring/web-annotation';
import { ANNO_CONTEXT, type TextualBody, type WebAnnotation } from '../../anchoring/web-annotation-types';
import type { AnchorState } from '../../anchoring/types';
import { escapeHtml, richTextToHtml } from '../../rich-text/to-html';
import type { ExportRichText, LibraryExportInput } from '../vault/types';
import { annotationsByAbstract, titlesOf } from './by-abstract';

/** Lectern's own terms (where a highlight stands in the text now), in a namespace of their own. */
const LECTERN_CONTEXT = { lectern: 'urn:lectern:terms#' } as const;

/** The comment's formatting, beside the plain-text body readers without HTML use. */
export interface HtmlBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/html';
}

export type CollectionAnnotation = Omit<WebAnnotation, '@context' | 'body'> & {
  body?: TextualBody | [TextualBody, HtmlBody];
  /** anchored, moved (placed again after the text changed) or orphaned (its words are gone). */
  'lectern:anchorState'?: AnchorState;
  'lectern:confidence'?: number | null;
  /** The abstract's citation key, so the annotation can be matched to a reference elsewhere. */
  'lectern:citationKey': string;
};

export interface LibraryAnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof LECTERN_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: CollectionAnnotation[] };
}

type HtmlMention = (id: number, title: string) => string;

function withBodies(annotation: WebAnnotation, content: ExportRichText, mentionHtml: HtmlMention): Omit<WebAnnotation, '@context' | 'body'> & Pick<CollectionAnnotation, 'body'> {
  const { body, ...rest } = annotation;
  // The collection states the context once.
  delete rest['@context'];
  if (body === undefined) return rest;
  const html: HtmlBody = { type: 'TextualBody', purpose: 'commenting', value: richTextToHtml(content, mentionHtml), format: 'text/html' };
  return { ...rest, body: [body, html] };
}

/**
 * Every highlight and note of the export as one W3C AnnotationCollection: each highlight keeps
 * both selectors, its colour and its anchoring state; a comment has a plain-text body and an HTML
 * body with its formatting.
 */
export function annotationsJsonLd(input: LibraryExportInput, label = 'Lectern annotations'): LibraryAnnotationCollection {
  const titleOf = titlesOf(input);
  const mentionHtml: HtmlMention = (id, title) => `<a href="${abstractUrn(id)}">${escapeHtml(titleOf(id, title))}</a>`;
  const items: CollectionAnnotation[] = [];
  for (const { entry, highlights, note } of annotationsByAbstract(input)) {
    for (const highlight of highlights) {
      items.push({
        ...withBodies(toWebAnnotation(highlight), highlight.comment, mentionHtml),
        'lectern:anchorState': highlight.state,
        'lectern:confidence': highlight.confidence,
        'lectern:citationKey': entry.citationKey,
      });
    }
    if (note !== null) items.push({ ...withBodies(noteToWebAnnotation(note), note, mentionHtml), 'lectern:citationKey': entry.citationKey });
  }
  const id = `urn:lectern:annotations:${Date.now()}`;
  return {
    '@context': [ANNO_CONTEXT, LECTERN_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as the text of a .jsonld file. */
export function annotationsJsonLdText(input: LibraryExportInput, label?: string): string {
  return JSON.stringify(annotationsJsonLd(input, label), null, 2);
}
