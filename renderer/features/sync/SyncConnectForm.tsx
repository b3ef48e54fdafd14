import { useId, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { createLibraryToken, isLibraryToken } from '../../../shared/sync';
import { saveSyncConnection, type SyncSettings } from '../../db/settings/sync-settings';
import { launchSync } from '../../sync/sync-launcher';
import { checkConnectInput, normalizedToken } from './connect-input';
import { LibraryTokenQr } from './LibraryTokenQr';
import { syncDependencies } from './use-saved-sync';

/** Server address, library token (typed, pasted or created here, with its QR code) and Connect. */
export function SyncConnectForm({
  settings,
  firstFieldRef,
}: {
  settings: SyncSettings | null;
  /** The dialog focuses this field when it opens. */
  firstFieldRef: RefObject<HTMLInputElement | null>;
}): ReactNode {
  const [serverInput, setServerInput] = useState(settings?.serverUrl ?? '');
  const [tokenInput, setTokenInput] = useState(settings?.token ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();
  const shownToken = normalizedToken(tokenInput);

  const connect = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const checked = checkConnectInput(serverInput, tokenInput);
    if (!checked.ok) {
      setError(checked.problem);
      return;
    }
    setError(null);
    setSaving(true);
    try {
      const saved = await saveSyncConnection({ serverUrl: checked.serverUrl, token: checked.token });
      setServerInput(saved.serverUrl);
      setTokenInput(saved.token);
      await launchSync(saved, syncDependencies());
    } catch (failure) {
      setError(
        `The sync settings could not be saved: ${failure instanceof Error ? failure.message : String(failure)}`,
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="sync-form"
      aria-describedby={error === null ? undefined : errorId}
      onSubmit={(event) => void connect(event)}
    >
      <HintedTextField
        label="Server address"
        value={serverInput}
        onChange={setServerInput}
        inputRef={firstFieldRef}
        placeholder="ws://127.0.0.1:4444"
        hint="Where npm run sync-server runs; wss:// for a server on another computer."
      />
      <HintedTextField
        label="Library token"
        value={tokenInput}
        onChange={setTokenInput}
        className="sync-token-input"
        hint="The same token on every device opens the same library. Keep it secret: it is the library's only key."
      />
      <div className="settings-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setTokenInput(createLibraryToken());
            setError(null);
          }}
        >
          Create library token
        </button>
      </div>
      {isLibraryToken(shownToken) && (
        <div className="sync-token-share">
          <LibraryTokenQr token={shownToken} />
          <div className="sync-token-text">
            <p className="field-hint">Enter this token on your other devices, or scan the code:</p>
            <code className="sync-token-code">{shownToken}</code>
          </div>
        </div>
      )}
      {error !== null && (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-dialog-buttons">
        <button type="submit" className="button button-primary" disabled={saving}>
          Connect
        </button>
      </div>
    </form>
  );
}

/** A labelled text input with its hint below, tied to it by aria-describedby; no autocomplete or spell check. */
function HintedTextField({
  label,
  value,
  onChange,
  hint,
  inputRef,
  placeholder,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint: string;
  inputRef?: RefObject<HTMLInputElement | null>;
  placeholder?: string;
  className?: string;
}): ReactNode {
  const inputId = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        className={className}
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={hintId} className="field-hint">
        {hint}
      </span>
    </div>
  );
}
