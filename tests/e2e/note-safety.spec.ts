import type { BrowserContext, Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';

/**
 * Runs in the page (plain source: tests/e2e has no DOM types). Rewrites `from` as `to` in the stored
 * note straight in IndexedDB and bumps its revision, the way another window's save lands; written past
 * the app, it is not announced, so this tab has not seen it when it next saves.
 */
const SAVE_ELSEWHERE = `async ([from, to]) => {
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const database = await done(indexedDB.open('lectern'));
  const store = database.transaction('notes', 'readwrite').objectStore('notes');
  const row = (await done(store.getAll())).find((note) => note.text.includes(from));
  if (!row) throw new Error('No note holds ' + from);
  const state = JSON.parse(row.json);
  const rewrite = (node) => {
    if (typeof node.text === 'string') node.text = node.text.replace(from, to);
    (node.children ?? []).forEach(rewrite);
  };
  rewrite(state.root);
  await done(store.put({ ...row, json: JSON.stringify(state), text: row.text.replace(from, to), revision: (row.revision ?? 0) + 1 }));
  database.close();
}`;

async function saveElsewhere(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(`(${SAVE_ELSEWHERE})(${JSON.stringify([from, to])})`);
}

/** Opens the Linear Teachers abstract in `page` and in a second tab of the same browser. */
async function twoTabs(page: Page, context: BrowserContext): Promise<{ a: Page; b: Page }> {
  const b = await context.newPage();
  for (const tab of [page, b]) {
    const library = new LibraryPage(tab);
    await library.open(SEED_ABSTRACTS);
    await library.openAbstract(LINEAR_TEACHERS.title);
  }
  return { a: page, b };
}

/** The other window's version of the paragraph first, then this tab's. */
const BOTH_VERSIONS = ['The shared sentence, rewritten elsewhere.', 'The shared sentence. Bravo agrees.'];

function noteOf(tab: Page): AnnotationsPage['note'] {
  return new AnnotationsPage(tab).note;
}

/** Types a new paragraph at the end of the tab's note. */
async function addParagraph(tab: Page, text: string): Promise<void> {
  await noteOf(tab).click();
  await tab.keyboard.press('Control+End');
  await tab.keyboard.press('Enter');
  await tab.keyboard.type(text);
}

async function reopen(tab: Page): Promise<void> {
  await tab.reload();
  const library = new LibraryPage(tab);
  await library.expectCount(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
}

// Two tabs each import the bundled captures on a fresh profile before the test proper starts.
test.setTimeout(90_000);

test('a note open in two tabs shows each tab’s typing in the other, and keeps every sentence', async ({
  page,
  context,
}) => {
  const { a, b } = await twoTabs(page, context);
  await noteOf(a).click();
  await a.keyboard.type('Alpha writes first.');
  await expect(noteOf(b)).toHaveText('Alpha writes first.');

  await addParagraph(b, 'Bravo adds a second paragraph.');
  await expect(noteOf(a)).toContainText('Bravo adds a second paragraph.');

  await addParagraph(a, 'Alpha adds a third.');
  await expect(noteOf(b)).toContainText('Alpha adds a third.');

  for (const tab of [a, b]) {
    await reopen(tab);
    for (const sentence of ['Alpha writes first.', 'Bravo adds a second paragraph.', 'Alpha adds a third.']) {
      await expect(noteOf(tab)).toContainText(sentence);
    }
  }
});

test('edits to different paragraphs from two tabs are merged, with no notice', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await noteOf(a).click();
  await a.keyboard.type('First paragraph.');
  await a.keyboard.press('Enter');
  await a.keyboard.type('Second paragraph.');
  await expect(noteOf(b)).toContainText('Second paragraph.');

  await saveElsewhere(b, 'First paragraph.', 'First paragraph, edited elsewhere.');
  await addParagraph(b, 'Bravo’s own paragraph.');
  for (const tab of [a, b]) {
    await expect(noteOf(tab)).toContainText('First paragraph, edited elsewhere.');
    await expect(noteOf(tab)).toContainText('Bravo’s own paragraph.');
  }
  await expect(b.getByRole('button', { name: 'Keep both' })).toHaveCount(0);
});

/** Tab A types a sentence; another window rewrites it while tab B, behind, adds to the same sentence. */
async function clashInOneParagraph(page: Page, context: BrowserContext): Promise<{ a: Page; b: Page }> {
  const { a, b } = await twoTabs(page, context);
  await noteOf(a).click();
  await a.keyboard.type('The shared sentence.');
  await expect(noteOf(b)).toHaveText('The shared sentence.');

  await saveElsewhere(b, 'The shared sentence.', 'The shared sentence, rewritten elsewhere.');
  await noteOf(b).click();
  await b.keyboard.press('Control+End');
  await b.keyboard.type(' Bravo agrees.');
  return { a, b };
}

test('the same paragraph changed in two places keeps both versions, and "Keep both" keeps them', async ({
  page,
  context,
}) => {
  const { a, b } = await clashInOneParagraph(page, context);

  const notice = b.getByRole('alert').filter({ hasText: 'changed in another window' });
  await expect(notice).toBeVisible();
  for (const tab of [a, b]) {
    await expect(noteOf(tab).getByRole('paragraph')).toHaveText(BOTH_VERSIONS);
  }
  await notice.getByRole('button', { name: 'Keep both' }).click();
  await expect(notice).toBeHidden();

  await reopen(b);
  await expect(noteOf(b).getByRole('paragraph')).toHaveText(BOTH_VERSIONS);
});

test('"Use this one" keeps only this tab’s version of the paragraph both changed', async ({
  page,
  context,
}) => {
  const { a, b } = await clashInOneParagraph(page, context);

  const notice = b.getByRole('alert').filter({ hasText: 'changed in another window' });
  await expect(noteOf(b).getByRole('paragraph')).toHaveText(BOTH_VERSIONS);
  await notice.getByRole('button', { name: 'Use this one' }).click();
  await expect(notice).toBeHidden();
  for (const tab of [a, b]) {
    await expect(noteOf(tab).getByRole('paragraph')).toHaveText(['The shared sentence. Bravo agrees.']);
  }
  await reopen(a);
  await expect(noteOf(a).getByRole('paragraph')).toHaveText(['The shared sentence. Bravo agrees.']);
});
