// Which files the Import… choosers offer. The format itself is always read from the content.

/** Extensions of web-page captures and of the reference formats the importer reads. */
export const IMPORT_EXTENSIONS = ['txt', 'text', 'bib', 'bibtex', 'biblatex', 'ris', 'json', 'csl', 'csv', 'tsv'] as const;

/** The browser file input's `accept` value. */
export const IMPORT_ACCEPT = [...IMPORT_EXTENSIONS.map((extension) => `.${extension}`), 'text/plain', 'application/x-bibtex', 'application/x-research-info-systems', 'application/json', 'text/csv'].join(',');

/** The desktop Open dialog's filters, the combined one first. */
export const IMPORT_DIALOG_FILTERS = [
  { name: 'Captures and references', extensions: [...IMPORT_EXTENSIONS] },
  { name: 'Text captures', extensions: ['txt', 'text'] },
  { name: 'BibTeX and BibLaTeX', extensions: ['bib', 'bibtex', 'biblatex'] },
  { name: 'RIS', extensions: ['ris'] },
  { name: 'CSL-JSON', extensions: ['json', 'csl'] },
  { name: 'CSV', extensions: ['csv', 'tsv'] },
  { name: 'All files', extensions: ['*'] },
];
