import type { Verdict } from '../../../shared/screening/types';

/**
 * What screening mode is doing with the keyboard: waiting for a verdict, choosing the reason of an
 * exclusion (`active` is the highlighted option: 0 is "no reason", 1–9 the exclusion criteria), or
 * writing a note (the note field then owns the keys).
 */
export type KeyMode = { mode: 'idle' } | { mode: 'reason'; active: number } | { mode: 'note' };

export const IDLE: KeyMode = { mode: 'idle' };

/** What the view must do after a key. */
export type ScreeningCommand =
  { kind: 'decide'; verdict: Verdict; reason?: string } | { kind: 'undo' } | { kind: 'move'; delta: -1 | 1 };

export type KeyAction =
  | { type: 'key'; key: string; modified: boolean; typing: boolean }
  /** An option of the reason list clicked: 0 is "no reason". */
  | { type: 'pick-reason'; index: number }
  | { type: 'open-reasons' }
  | { type: 'open-note' }
  /** The reason list or the note field closed without a key (a click elsewhere, the note saved on blur). */
  | { type: 'close' };

export interface KeyContext {
  /** The codes of the exclusion criteria keys 1–9 pick, in order (at most nine are used). */
  reasons: readonly string[];
  /** False when every record is screened and none is shown: only undo and moving back work. */
  hasRecord: boolean;
}

export interface KeyOutcome {
  mode: KeyMode;
  command: ScreeningCommand | null;
  /** Whether the key was screening mode's, so its default action should be prevented. */
  handled: boolean;
}

const MAX_REASONS = 9;

const unhandled = (mode: KeyMode): KeyOutcome => ({ mode, command: null, handled: false });
const done = (mode: KeyMode, command: ScreeningCommand | null = null): KeyOutcome => ({
  mode,
  command,
  handled: true,
});

function reasonCount(context: KeyContext): number {
  return Math.min(context.reasons.length, MAX_REASONS);
}

/** Excludes with the option's criterion, or with no reason for option 0 or one out of range. */
function exclude(index: number, context: KeyContext): KeyOutcome {
  const reason = index >= 1 && index <= reasonCount(context) ? context.reasons[index - 1] : undefined;
  return done(
    IDLE,
    reason === undefined
      ? { kind: 'decide', verdict: 'exclude' }
      : { kind: 'decide', verdict: 'exclude', reason },
  );
}

function openReasons(context: KeyContext): KeyOutcome {
  // With no exclusion criteria there is nothing to choose: exclude at once.
  if (reasonCount(context) === 0) return exclude(0, context);
  return done({ mode: 'reason', active: 0 });
}

function reasonKey(active: number, key: string, context: KeyContext): KeyOutcome {
  const options = reasonCount(context) + 1;
  if (key === 'Escape') return done(IDLE);
  if (key === 'Enter') return exclude(active, context);
  if (key === 'ArrowDown') return done({ mode: 'reason', active: (active + 1) % options });
  if (key === 'ArrowUp') return done({ mode: 'reason', active: (active - 1 + options) % options });
  if (/^[1-9]$/.test(key)) {
    const index = Number(key);
    // A number with no criterion is ignored rather than excluding without the reason the user meant.
    return index <= reasonCount(context) ? exclude(index, context) : done({ mode: 'reason', active });
  }
  // Every other key is swallowed so a stray I or M cannot decide while a reason is being chosen.
  return done({ mode: 'reason', active });
}

function idleKey(key: string, context: KeyContext): KeyOutcome {
  switch (key) {
    case 'ArrowLeft':
      return done(IDLE, { kind: 'move', delta: -1 });
    case 'ArrowRight':
      return done(IDLE, { kind: 'move', delta: 1 });
    case 'u':
    case 'U':
      return done(IDLE, { kind: 'undo' });
  }
  if (!context.hasRecord) return unhandled(IDLE);
  switch (key) {
    case 'i':
    case 'I':
      return done(IDLE, { kind: 'decide', verdict: 'include' });
    case 'm':
    case 'M':
      return done(IDLE, { kind: 'decide', verdict: 'maybe' });
    case 'e':
    case 'E':
      return openReasons(context);
    case 'n':
    case 'N':
      return done({ mode: 'note' });
    default:
      return unhandled(IDLE);
  }
}

/** Screening mode's keyboard as a state machine: idle → choosing a reason → idle, idle → writing a note → idle. */
export function screeningKeys(mode: KeyMode, action: KeyAction, context: KeyContext): KeyOutcome {
  switch (action.type) {
    case 'close':
      return done(IDLE);
    case 'open-note':
      return context.hasRecord && mode.mode === 'idle' ? done({ mode: 'note' }) : unhandled(mode);
    case 'open-reasons':
      return context.hasRecord && mode.mode === 'idle' ? openReasons(context) : unhandled(mode);
    case 'pick-reason':
      return mode.mode === 'reason' ? exclude(action.index, context) : unhandled(mode);
    case 'key':
      // Ctrl+Z and the other shortcuts stay the app's; typed text stays the field's.
      if (action.modified || action.typing || mode.mode === 'note') return unhandled(mode);
      return mode.mode === 'reason'
        ? reasonKey(mode.active, action.key, context)
        : idleKey(action.key, context);
  }
}
