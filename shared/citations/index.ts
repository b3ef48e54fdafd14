// Everything citations offer. The renderer imports styles.ts and keys.ts directly and loads
// format.ts (citeproc-js and the styles, about a megabyte) only when something is copied.
export { citationItem, type CitationItem } from './csl-item';
export { formatBibliography, formatCitation, type CitationFormat } from './format';
export { latexCitation, pandocCitation } from './keys';
export { CITATION_STYLE_IDS, CITATION_STYLE_LABELS, DEFAULT_CITATION_STYLE, isCitationStyleId, type CitationStyleId } from './styles';
