import { CASE_STATUSES, CASE_STATUS_LABELS, type CaseloadFigures, type CaseloadReview } from '@naast/contracts';
import { Workbook } from 'exceljs';

type Cell = string | number;

/** A spreadsheet reads a cell starting with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises formula injection: text that a spreadsheet would run gets a leading apostrophe. */
export function neutraliseCell(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

function figureCells(f: CaseloadFigures): number[] {
  return [
    f.openCases,
    f.newThisMonth,
    f.closedThisMonth,
    ...CASE_STATUSES.map((s) => f.byStatus[s]),
    f.visitsThisMonth,
    f.withoutContact,
    f.overdueActions,
    f.weight,
  ];
}

/** The per-supporter table with a totals row: the same numbers as the review on screen. */
export function caseloadTable(review: CaseloadReview): Cell[][] {
  const header = [
    'Cliëntondersteuner',
    'Open casussen',
    'Nieuw deze maand',
    'Afgesloten deze maand',
    ...CASE_STATUSES.map((s) => `Status ${CASE_STATUS_LABELS[s].nl.toLowerCase()}`),
    'Contactmomenten deze maand',
    `Zonder contact > ${review.noContactDays} dagen`,
    'Met achterstallige acties',
    'Caseloadgewicht',
  ];
  return [
    header,
    ...review.supporters.map((s) => [s.supporter.displayName, ...figureCells(s)]),
    ['Totaal', ...figureCells(review.totals)],
  ].map((row) => row.map(neutraliseCell));
}

function csvField(value: Cell): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read it as UTF-8. */
export function caseloadCsv(review: CaseloadReview): Buffer {
  const lines = caseloadTable(review).map((row) => row.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function caseloadXlsx(review: CaseloadReview): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Naast';
  const sheet = workbook.addWorksheet(`Caseload ${review.month}`);
  for (const row of caseloadTable(review)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 32 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
