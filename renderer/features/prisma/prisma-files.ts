import type { ExportOutput } from '../../../shared/export/output';
import { prismaCsv } from '../../../shared/screening/prisma/csv';
import { prismaFileName } from '../../../shared/screening/prisma/file-name';
import { prismaSvg } from '../../../shared/screening/prisma/svg';
import type { PrismaReport } from '../../db/screening/prisma-input';

export type PrismaFileKind = 'svg' | 'csv';

/** The diagram or the counts as a file the host saves (a download in the browser, a Save dialog on the desktop). */
export function prismaFile(report: PrismaReport, kind: PrismaFileKind, now: Date = new Date()): ExportOutput {
  const name = prismaFileName(report.reviewName, now, kind);
  return kind === 'svg'
    ? { kind: 'file', name, mime: 'image/svg+xml', text: prismaSvg(report.counts, report.reviewName) }
    : { kind: 'file', name, mime: 'text/csv', text: prismaCsv(report.counts) };
}
