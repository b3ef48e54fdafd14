import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { updateAbstractText } from '../../db/abstracts/display-text';
import { SaveCancelButtons } from '../../ui/SaveCancelButtons';

/** Edits the abstract's stored text (a typo, a split word); saving re-anchors its highlights. */
export function AbstractTextForm({
  abstractId,
  text,
  onDone,
}: {
  abstractId: number;
  text: string;
  onDone: () => void;
}): ReactNode {
  const [value, setValue] = useState(text);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    try {
      // The dictionary joins split words the same way an import does; it loads only when needed.
      const { createWordTest } = await import('../../../shared/text/dictionary');
      await updateAbstractText(abstractId, value, createWordTest());
      onDone();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  return (
    <form className="abstract-text-form" onSubmit={(event) => void submit(event)}>
      <textarea
        ref={field}
        aria-label="Abstract text"
        dir="auto"
        className="abstract-text-field"
        value={value}
        rows={Math.min(24, Math.max(8, Math.ceil(text.length / 70)))}
        aria-invalid={problem !== null || undefined}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      {problem && (
        <p role="alert" className="abstract-text-problem">
          {problem}
        </p>
      )}
      <SaveCancelButtons className="abstract-text-actions" saving={saving} onCancel={onDone} />
    </form>
  );
}
