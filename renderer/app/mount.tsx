import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmTitleIndex } from '../db/titles/title-index';
import { untilQuiet } from './when-quiet';

/** Renders the app into `container`. Loaded apart from the entry, so the first rows are read while this code loads. */
export function mountApp(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Once the page has been quiet for a second after the first rows painted, the pickers' title index builds in the
  // background, in slices, each waiting for a quiet moment; a picker opened meanwhile has it finish at full speed.
  void untilQuiet(1_000).then(() => warmTitleIndex(undefined, () => untilQuiet(250)));
}
