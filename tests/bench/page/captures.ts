import { syntheticBlogCapture, syntheticPortalCapture } from '../../../scripts/fixtures/synthetic-capture';

/** Records per synthetic capture file: large pages, as a bulk import of a crawl would bring. */
const RECORDS_PER_FILE = 1_000;

export interface SyntheticFile {
  name: string;
  bytes: Uint8Array;
}

/** Deterministic captures holding `total` abstracts: nine portal pages for every blog post. */
export function syntheticFiles(total: number): SyntheticFile[] {
  const encoder = new TextEncoder();
  const files: SyntheticFile[] = [];
  for (let index = 0, left = total; left > 0; index += 1) {
    const count = Math.min(RECORDS_PER_FILE, left);
    const text = index % 10 === 9 ? syntheticBlogCapture(count, index) : syntheticPortalCapture(count, index);
    files.push({ name: `synthetic-${String(index).padStart(4, '0')}.txt`, bytes: encoder.encode(text) });
    left -= count;
  }
  return files;
}
