import type { AbstractRow } from '../db/schema/row-types';
import { displayTitle } from '../../shared/text/display-title';
import { bylineText } from '../ui/format';
// The stylesheets of the parts drawn here, in the entry so the frame is styled the moment it paints.
import '../app/app.css';
import '../features/library/library.css';
import '../features/search/search.css';
import '../features/organize/organize.css';

/** As the list's own rows (AbstractList's ROW_HEIGHT). */
const ROW_HEIGHT = 76;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  // Imported text goes in as text, never as HTML.
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(row: AbstractRow, index: number): HTMLElement {
  const node = element('div', 'abstract-option');
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', 'false');
  node.setAttribute('aria-posinset', String(index + 1));
  // The library's size is not read yet.
  node.setAttribute('aria-setsize', '-1');
  node.style.height = `${ROW_HEIGHT}px`;
  node.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
  node.append(element('span', 'abstract-option-title', displayTitle({ title: row.title, text: row.display.text })));
  const meta = element('span', 'abstract-option-meta');
  const byline = bylineText(row);
  if (byline !== '') meta.append(element('span', 'abstract-option-byline', byline));
  if (row.truncated) meta.append(element('span', 'badge', 'snippet'));
  if (row.status !== 'read') {
    // As RowMarks: "Reading" shows, "Unread" is a dot with its word for screen readers.
    const mark = element('span', 'row-status', row.status === 'unread' ? undefined : 'Reading');
    mark.dataset.status = row.status;
    if (row.status === 'unread') mark.append(element('span', 'visually-hidden', 'Unread'));
    meta.append(mark);
  }
  if (row.starred === 1) {
    const star = element('span', 'row-star', '★');
    star.setAttribute('role', 'img');
    star.setAttribute('aria-label', 'Starred');
    meta.append(star);
  }
  node.append(meta);
  return node;
}

/** The list pane's header as it first renders (title, an empty count line, the sort), for the same height. */
function listHeader(): HTMLElement {
  const header = element('div', 'list-pane-header');
  const heading = element('div', 'list-pane-heading');
  heading.append(element('h2', 'list-pane-title', 'Library'), element('span', 'list-pane-count', '\u00a0'));
  const tools = element('div', 'list-pane-tools');
  const sort = element('label', 'sort-select');
  const select = element('select', '');
  select.append(element('option', '', 'Added'));
  select.tabIndex = -1;
  sort.append(element('span', 'sort-select-label', 'Sort by'), select);
  tools.append(sort);
  header.append(heading, tools);
  return header;
}

function searchBar(): HTMLElement {
  const bar = element('div', 'search-bar');
  const row = element('div', 'search-row');
  const field = element('input', 'search-field');
  field.type = 'search';
  field.placeholder = 'Search  (/)   tag:  author:  year:  is:unread  -not';
  field.tabIndex = -1;
  row.append(field);
  bar.append(row);
  return bar;
}

/**
 * Paints the newest rows into `container` with plain DOM, in the layout the app then renders (sidebar column,
 * list pane header, search bar, the "Abstracts" listbox), while the app's own code is still loading. The app's
 * first render replaces it in the same frame (React clears the container on its first commit). Only what the
 * start needs is drawn, and nothing in it responds to input: the controls are skipped by Tab and hidden from
 * assistive technology; the rows are readable as the options of a busy, disabled list.
 */
export function paintFirstRows(container: HTMLElement, rows: readonly AbstractRow[]): void {
  if (rows.length === 0 || container.childElementCount > 0) return;
  const app = element('div', 'app');
  const sidebar = element('div', 'sidebar');
  const sidebarHeader = element('header', 'sidebar-header');
  // The Import button's room, so the header has the height it has once the app renders it.
  const importRoom = element('button', 'button button-primary', 'Import…');
  importRoom.style.visibility = 'hidden';
  importRoom.setAttribute('aria-hidden', 'true');
  sidebarHeader.append(element('h1', 'app-name', 'Lectern'), importRoom);
  sidebar.append(sidebarHeader);
  const content = element('main', 'content');
  const pane = element('div', 'list-pane');
  const controls = [listHeader(), searchBar()];
  for (const control of controls) control.setAttribute('aria-hidden', 'true');
  const list = element('div', 'abstract-list');
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Abstracts');
  list.setAttribute('aria-busy', 'true');
  // Not operable until the app replaces it: a click here would do nothing (and tools that wait for an
  // enabled element, as Playwright does, wait for the app's own rows).
  list.setAttribute('aria-disabled', 'true');
  const sizer = element('div', 'abstract-list-sizer');
  sizer.setAttribute('role', 'presentation');
  sizer.style.height = `${rows.length * ROW_HEIGHT}px`;
  sizer.append(...rows.map(option));
  list.append(sizer);
  pane.append(...controls, list);
  content.append(pane);
  app.append(sidebar, content);
  container.append(app);
}

/** Resolves after the next frame has been produced (its paint included), not merely scheduled. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
