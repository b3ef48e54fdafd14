export { citationItem, type CitationItem } from './csl-item';
export { formatBibliography, formatCitation, type CitationFormat } from './format';
export { latexCitation, pandocCitation } from './keys';
export {
  CITATION_STYLE_IDS,
  CITATION_STYLES,
  DEFAULT_CITATION_STYLE,
  isCitationStyleId,
  type CitationStyle,
  type CitationStyleId,
} from './styles';
