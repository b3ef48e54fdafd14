import { $getRoot, type LexicalEditor } from 'lexical';
import { mergeRichText } from '../../../shared/rich-text/merge';
import type { EditBase, RichTextEdit, SaveOutcome, SaveStamp } from '../../db/notes/rich-text-save';
import { clearDraft, writeDraft } from '../draft-store';
import { replaceContent } from './replace-content';

export type SaveEdit = (edit: RichTextEdit) => Promise<SaveOutcome>;

/** The stored text an editor shows, as its live query reads it; null when there is none yet. */
export interface StoredContent {
  json: string | null;
  revision: number;
  savedBy?: SaveStamp;
}

export interface RichTextSyncOptions {
  draftKey: string;
  /** What the editor's starting content was edited from. */
  base: EditBase;
  /** The starting content is a restored draft that still has to be saved. */
  dirty: boolean;
  save: () => SaveEdit;
  /** Both this editor and another changed the same paragraphs; `theirVersions` are the other side's blocks, kept beside ours. */
  onConflict: (theirVersions: string[]) => void;
}

export interface RichTextSync {
  /** The user changed the content. */
  changed: () => void;
  /** The stored text changed (here or elsewhere). */
  stored: (content: StoredContent | null) => void;
  /** Saves now if anything is unsaved and no save is running. */
  flush: () => void;
  /** Resolves once everything typed so far is stored (or saving it failed and the draft keeps it). */
  saved: () => Promise<void>;
  dispose: () => void;
}

function contentOf(editor: LexicalEditor): { json: string; text: string } {
  const state = editor.getEditorState();
  return { json: JSON.stringify(state.toJSON()), text: state.read(() => $getRoot().getTextContent()) };
}

const MAX_SAVE_ROUNDS = 5;

/**
 * Saves start at most this often: at a human typing pace every keystroke is saved as it is made
 * (a crash loses at most the last one), while a fast burst shares one save instead of queueing many.
 */
const SAVE_INTERVAL_MS = 150;

/**
 * Keeps one editor and its stored text in step. Every change is written to the local draft at once
 * (synchronously) and saved right away, one save at a time (see SAVE_INTERVAL_MS): changes made
 * while a save runs go in the next. localStorage alone is not enough: Chromium writes it to disk
 * seconds later, so a crash soon after typing lost it. Saves are compare-and-set against the revision this editor last saw; when the stored text
 * moved on meanwhile, the save merges and the editor shows the merge. Stored changes from elsewhere
 * replace the content when nothing here is unsaved.
 */
export function createRichTextSync(editor: LexicalEditor, options: RichTextSyncOptions): RichTextSync {
  const { draftKey } = options;
  let base = options.base;
  let dirty = options.dirty;
  let saving = false;
  let disposed = false;
  let latest: StoredContent | null = null;
  let lastStart = Number.NEGATIVE_INFINITY;
  let timer: number | undefined;
  const writer = crypto.randomUUID();
  let pending: { at: number; json: string } | null = null;
  let inFlight: Promise<void> | null = null;

  const keepDraft = (): void =>
    writeDraft(draftKey, { ...contentOf(editor), at: Date.now(), base, writer, ...(pending ? { pending } : {}) });

  const showStored = (content: StoredContent): void => {
    if (saving || disposed || content.revision <= base.revision) return;
    if (dirty) {
      requestSave();
      return;
    }
    base = { revision: content.revision, json: content.json };
    if (contentOf(editor).json !== content.json) replaceContent(editor, content.json);
  };

  const settle = (sent: { json: string }, sentAt: number, outcome: SaveOutcome): void => {
    if (outcome.kind === 'gone') {
      clearDraft(draftKey, Number.POSITIVE_INFINITY);
      return;
    }
    base = { revision: outcome.revision, json: outcome.json };
    if (outcome.kind === 'merged' && !disposed) {
      const theirVersions = [...outcome.theirVersions];
      const now = contentOf(editor).json;
      if (now === sent.json) {
        if (outcome.json !== now) replaceContent(editor, outcome.json);
      } else {
        // Typed while the save ran: merge that typing into what is stored now, and save it next.
        const local = mergeRichText(sent.json, now, outcome.json);
        replaceContent(editor, local.json);
        dirty = true;
        theirVersions.push(...local.theirVersions);
      }
      if (theirVersions.length > 0) options.onConflict(theirVersions);
    }
    if (dirty) {
      keepDraft();
      requestSave();
    } else {
      clearDraft(draftKey, sentAt);
      if (latest !== null) showStored(latest);
    }
  };

  function requestSave(): void {
    if (saving || !dirty || timer !== undefined) return;
    const wait = lastStart + SAVE_INTERVAL_MS - Date.now();
    if (wait <= 0) flush();
    else timer = window.setTimeout(flush, wait);
  }

  function flush(): void {
    window.clearTimeout(timer);
    timer = undefined;
    if (saving || !dirty) return;
    const sent = contentOf(editor);
    const sentAt = Date.now();
    lastStart = sentAt;
    dirty = false;
    saving = true;
    pending = { at: sentAt, json: sent.json };
    inFlight = options
      .save()({ ...sent, base, stamp: { writer, at: sentAt } })
      .then(
        (outcome) => {
          saving = false;
          pending = null;
          inFlight = null;
          settle(sent, sentAt, outcome);
        },
        (error: unknown) => {
          saving = false;
          pending = null;
          inFlight = null;
          dirty = true;
          console.warn('Saving failed; the draft is kept', error);
        },
      );
  }

  return {
    changed: () => {
      dirty = true;
      keepDraft();
      requestSave();
    },
    stored: (content) => {
      latest = content;
      if (content !== null) showStored(content);
    },
    flush,
    saved: async () => {
      // Typing merged in while a save ran is saved by the next round; a save that keeps failing stops the wait.
      for (let round = 0; round < MAX_SAVE_ROUNDS; round++) {
        flush();
        const running = inFlight;
        if (running === null) return;
        await running;
      }
    },
    dispose: () => {
      flush();
      disposed = true;
    },
  };
}
