import type { ExportEntry } from '../../../shared/export/types';

/** An export entry with nothing but a key and a title, and what the test gives. */
export function entry(values: Partial<ExportEntry> = {}): ExportEntry {
  return {
    id: 1,
    citationKey: 'smith2019',
    title: 'A title',
    displayTitle: 'A title',
    authors: [],
    year: null,
    abstract: '',
    doi: null,
    arxiv: null,
    url: null,
    venue: null,
    type: null,
    keywords: [],
    tags: [],
    fields: {},
    status: 'unread',
    starred: false,
    addedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...values,
  };
}
