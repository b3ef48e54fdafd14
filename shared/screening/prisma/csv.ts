import { reasonText } from './labels';
import type { PrismaCounts } from './types';

export const PRISMA_CSV_COLUMNS = ['section', 'item', 'count'] as const;

/** As the annotations CSV: a cell a spreadsheet would run as a formula starts with an apostrophe (file names and criteria are user text). */
const FORMULA_START = /^[=+\-@\t\r]/u;

function field(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

type Row = readonly [section: string, item: string, count: number];

/** The rows in the diagram's order, top to bottom, left to right. */
export function prismaRows(counts: PrismaCounts): Row[] {
  const { screening, eligibility } = counts;
  return [
    ...counts.identified.sources.map((source): Row => ['identification', `Records identified from: ${source.name}`, source.count]),
    ['identification', 'Records identified (total)', counts.identified.total],
    ['identification', 'Duplicate records removed', counts.duplicatesRemoved],
    ['screening', 'Records screened', screening.decided],
    ['screening', 'Records excluded', screening.excluded],
    ...screening.reasons.map((reason): Row => ['screening', `Records excluded: ${reasonText(reason)}`, reason.count]),
    ['screening', 'Records awaiting screening: marked maybe', screening.maybe],
    ['screening', 'Records awaiting screening: not yet screened', screening.undecided],
    ['retrieval', 'Reports sought for retrieval', counts.sought],
    ['retrieval', 'Reports not retrieved', counts.notRetrieved],
    ['eligibility', 'Reports assessed for eligibility', eligibility.decided],
    ['eligibility', 'Reports excluded', eligibility.excluded],
    ...eligibility.reasons.map((reason): Row => ['eligibility', `Reports excluded: ${reasonText(reason)}`, reason.count]),
    ['eligibility', 'Reports awaiting assessment: marked maybe', eligibility.maybe],
    ['eligibility', 'Reports awaiting assessment: not yet assessed', eligibility.undecided],
    ['included', 'Studies included in review', counts.included],
  ];
}

/** The PRISMA counts as RFC 4180 CSV, `section,item,count`, one row per figure of the diagram. */
export function prismaCsv(counts: PrismaCounts): string {
  const lines = [PRISMA_CSV_COLUMNS.join(',')];
  for (const [section, item, count] of prismaRows(counts)) lines.push([field(section), field(item), String(count)].join(','));
  return `${lines.join('\r\n')}\r\n`;
}
