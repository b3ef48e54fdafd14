import { describe, expect, it } from 'vitest';
import { cslName } from '../../../../shared/citations/csl-name';

describe('cslName', () => {
  it('splits "Given Family"', () => {
    expect(cslName('Leslie N. Smith')).toEqual({ given: 'Leslie N.', family: 'Smith' });
    expect(cslName('Helmut Bölcskei')).toEqual({ given: 'Helmut', family: 'Bölcskei' });
  });

  it('keeps a lower-case particle with the family name', () => {
    expect(cslName('Jan van der Berg')).toEqual({ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' });
  });

  it('files "Jr." and "III" as suffixes, with or without a comma', () => {
    expect(cslName('John Smith Jr.')).toEqual({ given: 'John', family: 'Smith', suffix: 'Jr.' });
    expect(cslName('John Smith, III')).toEqual({ given: 'John', family: 'Smith', suffix: 'III' });
  });

  it('keeps one word, an organisation and an inverted name whole', () => {
    expect(cslName('Plato')).toEqual({ literal: 'Plato' });
    expect(cslName('World Health Organization')).toEqual({ literal: 'World Health Organization' });
    expect(cslName('ATLAS Collaboration')).toEqual({ literal: 'ATLAS Collaboration' });
    expect(cslName('Smith, John')).toEqual({ literal: 'Smith, John' });
  });
});
