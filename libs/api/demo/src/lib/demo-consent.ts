import { isoDateOf } from '@naast/api-core';
import type { ConsentGiver, DataCategory, DisclosureException, RepresentativeCapacity } from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import { insertedId } from './inserted-id';

const DAY = 86_400_000;

interface DemoConsent {
  recipient: string;
  purpose: string;
  dataCategories: DataCategory[];
  givenDaysAgo: number;
  validDays: number | null;
  withdrawnDaysAgo: number | null;
  givenBy: ConsentGiver;
  representative?: { name: string; capacity: RepresentativeCapacity };
  withdrawalNote?: string;
}

/** On the supporter's newest case: one valid, one expired, one withdrawn consent. */
const CONSENTS: DemoConsent[] = [
  {
    recipient: 'Wmo-loket Gemeente Utrecht',
    purpose: 'Melding en aanvraag huishoudelijke hulp voorbereiden.',
    dataCategories: ['persoonsgegevens', 'gezondheid', 'wonen'],
    givenDaysAgo: 60,
    validDays: 365,
    withdrawnDaysAgo: null,
    givenBy: 'client',
  },
  {
    recipient: 'Zorggroep Stad',
    purpose: 'Afstemmen van de start van de thuiszorg.',
    dataCategories: ['persoonsgegevens', 'gezondheid'],
    givenDaysAgo: 400,
    validDays: 365,
    withdrawnDaysAgo: null,
    givenBy: 'client',
  },
  {
    recipient: 'Woningcorporatie Mitros',
    purpose: 'Urgentieaanvraag voor een gelijkvloerse woning.',
    dataCategories: ['persoonsgegevens', 'wonen', 'financien'],
    givenDaysAgo: 200,
    validDays: null,
    withdrawnDaysAgo: 30,
    givenBy: 'legal_representative',
    representative: { name: 'A. de Wit', capacity: 'bewindvoerder' },
    withdrawalNote: 'Cliënt regelt de woningzoektocht nu zelf met de bewindvoerder.',
  },
];

const MELDCODE = {
  recipient: 'Veilig Thuis Utrecht',
  purpose: 'Melding volgens de meldcode huiselijk geweld en kindermishandeling.',
  dataCategories: ['persoonsgegevens', 'gezin_en_relaties'] as DataCategory[],
  exceptionKind: 'meldcode' as DisclosureException,
  exceptionReason:
    'Bij twee huisbezoeken verwondingen gezien en een onveilige thuissituatie gehoord; stappen 1 tot en met 4 van de meldcode doorlopen en met de aandachtsfunctionaris besproken.',
  daysAgo: 12,
};

/**
 * Consents and disclosures on two cases of the demo supporter of team Noord: a valid, an expired
 * and a withdrawn consent with a disclosure under the valid one, and a meldcode disclosure.
 */
export async function seedDemoConsent(
  manager: EntityManager,
  today = new Date(),
): Promise<{ consents: number; disclosures: number }> {
  const cases = (await manager.query(
    `SELECT k.id, k.client_id, k.organisation_id, k.lead_supporter_id FROM cases k
       JOIN users u ON u.id = k.lead_supporter_id
      WHERE u.email = 'ondersteuner@utrecht.example' AND k.status IN ('intake', 'actief')
      ORDER BY k.registered_on DESC, k.id LIMIT 2`,
  )) as { id: string; client_id: string; organisation_id: string; lead_supporter_id: string }[];
  const [first, second] = cases;
  if (!first || !second) return { consents: 0, disclosures: 0 };
  const day = (daysAgo: number) => isoDateOf(new Date(today.getTime() - daysAgo * DAY));

  let consents = 0;
  let validConsentId: string | null = null;
  for (const consent of CONSENTS) {
    const id = insertedId(
      (await manager.query(
        `INSERT INTO consents (organisation_id, client_id, scope, recipient, purpose, data_categories, given_on, given_by,
           representative_name, representative_capacity, valid_until, withdrawn_on, withdrawal_note, withdrawn_by_id,
           recorded_by_id, version)
         VALUES ($1, $2, 'disclosure', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          first.organisation_id,
          first.client_id,
          consent.recipient,
          consent.purpose,
          consent.dataCategories,
          day(consent.givenDaysAgo),
          consent.givenBy,
          consent.representative?.name ?? null,
          consent.representative?.capacity ?? null,
          consent.validDays === null ? null : day(consent.givenDaysAgo - consent.validDays),
          consent.withdrawnDaysAgo === null ? null : day(consent.withdrawnDaysAgo),
          consent.withdrawalNote ?? null,
          consent.withdrawnDaysAgo === null ? null : first.lead_supporter_id,
          first.lead_supporter_id,
          consent.withdrawnDaysAgo === null ? 1 : 2,
        ],
      )) as { id: string }[],
      'demo consent',
    );
    if (consent.withdrawnDaysAgo === null && consent.givenDaysAgo < (consent.validDays ?? Infinity))
      validConsentId ??= id;
    consents++;
  }

  await manager.query(
    `INSERT INTO disclosures (organisation_id, client_id, case_id, recipient, purpose, data_categories, disclosed_on,
       consent_id, recorded_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      first.organisation_id,
      first.client_id,
      first.id,
      'Wmo-loket Gemeente Utrecht',
      'Gegevens voor het keukentafelgesprek.',
      ['persoonsgegevens', 'wonen'],
      day(20),
      validConsentId,
      first.lead_supporter_id,
    ],
  );
  await manager.query(
    `INSERT INTO disclosures (organisation_id, client_id, case_id, recipient, purpose, data_categories, disclosed_on,
       exception_kind, exception_reason, recorded_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      second.organisation_id,
      second.client_id,
      second.id,
      MELDCODE.recipient,
      MELDCODE.purpose,
      MELDCODE.dataCategories,
      day(MELDCODE.daysAgo),
      MELDCODE.exceptionKind,
      MELDCODE.exceptionReason,
      second.lead_supporter_id,
    ],
  );
  return { consents, disclosures: 2 };
}
