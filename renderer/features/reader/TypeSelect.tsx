import type { ReactNode } from 'react';
import { COMMON_CSL_TYPES, cslTypeLabel, OTHER_CSL_TYPES } from '../../../shared/references/csl-type-labels';
import { isCslType } from '../../../shared/references/csl-types';

interface TypeSelectProps {
  id: string;
  value: string;
  onChange: (type: string) => void;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const option = (type: string): ReactNode => (
  <option key={type} value={type}>
    {cslTypeLabel(type)}
  </option>
);

/** The CSL types by their readable names: the common ones first, then the rest. A stored type CSL does not define stays offered. */
export function TypeSelect({ id, value, onChange, ...aria }: TypeSelectProps): ReactNode {
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)} {...aria}>
      <option value="">Not set</option>
      {value !== '' && !isCslType(value) && option(value)}
      <optgroup label="Common types">{COMMON_CSL_TYPES.map(option)}</optgroup>
      <optgroup label="Other types">{OTHER_CSL_TYPES.map(option)}</optgroup>
    </select>
  );
}
