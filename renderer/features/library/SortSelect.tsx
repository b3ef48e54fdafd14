import type { ReactNode } from 'react';
import type { SortKey } from '../../db/schema/row-types';

const SORT_LABELS: Record<SortKey, string> = { added: 'Added', title: 'Title', year: 'Year' };
const SORT_KEYS = Object.keys(SORT_LABELS) as SortKey[];

function isSortKey(value: string): value is SortKey {
  return (SORT_KEYS as string[]).includes(value);
}

export function SortSelect({
  sort,
  onChange,
}: {
  sort: SortKey;
  onChange: (sort: SortKey) => void;
}): ReactNode {
  return (
    <label className="sort-select">
      <span className="sort-select-label">Sort by</span>
      <select
        value={sort}
        onChange={(event) => {
          if (isSortKey(event.target.value)) onChange(event.target.value);
        }}
      >
        {SORT_KEYS.map((key) => (
          <option key={key} value={key}>
            {SORT_LABELS[key]}
          </option>
        ))}
      </select>
    </label>
  );
}
