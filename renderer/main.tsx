// Must stay the first import: it starts reading the newest rows before the UI code evaluates.
import './db/abstracts/start-prefetch';
import 'katex/dist/katex.min.css';
import './styles/base.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchFirstRows } from './db/abstracts/first-rows';
import { warmTitleIndex } from './db/titles/title-index';

const container = document.getElementById('root');
if (!container) throw new Error('Lectern: the #root element is missing from index.html.');

// Mounting once the first rows are in hand lets the list paint them in its first frame.
void prefetchFirstRows().then(() => {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After the first rows have painted: the pickers' title index builds in the background, in slices.
  setTimeout(() => warmTitleIndex(), 1_000);
});
