import { isoDateOf } from '@naast/api-core';
import type { ReferralSource, SignalCategory, SignalFollowUpKind } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { insertedId } from './inserted-id';

const DAY = 86_400_000;
/** The demo gemeente of the reach report journey. */
export const DEMO_REACH_PARTY = { kind: 'gemeente' as const, name: 'Gemeente Utrecht' };

/**
 * Recent registrations for the demo gemeente, mostly through the GP and the wijkteam, as in
 * practice: with the random caseload, this year's reach report shows these sources in bands and
 * the rare ones (zorgkantoor, gemeente, other) as "< 5".
 */
const RECENT_REGISTRATIONS: { givenName: string; familyName: string; referral: ReferralSource; language: string }[] = [
  { givenName: 'Truus', familyName: 'Hendriks', referral: 'huisarts', language: 'nl' },
  { givenName: 'Ahmet', familyName: 'Kaya', referral: 'huisarts', language: 'tr' },
  { givenName: 'Wilma', familyName: 'Smit', referral: 'huisarts', language: 'nl' },
  { givenName: 'Jos', familyName: 'Verbeek', referral: 'huisarts', language: 'nl' },
  { givenName: 'Nadia', familyName: 'Bennani', referral: 'huisarts', language: 'ar' },
  { givenName: 'Gerard', familyName: 'Mulder', referral: 'huisarts', language: 'nl' },
  { givenName: 'Ria', familyName: 'Koster', referral: 'huisarts', language: 'nl' },
  { givenName: 'Yonas', familyName: 'Tesfaye', referral: 'wijkteam', language: 'ti' },
  { givenName: 'Els', familyName: 'Brouwer', referral: 'wijkteam', language: 'nl' },
  { givenName: 'Kees', familyName: 'Dijkman', referral: 'wijkteam', language: 'nl' },
  { givenName: 'Samira', familyName: 'Ouali', referral: 'wijkteam', language: 'ar' },
  { givenName: 'Bert', familyName: 'Schouten', referral: 'wijkteam', language: 'nl' },
];

interface DemoSignal {
  category: SignalCategory;
  description: string;
  involvedParty: string | null;
  followUps: { kind: SignalFollowUpKind; recipient: string | null; note: string | null }[];
}

const SIGNALS: DemoSignal[] = [
  {
    category: 'digital',
    description: 'De Wmo-melding kon alleen online met DigiD; meneer heeft geen DigiD en geen computer.',
    involvedParty: 'Wmo-loket',
    followUps: [{ kind: 'gemeente', recipient: 'Wmo-loket, teamleider', note: 'Gevraagd om een papieren formulier.' }],
  },
  {
    category: 'language',
    description: 'Het keukentafelgesprek werd gepland zonder tolk, terwijl mevrouw alleen Tigrinya spreekt.',
    involvedParty: 'Wmo-loket',
    followUps: [
      { kind: 'gemeente', recipient: 'Wmo-consulent', note: 'Tolk via de tolkentelefoon geregeld.' },
      { kind: 'adviesraad_sociaal_domein', recipient: 'Adviesraad sociaal domein Utrecht', note: null },
    ],
  },
  {
    category: 'perceived_discrimination',
    description: 'Mevrouw voelde zich bij de intake van de thuiszorg anders behandeld vanwege haar hoofddoek.',
    involvedParty: 'Zorggroep Stad',
    followUps: [
      {
        kind: 'antidiscriminatievoorziening',
        recipient: 'Discriminatie.nl Utrecht',
        note: 'Melding gedaan met toestemming van mevrouw.',
      },
    ],
  },
  {
    category: 'provider_refused_or_delayed',
    description: 'De thuiszorg start pas over acht weken; de indicatie is al afgegeven.',
    involvedParty: 'Zorggroep Stad',
    followUps: [{ kind: 'discussed_with_provider', recipient: 'Planning Zorggroep Stad', note: null }],
  },
  {
    category: 'waiting_list',
    description: 'Wachtlijst van vier maanden voor dagbesteding.',
    involvedParty: 'Dagbesteding De Linde',
    followUps: [],
  },
  {
    category: 'physical_accessibility',
    description: 'Het gesprek op het stadskantoor was op de tweede verdieping; de lift was buiten gebruik.',
    involvedParty: 'Gemeente Utrecht',
    followUps: [{ kind: 'gemeente', recipient: 'Facilitair stadskantoor', note: null }],
  },
  {
    category: 'unclear_role',
    description: 'De wijkcoach dacht dat de cliëntondersteuner namens de gemeente de aanvraag beoordeelt.',
    involvedParty: 'Buurtteam',
    followUps: [{ kind: 'none_needed', recipient: null, note: 'Rol uitgelegd met de rolkaart.' }],
  },
  {
    category: 'digital',
    description: 'Mevrouw kon de beschikking niet openen in de berichtenbox.',
    involvedParty: null,
    followUps: [],
  },
];

/**
 * Signals on demo cases of the demo gemeente (every category, most with a follow-up) and recent
 * registrations, so the reach report of Gemeente Utrecht for this year has something to show.
 */
export async function seedDemoSignals(
  manager: EntityManager,
  today = new Date(),
): Promise<{ signals: number; reachCases: number }> {
  const [org] = (await manager.query(`SELECT id FROM organisations WHERE name = 'Cliëntondersteuning Utrecht'`)) as {
    id: string;
  }[];
  if (!org) return { signals: 0, reachCases: 0 };
  const [lead] = (await manager.query(
    `SELECT u.id, tm.team_id FROM users u JOIN team_memberships tm ON tm.user_id = u.id
      WHERE u.email = 'ondersteuner@utrecht.example'`,
  )) as { id: string; team_id: string }[];
  if (!lead) return { signals: 0, reachCases: 0 };

  // Registered over this year so far, at least a day ago.
  const yearStart = Date.UTC(today.getUTCFullYear(), 0, 1);
  const span = Math.max(0, today.getTime() - DAY - yearStart);
  let reachCases = 0;
  for (const [i, person] of RECENT_REGISTRATIONS.entries()) {
    const registeredOn = new Date(yearStart + Math.floor((span * (i + 1)) / (RECENT_REGISTRATIONS.length + 1)));
    const clientId = insertedId(
      (await manager.query(
        `INSERT INTO clients (organisation_id, team_id, given_name, family_name, date_of_birth, address_street,
           address_house_number, address_postcode, address_city, municipality_code, municipality_name,
           preferred_language, interpreter_needed, created_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'Oudegracht', $6, $7, 'Utrecht', 'GM0344', 'Utrecht', $8, $9, $10, $11, $11)
         RETURNING id`,
        [
          org.id,
          lead.team_id,
          person.givenName,
          person.familyName,
          `${1940 + i * 4}-0${(i % 9) + 1}-15`,
          String(10 + i * 7),
          i % 2 === 0 ? '3511 AB' : '3512 CD',
          person.language,
          person.language !== 'nl',
          lead.id,
          registeredOn,
        ],
      )) as { id: string }[],
      'reach client',
    );
    const caseId = insertedId(
      (await manager.query(
        `INSERT INTO cases (organisation_id, client_id, team_id, lead_supporter_id, question, status, legal_frameworks,
           commissioning_party_kind, commissioning_party_name, referral_source, registered_on, created_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, 'aangemeld', '{wmo}', $6, $7, $8, $9, $4, $10, $10) RETURNING id`,
        [
          org.id,
          clientId,
          lead.team_id,
          lead.id,
          'Ik wil hulp bij het aanvragen van ondersteuning thuis.',
          DEMO_REACH_PARTY.kind,
          DEMO_REACH_PARTY.name,
          person.referral,
          isoDateOf(registeredOn),
          registeredOn,
        ],
      )) as { id: string }[],
      'reach case',
    );
    await manager.query(`INSERT INTO case_domains (case_id, domain_code, organisation_id) VALUES ($1, 'zorg', $2)`, [
      caseId,
      org.id,
    ]);
    await manager.query(
      `INSERT INTO case_status_changes (organisation_id, case_id, from_status, to_status, reason, changed_by_id, changed_at)
       VALUES ($1, $2, NULL, 'aangemeld', NULL, $3, $4)`,
      [org.id, caseId, lead.id, registeredOn],
    );
    reachCases++;
  }

  // Signals on the demo gemeente's open cases of the organisation, newest cases first, by their lead supporter.
  const cases = (await manager.query(
    `SELECT id, lead_supporter_id, registered_on FROM cases
      WHERE organisation_id = $1 AND commissioning_party_name = $2 AND status IN ('intake', 'actief')
      ORDER BY registered_on DESC, id LIMIT $3`,
    [org.id, DEMO_REACH_PARTY.name, SIGNALS.length],
  )) as { id: string; lead_supporter_id: string; registered_on: string }[];
  let signals = 0;
  for (const [i, signal] of SIGNALS.entries()) {
    const supportCase = cases[i % Math.max(cases.length, 1)];
    if (!supportCase) break;
    const occurredOn = new Date(Math.max(yearStart, today.getTime() - (10 + i * 9) * DAY));
    const signalId = insertedId(
      (await manager.query(
        `INSERT INTO case_signals (organisation_id, case_id, category, description, occurred_on, involved_party,
           recorded_by_id, created_at, updated_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9) RETURNING id`,
        [
          org.id,
          supportCase.id,
          signal.category,
          signal.description,
          isoDateOf(occurredOn),
          signal.involvedParty,
          supportCase.lead_supporter_id,
          occurredOn,
          1 + signal.followUps.length,
        ],
      )) as { id: string }[],
      'signal',
    );
    for (const [step, followUp] of signal.followUps.entries()) {
      const doneOn = new Date(Math.min(today.getTime(), occurredOn.getTime() + (step + 1) * 2 * DAY));
      await manager.query(
        `INSERT INTO signal_follow_ups (organisation_id, signal_id, kind, recipient, done_on, note, recorded_by_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          org.id,
          signalId,
          followUp.kind,
          followUp.recipient,
          isoDateOf(doneOn),
          followUp.note,
          supportCase.lead_supporter_id,
          doneOn,
        ],
      );
    }
    signals++;
  }
  return { signals, reachCases };
}
