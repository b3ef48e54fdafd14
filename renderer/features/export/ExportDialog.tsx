import { useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { EXPORT_FORMATS, exportFormat, isExportFormatId, type ExportFormatId } from '../../../shared/export/formats';
import type { ExportProgress } from '../../db/export/build-export';
import { defaultScopeKey, type ScopeChoice } from '../../db/export/scope';
import { getHost } from '../../host';
import { FormDialog } from '../../ui/FormDialog';
import { canKeepUpdated, runExport } from './run-export';
import './export.css';

interface ExportDialogProps {
  choices: readonly ScopeChoice[];
  onClose: () => void;
}

type Phase = { kind: 'idle' } | { kind: 'running'; progress: ExportProgress | null } | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  const why = error instanceof Error ? error.message : String(error);
  return `The export failed: ${why}`;
}

/** The "Export" dialog: a format, a scope, and on the desktop "Keep updated". */
export function ExportDialog({ choices, onClose }: ExportDialogProps): ReactNode {
  const host = getHost();
  const ids = { format: useId(), scope: useId(), description: useId(), keep: useId() };
  const [format, setFormat] = useState<ExportFormatId>('bibtex');
  const [scopeKey, setScopeKey] = useState(() => defaultScopeKey(choices));
  const [keepUpdated, setKeepUpdated] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const choice = useMemo(() => choices.find((candidate) => candidate.key === scopeKey) ?? choices[0], [choices, scopeKey]);
  const liveAllowed = canKeepUpdated(format, choice);
  const running = phase.kind === 'running';

  const close = (): void => {
    abort.current?.abort();
    onClose();
  };

  const submit = (): void => {
    if (running || choice === undefined) return;
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'running', progress: null });
    runExport(
      { format, choice, keepUpdated: keepUpdated && liveAllowed },
      { host, signal: controller.signal, onProgress: (progress) => setPhase({ kind: 'running', progress }) },
    ).then(
      (saved) => {
        if (controller.signal.aborted) return;
        if (saved) onClose();
        else setPhase({ kind: 'idle' });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setPhase({ kind: 'failed', message: messageOf(error) });
      },
    );
  };

  return (
    <FormDialog title="Export" submitLabel="Export" error={phase.kind === 'failed' ? phase.message : null} onSubmit={submit} onClose={close} className="export-dialog">
      <div className="field">
        <label className="field-label" htmlFor={ids.format}>
          Format
        </label>
        <select
          id={ids.format}
          value={format}
          aria-describedby={ids.description}
          disabled={running}
          onChange={(event) => {
            if (isExportFormatId(event.target.value)) setFormat(event.target.value);
          }}
        >
          {EXPORT_FORMATS.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
        <p id={ids.description} className="field-hint">
          {exportFormat(format).description}
        </p>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={ids.scope}>
          Scope
        </label>
        <select id={ids.scope} value={choice?.key} disabled={running} onChange={(event) => setScopeKey(event.target.value)}>
          {choices.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {exportFormat(format).canKeepUpdated &&
        (host.liveExports ? (
          <div className="field">
            <label className="settings-check">
              <input type="checkbox" checked={keepUpdated && liveAllowed} disabled={!liveAllowed || running} onChange={(event) => setKeepUpdated(event.target.checked)} />
              Keep updated
            </label>
            <p className="field-hint">
              {liveAllowed
                ? 'The file is rewritten within two seconds of every change to these abstracts.'
                : 'Only the whole library, a tag or a reading list can be kept updated.'}
            </p>
          </div>
        ) : (
          <p className="field-hint">Keep updated is available in the desktop app. Here, Export downloads the file once.</p>
        ))}
      {running && (
        <div className="export-progress" role="status">
          {phase.progress && phase.progress.total > 0 ? (
            <>
              <progress value={phase.progress.done} max={phase.progress.total} aria-label="Export progress" />
              <span>
                {phase.progress.done.toLocaleString()} of {phase.progress.total.toLocaleString()} abstracts
              </span>
            </>
          ) : (
            <span>Preparing the export…</span>
          )}
        </div>
      )}
    </FormDialog>
  );
}
