import type { AnchorSelectors, AnchorState, HighlightColor, TextPositionSelector, TextQuoteSelector } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** What an export needs of a highlight (the database row has these fields, and more). */
export interface HighlightForExport {
  id: number;
  abstractId: number;
  selectors: AnchorSelectors;
  color: HighlightColor;
  comment: { text: string };
  state: AnchorState;
  confidence: number | null;
  createdAt: number;
  updatedAt: number;
}

/** What an export needs of an abstract's note. */
export interface NoteForExport {
  id: number;
  abstractId: number;
  text: string;
  createdAt: number;
  updatedAt: number;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting';
  value: string;
  format: 'text/plain';
}

export interface HighlightTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  styleClass: string;
}

export interface WebAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  body?: TextualBody;
  target: HighlightTarget | string;
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** A Web Annotation read back: a highlight (with its comment) or a whole-abstract note. */
export type ParsedWebAnnotation =
  | {
      kind: 'highlight';
      id: number | null;
      abstractId: number;
      selectors: AnchorSelectors;
      color: HighlightColor;
      commentText: string;
      createdAt: number;
      updatedAt: number;
    }
  | { kind: 'note'; id: number | null; abstractId: number; text: string; createdAt: number; updatedAt: number };
