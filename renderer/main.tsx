// Must stay the first import: it starts reading the newest rows before anything else evaluates.
import './db/abstracts/start-prefetch';
import './styles/base.css';
import { prefetchFirstRows } from './db/abstracts/first-rows';
import { nextFrame, paintFirstRows } from './first-frame/paint-first-rows';

const container = document.getElementById('root');
if (!container) throw new Error('Lectern: the #root element is missing from index.html.');

// The entry holds only the database and the first-rows read. The rows paint plainly the moment they are read;
// only then does the app's chunk load, evaluate and mount: loading it alongside held the read's IndexedDB callbacks
// behind its evaluation (first rows 1.2–2× later in the start probe). The live shell follows a few hundred ms later.
void prefetchFirstRows().then(async (rows) => {
  paintFirstRows(container, rows);
  await nextFrame();
  const { mountApp } = await import('./app/mount');
  mountApp(container);
});
