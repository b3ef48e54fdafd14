import { describe, expect, it } from 'vitest';
import { splitName } from '../../../../shared/export/names';
import { formatName } from '../../../../shared/references/names';

describe('splitName', () => {
  it.each([
    ['Jan van der Berg', { given: 'Jan', particle: 'van der', family: 'Berg', suffix: '' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', particle: 'van', family: 'Beethoven', suffix: '' }],
    ['John Smith Jr.', { given: 'John', particle: '', family: 'Smith', suffix: 'Jr.' }],
    ['Henry Ford III', { given: 'Henry', particle: '', family: 'Ford', suffix: 'III' }],
    ['Mary Ann Evans', { given: 'Mary Ann', particle: '', family: 'Evans', suffix: '' }],
    ['Ångström Müller', { given: 'Ångström', particle: '', family: 'Müller', suffix: '' }],
    ['bell hooks', { given: 'bell', particle: '', family: 'hooks', suffix: '' }],
    ['van Gogh', { given: '', particle: 'van', family: 'Gogh', suffix: '' }],
    ['Charles de la Vallée Poussin', { given: 'Charles', particle: 'de la', family: 'Vallée Poussin', suffix: '' }],
    ['de la Cruz', { given: '', particle: 'de la', family: 'Cruz', suffix: '' }],
    ["Jean d'Alembert", { given: 'Jean', particle: '', family: "d'Alembert", suffix: '' }],
    ['محمد علي', { given: 'محمد', particle: '', family: 'علي', suffix: '' }],
    ['Plato', { given: '', particle: '', family: 'Plato', suffix: '' }],
    ['Smith Jr.', { given: '', particle: '', family: 'Smith', suffix: 'Jr.' }],
  ])('splits %s into its parts', (display, parts) => {
    expect(splitName(display)).toEqual({ kind: 'person', ...parts });
  });

  it.each(['World Health Organization', 'Procter & Gamble', 'ATLAS Collaboration', 'NASA', 'Bill and Melinda Gates Foundation', 'Group 4'])(
    'keeps the institution %s whole',
    (display) => {
      expect(splitName(display)).toEqual({ kind: 'literal', literal: display });
    },
  );

  it('gives parts that formatName, as every reader uses it, joins back into the same name', () => {
    for (const display of ['Jan van der Berg', 'John Smith Jr.', 'bell hooks', 'van Gogh', 'Smith Jr.', 'J. R. R. Tolkien', 'José García Márquez']) {
      const name = splitName(display);
      expect(name.kind === 'person' ? formatName(name) : name.literal).toBe(display);
    }
  });
});
