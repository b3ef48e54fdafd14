import { diff3Merge } from 'node-diff3';

/** A serialized Lexical editor state, as far as a merge needs to see it. */
interface SerializedState {
  root: { children: unknown[] } & Record<string, unknown>;
}

export interface RichTextMerge {
  /** The merged serialized state. */
  json: string;
  /**
   * The blocks of their version kept beside ours where both sides changed the same blocks (their
   * version first, then ours); empty when the merge was clean.
   */
  theirVersions: string[];
}

function parse(json: string | null): SerializedState | null {
  if (json === null || json === '') return null;
  try {
    const parsed = JSON.parse(json) as { root?: { children?: unknown } };
    if (typeof parsed.root !== 'object' || parsed.root === null || !Array.isArray(parsed.root.children))
      return null;
    return parsed as SerializedState;
  } catch {
    return null;
  }
}

/** The top-level blocks (paragraphs, headings, lists…), each as one comparable line. */
function blocksOf(state: SerializedState | null): string[] {
  const blocks = (state?.root.children ?? []).map((block) => JSON.stringify(block));
  // An editor that was never typed in holds one empty paragraph: no content to merge or to keep twice.
  return blocks.length === 1 && isEmptyParagraph(state?.root.children[0]) ? [] : blocks;
}

function isEmptyParagraph(block: unknown): boolean {
  const { type, children } = (block ?? {}) as { type?: unknown; children?: unknown };
  return type === 'paragraph' && Array.isArray(children) && children.length === 0;
}

/**
 * Three-way merge of two rich texts edited from the same `base`, block by block: edits to different
 * paragraphs both land; when both sides changed the same paragraphs, both versions are kept (theirs
 * first), so no side's text is ever dropped.
 */
export function mergeRichText(base: string | null, ours: string, theirs: string | null): RichTextMerge {
  const theirState = parse(theirs);
  const ourState = parse(ours);
  if (theirState === null || theirs === ours) return { json: ours, theirVersions: [] };
  if (ourState === null || base === ours) return { json: theirs ?? ours, theirVersions: [] };
  const theirVersions: string[] = [];
  const merged: string[] = [];
  for (const region of diff3Merge(blocksOf(ourState), blocksOf(parse(base)), blocksOf(theirState))) {
    if (region.ok) merged.push(...region.ok);
    if (region.conflict) {
      const { a, o, b } = region.conflict;
      const resolved = besideUnchanged(a, o, b);
      if (resolved !== null) merged.push(...resolved);
      else if (a.length === o.length && b.length === o.length)
        merged.push(...blockByBlock(a, o, b, theirVersions));
      else {
        theirVersions.push(...b);
        merged.push(...b, ...a);
      }
    }
  }
  return { json: withBlocks(theirState, merged), theirVersions };
}

/**
 * diff3 also reports a conflict when one side only added blocks right beside blocks the other side
 * changed; when one side still holds the base blocks untouched, both edits fit: its additions
 * around the other side's version.
 */
function besideUnchanged(a: string[], o: string[], b: string[]): string[] | null {
  if (o.length === 0) return null;
  const inB = indexOfRun(b, o);
  if (inB >= 0) return [...b.slice(0, inB), ...a, ...b.slice(inB + o.length)];
  const inA = indexOfRun(a, o);
  if (inA >= 0) return [...a.slice(0, inA), ...b, ...a.slice(inA + o.length)];
  return null;
}

/**
 * diff3 groups edits of neighbouring paragraphs into one conflict; when no block was added or
 * removed, each paragraph is merged on its own, and only one both sides changed is kept twice.
 */
function blockByBlock(a: string[], o: string[], b: string[], theirVersions: string[]): string[] {
  return o.flatMap((original, at) => {
    const ours = a[at] ?? original;
    const theirs = b[at] ?? original;
    if (ours === original || ours === theirs) return [theirs];
    if (theirs === original) return [ours];
    theirVersions.push(theirs);
    return [theirs, ours];
  });
}

function indexOfRun(blocks: readonly string[], run: readonly string[]): number {
  for (let start = 0; start + run.length <= blocks.length; start += 1) {
    if (run.every((block, offset) => blocks[start + offset] === block)) return start;
  }
  return -1;
}

function withBlocks(state: SerializedState, blocks: readonly string[]): string {
  const children: unknown[] = blocks.map((block) => JSON.parse(block) as unknown);
  return JSON.stringify({ ...state, root: { ...state.root, children } });
}

/** `json` without the given blocks (each removed once): "use this one" after a conflict drops their versions. */
export function withoutBlocks(json: string, remove: readonly string[]): string {
  const state = parse(json);
  if (state === null) return json;
  const left = [...remove];
  const blocks = state.root.children
    .map((block) => JSON.stringify(block))
    .filter((block) => {
      const at = left.indexOf(block);
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
  return withBlocks(state, blocks);
}
