import type { ClassifiedLine } from './classify';

/** Shorter than this, a prefix match says nothing: many abstracts open with the same few words. */
const MIN_PREVIEW_LENGTH = 40;
const OPENING_QUOTES = /^["“”]+/u;
const TRAILING_ELLIPSIS = /(?:\.\.\.|…)$/u;

/**
 * Finds preview lines: a page's meta description repeats the start of the next paragraph and is not a record.
 * Each line is compared only with the next candidate line, so the pass stays linear in the text's size.
 */
export function findPreviewLines(
  lines: readonly ClassifiedLine[],
  isCandidate: (line: ClassifiedLine) => boolean,
): Set<number> {
  const previews = new Set<number>();
  let previous: ClassifiedLine | null = null;
  for (const line of lines) {
    if (!isCandidate(line)) continue;
    if (previous !== null && isStrictPrefix(previous.content, line.content)) previews.add(previous.index);
    previous = line;
  }
  return previews;
}

/** Meta descriptions often end in "..." or "…"; the dots are not part of the paragraph. */
function withoutEllipsis(text: string): string {
  let head = text;
  while (TRAILING_ELLIPSIS.test(head)) head = head.replace(TRAILING_ELLIPSIS, '').trimEnd();
  return head;
}

function isStrictPrefix(preview: string, paragraph: string): boolean {
  const head = withoutEllipsis(preview.replace(OPENING_QUOTES, ''));
  const body = paragraph.replace(OPENING_QUOTES, '');
  return head.length >= MIN_PREVIEW_LENGTH && head.length < body.length && body.startsWith(head);
}
