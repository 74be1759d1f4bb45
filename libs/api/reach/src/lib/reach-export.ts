import { ClientDocument, formatDutchDate } from '@naast/api-documents';
import type { ReachBreakdown, ReachReport } from '@naast/contracts';

/** The breakdowns in the order the page, the CSV and the PDF show them. */
export function reachSections(report: ReachReport): { title: string; breakdown: ReachBreakdown }[] {
  return [
    { title: 'Hoe cliënten ons vonden (verwijzer)', breakdown: report.byReferralSource },
    { title: 'Gemeente', breakdown: report.byMunicipality },
    { title: 'Postcodegebied (PC4)', breakdown: report.byPostcodeArea },
    { title: 'Leeftijd', breakdown: report.byAgeBand },
    { title: 'Taal', breakdown: report.byLanguage },
    { title: 'Tolk', breakdown: report.byInterpreterNeed },
    { title: 'Leefgebied', breakdown: report.byDomain },
    { title: 'Signalen per soort', breakdown: report.signalsByCategory },
    { title: 'Wat met signalen is gedaan', breakdown: report.signalsByFollowUp },
  ];
}

const NOTE =
  'Aantallen onder de 5 (ook 0) staan als "< 5"; grotere aantallen staan als bandbreedte van vijf (bijvoorbeeld 10–14), ' +
  'zodat geen cliënt herkenbaar is en rapporten niet van elkaar kunnen worden afgetrokken.';

function csvField(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Semicolon-separated with a byte-order mark, as Dutch spreadsheet programs open it. */
export function reachCsv(report: ReachReport): Buffer {
  const lines: string[][] = [
    ['onderdeel', 'categorie', 'code', 'aantal'],
    ['totaal', 'Nieuwe casussen', 'cases', report.newCases.text],
    ['totaal', 'Nieuwe cliënten', 'new_clients', report.newClients.text],
    ['totaal', 'Cliënten met een nieuwe casus', 'clients_reached', report.clientsReached.text],
    ['totaal', 'Signalen', 'signals', report.signals.text],
  ];
  for (const { title, breakdown } of reachSections(report))
    for (const row of breakdown.rows) lines.push([title, row.label, row.key, row.count.text]);
  const header = [
    `# Bereik ${report.party.name}, ${report.period.label} (${report.period.from} t/m ${report.period.to})`,
    `# ${NOTE}`,
  ];
  const body = [...header, ...lines.map((l) => l.map(csvField).join(';'))].join('\r\n');
  return Buffer.from(`\uFEFF${body}\r\n`, 'utf8');
}

export function reachPdf(report: ReachReport, issuer: string): Promise<Buffer> {
  const document = new ClientDocument({ title: `Bereik: ${report.party.name}`, issuer });
  document
    .intro(
      `${report.period.label}: ${formatDutchDate(report.period.from)} tot en met ${formatDutchDate(report.period.to)}`,
    )
    .paragraph(NOTE)
    .heading('In het kort')
    .labelled('Nieuwe casussen', report.newCases.text)
    .labelled('Nieuwe cliënten', report.newClients.text)
    .labelled('Cliënten met een nieuwe casus', report.clientsReached.text)
    .labelled('Signalen', report.signals.text);
  for (const { title, breakdown } of reachSections(report)) {
    document.heading(title).paragraph(`Aantal ${breakdown.unit}.`);
    for (const row of breakdown.rows) document.labelled(row.label, row.count.text);
  }
  return document.toBuffer();
}
