// Must stay the first import: it starts reading the newest rows before anything else evaluates.
import './db/abstracts/start-prefetch';
import './styles/base.css';
import { prefetchFirstRows } from './db/abstracts/first-rows';
import { nextFrame, paintFirstRows } from './first-frame/paint-first-rows';

const container = document.getElementById('root');
if (!container) throw new Error('Lectern: the #root element is missing from index.html.');

// The entry holds only the database and the first-rows read; the app's code (most of the bundle) loads,
// compiles and evaluates in its own chunk while IndexedDB answers. The rows paint plainly the moment they are
// read; the app mounts a frame later, so that paint is not held back by React rendering the whole shell.
const app = import('./app/mount');
void prefetchFirstRows().then(async (rows) => {
  paintFirstRows(container, rows);
  await nextFrame();
  const { mountApp } = await app;
  mountApp(container);
});
