import { formatDutchDate } from '@naast/api-documents';

/** Column names as the client reads them in the PDF; a column not listed here reads as its name. */
const COLUMN_LABELS: Record<string, string> = {
  given_name: 'Voornaam',
  family_name_prefix: 'Tussenvoegsel',
  family_name: 'Achternaam',
  date_of_birth: 'Geboortedatum',
  phone: 'Telefoon',
  email: 'E-mail',
  address_street: 'Straat',
  address_house_number: 'Huisnummer',
  address_postcode: 'Postcode',
  address_city: 'Woonplaats',
  municipality_code: 'Gemeentecode',
  municipality_name: 'Gemeente',
  preferred_language: 'Voorkeurstaal',
  interpreter_needed: 'Tolk nodig',
  accessibility_needs: 'Toegankelijkheid',
  representatives: 'Vertegenwoordigers',
  consent_given_on: 'Toestemming gegeven op',
  consent_scope: 'Toestemming voor',
  consent_recorded_at: 'Toestemming vastgelegd op',
  created_at: 'Aangemaakt op',
  updated_at: 'Gewijzigd op',
  anonymised_at: 'Geanonimiseerd op',
  question: 'Vraag',
  desired_outcome: 'Gewenste uitkomst',
  status: 'Status',
  registered_on: 'Aangemeld op',
  first_contact_on: 'Eerste contact op',
  closed_on: 'Afgesloten op',
  closing_reason: 'Reden van afsluiten',
  referral_source: 'Verwezen door',
  occurred_at: 'Datum en tijd',
  occurred_on: 'Datum',
  minutes: 'Duur (minuten)',
  mode: 'Vorm',
  summary: 'Verslag',
  next_steps: 'Vervolgstappen',
  reason: 'Reden',
  amended_at: 'Gecorrigeerd op',
  acknowledged_at: 'Gelezen op',
  title: 'Titel',
  description: 'Omschrijving',
  note: 'Notitie',
  comment: 'Opmerking',
  outcome: 'Uitkomst',
  outcome_note: 'Toelichting uitkomst',
  due_on: 'Uiterlijk op',
  done_on: 'Gedaan op',
  evaluated_on: 'Geëvalueerd op',
  next_evaluation_on: 'Volgende evaluatie op',
  agreed_on: 'Afgesproken op',
  agreement_method: 'Manier van afspreken',
  number: 'Nummer',
  fixed_at: 'Vastgesteld op',
  domain_code: 'Levensdomein',
  category: 'Soort',
  kind: 'Soort',
  name: 'Naam',
  party_name: 'Naam',
  party_kind: 'Soort partij',
  contact: 'Contact',
  from_status: 'Van status',
  to_status: 'Naar status',
  changed_at: 'Gewijzigd op',
  justification: 'Onderbouwing',
  decided_at: 'Besloten op',
  step: 'Stap',
  recipient: 'Ontvanger',
  purpose: 'Doel',
  scope: 'Reikwijdte',
  given_on: 'Gegeven op',
  valid_until: 'Geldig tot',
  withdrawn_on: 'Ingetrokken op',
  disclosed_on: 'Verstrekt op',
  fields: 'Gegevens',
  snapshot: 'Inhoud van de versie',
  goals: 'Doelen',
  previous: 'Eerder',
  changed: 'Gewijzigd',
};

/** Bookkeeping columns that mean nothing on paper; they stay in the JSON export. */
const TECHNICAL_COLUMNS = new Set(['id', 'organisation_id', 'version', 'search_name', 'sort_name', 'position']);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DUTCH_DATE_TIME = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function columnLabel(column: string): string {
  const known = COLUMN_LABELS[column];
  if (known) return known;
  const words = column.replace(/_id$/, '').replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/**
 * One stored row as "label: value" lines: dates in words, people by name and function, other
 * references and bookkeeping left out (they are in the JSON export).
 */
export function readableFields(
  row: Record<string, unknown>,
  people: ReadonlyMap<string, string>,
): { label: string; value: string }[] {
  const fields: { label: string; value: string }[] = [];
  for (const [column, value] of Object.entries(row)) {
    if (TECHNICAL_COLUMNS.has(column) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const text = readableValue(value, people);
    if (text === null) continue;
    fields.push({ label: columnLabel(column), value: text });
  }
  return fields;
}

function readableValue(value: unknown, people: ReadonlyMap<string, string>): string | null {
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (UUID.test(value)) return people.get(value) ?? null;
    if (ISO_DAY.test(value)) return formatDutchDate(value);
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return DUTCH_DATE_TIME.format(new Date(value));
    return value;
  }
  if (Array.isArray(value)) {
    const parts = value.map((v) => readableValue(v, people)).filter((v): v is string => v !== null && v !== '');
    return parts.length > 0 ? parts.join(', ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => {
        const text = v === null || v === undefined ? null : readableValue(v, people);
        return text === null || text === ''
          ? null
          : `${columnLabel(k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))}: ${text}`;
      })
      .filter((v): v is string => v !== null);
    return parts.length > 0 ? parts.join('; ') : null;
  }
  return null;
}
