import type { CaptureRecord } from '../../../../shared/capture/types';
import type { ExportEntry } from '../../../../shared/export/types';

/** A read record as the library would export it: its key (or one made up), its tags sorted. */
export function entryOfRecord(record: CaptureRecord, index: number): ExportEntry {
  return {
    id: index + 1,
    citationKey: record.citationKey ?? `lectern${index + 1}`,
    title: record.title,
    displayTitle: record.title ?? record.text.slice(0, 60),
    authors: record.authors,
    year: record.year,
    abstract: record.text,
    doi: record.doi,
    arxiv: record.arxiv,
    url: record.url,
    venue: record.venue,
    type: record.type,
    keywords: record.keywords,
    tags: [...record.tags].sort(),
    fields: record.fields,
    status: 'unread',
    starred: false,
    addedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
  };
}

/** The values a round trip must keep, by name. */
export function keptValues(entry: Pick<ExportEntry, 'citationKey' | 'title' | 'authors' | 'year' | 'abstract' | 'doi' | 'arxiv' | 'url' | 'venue' | 'tags'>) {
  return {
    citationKey: entry.citationKey,
    title: entry.title,
    authors: entry.authors,
    year: entry.year,
    abstract: entry.abstract,
    doi: entry.doi,
    arxiv: entry.arxiv,
    url: entry.url,
    venue: entry.venue,
    tags: [...entry.tags].sort(),
  };
}

/** The same values of a record read back. */
export function keptOfRecord(record: CaptureRecord) {
  return keptValues({ ...record, citationKey: record.citationKey ?? '', abstract: record.text });
}
