import type { ReactNode } from 'react';
import { prismaRows } from '../../../shared/screening/prisma/csv';
import type { PrismaCounts } from '../../../shared/screening/prisma/types';

const SECTION_NAMES: Record<string, string> = {
  identification: 'Identification',
  screening: 'Screening',
  retrieval: 'Retrieval',
  eligibility: 'Eligibility',
  included: 'Included',
};

/** The diagram's figures as a table: the text alternative of the picture, and what a screen reader reads. */
export function PrismaCountsTable({ counts }: { counts: PrismaCounts }): ReactNode {
  const rows = prismaRows(counts);
  return (
    <table className="prisma-table">
      <caption>PRISMA counts</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Item</th>
          <th scope="col" className="prisma-count">
            n
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([section, item, count], index) => (
          <tr key={`${section}:${item}:${index}`}>
            <td>{rows[index - 1]?.[0] === section ? '' : (SECTION_NAMES[section] ?? section)}</td>
            <th scope="row" dir="auto">
              {item}
            </th>
            <td className="prisma-count">{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
