import Papa from 'papaparse';

// An ASReview benchmark dataset: record_id, title, abstract, label_included (authors, year, doi, keywords optional).

export interface BenchmarkRecord {
  recordId: string;
  title: string;
  abstract: string;
  included: boolean;
}

export type BenchmarkParse = { ok: true; records: BenchmarkRecord[]; dropped: number } | { ok: false; error: string };

const REQUIRED = ['record_id', 'title', 'abstract', 'label_included'] as const;

/** Reads the CSV text (quoted fields keep their CR and LF) and drops rows with neither title nor abstract. */
export function parseBenchmarkCsv(text: string): BenchmarkParse {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), {
    header: true,
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: 'greedy',
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) return { ok: false, error: `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}` };
  const records: BenchmarkRecord[] = [];
  let dropped = 0;
  for (const row of parsed.data) {
    const title = (row['title'] ?? '').trim();
    const abstract = (row['abstract'] ?? '').trim();
    if (title === '' && abstract === '') {
      dropped += 1;
      continue;
    }
    records.push({ recordId: row['record_id'] ?? '', title, abstract, included: (row['label_included'] ?? '').trim() === '1' });
  }
  return { ok: true, records, dropped };
}

/** The text a model reads, as ASReview forms it: title, a space, abstract. */
export function screeningText(title: string, abstract: string): string {
  return `${title} ${abstract}`;
}
