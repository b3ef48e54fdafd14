import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { allLinkTypes } from '../../db/links/link-types';
import { useLinkTypes } from '../../db/links/hooks';
import { addLink, LinkError } from '../../db/links/links';
import type { LinkCandidate } from '../../db/links/candidates';
import { FormDialog } from '../../ui/FormDialog';
import { useUndo } from '../undo';
import { LinkTypePicker } from './LinkTypePicker';
import { TargetSearch } from './TargetSearch';

interface LinkDialogProps {
  fromId: number;
  fromTitle: string;
  onClose: () => void;
}

/**
 * Link to…: find an abstract, choose how this one relates to it, add an optional note. Enter in
 * the search chooses the highlighted abstract; Enter elsewhere makes the link; Escape closes.
 */
export function LinkDialog({ fromId, fromTitle, onClose }: LinkDialogProps): ReactNode {
  const userTypes = useLinkTypes();
  const undo = useUndo();
  const [target, setTarget] = useState<LinkCandidate | null>(null);
  const [type, setType] = useState('related');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const types = allLinkTypes(userTypes ?? []).filter((info) => info.userChoosable);

  const submit = async (): Promise<void> => {
    if (target === null) {
      setError('Choose the abstract to link to first.');
      return;
    }
    try {
      const change = await addLink({ fromId, toId: target.id, type, note });
      undo.push({ label: `Linked to “${target.title}”`, undo: change.undo, redo: change.redo });
      onClose();
    } catch (caught) {
      if (caught instanceof LinkError) setError(caught.message);
      else throw caught;
    }
  };

  const choose = (candidate: LinkCandidate): void => {
    setTarget(candidate);
    setError(null);
    // Keyboard users go on to the type: focus its checked radio.
    setTimeout(() => document.querySelector<HTMLInputElement>('.link-dialog input[name="link-type"]:checked')?.focus(), 0);
  };

  // Enter on a radio does not submit a form natively; here it makes the link.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <FormDialog
      title="Link to…"
      subtitle={<span dir="auto">From “{fromTitle}”</span>}
      submitLabel="Link"
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
      className="link-dialog"
      onKeyDown={onKeyDown}
    >
      <TargetSearch excludeId={fromId} chosen={target} onChoose={choose} />
      <p className="link-dialog-target" aria-live="polite">
        {target === null ? 'No abstract chosen yet.' : <>Linking to <strong dir="auto">{target.title}</strong></>}
      </p>
      <LinkTypePicker types={types} value={type} onChange={setType} />
      <label className="link-field">
        <span className="link-field-label">Note (optional)</span>
        <input type="text" value={note} onChange={(event) => setNote(event.target.value)} placeholder="Why these two belong together" />
      </label>
    </FormDialog>
  );
}
