import { entryFromCslItem } from './csl-item';
import { hasTitleOrAbstract } from './entry-checks';
import type { CslItem } from './csl-values';
import { jsonErrorWarning } from './json-error';
import { topLevelSpans } from './json-items';
import { lineIndex } from './line-index';
import { referenceRecord } from './record';
import type { ReferenceReadResult } from './record';
import { atLine } from './warnings';

function isItem(value: unknown): value is CslItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads CSL-JSON (an array of items, or one item object) as Zotero, Better BibTeX and citation tools
 * export it. Each record's span is its item in the file.
 */
export function parseCslJson(text: string): ReferenceReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { records: [], warnings: [jsonErrorWarning(text, error)] };
  }
  const items: unknown[] = Array.isArray(data) ? (data as unknown[]) : [data];
  const spans = topLevelSpans(text);
  const lineAt = lineIndex(text);
  const result: ReferenceReadResult = { records: [], warnings: [] };
  items.forEach((item, index) => {
    const span = spans[index] ?? { start: 0, end: text.length };
    const line = lineAt(span.start);
    if (!isItem(item)) {
      result.warnings.push(atLine(line, `item ${index + 1} is not a CSL item (a JSON object) and was skipped.`));
      return;
    }
    const entry = entryFromCslItem(item, span, line);
    if (hasTitleOrAbstract(entry)) result.records.push(referenceRecord(entry));
    else result.warnings.push(atLine(line, `item ${index + 1} has neither a title nor an abstract and was skipped.`));
  });
  return result;
}
