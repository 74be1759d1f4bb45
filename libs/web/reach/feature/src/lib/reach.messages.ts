import type { MessageCatalog } from '@naast/web-core';

export interface ReachMessages {
  title: string;
  intro: string;
  protection: string;
  party: string;
  noParties: string;
  year: string;
  fromQuarter: string;
  toQuarter: string;
  quarter: (n: number) => string;
  show: string;
  loading: string;
  failed: string;
  exportCsv: string;
  exportPdf: string;
  summary: string;
  newCases: string;
  newClients: string;
  clientsReached: string;
  signals: string;
  category: string;
  count: string;
  countOf: (unit: string) => string;
  sections: {
    referral: string;
    municipality: string;
    postcode: string;
    age: string;
    language: string;
    interpreter: string;
    domain: string;
    signalCategory: string;
    signalFollowUp: string;
  };
  chartLabel: (title: string) => string;
}

export const REACH_MESSAGES: MessageCatalog<ReachMessages> = {
  nl: {
    title: 'Bereik',
    intro:
      'Hoeveel mensen vonden de weg naar cliëntondersteuning, langs welke weg, en welke drempels kwamen zij tegen. Voor de verantwoording aan de gemeente of het zorgkantoor.',
    protection:
      'Alleen totalen, nooit namen. Aantallen onder de 5 (ook 0) staan als "< 5"; grotere aantallen als bandbreedte van vijf (bijvoorbeeld 10–14). Een periode bestaat uit hele kwartalen van één jaar, zodat rapporten niet van elkaar af te trekken zijn.',
    party: 'Opdrachtgever',
    noParties: 'Er zijn nog geen casussen met een opdrachtgever.',
    year: 'Jaar',
    fromQuarter: 'Van kwartaal',
    toQuarter: 'Tot en met kwartaal',
    quarter: (n) => `Kwartaal ${n}`,
    show: 'Toon rapport',
    loading: 'Rapport wordt gemaakt…',
    failed: 'Het rapport kon niet worden gemaakt.',
    exportCsv: 'Download CSV',
    exportPdf: 'Download PDF',
    summary: 'In het kort',
    newCases: 'Nieuwe casussen',
    newClients: 'Nieuwe cliënten',
    clientsReached: 'Cliënten met een nieuwe casus',
    signals: 'Signalen',
    category: 'Categorie',
    count: 'Aantal',
    countOf: (unit) => `Aantal ${unit}`,
    sections: {
      referral: 'Hoe cliënten ons vonden (verwijzer)',
      municipality: 'Gemeente',
      postcode: 'Postcodegebied (PC4)',
      age: 'Leeftijd',
      language: 'Taal',
      interpreter: 'Tolk',
      domain: 'Leefgebied',
      signalCategory: 'Signalen per soort',
      signalFollowUp: 'Wat met signalen is gedaan',
    },
    chartLabel: (title) => `Staafdiagram: ${title}. De cijfers staan in de tabel.`,
  },
  en: {
    title: 'Reach',
    intro:
      'How many people found their way to client support, how, and which barriers they met. For accountability to the municipality or care office.',
    protection:
      'Totals only, never names. Counts below 5 (0 included) show as "< 5"; larger counts as a band of five (e.g. 10–14). A period is whole quarters of one year, so reports cannot be subtracted from each other.',
    party: 'Commissioning party',
    noParties: 'No cases with a commissioning party yet.',
    year: 'Year',
    fromQuarter: 'From quarter',
    toQuarter: 'Up to quarter',
    quarter: (n) => `Quarter ${n}`,
    show: 'Show report',
    loading: 'Building the report…',
    failed: 'The report could not be built.',
    exportCsv: 'Download CSV',
    exportPdf: 'Download PDF',
    summary: 'Summary',
    newCases: 'New cases',
    newClients: 'New clients',
    clientsReached: 'Clients with a new case',
    signals: 'Signals',
    category: 'Category',
    count: 'Count',
    countOf: (unit) => `Number of ${unit}`,
    sections: {
      referral: 'How clients found us (referral)',
      municipality: 'Municipality',
      postcode: 'Postcode area (PC4)',
      age: 'Age',
      language: 'Language',
      interpreter: 'Interpreter',
      domain: 'Life domain',
      signalCategory: 'Signals by kind',
      signalFollowUp: 'What was done with signals',
    },
    chartLabel: (title) => `Bar chart: ${title}. The numbers are in the table.`,
  },
};
