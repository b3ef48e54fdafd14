import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { warmTitleIndex } from '../db/titles/title-index';

/** Renders the app into `container`. Loaded apart from the entry, so the first rows are read while this code loads. */
export function mountApp(container: HTMLElement): void {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // After the first rows have painted: the pickers' title index builds in the background, in slices.
  setTimeout(() => warmTitleIndex(), 1_000);
}
