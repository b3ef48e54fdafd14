import CSL, { type CiteprocSys, type Engine } from 'citeproc';
import type { ExportEntry } from '../export/types';
import { citationItem, type CitationItem } from './csl-item';
import { unshield } from './shield';
import { EN_US_LOCALE, STYLE_XML } from './style-sources';
import type { CitationStyleId } from './styles';

export type CitationFormat = 'text' | 'html';

interface StyleEngine {
  engine: Engine;
  /** The items of the call being formatted; the engine asks for them by id. */
  items: Map<string, CitationItem>;
}

// Parsing a style takes tens of milliseconds; one engine per style serves every later call.
const engines = new Map<CitationStyleId, StyleEngine>();

function engineFor(styleId: CitationStyleId): StyleEngine {
  const cached = engines.get(styleId);
  if (cached) return cached;
  const items = new Map<string, CitationItem>();
  const sys: CiteprocSys = {
    // Whatever language a style asks for, it gets the bundled en-US: nothing is ever fetched.
    retrieveLocale: () => EN_US_LOCALE,
    retrieveItem: (id) => {
      const item = items.get(id);
      if (!item) throw new Error(`citeproc asked for an item it was not given: ${id}`);
      return { ...item };
    },
  };
  const made: StyleEngine = { engine: new CSL.Engine(sys, STYLE_XML[styleId], 'en-US', true), items };
  engines.set(styleId, made);
  return made;
}

/** Loads `entries` into the style's engine, in order, and returns it ready to format as `format`. */
function load(entries: readonly ExportEntry[], styleId: CitationStyleId, format: CitationFormat): { engine: Engine; ids: string[] } {
  const { engine, items } = engineFor(styleId);
  items.clear();
  for (const entry of entries) {
    const item = citationItem(entry);
    items.set(item.id, item);
  }
  const ids = [...items.keys()];
  engine.setOutputFormat(format);
  // The engine keeps items it has seen by id; emptying its registry first makes it read edits.
  engine.updateItems([]);
  engine.updateItems(ids);
  return { engine, ids };
}

/** The in-text citation of `entries` in a style: `(Xu & Wang, 2018)`, `[1], [2]`; "" for none. */
export function formatCitation(entries: readonly ExportEntry[], styleId: CitationStyleId, format: CitationFormat): string {
  if (entries.length === 0) return '';
  const { engine, ids } = load(entries, styleId, format);
  return unshield(engine.makeCitationCluster(ids.map((id) => ({ id }))), format);
}

/**
 * The reference list of `entries` in a style, in the style's order: one reference a line as
 * text, or citeproc's `csl-bib-body` HTML; "" for none.
 */
export function formatBibliography(entries: readonly ExportEntry[], styleId: CitationStyleId, format: CitationFormat): string {
  if (entries.length === 0) return '';
  const { engine } = load(entries, styleId, format);
  const made = engine.makeBibliography();
  if (made === false) return '';
  const [params, references] = made;
  if (format === 'text') return references.map((reference) => unshield(reference.trim(), 'text')).join('\n');
  return unshield(`${params.bibstart}${references.join('')}${params.bibend}`, 'html').trim();
}
