import type { PrismaCounts } from '../../../shared/screening/prisma/types';

/** A hand-made set of counts whose every figure differs, so a test can find each one in an output. */
export const COUNTS: PrismaCounts = {
  identified: {
    sources: [
      { key: 'a', name: 'pubmed <2024> & "more".ris', count: 41 },
      { key: 'b', name: '=HYPERLINK("x").bib', count: 13 },
    ],
    total: 54,
  },
  duplicatesRemoved: 7,
  screening: {
    total: 47,
    decided: 39,
    excluded: 28,
    reasons: [
      { code: 'E1', label: 'Wrong population', count: 17 },
      { code: null, label: 'No reason given', count: 11 },
    ],
    maybe: 3,
    undecided: 5,
  },
  sought: 11,
  notRetrieved: 0,
  eligibility: {
    total: 11,
    decided: 9,
    excluded: 6,
    reasons: [{ code: 'E2', label: 'Not an RCT', count: 6 }],
    maybe: 2,
    undecided: 0,
  },
  included: 4,
};
