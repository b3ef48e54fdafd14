import { GraphPage } from '../e2e/pages/graph-page';
import { LibraryPage } from '../e2e/pages/library-page';
import { LinksPage } from '../e2e/pages/links-page';
import { NotesPage } from '../e2e/pages/notes-page';
import { PalettePage } from '../e2e/pages/palette-page';
import { SearchPage } from '../e2e/pages/search-page';
import { expect, test } from '../e2e/support/app-test';
import { ENERGY_PROPAGATION, LINEAR_TEACHERS, SEED_ABSTRACTS } from '../e2e/support/seed-facts';
import { shootLightAndDark } from './shoot';

test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots for the README: links, a synthesis note, the graph, search and the palette', async ({ page }) => {
  const library = new LibraryPage(page);
  const links = new LinksPage(page);
  const notes = new NotesPage(page);
  const graph = new GraphPage(page);
  const search = new SearchPage(page);
  const palette = new PalettePage(page);

  await library.open(SEED_ABSTRACTS);
  await library.openAbstract(LINEAR_TEACHERS.title);
  await links.linkTo(ENERGY_PROPAGATION.title, 'supports', 'Same depth argument');
  await expect(links.linkedAbstract(links.links, ENERGY_PROPAGATION.title)).toBeVisible();
  await links.links.scrollIntoViewIfNeeded();
  await shootLightAndDark(page, 'links');

  await notes.create('Depth and expressivity');
  await notes.editor.click();
  await notes.editor.pressSequentially('Depth helps: ');
  await notes.mention(notes.editor, '[[', 'Energy Prop', ENERGY_PROPAGATION.title);
  await notes.editor.pressSequentially(' shows energy decays with depth.');
  await shootLightAndDark(page, 'note');

  await graph.open();
  await shootLightAndDark(page, 'graph');

  await page.getByRole('button', { name: /^Library/ }).click();
  await search.search('cyclical learning');
  await library.list.getByRole('option').first().click();
  await shootLightAndDark(page, 'search');

  await palette.open();
  await palette.field.fill('new');
  await shootLightAndDark(page, 'palette');
});
