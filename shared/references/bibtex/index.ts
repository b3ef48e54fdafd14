export { parseBibtex } from './parse-bibtex';
