import type { EditBase } from '../db/notes/rich-text-save';

/**
 * A synchronous backup of unsaved editor content in localStorage. IndexedDB writes started while
 * the page unloads may never commit; this copy is written on every change, so a reload can finish
 * the save it interrupted. `base` is the stored revision the content was edited from, so a draft
 * older than text saved elsewhere is merged into it, never written over it.
 */
export interface Draft {
  json: string;
  text: string;
  at: number;
  /** Absent in drafts written before revisions: such a draft is merged as if edited from nothing. */
  base?: EditBase;
  /** The editor that wrote the draft (see SaveStamp). */
  writer?: string;
  /** The save that was under way when the draft was written: its stamp time and content. */
  pending?: { at: number; json: string };
}

function isPending(value: unknown): value is { at: number; json: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { at, json } = value as Record<string, unknown>;
  return typeof at === 'number' && typeof json === 'string';
}

function isBase(value: unknown): value is EditBase {
  if (typeof value !== 'object' || value === null) return false;
  const { revision, json } = value as Record<string, unknown>;
  return typeof revision === 'number' && (typeof json === 'string' || json === null);
}

const PREFIX = 'lectern-draft:';

export function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { json, text, at, base, writer, pending } = parsed as Record<string, unknown>;
    if (typeof json !== 'string' || typeof text !== 'string' || typeof at !== 'number') return null;
    return {
      json,
      text,
      at,
      ...(isBase(base) ? { base } : {}),
      ...(typeof writer === 'string' ? { writer } : {}),
      ...(isPending(pending) ? { pending } : {}),
    };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    window.localStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the debounced save still runs.
  }
}

/** Drops the draft once the saved content is at least as new. */
export function clearDraft(key: string, savedAt: number): void {
  const draft = readDraft(key);
  if (draft && draft.at <= savedAt) window.localStorage.removeItem(PREFIX + key);
}
