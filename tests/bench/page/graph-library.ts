import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../../../renderer/db/schema/database';
import GraphView, { type GraphViewProps } from '../../../renderer/features/graph/GraphView';
import type { GraphLibraryFigures } from '../bench-api';
import { filterByParentTag } from './organize';
import { collectGarbage, usedHeap } from './heap-peak';

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits, frame by frame, until `ready` holds, then for the frame that shows it; the time from `started`. */
async function until(ready: () => boolean, started: number, what: string): Promise<number> {
  const deadline = started + 120_000;
  while (!ready()) {
    if (performance.now() > deadline) throw new Error(`The graph never showed ${what}`);
    await nextFrame();
  }
  await nextFrame();
  return performance.now() - started;
}

/** Sets a select as a user does (React hears the change event). */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function selectNamed(container: HTMLElement, name: string): HTMLSelectElement {
  for (const label of container.querySelectorAll('label')) {
    const select = label.querySelector('select');
    if (select !== null && label.querySelector('span')?.textContent === name) return select;
  }
  throw new Error(`No ${name} select in the graph view`);
}

/** The abstract with the most links, where the neighbourhood filter starts. */
async function mostLinked(): Promise<number> {
  const degree = new Map<number, number>();
  await db.links.each((link) => {
    if (link.fromId === null) return;
    for (const id of [link.fromId, link.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
  });
  let best = -1;
  let bestDegree = -1;
  for (const [id, count] of degree) if (count > bestDegree) [best, bestDegree] = [id, count];
  return best;
}

/** The tag with the most abstracts under it (a parent's count includes none of its children's). */
async function busiestTag(): Promise<{ id: number; path: string } | null> {
  const counts = new Map<number, number>();
  for (const [, tagId] of await db.abstractTags.toCollection().primaryKeys()) counts.set(tagId, (counts.get(tagId) ?? 0) + 1);
  const tags = await db.tags.toArray();
  let best: { id: number; path: string } | null = null;
  let bestCount = -1;
  for (const tag of tags) {
    const count = counts.get(tag.id) ?? 0;
    if (count > bestCount) [best, bestCount] = [{ id: tag.id, path: tag.path }, count];
  }
  return best;
}

/**
 * The app's graph view, mounted in this page over the library it holds: time from mounting it to
 * the frame that draws the library's nodes, the JS heap then, and how long the neighbourhood (2 hops
 * from the most linked abstract) and tag (the busiest tag) filters take to show their result.
 */
export async function graphInLibrary(): Promise<GraphLibraryFigures> {
  if ((await db.abstractTags.count()) === 0) await filterByParentTag(1);
  const tag = await busiestTag();
  const openId = await mostLinked();
  await collectGarbage();
  const heapBefore = usedHeap();

  const container = document.createElement('div');
  container.style.cssText = 'position:fixed;inset:0;width:1200px;height:720px;display:flex;flex-direction:column;';
  document.body.append(container);
  const root = createRoot(container);
  const props = (open: number | null): GraphViewProps => ({ openId: open, onOpen: () => undefined });
  const statusText = (): string => container.querySelector('.graph-status')?.textContent ?? '';
  // The counts alone: whether a layout is running (" · arranging…") is no part of what a filter shows.
  const counts = (): string => statusText().split(' · ')[0] ?? '';
  /** " · 2,000 drawn" while the view draws fewer abstracts than the filter lets through. */
  const drawnNote = (): string => {
    const count = /Showing the ([\d,]+) most linked/.exec(container.querySelector('.graph-cap')?.textContent ?? '')?.[1];
    return count === undefined ? '' : ` · ${count} drawn`;
  };
  const drawn = (): boolean => /abstracts?,/.test(statusText()) && container.querySelector('canvas') !== null;

  const started = performance.now();
  root.render(createElement(GraphView, props(null)));
  const firstFrameMs = await until(drawn, started, 'its nodes');
  await collectGarbage();
  const heapAfter = usedHeap();
  const whole = statusText();
  const wholeCounts = counts();
  const wholeDrawn = drawnNote();

  root.render(createElement(GraphView, props(openId)));
  await until(() => !selectNamed(container, 'Neighbourhood').disabled, performance.now(), 'the neighbourhood enabled');
  const neighbourhoodStarted = performance.now();
  choose(selectNamed(container, 'Neighbourhood'), '2');
  const neighbourhoodMs = await until(() => counts() !== wholeCounts, neighbourhoodStarted, 'the neighbourhood');
  const neighbourhood = statusText() + drawnNote();
  choose(selectNamed(container, 'Neighbourhood'), 'off');
  await until(() => counts() === wholeCounts, performance.now(), 'the whole library again');

  let tagMs = 0;
  let tagged = '';
  if (tag !== null) {
    const tagStarted = performance.now();
    choose(selectNamed(container, 'Tag'), String(tag.id));
    tagMs = await until(() => counts() !== wholeCounts, tagStarted, 'the tag filter');
    tagged = statusText() + drawnNote();
  }
  root.unmount();
  container.remove();
  return {
    firstFrameMs,
    neighbourhoodMs,
    tagMs,
    heapBytes: heapAfter,
    heapAddedBytes: heapAfter === null || heapBefore === null ? null : heapAfter - heapBefore,
    shown: { whole: whole + wholeDrawn, neighbourhood, tagged: tag === null ? '' : `${tag.path}: ${tagged}` },
  };
}
