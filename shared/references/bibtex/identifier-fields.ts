import { findArxivIds, normalizeArxiv } from '../../identifiers/arxiv';
import { normalizeDoi } from '../../identifiers/doi';
import type { FieldBag } from './field-bag';

const WEB_ADDRESS = /^https?:\/\/\S+$/iu;
const ARXIV_ARCHIVE = /^arxiv$/iu;

/** The DOI, taken only when it is one (otherwise it stays among the other fields as written). */
export function takeDoi(bag: FieldBag): string | null {
  const doi = bag.peek('doi');
  if (doi === undefined || normalizeDoi(doi) === null) return null;
  bag.markTaken('doi');
  return doi;
}

/**
 * The work's address: `url` (its first, when an exporter listed several), else a bare address in
 * `howpublished`, else BibDesk's first linked URL.
 */
export function takeUrl(bag: FieldBag): string | null {
  const url = bag.peek('url');
  if (url !== undefined) {
    const [first = url, ...others] = url.split(/\s+/u);
    if (others.length === 0) bag.markTaken('url');
    return first;
  }
  const howpublished = bag.peek('howpublished');
  if (howpublished !== undefined && WEB_ADDRESS.test(howpublished)) return bag.take('howpublished') ?? null;
  return bag.take('bdsk-url-1') ?? null;
}

/**
 * The arXiv id: from `eprint` when `archiveprefix`/`eprinttype` says arXiv (or the eprint is written
 * `arXiv:…`), Mendeley's `arxivid`, an arxiv.org URL, or a journal written as "arXiv preprint arXiv:…".
 */
export function takeArxiv(bag: FieldBag, url: string | null, journal: string | null): string | null {
  const archive = bag.peek('archiveprefix') ?? bag.peek('eprinttype');
  const eprint = bag.peek('eprint');
  const fromEprint =
    eprint !== undefined && (ARXIV_ARCHIVE.test(archive ?? '') || /^arxiv:/iu.test(eprint))
      ? normalizeArxiv(eprint)
      : null;
  const fromMendeley = normalizeArxiv(bag.peek('arxivid') ?? '');
  const arxiv =
    fromEprint ?? fromMendeley ?? findArxivIds(url ?? '')[0] ?? findArxivIds(journal ?? '')[0] ?? null;
  if (arxiv === null) return null;
  if (fromEprint === arxiv) bag.markTaken('eprint', 'archiveprefix', 'eprinttype');
  if (fromMendeley === arxiv) bag.markTaken('arxivid');
  return arxiv;
}
