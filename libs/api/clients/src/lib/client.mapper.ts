import {
  formatClientName,
  type Address,
  type ClientSummary,
  type ClientView,
  type LegalRepresentative,
  type ProcessingConsent,
  type UserRef,
} from '@naast/contracts';
import type { ClientEntity } from './client.entity';

/** The columns a summary needs; a list query selects exactly these. */
export type ClientSummarySource = Pick<
  ClientEntity,
  | 'id'
  | 'givenName'
  | 'familyNamePrefix'
  | 'familyName'
  | 'dateOfBirth'
  | 'municipalityCode'
  | 'municipalityName'
  | 'teamId'
>;

/** Enough to recognise the person, nothing more (lists, search, the case header). */
export function toClientSummary(client: ClientSummarySource): ClientSummary {
  return {
    id: client.id,
    displayName: formatClientName(client),
    dateOfBirth: client.dateOfBirth,
    municipality: { code: client.municipalityCode, name: client.municipalityName },
    teamId: client.teamId,
  };
}

/** Copies only the fields of the contract: a representative stored with extra keys never leaks them. */
function toRepresentative(r: LegalRepresentative): LegalRepresentative {
  return { kind: r.kind, name: r.name, phone: r.phone ?? null, email: r.email ?? null };
}

function toAddress(client: ClientEntity): Address | null {
  const {
    addressStreet: street,
    addressHouseNumber: houseNumber,
    addressPostcode: postcode,
    addressCity: city,
  } = client;
  // The database keeps the four columns all set or all null.
  if (street === null || houseNumber === null || postcode === null || city === null) return null;
  return { street, houseNumber, postcode, city };
}

function toConsent(client: ClientEntity, recordedBy: UserRef | null): ProcessingConsent | null {
  const { consentGivenOn: givenOn, consentScope: scope, consentRecordedAt: recordedAt } = client;
  if (givenOn === null || scope === null || recordedAt === null || recordedBy === null) return null;
  return { givenOn, scope, recordedBy, recordedAt: recordedAt.toISOString() };
}

/**
 * The full client record, field by field (never the entity itself).
 * `consentRecordedBy` is the user who recorded the consent, resolved by the caller.
 */
export function toClientView(
  client: ClientEntity,
  consentRecordedBy: UserRef | null,
  permissions: ClientView['permissions'],
): ClientView {
  return {
    ...toClientSummary(client),
    givenName: client.givenName,
    familyNamePrefix: client.familyNamePrefix,
    familyName: client.familyName,
    phone: client.phone,
    email: client.email,
    address: toAddress(client),
    preferredLanguage: client.preferredLanguage,
    interpreterNeeded: client.interpreterNeeded,
    accessibilityNeeds: [...client.accessibilityNeeds],
    representatives: client.representatives.map(toRepresentative),
    processingConsent: toConsent(client, consentRecordedBy),
    createdAt: client.createdAt.toISOString(),
    updatedAt: client.updatedAt.toISOString(),
    permissions,
    version: client.version,
  };
}
