import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScreeningStage, Verdict } from '../../../shared/screening/types';
import { useAbstract } from '../../db/abstracts/hooks';
import type { Reversible } from '../../db/undo/reversible';
import { isEditableTarget } from '../../ui/is-editable-target';
import { useUndo, useUndoable } from '../undo';
import { AllScreened } from './AllScreened';
import { DecisionSummary } from './DecisionSummary';
import { KeyHelp } from './KeyHelp';
import { KeywordLegend } from './KeywordLegend';
import { NoteField } from './NoteField';
import { ReasonList } from './ReasonList';
import {
  decide,
  screeningProgress,
  setScreeningNote,
  useReview,
  useReviewRecordIds,
  useScreeningNote,
  useStageDecisions,
} from './screening-data';
import { IDLE, screeningKeys, type KeyAction, type KeyMode, type ScreeningCommand } from './screening-keys';
import { decisionAnnouncement, exclusionReasons } from './screening-text';
import { ScreeningProgressPanel } from './ScreeningProgressPanel';
import { ScreeningRecord } from './ScreeningRecord';
import { useScreeningQueue } from './use-screening-queue';
import { VerdictBar } from './VerdictBar';
import './screening.css';

export interface ScreeningViewProps {
  reviewId: number;
  stage: ScreeningStage;
  onExit: () => void;
}

const STAGE_HEADINGS: Record<ScreeningStage, string> = {
  1: 'Title and abstract screening',
  2: 'Full-text screening',
};

/**
 * Screening mode: one record at a time, decided from the keyboard (I, E then 1–9, M, U, N, ←/→).
 * The next record shows as soon as a key is pressed; the ranking worker reorders the rest meanwhile.
 */
export function ScreeningView({ reviewId, stage, onExit }: ScreeningViewProps): ReactNode {
  const review = useReview(reviewId);
  const recordIds = useReviewRecordIds(reviewId, stage);
  const decisions = useStageDecisions(reviewId, stage);
  const queue = useScreeningQueue(review ?? undefined, stage, recordIds, decisions);
  const row = useAbstract(queue.current);
  const note = useScreeningNote(reviewId, queue.current);
  const undo = useUndo();
  const runUndoable = useUndoable();
  const [mode, setMode] = useState<KeyMode>(IDLE);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const region = useRef<HTMLElement>(null);
  const mounted = useRef(true);

  const criteria = useMemo(() => review?.criteria ?? [], [review]);
  const reasons = useMemo(() => exclusionReasons(criteria), [criteria]);
  const keywords = useMemo(
    () => ({ include: review?.includeKeywords ?? [], exclude: review?.excludeKeywords ?? [] }),
    [review],
  );
  const verdicts = useMemo(
    () => new Map((decisions ?? []).map((decision) => [decision.abstractId, decision])),
    [decisions],
  );
  const progress = useMemo(
    () => screeningProgress(decisions ?? [], recordIds?.length ?? 0),
    [decisions, recordIds],
  );
  const current = queue.current;

  const announce = useCallback(
    (text: string) => setAnnouncement((previous) => ({ text, count: previous.count + 1 })),
    [],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const focusRegion = useCallback(() => region.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    if (mode.mode === 'idle' && !region.current?.contains(document.activeElement)) focusRegion();
  }, [mode, focusRegion]);

  // U undoes only what this view did: the app's stack may hold older actions (creating this very review) that a
  // stray U must not take back. Ctrl+Z stays the app's, for anything.
  const ownUndoable = useRef(0);
  const counted = useCallback(
    (reversible: Reversible, onUndone?: () => void): Reversible => {
      ownUndoable.current += 1;
      return {
        undo: async () => {
          await reversible.undo();
          ownUndoable.current -= 1;
          if (!mounted.current) return;
          onUndone?.();
          announce('Undone');
        },
        redo: async () => {
          await reversible.redo();
          ownUndoable.current += 1;
        },
      };
    },
    [announce],
  );
  const undoLast = useCallback(() => {
    if (ownUndoable.current > 0) void undo.undo();
    else announce('Nothing to undo');
  }, [undo, announce]);

  const record = useCallback(
    (verdict: Verdict, reason: string | undefined) => {
      if (current === null || review == null) return;
      const abstractId = current;
      const label = decisionAnnouncement(verdict, reason, criteria);
      queue.decided(abstractId);
      announce(label);
      void runUndoable(label, async () => {
        const reversible = await decide({
          reviewId,
          abstractId,
          stage,
          verdict,
          reason,
          order: review.order,
        });
        // However the undo comes (U, Ctrl+Z, the toast), the record whose decision it took back is shown again.
        return counted(reversible, () => queue.show(abstractId));
      });
    },
    [current, review, criteria, queue, announce, runUndoable, reviewId, stage, counted],
  );

  const run = useCallback(
    (command: ScreeningCommand) => {
      if (command.kind === 'decide') record(command.verdict, command.reason);
      else if (command.kind === 'move') queue.move(command.delta);
      else undoLast();
    },
    [record, queue, undoLast],
  );

  const dispatch = useCallback(
    (action: KeyAction): boolean => {
      const outcome = screeningKeys(mode, action, {
        reasons: reasons.map((reason) => reason.code),
        hasRecord: current !== null,
      });
      setMode(outcome.mode);
      if (outcome.command) run(outcome.command);
      return outcome.handled;
    },
    [mode, reasons, current, run],
  );

  const dispatchRef = useRef(dispatch);
  useEffect(() => {
    dispatchRef.current = dispatch;
  }, [dispatch]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return;
      // The keys are screening's while focus is in its region or nowhere in particular, never in a dialog or the sidebar.
      const target = event.target;
      const inRegion = target instanceof Node && region.current?.contains(target) === true;
      if (!inRegion && target !== document.body) return;
      const handled = dispatchRef.current({
        type: 'key',
        key: event.key,
        modified: event.ctrlKey || event.metaKey || event.altKey,
        typing: isEditableTarget(target),
      });
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const saveNote = useCallback(
    (text: string) => {
      setMode(IDLE);
      if (current === null) return;
      const abstractId = current;
      void runUndoable(text === '' ? 'Removed screening note' : 'Saved screening note', async () =>
        counted(await setScreeningNote(reviewId, abstractId, text)),
      ).then((done) => {
        if (done) announce(text === '' ? 'Note removed' : 'Note saved');
      });
    },
    [current, reviewId, runUndoable, announce, counted],
  );

  const loading = recordIds === undefined || decisions === undefined || queue.queue === null;
  const decision = current === null ? undefined : verdicts.get(current);
  const order = review?.order ?? 'ranked';
  const finished = review != null && !loading && current === null;

  return (
    <section ref={region} className="screening" aria-label="Screening" tabIndex={-1}>
      <header className="screening-header">
        <div>
          <h2 className="screening-heading">{STAGE_HEADINGS[stage]}</h2>
          {review && <p className="screening-review-name">{review.name}</p>}
        </div>
        {/* When all are screened, the finished state offers the way back, and one button is enough. */}
        {!finished && (
          <button type="button" className="button" onClick={onExit}>
            Back to the review
          </button>
        )}
      </header>
      {review === null ? (
        <p className="screening-missing">This review no longer exists.</p>
      ) : review === undefined || loading ? (
        <p className="screening-loading" role="status">
          Ranking the records…
        </p>
      ) : (
        <div className="screening-body">
          <div className="screening-main">
            {current === null ? (
              <AllScreened total={progress.total} onExit={onExit} />
            ) : (
              <>
                <VerdictBar
                  current={decision?.verdict ?? null}
                  disabled={mode.mode !== 'idle'}
                  onVerdict={(verdict) =>
                    verdict === 'exclude'
                      ? dispatch({ type: 'open-reasons' })
                      : run({ kind: 'decide', verdict })
                  }
                  onNote={() => dispatch({ type: 'open-note' })}
                  onUndo={undoLast}
                />
                {mode.mode === 'reason' && (
                  <ReasonList
                    reasons={reasons}
                    active={mode.active}
                    onPick={(index) => dispatch({ type: 'pick-reason', index })}
                    onCancel={() => dispatch({ type: 'close' })}
                  />
                )}
                {mode.mode === 'note' && (
                  <NoteField
                    initial={note ?? ''}
                    onSave={saveNote}
                    onCancel={() => dispatch({ type: 'close' })}
                  />
                )}
                <DecisionSummary
                  decision={decision}
                  note={mode.mode === 'note' ? undefined : note}
                  criteria={criteria}
                />
                {row === undefined ? (
                  <p className="screening-loading">Loading the record…</p>
                ) : row === null ? (
                  <p className="screening-missing">
                    This record is no longer in the library. Press → to go on.
                  </p>
                ) : (
                  <ScreeningRecord row={row} keywords={keywords} />
                )}
              </>
            )}
          </div>
          <aside className="screening-side">
            <ScreeningProgressPanel progress={progress} estimate={queue.estimate} order={order} />
            <KeywordLegend keywords={keywords} />
            <KeyHelp />
          </aside>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement.text}
        {announcement.count % 2 === 1 ? '\u00a0' : ''}
      </p>
    </section>
  );
}
