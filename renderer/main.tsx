// Must stay the first import: it starts reading the newest rows before anything else evaluates.
import './db/abstracts/start-prefetch';
import './styles/base.css';
import { prefetchFirstRows } from './db/abstracts/first-rows';
import { paintFirstRows } from './first-frame/paint-first-rows';

const container = document.getElementById('root');
if (!container) throw new Error('Lectern: the #root element is missing from index.html.');

// The entry holds only the database and the first-rows read; the app's code (most of the bundle) loads,
// compiles and evaluates in its own chunk while IndexedDB answers. Mounting once the first rows are in
// hand lets the list paint them in its first frame.
let appLoaded = false;
const app = import('./app/mount').then((module) => {
  appLoaded = true;
  return module;
});
const firstRows = prefetchFirstRows();
// Rows in hand before the app's code: show them now, drawn plainly; the app's first render replaces them.
void firstRows.then((rows) => {
  if (!appLoaded) paintFirstRows(container, rows);
});
void Promise.all([app, firstRows]).then(([{ mountApp }]) => mountApp(container));
