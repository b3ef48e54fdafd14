import { slugify } from '../../text/slug';

/** `prisma-<review-slug>-YYYY-MM-DD.<extension>`, the day in local time as the export files name it. */
export function prismaFileName(reviewName: string, date: Date, extension: 'svg' | 'csv'): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `prisma-${slugify(reviewName, 40) || 'review'}-${day}.${extension}`;
}
