import { toClientSummary, type ClientSummarySource } from '@naast/api-clients';
import type { CaseListItem, CaseStatusChange, CaseView, DomainCode, InvolvedParty, UserRef } from '@naast/contracts';
import type { CaseEntity } from './case.entity';
import { casePermissions, type CaseSubject } from './domain/case-access';

/** A case with everything its view shows, loaded by `CaseReader`. */
export interface CaseAggregate {
  supportCase: CaseEntity;
  client: ClientSummarySource;
  leadSupporter: UserRef;
  domains: DomainCode[];
  volunteers: UserRef[];
  involvedParties: InvolvedParty[];
  statusHistory: CaseStatusChange[];
}

/** One row of a case list, from the columns the list query selects. */
export interface CaseListSource {
  id: string;
  question: string;
  status: CaseListItem['status'];
  registeredOn: string;
  teamId: string;
  updatedAt: Date;
  domains: DomainCode[];
  client: ClientSummarySource;
  leadSupporter: UserRef;
}

/**
 * A volunteer recognises the client by name and municipality; the date of birth is not what a
 * visit needs, so their views carry it as null.
 */
function clientSummaryFor(client: ClientSummarySource, actor: CaseSubject): CaseListItem['client'] {
  const summary = toClientSummary(client);
  return actor.role === 'volunteer' ? { ...summary, dateOfBirth: null } : summary;
}

export function toCaseListItem(source: CaseListSource, actor: CaseSubject): CaseListItem {
  return {
    id: source.id,
    client: clientSummaryFor(source.client, actor),
    question: source.question,
    domains: [...source.domains],
    status: source.status,
    registeredOn: source.registeredOn,
    leadSupporter: {
      id: source.leadSupporter.id,
      displayName: source.leadSupporter.displayName,
      role: source.leadSupporter.role,
    },
    teamId: source.teamId,
    updatedAt: source.updatedAt.toISOString(),
  };
}

/**
 * The case as this actor may see it. A volunteer gets what a visit needs: no involved parties,
 * no status history, no closing reason.
 */
export function toCaseView(aggregate: CaseAggregate, actor: CaseSubject): CaseView {
  const { supportCase } = aggregate;
  const volunteer = actor.role === 'volunteer';
  return {
    ...toCaseListItem(
      {
        ...supportCase,
        domains: aggregate.domains,
        client: aggregate.client,
        leadSupporter: aggregate.leadSupporter,
      },
      actor,
    ),
    legalFrameworks: [...supportCase.legalFrameworks],
    commissioningParty: { kind: supportCase.commissioningPartyKind, name: supportCase.commissioningPartyName },
    referralSource: supportCase.referralSource,
    firstContactOn: supportCase.firstContactOn,
    closedOn: supportCase.closedOn,
    closingReason: volunteer ? null : supportCase.closingReason,
    volunteers: aggregate.volunteers.map((v) => ({ id: v.id, displayName: v.displayName, role: v.role })),
    involvedParties: volunteer
      ? []
      : aggregate.involvedParties.map((p) => ({ kind: p.kind, name: p.name, contact: p.contact ?? null })),
    statusHistory: volunteer ? [] : aggregate.statusHistory.map((h) => ({ ...h, changedBy: { ...h.changedBy } })),
    permissions: casePermissions(actor, {
      teamId: supportCase.teamId,
      leadSupporterId: supportCase.leadSupporterId,
      volunteerIds: aggregate.volunteers.map((v) => v.id),
      status: supportCase.status,
    }),
    createdAt: supportCase.createdAt.toISOString(),
    version: supportCase.version,
  };
}
