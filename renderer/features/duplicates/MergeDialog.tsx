import { useState, type ReactNode } from 'react';
import { defaultChoices, differingFields, MERGE_FIELDS, type MergeChoices } from '../../db/duplicates/merge-fields';
import type { AbstractRow } from '../../db/schema/row-types';
import { FormDialog } from '../../ui/FormDialog';
import { FieldChoice } from './FieldChoice';

interface MergeDialogProps {
  survivor: AbstractRow;
  loser: AbstractRow;
  /** Runs the merge; resolves false (and reports why) when it was not done. */
  onMerge: (choices: MergeChoices, reportFailure: (message: string) => void) => Promise<boolean>;
  onClose: () => void;
}

/**
 * "Merge duplicates": for each field the two records disagree on, which value stays (the fuller one
 * proposed), then Merge. The older record stays; everything attached to the newer one moves to it.
 */
export function MergeDialog({ survivor, loser, onMerge, onClose }: MergeDialogProps): ReactNode {
  const [choices, setChoices] = useState<MergeChoices>(() => defaultChoices(survivor, loser));
  const [error, setError] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const differing = new Set(differingFields(survivor, loser));
  const asked = MERGE_FIELDS.filter(({ field }) => differing.has(field));

  const submit = async (): Promise<void> => {
    if (merging) return;
    setMerging(true);
    setError(null);
    if (await onMerge(choices, setError)) onClose();
    else setMerging(false);
  };

  return (
    <FormDialog
      title="Merge duplicates"
      subtitle="The older record stays; the newer one's highlights, notes, tags, links and list entries move to it."
      submitLabel="Merge"
      error={error}
      onSubmit={() => void submit()}
      onClose={onClose}
      className="merge-dialog"
    >
      {asked.length === 0 ? (
        <p className="merge-agree">The two records agree on every field.</p>
      ) : (
        <>
          <p className="merge-intro">Where they differ, choose the value to keep.</p>
          <div className="merge-fields">
            {asked.map(({ field, label }) => (
              <FieldChoice
                key={field}
                field={field}
                label={label}
                survivor={survivor}
                loser={loser}
                value={choices[field]}
                onChange={(side) => setChoices({ ...choices, [field]: side })}
              />
            ))}
          </div>
        </>
      )}
    </FormDialog>
  );
}
