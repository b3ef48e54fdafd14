import { useId, type ReactNode } from 'react';
import { useSources } from '../../db/abstracts/hooks';
import { useAllTags, useLists } from '../../db/organize/hooks';
import type { RecordSelection } from '../../../shared/screening/types';
import { countLabel } from '../../ui/format';
import type { SelectionDraft } from './review-form';
import type { ResolvedSelection } from './use-resolved-selection';

const KINDS: { kind: RecordSelection['kind']; label: string }[] = [
  { kind: 'library', label: 'Whole library' },
  { kind: 'tag', label: 'Tag' },
  { kind: 'source', label: 'Source' },
  { kind: 'list', label: 'Reading list' },
  { kind: 'search', label: 'Search' },
];

function isKind(value: string): value is RecordSelection['kind'] {
  return KINDS.some((option) => option.kind === value);
}

interface RecordsPickerProps {
  draft: SelectionDraft;
  onChange: (draft: SelectionDraft) => void;
  resolved: ResolvedSelection;
  /** Why the choice names no records yet (shown after a submit). */
  problem: string | null;
}

/** The Records field: where a review's abstracts come from, and how many that is. */
export function RecordsPicker({ draft, onChange, resolved, problem }: RecordsPickerProps): ReactNode {
  const ids = { kind: useId(), value: useId(), count: useId(), problem: useId() };
  const tags = useAllTags() ?? [];
  const lists = useLists() ?? [];
  const sources = useSources() ?? [];
  const describedBy = [ids.count, problem === null ? '' : ids.problem].filter((id) => id !== '').join(' ');
  return (
    <div className="records-picker">
      <div className="field">
        <label className="field-label" htmlFor={ids.kind}>
          Records
        </label>
        <select
          id={ids.kind}
          value={draft.kind}
          aria-describedby={describedBy}
          onChange={(event) => {
            if (isKind(event.target.value)) onChange({ ...draft, kind: event.target.value });
          }}
        >
          {KINDS.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {draft.kind === 'tag' && (
        <ChoiceField id={ids.value} label="Tag" value={draft.tagPath} onChange={(tagPath) => onChange({ ...draft, tagPath })} invalid={problem !== null}>
          {[...tags]
            .sort((a, b) => a.path.localeCompare(b.path))
            .map((tag) => (
              <option key={tag.id} value={tag.path}>
                {tag.path}
              </option>
            ))}
        </ChoiceField>
      )}
      {draft.kind === 'source' && (
        <ChoiceField id={ids.value} label="Source" value={draft.captureHash} onChange={(captureHash) => onChange({ ...draft, captureHash })} invalid={problem !== null}>
          {sources.map((source) => (
            <option key={source.hash} value={source.hash}>
              {source.fileName} ({source.count})
            </option>
          ))}
        </ChoiceField>
      )}
      {draft.kind === 'list' && (
        <ChoiceField id={ids.value} label="Reading list" value={draft.listId} onChange={(listId) => onChange({ ...draft, listId })} invalid={problem !== null}>
          {lists.map((list) => (
            <option key={list.id} value={String(list.id)}>
              {list.name} ({list.total})
            </option>
          ))}
        </ChoiceField>
      )}
      {draft.kind === 'search' && (
        <div className="field">
          <label className="field-label" htmlFor={ids.value}>
            Search
          </label>
          <input
            id={ids.value}
            type="text"
            value={draft.query}
            placeholder='e.g. sleep AND (adult OR "older people")'
            aria-invalid={problem !== null}
            onChange={(event) => onChange({ ...draft, query: event.target.value })}
          />
        </div>
      )}
      <p id={ids.count} className="field-hint records-count" aria-live="polite">
        {countText(resolved)}
      </p>
      {problem !== null && (
        <p id={ids.problem} className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

function countText(resolved: ResolvedSelection): string {
  switch (resolved.state) {
    case 'none':
      return '';
    case 'counting':
      return 'Counting…';
    case 'failed':
      return `Could not count the records: ${resolved.message}`;
    case 'done':
      return `${countLabel(resolved.ids.length, 'record')} selected`;
  }
}

function ChoiceField({
  id,
  label,
  value,
  onChange,
  invalid,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  invalid: boolean;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        {children}
      </select>
    </div>
  );
}
