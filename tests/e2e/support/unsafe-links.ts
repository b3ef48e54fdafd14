import { expect, type Locator } from '@playwright/test';

/** Copied web content with three links the link policy refuses and one web link. */
export const PASTED_LINKS_HTML =
  '<p>Sources: <a href="javascript:alert(1)">run me</a>, ' +
  '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">open data</a>, ' +
  '<a href="file:///etc/passwd">local file</a>, ' +
  '<a href=" JaVaScRiPt:alert(2)">disguised</a> and ' +
  '<a href="https://example.org/paper">the paper</a>.</p>';

export const PASTED_TEXT = 'Sources: run me, open data, local file, disguised and the paper.';
export const GOOD_URL = 'https://example.org/paper';

/** Scheme spellings that must appear nowhere in an export or a link. */
export const UNSAFE_URL_PARTS = [/javascript:/i, /data:text/i, /file:\/\//i];

/** The editor kept the pasted words, and only the web link is a link. */
export async function expectOnlyTheWebLink(editor: Locator): Promise<void> {
  await expect(editor).toContainText(PASTED_TEXT);
  await expect(editor.getByRole('link')).toHaveCount(1);
  await expect(editor.getByRole('link', { name: 'the paper' })).toHaveAttribute('href', GOOD_URL);
}

export function expectNoUnsafeUrl(exported: string): void {
  for (const part of UNSAFE_URL_PARTS) expect(exported).not.toMatch(part);
}
