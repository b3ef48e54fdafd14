import { memo, type ReactNode } from 'react';
import type { LinkTypeInfo } from '../../db/links/link-types';
import type { TagRow } from '../../db/organize/types';
import type { GraphFilter, Hops } from './graph-filter';
import { DRAW_LIMITS, type DrawLimit } from './draw-limit';

interface GraphFiltersProps {
  filter: GraphFilter;
  onChange: (filter: GraphFilter) => void;
  tags: readonly TagRow[];
  /** False until who carries which tag is read (just after the first frame): the tag filter waits for it. */
  tagsReady: boolean;
  /** The link types present in the library, in catalog order. */
  types: readonly LinkTypeInfo[];
  /** The neighbourhood needs an open abstract to start from. */
  hasOpenAbstract: boolean;
  limit: DrawLimit;
  onLimit: (limit: DrawLimit) => void;
}

const HOP_CHOICES: { value: string; hops: Hops | null; label: string }[] = [
  { value: 'off', hops: null, label: 'Whole library' },
  { value: '1', hops: 1, label: '1 hop from the open abstract' },
  { value: '2', hops: 2, label: '2 hops from the open abstract' },
  { value: '3', hops: 3, label: '3 hops from the open abstract' },
  { value: 'all', hops: 'all', label: 'Everything linked to the open abstract' },
];

/** The graph's filters: a tag (with its descendants), the open abstract's neighbourhood, how many abstracts to draw, the link types. */
function GraphFiltersBar({ filter, onChange, tags, tagsReady, types, hasOpenAbstract, limit, onLimit }: GraphFiltersProps): ReactNode {
  const sortedTags = [...tags].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hopValue = HOP_CHOICES.find((choice) => choice.hops === filter.hops)?.value ?? 'off';
  const toggleType = (id: string, shown: boolean): void => {
    const hiddenTypes = new Set(filter.hiddenTypes);
    if (shown) hiddenTypes.delete(id);
    else hiddenTypes.add(id);
    onChange({ ...filter, hiddenTypes });
  };
  return (
    <div className="graph-filters">
      <label className="graph-filter">
        <span>Tag</span>
        <select
          value={filter.tagId === null ? '' : String(filter.tagId)}
          disabled={!tagsReady}
          title={tagsReady ? undefined : 'Reading the tags…'}
          onChange={(event) => onChange({ ...filter, tagId: event.target.value === '' ? null : Number(event.target.value) })}
        >
          <option value="">Any tag</option>
          {sortedTags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.path}
            </option>
          ))}
        </select>
      </label>
      <label className="graph-filter">
        <span>Neighbourhood</span>
        <select
          value={hopValue}
          disabled={!hasOpenAbstract}
          title={hasOpenAbstract ? undefined : 'Open an abstract in the library first'}
          onChange={(event) => onChange({ ...filter, hops: HOP_CHOICES.find((choice) => choice.value === event.target.value)?.hops ?? null })}
        >
          {HOP_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <label className="graph-filter">
        <span>Draw</span>
        <select
          value={DRAW_LIMITS.find((choice) => choice.limit === limit)?.value ?? 'all'}
          onChange={(event) => onLimit(DRAW_LIMITS.find((choice) => choice.value === event.target.value)?.limit ?? null)}
        >
          {DRAW_LIMITS.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      {types.length > 0 && (
        <fieldset className="graph-types">
          <legend>Link types</legend>
          {types.map((type) => (
            <label key={type.id} className="graph-type">
              <input type="checkbox" checked={!filter.hiddenTypes.has(type.id)} onChange={(event) => toggleType(type.id, event.target.checked)} />
              <span className="graph-type-swatch" style={{ background: type.color }} aria-hidden="true" />
              {type.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}

/** Drawn again only when its own props change (not when titles arrive or a layout starts or ends). */
export const GraphFilters = memo(GraphFiltersBar);
