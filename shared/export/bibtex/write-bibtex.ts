// Writes BibTeX and BibLaTeX in UTF-8 (each file says so on its first line, as JabRef writes it):
// letters stay as they are, only what BibTeX or LaTeX read as markup is escaped.
import { tagKeywords } from '../tag-keywords';
import type { ExportEntry } from '../types';
import { bibtexNames } from './bibtex-names';
import { entryType } from './entry-type';
import type { BibtexDialect } from './entry-type';
import { latexText } from './latex-text';
import { otherFields } from './other-fields';

export type { BibtexDialect } from './entry-type';

const ENCODING_LINE = '% Encoding: UTF-8';
const TITLE = { math: true, protectCapitals: true } as const;
const ABSTRACT = { math: true, protectCapitals: false } as const;
const PLAIN = { math: false, protectCapitals: false } as const;
/** An `@` opening a line inside a value: readers (ours, and BibTeX tools that scan by line) take it for a new entry. */
const AT_LINE_START = /(\n[ \t]*)@/gu;
/** What a citation key may not hold: BibTeX ends the key, or the entry, at any of these. */
const NOT_IN_KEY = /[\s,{}()"#%'=\\~]/gu;

/** The entries as one `.bib` file: one entry per abstract, keyed by its citation key. */
export function writeBibtex(entries: readonly ExportEntry[], dialect: BibtexDialect): string {
  return [ENCODING_LINE, ...entries.map((entry) => bibtexEntry(entry, dialect))].join('\n\n') + '\n';
}

function bibtexEntry(entry: ExportEntry, dialect: BibtexDialect): string {
  const { type, venue } = entryType(entry, dialect);
  const fields: [string, string][] = [];
  const add = (name: string, content: string | null): void => {
    if (content !== null && content !== '') fields.push([name, content.replace(AT_LINE_START, '$1{@}')]);
  };
  add('author', entry.authors.length === 0 ? null : bibtexNames(entry.authors));
  add('title', entry.title === null ? null : latexText(entry.title, TITLE));
  const venueField = dialect === 'biblatex' && venue === 'journal' ? 'journaltitle' : venue;
  add(venueField, entry.venue === null ? null : latexText(entry.venue, PLAIN));
  add(dialect === 'biblatex' ? 'date' : 'year', entry.year === null ? null : String(entry.year));
  const core = new Set(['author', 'title', 'year', 'date', 'journal', 'journaltitle', 'booktitle', 'series', 'doi', 'url', 'eprint', 'archiveprefix', 'eprinttype', 'keywords', 'abstract']);
  for (const [name, content] of otherFields(entry.fields, dialect, core)) add(name, content);
  add('doi', entry.doi === null ? null : verbatim(entry.doi));
  add('url', entry.url === null ? null : verbatim(entry.url));
  if (entry.arxiv !== null) {
    add('eprint', verbatim(entry.arxiv));
    if (dialect === 'biblatex') add('eprinttype', 'arxiv');
    else add('archiveprefix', 'arXiv');
  }
  add('keywords', tagKeywords(entry.tags).map((keyword) => latexText(keyword, PLAIN)).join(', '));
  add('abstract', latexText(entry.abstract, ABSTRACT));
  const body = fields.map(([name, content]) => `  ${name} = {${content}}`).join(',\n');
  return `@${type}{${citationKey(entry)},\n${body}\n}`;
}

function citationKey(entry: ExportEntry): string {
  const key = entry.citationKey.replace(NOT_IN_KEY, '_');
  return key === '' ? `lectern${entry.id}` : key;
}

/**
 * A URL or DOI as written, for fields BibTeX reads verbatim: only a dollar sign (math to our reader) and
 * a percent sign that is no `%20` escape (a LaTeX comment) are escaped, and a brace without its partner
 * is percent-encoded.
 */
function verbatim(value: string): string {
  const escaped = value.replace(/\$/gu, '\\$').replace(/%(?![0-9A-Fa-f]{2})/gu, '\\%');
  return balanced(escaped) ? escaped : escaped.replace(/\{/gu, '%7B').replace(/\}/gu, '%7D');
}

function balanced(value: string): boolean {
  let depth = 0;
  for (const char of value) {
    if (char === '{') depth += 1;
    else if (char === '}' && --depth < 0) return false;
  }
  return depth === 0;
}
