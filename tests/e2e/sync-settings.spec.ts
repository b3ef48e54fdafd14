import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { SyncDialog } from './pages/sync-dialog';
import { test } from './support/app-test';
import { SEED_ABSTRACTS } from './support/seed-facts';
import { syncServerForThisFile } from './support/sync-server-for-file';

const server = syncServerForThisFile();

test('Set up sync… creates a library token, connects to the server, and reconnects after a reload', async ({
  page,
}) => {
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  const sync = new SyncDialog(page);
  await sync.open();
  await expect(sync.status).toHaveText('Offline');
  await expect(sync.serverAddress).toBeFocused();
  // Off by default: nothing was opened before Connect.
  expect(sockets).toEqual([]);

  await sync.createToken.click();
  await expect(sync.libraryToken).toHaveValue(/^[0-9a-f]{64}$/);
  const token = await sync.libraryToken.inputValue();
  await expect(sync.qrCode).toBeVisible();
  await expect(sync.dialog.getByText(token, { exact: true })).toBeVisible();
  await sync.serverAddress.fill(server().address);
  await sync.connect.click();
  await expect(sync.status).toHaveText('Connected', { timeout: 15_000 });
  // One socket carries every document of the library.
  expect(sockets.map((url) => url.replace(/\/$/, ''))).toEqual([server().address]);

  await page.emulateMedia({ colorScheme: 'light' });
  await sync.dialog.screenshot({ path: '/tmp/sync-dialog-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await sync.dialog.screenshot({ path: '/tmp/sync-dialog-dark.png' });

  await page.reload();
  await sync.open();
  await expect(sync.status).toHaveText('Connected', { timeout: 15_000 });
  await expect(sync.libraryToken).toHaveValue(token);
  await expect(sync.serverAddress).toHaveValue(server().address);

  await sync.dialog.getByRole('button', { name: 'Disconnect' }).click();
  await expect(sync.status).toHaveText(/^Offline\. Last synced /);
  await sync.dialog.getByRole('button', { name: 'Forget this library' }).click();
  await sync.dialog
    .getByRole('group', { name: 'Forget this library?' })
    .getByRole('button', { name: 'Forget' })
    .click();
  await expect(sync.libraryToken).toHaveValue('');
  await expect(sync.serverAddress).toHaveValue('');
  await expect(sync.status).toHaveText('Offline');
});

test('a wrong-shaped token or address shows an inline message, saves nothing and opens nothing', async ({
  page,
}) => {
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await new LibraryPage(page).open(SEED_ABSTRACTS);
  const sync = new SyncDialog(page);
  await sync.open();

  await sync.serverAddress.fill(server().address);
  await sync.libraryToken.fill('not-a-token');
  await sync.libraryToken.press('Enter');
  await expect(sync.error).toHaveText(/A library token is 64 characters 0–9 and a–f/);

  await sync.createToken.click();
  await sync.serverAddress.fill('ws://192.168.1.20:4444');
  await sync.connect.click();
  await expect(sync.error).toHaveText(/Use wss:\/\/ \(a TLS proxy\) for a server on another computer/);
  await expect(sync.status).toHaveText('Offline');

  await page.reload();
  await sync.open();
  await expect(sync.serverAddress).toHaveValue('');
  await expect(sync.libraryToken).toHaveValue('');
  expect(sockets).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical problems in the Sync dialog (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await new LibraryPage(page).open(SEED_ABSTRACTS);
    const sync = new SyncDialog(page);
    await sync.open();
    await sync.createToken.click();
    await expect(sync.qrCode).toBeVisible();
    await sync.serverAddress.fill('http://example.org');
    await sync.connect.click();
    await expect(sync.error).toBeVisible();
    const results = await new AxeBuilder({ page }).include('dialog[open]:last-of-type').analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious).toEqual([]);
  });
}
