import {
  CASE_STATUSES,
  type CaseStatus,
  DOMAIN_CODES,
  type DomainCode,
  INVOLVED_PARTY_KINDS,
  type InvolvedPartyKind,
  type LegalFramework,
  REFERRAL_SOURCES,
  VISIT_MODES,
} from '@naast/contracts';
import type { EntityManager } from 'typeorm';
import type { DemoIdentity } from './demo-data';
import {
  CLOSING_REASONS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  LANGUAGES,
  NEXT_STEPS,
  PLACES,
  QUESTIONS,
  VISIT_SUMMARIES,
} from './demo-people';
import { DemoRandom } from './demo-random';

const DAY = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const POSTCODE_LETTERS = 'ABCEGHJKLMNPRTVWXZ';

const FRAMEWORKS_BY_DOMAIN: Record<DomainCode, LegalFramework[]> = {
  zorg: ['wmo', 'wlz', 'zvw'],
  wonen: ['wmo'],
  werk: ['participatiewet'],
  inkomen: ['participatiewet', 'schuldhulpverlening'],
  welzijn: ['wmo'],
  onderwijs: ['jeugdwet'],
  jeugdhulp: ['jeugdwet'],
  preventieve_zorg: ['zvw'],
  maatschappelijke_ondersteuning: ['wmo'],
};

const PARTY_NAMES: Record<InvolvedPartyKind, string[]> = {
  zorgaanbieder: ['Buurtzorg', 'Zorggroep Stad', 'Thuiszorg Midden'],
  gemeente: ['Wmo-loket', 'Team Schuldhulp gemeente'],
  zorgkantoor: ['Zorgkantoor regio'],
  woningcorporatie: ['Woningcorporatie Thuis', 'Stichting Wonen Plus'],
  uwv: ['UWV'],
  huisarts: ['Huisartsenpraktijk De Linde'],
  schuldhulpverlening: ['Kredietbank', 'Schuldhulpmaatje'],
  other: ['Voedselbank', 'Buurthuis'],
};

/** How many clients each team gets: ~150 in all, most of them in the first organisation. */
const CLIENTS_PER_TEAM = 50;

interface TeamStaff {
  organisationId: string;
  teamId: string;
  leads: string[];
  volunteers: string[];
}

function staffPerTeam(identity: DemoIdentity): { key: string; staff: TeamStaff }[] {
  return identity.organisations.flatMap((org) =>
    Object.values(org.teams).map((teamId) => ({
      key: org.key,
      staff: {
        organisationId: org.id,
        teamId,
        leads: org.users
          .filter((u) => (u.role === 'supporter' || u.role === 'team_lead') && u.teamIds.includes(teamId))
          .map((u) => u.id),
        volunteers: org.users.filter((u) => u.role === 'volunteer' && u.teamIds.includes(teamId)).map((u) => u.id),
      },
    })),
  );
}

/** Walks a case from aangemeld to its status, one history row per step. */
function statusPath(status: CaseStatus): CaseStatus[] {
  return CASE_STATUSES.slice(0, CASE_STATUSES.indexOf(status) + 1).filter(
    (s) => s !== 'afgesloten' || status === 'afgesloten',
  );
}

/**
 * Clients, cases across all nine domains and all four statuses, visits by supporters and
 * volunteers, and some amended visits: enough to try every screen.
 */
export async function seedDemoCaseload(
  manager: EntityManager,
  identity: DemoIdentity,
  today = new Date(),
): Promise<{ clients: number; cases: number; visits: number }> {
  const random = new DemoRandom(20_151_001);
  const counts = { clients: 0, cases: 0, visits: 0 };
  let caseNumber = 0;
  for (const { key, staff } of staffPerTeam(identity)) {
    const places = PLACES[key as keyof typeof PLACES];
    for (let i = 0; i < CLIENTS_PER_TEAM; i++) {
      const place = random.pick(places);
      const family = random.pick(FAMILY_NAMES);
      const givenName = random.pick(GIVEN_NAMES);
      const creator = random.pick(staff.leads);
      const language = random.pick(LANGUAGES);
      const needs = random.chance(0.3)
        ? random.sample(['low_literacy', 'visual', 'hearing', 'cognitive', 'mobility'], random.int(1, 2))
        : [];
      const representatives = random.chance(0.15)
        ? [
            {
              kind: random.pick(['mentor', 'bewindvoerder', 'curator'] as const),
              name: `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES).name}`,
              phone: null,
              email: null,
            },
          ]
        : [];
      const registeredDaysAgo = random.int(3, 540);
      const postcode = `${place.postcodePrefix + random.int(0, 8)} ${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`;
      const [client] = (await manager.query(
        `INSERT INTO clients (organisation_id, team_id, given_name, family_name_prefix, family_name, date_of_birth, phone, email,
           address_street, address_house_number, address_postcode, address_city, municipality_code, municipality_name,
           preferred_language, interpreter_needed, accessibility_needs, representatives,
           consent_given_on, consent_scope, consent_recorded_by_id, consent_recorded_at, created_by_id, created_at, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17::accessibility_need[],$18,$19,$20,$21,$22,$21,$22,$22)
         RETURNING id`,
        [
          staff.organisationId,
          staff.teamId,
          givenName,
          family.prefix,
          family.name,
          isoDate(new Date(Date.UTC(random.int(1935, 2004), random.int(0, 11), random.int(1, 28)))),
          `06${String(random.int(10_000_000, 99_999_999))}`,
          random.chance(0.6)
            ? `${givenName.toLowerCase().replace(/[^a-z]/g, '')}.${family.name.toLowerCase().replace(/[^a-z]/g, '')}@voorbeeld.example`
            : null,
          random.pick(place.streets),
          String(random.int(1, 240)) + (random.chance(0.15) ? random.pick(['A', 'B', '-2', 'bis']) : ''),
          postcode,
          place.city,
          place.municipalityCode,
          place.municipalityName,
          language,
          language !== 'nl' && random.chance(0.5),
          `{${needs.join(',')}}`,
          JSON.stringify(representatives),
          isoDate(new Date(today.getTime() - registeredDaysAgo * DAY)),
          'Vastleggen en gebruiken van gegevens voor de cliëntondersteuning, en contact met betrokken partijen na overleg.',
          creator,
          new Date(today.getTime() - registeredDaysAgo * DAY),
        ],
      )) as { id: string }[];
      if (!client) throw new Error('Demo client insert returned no row');
      counts.clients++;

      const caseCount = random.chance(0.2) ? 2 : 1;
      for (let c = 0; c < caseCount; c++) {
        caseNumber++;
        // Every domain and every status appears: cycle through them, then vary.
        const mainDomain = DOMAIN_CODES[caseNumber % DOMAIN_CODES.length] as DomainCode;
        const domains = [
          ...new Set<DomainCode>([
            mainDomain,
            ...random.sample(['zorg', 'wonen', 'werk', 'inkomen'] as DomainCode[], random.int(0, 2)),
          ]),
        ];
        const status =
          caseNumber <= 8
            ? (CASE_STATUSES[caseNumber % 4] as CaseStatus)
            : random.pick(['aangemeld', 'intake', 'actief', 'actief', 'actief', 'afgesloten'] as CaseStatus[]);
        const lead = random.pick(staff.leads);
        const registeredOn = new Date(
          today.getTime() - (registeredDaysAgo - c * 30 > 1 ? registeredDaysAgo - c * 30 : 1) * DAY,
        );
        const firstContactOn =
          status === 'aangemeld'
            ? null
            : new Date(Math.min(today.getTime(), registeredOn.getTime() + random.int(1, 21) * DAY));
        const closedOn =
          status === 'afgesloten' && firstContactOn
            ? new Date(Math.min(today.getTime(), firstContactOn.getTime() + random.int(20, 200) * DAY))
            : null;
        const frameworks = [...new Set(domains.flatMap((d) => FRAMEWORKS_BY_DOMAIN[d].slice(0, 1)))];
        const wlz = frameworks.includes('wlz');
        const question = random.pick(QUESTIONS[mainDomain] ?? QUESTIONS['zorg'] ?? ['Ik heb een vraag.']);
        const [supportCase] = (await manager.query(
          `INSERT INTO cases (organisation_id, client_id, team_id, lead_supporter_id, question, status, legal_frameworks,
             commissioning_party_kind, commissioning_party_name, referral_source, registered_on, first_contact_on, closed_on,
             closing_reason, created_by_id, created_at, updated_at)
           VALUES ($1,$2,$3,$4,$5,$6,$7::legal_framework[],$8,$9,$10,$11,$12,$13,$14,$15,$16,$16) RETURNING id`,
          [
            staff.organisationId,
            client.id,
            staff.teamId,
            lead,
            question,
            status,
            `{${frameworks.join(',')}}`,
            wlz ? 'zorgkantoor' : 'gemeente',
            wlz ? `Zorgkantoor ${place.municipalityName}` : `Gemeente ${place.municipalityName}`,
            random.pick(REFERRAL_SOURCES),
            isoDate(registeredOn),
            firstContactOn ? isoDate(firstContactOn) : null,
            closedOn ? isoDate(closedOn) : null,
            closedOn ? random.pick(CLOSING_REASONS) : null,
            creator,
            registeredOn,
          ],
        )) as { id: string }[];
        if (!supportCase) throw new Error('Demo case insert returned no row');
        const caseId = supportCase.id;
        counts.cases++;
        for (const domain of domains) {
          await manager.query('INSERT INTO case_domains (case_id, domain_code, organisation_id) VALUES ($1, $2, $3)', [
            caseId,
            domain,
            staff.organisationId,
          ]);
        }
        let previous: CaseStatus | null = null;
        for (const [step, to] of statusPath(status).entries()) {
          const at = to === 'afgesloten' && closedOn ? closedOn : new Date(registeredOn.getTime() + step * 3 * DAY);
          await manager.query(
            `INSERT INTO case_status_changes (organisation_id, case_id, from_status, to_status, reason, changed_by_id, changed_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              staff.organisationId,
              caseId,
              previous,
              to,
              to === 'afgesloten' ? random.pick(CLOSING_REASONS) : null,
              lead,
              at,
            ],
          );
          previous = to;
        }
        const volunteer =
          staff.volunteers.length > 0 && status !== 'aangemeld' && random.chance(0.45)
            ? random.pick(staff.volunteers)
            : null;
        if (volunteer) {
          await manager.query('INSERT INTO case_volunteers (case_id, user_id, organisation_id) VALUES ($1, $2, $3)', [
            caseId,
            volunteer,
            staff.organisationId,
          ]);
        }
        const partyKinds = random.sample(
          INVOLVED_PARTY_KINDS.filter((k) => k !== 'other'),
          random.int(0, 3),
        );
        for (const [position, kind] of partyKinds.entries()) {
          await manager.query(
            'INSERT INTO case_involved_parties (organisation_id, case_id, position, kind, name, contact) VALUES ($1, $2, $3, $4, $5, $6)',
            [
              staff.organisationId,
              caseId,
              position,
              kind,
              random.pick(PARTY_NAMES[kind]),
              random.chance(0.5) ? `030-${random.int(1_000_000, 9_999_999)}` : null,
            ],
          );
        }
        if (!firstContactOn) continue;
        const end = closedOn ?? today;
        const visitCount = random.int(1, 5);
        for (let v = 0; v < visitCount; v++) {
          const occurredAt = new Date(
            firstContactOn.getTime() +
              ((end.getTime() - firstContactOn.getTime()) * v) / visitCount +
              random.int(9, 16) * 3_600_000,
          );
          if (occurredAt > today) break;
          const author = volunteer && random.chance(0.35) ? volunteer : lead;
          const visitDomains = random.sample(domains, random.int(1, domains.length));
          const [visit] = (await manager.query(
            `INSERT INTO visits (organisation_id, case_id, occurred_at, minutes, mode, summary, next_steps, author_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $3, $3) RETURNING id`,
            [
              staff.organisationId,
              caseId,
              occurredAt,
              random.pick([15, 30, 45, 60, 90, 120]),
              random.pick(VISIT_MODES),
              random.pick(VISIT_SUMMARIES),
              random.pick(NEXT_STEPS),
              author,
            ],
          )) as { id: string }[];
          if (!visit) throw new Error('Demo visit insert returned no row');
          counts.visits++;
          for (const domain of visitDomains) {
            await manager.query(
              'INSERT INTO visit_domains (visit_id, domain_code, organisation_id) VALUES ($1, $2, $3)',
              [visit.id, domain, staff.organisationId],
            );
          }
          // Some reports were corrected afterwards: the amendment keeps what was there before.
          if (random.chance(0.08)) {
            const before = random.pick([15, 30, 45]);
            const after = before + 15;
            await manager.query('UPDATE visits SET minutes = $2, version = version + 1 WHERE id = $1', [
              visit.id,
              after,
            ]);
            await manager.query(
              `INSERT INTO visit_amendments (organisation_id, visit_id, reason, previous, changed, amended_by_id, amended_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7)`,
              [
                staff.organisationId,
                visit.id,
                'Duur was verkeerd ingevuld.',
                JSON.stringify({ minutes: before }),
                JSON.stringify({ minutes: after }),
                author,
                new Date(occurredAt.getTime() + DAY),
              ],
            );
          }
        }
      }
    }
  }
  return counts;
}
