import { reasonText } from './labels';
import type { PrismaCounts, StageCounts } from './types';
import { wrapText } from './wrap';
import { xmlText } from './xml';

/** One paragraph of a box: a heading line is bold, a detail line is indented under it. */
interface Paragraph {
  text: string;
  kind: 'heading' | 'detail';
}

interface Row {
  main: readonly Paragraph[];
  side: readonly Paragraph[] | null;
  /** A phase label beside this row alone must fit its height. */
  minHeight: number;
}

const FONT_SIZE = 13;
const LINE_HEIGHT = 17;
/** A generous average advance of Arial and Helvetica at FONT_SIZE, so wrapped lines stay inside their boxes. */
const CHAR_WIDTH = 7.2;
const PADDING = 10;
const INDENT = 12;
const MARGIN = 20;
const PHASE_WIDTH = 34;
const BOX_WIDTH = 320;
const COLUMN_GAP = 56;
const ROW_GAP = 36;
const HEADER_HEIGHT = 36;
const MAIN_X = MARGIN + PHASE_WIDTH + 16;
const SIDE_X = MAIN_X + BOX_WIDTH + COLUMN_GAP;
const WIDTH = SIDE_X + BOX_WIDTH + MARGIN;
const FONT = 'font-family="Arial, Helvetica, sans-serif"';

/** The length of a rotated phase label, with room at both ends. */
const labelLength = (label: string): number => label.length * CHAR_WIDTH + 2 * PADDING;
const heading = (text: string): Paragraph => ({ text, kind: 'heading' });
const detail = (text: string): Paragraph => ({ text, kind: 'detail' });
const n = (count: number): string => `(n\u00a0=\u00a0${count})`;

function awaiting(stage: StageCounts, what: string, notYet: string): Paragraph[] {
  const waiting = stage.maybe + stage.undecided;
  if (waiting === 0) return [];
  return [heading(`${what} ${n(waiting)}`), detail(`Marked maybe ${n(stage.maybe)}`), detail(`${notYet} ${n(stage.undecided)}`)];
}

function reasons(stage: StageCounts): Paragraph[] {
  return stage.reasons.map((reason) => detail(`${reasonText(reason)} ${n(reason.count)}`));
}

/** The template's boxes, row by row: Identification, then three Screening rows, then Included. */
function rows(counts: PrismaCounts): Row[] {
  const { screening, eligibility } = counts;
  return [
    {
      main: [heading('Records identified from:'), ...counts.identified.sources.map((source) => detail(`${source.name} ${n(source.count)}`)), heading(`Total ${n(counts.identified.total)}`)],
      side: [heading('Records removed before screening:'), detail(`Duplicate records removed ${n(counts.duplicatesRemoved)}`)],
      minHeight: labelLength('Identification'),
    },
    {
      main: [heading(`Records screened ${n(screening.decided)}`), ...awaiting(screening, 'Awaiting screening', 'Not yet screened')],
      side: [heading(`Records excluded ${n(screening.excluded)}`), ...reasons(screening)],
      minHeight: 0,
    },
    { main: [heading(`Reports sought for retrieval ${n(counts.sought)}`)], side: [heading(`Reports not retrieved ${n(counts.notRetrieved)}`)], minHeight: 0 },
    {
      main: [heading(`Reports assessed for eligibility ${n(eligibility.decided)}`), ...awaiting(eligibility, 'Awaiting full-text assessment', 'Not yet assessed')],
      side: [heading(`Reports excluded ${n(eligibility.excluded)}${eligibility.reasons.length > 0 ? ':' : ''}`), ...reasons(eligibility)],
      minHeight: 0,
    },
    { main: [heading(`Studies included in review ${n(counts.included)}`)], side: null, minHeight: labelLength('Included') },
  ];
}

interface Line {
  text: string;
  bold: boolean;
  indent: number;
}

function layoutLines(paragraphs: readonly Paragraph[]): Line[] {
  const lines: Line[] = [];
  for (const paragraph of paragraphs) {
    const indent = paragraph.kind === 'detail' ? INDENT : 0;
    const width = Math.floor((BOX_WIDTH - 2 * PADDING - indent) / CHAR_WIDTH);
    for (const text of wrapText(paragraph.text, width)) lines.push({ text, bold: paragraph.kind === 'heading', indent });
  }
  return lines;
}

const boxHeight = (lines: number): number => 2 * PADDING + lines * LINE_HEIGHT;

function box(x: number, y: number, height: number, lines: readonly Line[]): string {
  const parts = [`<rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${height}" fill="#ffffff" stroke="#000000" stroke-width="1"/>`];
  lines.forEach((line, index) => {
    const weight = line.bold ? ' font-weight="bold"' : '';
    const baseline = y + PADDING + (index + 1) * LINE_HEIGHT - 4;
    parts.push(`<text x="${x + PADDING + line.indent}" y="${baseline}"${weight}>${xmlText(line.text)}</text>`);
  });
  return parts.join('\n');
}

function arrow(x1: number, y1: number, x2: number, y2: number): string {
  return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#000000" stroke-width="1.5" marker-end="url(#arrow)"/>`;
}

function phase(label: string, top: number, bottom: number): string {
  const x = MARGIN;
  const middle = (top + bottom) / 2;
  const centre = x + PHASE_WIDTH / 2;
  return [
    `<rect x="${x}" y="${top}" width="${PHASE_WIDTH}" height="${bottom - top}" rx="6" fill="#a8c8e8" stroke="#5b86b3" stroke-width="1"/>`,
    `<text x="${centre}" y="${middle}" font-weight="bold" text-anchor="middle" dominant-baseline="central" transform="rotate(-90 ${centre} ${middle})">${xmlText(label)}</text>`,
  ].join('\n');
}

/**
 * The PRISMA 2020 flow diagram (new systematic reviews, databases and registers only) as a
 * standalone SVG 1.1 document. Boxes grow with their wrapped lines; every user string is escaped.
 */
export function prismaSvg(counts: PrismaCounts, reviewName: string): string {
  const titleLines = wrapText(reviewName, Math.floor((WIDTH - 2 * MARGIN) / (CHAR_WIDTH * 1.1)));
  const parts: string[] = [];
  let y = MARGIN;
  for (const text of titleLines) {
    y += LINE_HEIGHT + 2;
    parts.push(`<text x="${MARGIN}" y="${y - 4}" font-size="${FONT_SIZE + 1}" font-weight="bold">${xmlText(text)}</text>`);
  }
  y += 10;
  const headerWidth = SIDE_X + BOX_WIDTH - MAIN_X;
  parts.push(`<rect x="${MAIN_X}" y="${y}" width="${headerWidth}" height="${HEADER_HEIGHT}" rx="6" fill="#ffd966" stroke="#b38f00" stroke-width="1"/>`);
  parts.push(`<text x="${MAIN_X + headerWidth / 2}" y="${y + HEADER_HEIGHT / 2}" font-weight="bold" text-anchor="middle" dominant-baseline="central">Identification of studies via databases and registers</text>`);
  y += HEADER_HEIGHT + ROW_GAP / 2;

  const bands: { top: number; bottom: number }[] = [];
  let previousBottom: number | null = null;
  for (const row of rows(counts)) {
    const main = layoutLines(row.main);
    const side = row.side === null ? null : layoutLines(row.side);
    const height = Math.max(row.minHeight, boxHeight(Math.max(main.length, side?.length ?? 0)));
    if (previousBottom !== null) parts.push(arrow(MAIN_X + BOX_WIDTH / 2, previousBottom, MAIN_X + BOX_WIDTH / 2, y - 2));
    parts.push(box(MAIN_X, y, height, main));
    if (side !== null) {
      parts.push(box(SIDE_X, y, height, side));
      parts.push(arrow(MAIN_X + BOX_WIDTH, y + height / 2, SIDE_X - 2, y + height / 2));
    }
    bands.push({ top: y, bottom: y + height });
    previousBottom = y + height;
    y += height + ROW_GAP;
  }
  const band = (from: number, to: number): { top: number; bottom: number } => ({ top: bands[from]?.top ?? 0, bottom: bands[to]?.bottom ?? 0 });
  const identification = band(0, 0);
  const screening = band(1, 3);
  const included = band(4, 4);
  parts.push(phase('Identification', identification.top, identification.bottom));
  parts.push(phase('Screening', screening.top, screening.bottom));
  parts.push(phase('Included', included.top, included.bottom));

  const height = y - ROW_GAP + MARGIN;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" ${FONT} font-size="${FONT_SIZE}" fill="#000000">`,
    `<title>${xmlText(`PRISMA 2020 flow diagram: ${reviewName}`)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#000000"/></marker></defs>',
    `<rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}
