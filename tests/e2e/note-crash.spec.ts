import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { LibraryPage } from './pages/library-page';
import { expect, test } from './support/app-test';
import { LINEAR_TEACHERS, SEED_ABSTRACTS } from './support/seed-facts';
import config from '../../playwright.config';

const launchOptions = config.use?.launchOptions ?? {};
/** About seven keystrokes a second, a brisk typist. */
const HUMAN_PACE_MS = 150;

/** The browser process of a profile: the one Chromium process of that user-data-dir that is no helper (`--type=`). */
function browserPid(userDataDir: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (
      args.some((arg) => arg === `--user-data-dir=${userDataDir}`) &&
      !args.some((arg) => arg.startsWith('--type='))
    ) {
      return Number(entry);
    }
  }
  throw new Error(`No browser process for ${userDataDir}`);
}

async function launch(
  userDataDir: string,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(userDataDir, { ...launchOptions, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** Kills the whole browser at once, as a crash or a power cut would: nothing gets to flush. */
async function crash(context: BrowserContext, userDataDir: string): Promise<void> {
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  process.kill(browserPid(userDataDir), 'SIGKILL');
  await closed;
}

// Two launches of a fresh profile, each importing the bundled captures, take longer than one page.
test.setTimeout(90_000);

let userDataDir = '';
/** A browser on the profile `userDataDir`, showing the seed library with Linear Teachers open. */
async function launchOnLinearTeachers(userDataDir: string, baseURL: string): ReturnType<typeof launch> {
  const launched = await launch(userDataDir, baseURL);
  const library = new LibraryPage(launched.page);
  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  return launched;
}

test.beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'lectern-crash-'));
});
test.afterEach(() => {
  rmSync(userDataDir, { recursive: true, force: true });
});

test('a note typed 50 ms before the browser is killed is there after a restart', async ({ baseURL }) => {
  if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
  const first = await launchOnLinearTeachers(userDataDir, baseURL);
  const annotations = new AnnotationsPage(first.page);
  await annotations.note.click();
  await first.page.keyboard.type('Written just before the crash.', { delay: HUMAN_PACE_MS });
  await first.page.waitForTimeout(50);
  await crash(first.context, userDataDir);

  const second = await launchOnLinearTeachers(userDataDir, baseURL);
  await expect(new AnnotationsPage(second.page).note).toHaveText('Written just before the crash.');
  await second.context.close();
});

test('a highlight comment typed 50 ms before the browser is killed is there after a restart', async ({
  baseURL,
}) => {
  if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL');
  const first = await launchOnLinearTeachers(userDataDir, baseURL);
  const annotations = new AnnotationsPage(first.page);
  await annotations.highlight(LINEAR_TEACHERS.textStart);
  await annotations.comment(annotations.items().first()).click();
  await first.page.keyboard.type('A comment typed just before the crash.', { delay: HUMAN_PACE_MS });
  await first.page.waitForTimeout(50);
  await crash(first.context, userDataDir);

  const second = await launchOnLinearTeachers(userDataDir, baseURL);
  const again = new AnnotationsPage(second.page);
  await expect(again.comment(again.items().first())).toHaveText('A comment typed just before the crash.');
  await second.context.close();
});
