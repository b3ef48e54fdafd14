import { describe, expect, it } from 'vitest';
import {
  IDLE,
  screeningKeys,
  type KeyAction,
  type KeyContext,
  type KeyMode,
} from '../../../../renderer/features/screening/screening-keys';

const context: KeyContext = { reasons: ['E1', 'E2', 'E3'], hasRecord: true };
const key = (name: string, extra: Partial<Extract<KeyAction, { type: 'key' }>> = {}): KeyAction => ({
  type: 'key',
  key: name,
  modified: false,
  typing: false,
  ...extra,
});

/** Plays keys from idle and returns the commands they gave and the mode they left. */
function play(keys: string[], given: KeyContext = context): { commands: unknown[]; mode: KeyMode } {
  let mode: KeyMode = IDLE;
  const commands: unknown[] = [];
  for (const name of keys) {
    const outcome = screeningKeys(mode, key(name), given);
    mode = outcome.mode;
    if (outcome.command) commands.push(outcome.command);
  }
  return { commands, mode };
}

describe('screeningKeys', () => {
  it('includes on I, marks maybe on M, undoes on U, in either case', () => {
    expect(play(['i', 'M', 'u', 'I']).commands).toEqual([
      { kind: 'decide', verdict: 'include' },
      { kind: 'decide', verdict: 'maybe' },
      { kind: 'undo' },
      { kind: 'decide', verdict: 'include' },
    ]);
  });

  it('asks for a reason on E, and 1–9 picks the exclusion criterion', () => {
    const chosen = play(['e']);
    expect(chosen.commands).toEqual([]);
    expect(chosen.mode).toEqual({ mode: 'reason', active: 0 });
    expect(play(['e', '2']).commands).toEqual([{ kind: 'decide', verdict: 'exclude', reason: 'E2' }]);
    expect(play(['e', '2']).mode).toEqual(IDLE);
  });

  it('excludes with no reason on Enter, and Escape cancels without deciding', () => {
    expect(play(['e', 'Enter']).commands).toEqual([{ kind: 'decide', verdict: 'exclude' }]);
    const cancelled = play(['e', 'Escape']);
    expect(cancelled.commands).toEqual([]);
    expect(cancelled.mode).toEqual(IDLE);
  });

  it('moves through the reasons with the arrows, wrapping, and Enter takes the highlighted one', () => {
    expect(play(['e', 'ArrowDown', 'ArrowDown', 'Enter']).commands).toEqual([
      { kind: 'decide', verdict: 'exclude', reason: 'E2' },
    ]);
    expect(play(['e', 'ArrowUp']).mode).toEqual({ mode: 'reason', active: 3 });
    expect(play(['e', 'ArrowUp', 'ArrowDown']).mode).toEqual({ mode: 'reason', active: 0 });
  });

  it('ignores a number with no criterion and other verdict keys while a reason is chosen', () => {
    const outcome = play(['e', '7', 'i', 'm', 'ArrowRight']);
    expect(outcome.commands).toEqual([]);
    expect(outcome.mode).toEqual({ mode: 'reason', active: 0 });
  });

  it('excludes at once when the review has no exclusion criteria', () => {
    expect(play(['e'], { reasons: [], hasRecord: true }).commands).toEqual([
      { kind: 'decide', verdict: 'exclude' },
    ]);
  });

  it('uses only the first nine criteria', () => {
    const many: KeyContext = {
      reasons: Array.from({ length: 12 }, (_, index) => `E${index + 1}`),
      hasRecord: true,
    };
    expect(play(['e', '9'], many).commands).toEqual([{ kind: 'decide', verdict: 'exclude', reason: 'E9' }]);
    expect(play(['e', 'ArrowUp'], many).mode).toEqual({ mode: 'reason', active: 9 });
  });

  it('moves to the previous and next record with the arrows', () => {
    expect(play(['ArrowLeft', 'ArrowRight']).commands).toEqual([
      { kind: 'move', delta: -1 },
      { kind: 'move', delta: 1 },
    ]);
  });

  it('opens the note on N and leaves every key to the note field until it closes', () => {
    const writing = play(['n', 'i', 'e', 'u']);
    expect(writing.mode).toEqual({ mode: 'note' });
    expect(writing.commands).toEqual([]);
    expect(screeningKeys(writing.mode, { type: 'close' }, context).mode).toEqual(IDLE);
  });

  it('leaves keys typed in a field and modified keys (Ctrl+Z) alone', () => {
    expect(screeningKeys(IDLE, key('i', { typing: true }), context)).toEqual({
      mode: IDLE,
      command: null,
      handled: false,
    });
    expect(screeningKeys(IDLE, key('z', { modified: true }), context).handled).toBe(false);
    expect(screeningKeys(IDLE, key('i', { modified: true }), context).command).toBeNull();
  });

  it('when every record is screened, keeps only undo and moving back', () => {
    const finished: KeyContext = { reasons: ['E1'], hasRecord: false };
    expect(play(['i', 'e', 'm', 'n', 'u', 'ArrowLeft'], finished).commands).toEqual([
      { kind: 'undo' },
      { kind: 'move', delta: -1 },
    ]);
  });

  it('takes a clicked reason only while the reasons are shown', () => {
    expect(
      screeningKeys({ mode: 'reason', active: 0 }, { type: 'pick-reason', index: 1 }, context).command,
    ).toEqual({
      kind: 'decide',
      verdict: 'exclude',
      reason: 'E1',
    });
    expect(screeningKeys(IDLE, { type: 'pick-reason', index: 1 }, context).command).toBeNull();
    expect(screeningKeys(IDLE, { type: 'open-reasons' }, context).mode).toEqual({
      mode: 'reason',
      active: 0,
    });
  });
});
