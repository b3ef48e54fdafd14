import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../../../shared/references/csv-authors';

describe('splitAuthors', () => {
  it.each([
    ['Smith, J.; Doe, A.', ['J. Smith', 'A. Doe']],
    ['John Smith; Jane Doe', ['John Smith', 'Jane Doe']],
    ['Smith, John and Doe, Jane', ['John Smith', 'Jane Doe']],
    ['John Smith and Jane Doe', ['John Smith', 'Jane Doe']],
    ['Smith, J., Doe, A.', ['J. Smith', 'A. Doe']],
    ['Smith, J.-P.', ['J.-P. Smith']],
    ['Smith, John', ['John Smith']],
    ['van der Berg, Jan', ['Jan van der Berg']],
    ['John Smith, Jane Doe', ['John Smith', 'Jane Doe']],
    ['Smith J., Doe A.B.', ['J. Smith', 'A.B. Doe']],
    ['Smith JA; Li X', ['JA Smith', 'X Li']],
    ['Smith, John (57190000001); Doe, Ann (57190000002)', ['John Smith', 'Ann Doe']],
    ['King, Jr., Martin', ['Martin King Jr.']],
    ['World Health Organization', ['World Health Organization']],
    ['Smith, J.; et al.', ['J. Smith']],
    ['  ', []],
  ])('%s', (cell, names) => {
    expect(splitAuthors(cell)).toEqual(names);
  });
});
