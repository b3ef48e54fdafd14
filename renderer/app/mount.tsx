import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmTitleIndex } from '../db/titles/title-index';
import { untilQuiet } from './when-quiet';
import { afterFirstList } from '../db/abstracts/list-read';

/** The longest the title index waits for the list's ids before building anyway. */
const LIST_WAIT_MS = 10_000;

/** Renders the app into `container`. Loaded apart from the entry, so the first rows are read while this code loads. */
export function mountApp(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Once the list holds every id and the page has been quiet for a second, the pickers' title index builds in the
  // background, in slices, each waiting for a quiet moment; a picker opened meanwhile has it finish at full speed.
  // Started earlier, its reads queued ahead of the list's and held a 100k list back by a second.
  void afterFirstList(LIST_WAIT_MS)
    .then(() => untilQuiet(1_000))
    .then(() => warmTitleIndex(undefined, () => untilQuiet(250)));
}
