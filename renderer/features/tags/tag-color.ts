import type { CSSProperties } from 'react';

/** The palette offered by "Colour…"; names are what the dialog shows. */
export const TAG_COLOURS: readonly { name: string; value: string }[] = [
  { name: 'Red', value: '#d93f3f' },
  { name: 'Orange', value: '#e07b1a' },
  { name: 'Yellow', value: '#c9a400' },
  { name: 'Green', value: '#2f9e44' },
  { name: 'Teal', value: '#0c8599' },
  { name: 'Blue', value: '#1c6fd6' },
  { name: 'Purple', value: '#8e44c9' },
  { name: 'Grey', value: '#7b7b85' },
];

/** A chip or tree item takes its tag's colour through a custom property the CSS reads. */
export function tagColorStyle(color: string | null): CSSProperties | undefined {
  return color ? ({ '--tag-color': color } as CSSProperties) : undefined;
}
