import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessLogService, FieldValidationException, todayIsoDate, type Actor } from '@naast/api-core';
import {
  AGE_BANDS,
  AGE_BAND_LABELS,
  DOMAINS,
  REFERRAL_SOURCES,
  REFERRAL_SOURCE_LABELS,
  SIGNAL_CATEGORIES,
  SIGNAL_CATEGORY_LABELS,
  SIGNAL_FOLLOW_UP_KINDS,
  SIGNAL_FOLLOW_UP_KIND_LABELS,
  reachPeriodLabel,
  type ReachBreakdown,
  type ReachParty,
  type ReachQuery,
  type ReachReport,
} from '@naast/contracts';
import { DataSource } from 'typeorm';
import { reachPeriodProblems } from './domain/reach-period';
import { bandOf, protectFixedBreakdown, protectOpenBreakdown, type RawCell } from './domain/small-cells';
import {
  caseAggregates,
  clientAggregates,
  commissioningParties,
  signalAggregates,
  type AggregateRow,
} from './reach-queries';

export type ReachExportFormat = 'csv' | 'pdf';

const languageNames = new Intl.DisplayNames(['nl'], { type: 'language', fallback: 'code' });

function languageName(code: string): string {
  try {
    const name = languageNames.of(code) ?? code;
    return name.charAt(0).toUpperCase() + name.slice(1);
  } catch {
    return code;
  }
}

/**
 * The reach report of one commissioning party for whole quarters of one year: aggregate SQL only,
 * every count protected (domain/small-cells.ts) before it leaves this service, each request logged.
 */
@Injectable()
export class ReachService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  parties(actor: Actor): Promise<ReachParty[]> {
    return commissioningParties(this.dataSource.manager, actor.organisationId);
  }

  /** The organisation's name, printed as the report's issuer. */
  async issuer(actor: Actor): Promise<string> {
    const rows = await this.dataSource.query<{ name: string }[]>(`SELECT name FROM organisations WHERE id = $1`, [
      actor.organisationId,
    ]);
    return rows[0]?.name ?? 'Naast';
  }

  /** The report as shown; `exportFormat` marks a download in the access log. */
  report(actor: Actor, query: ReachQuery, exportFormat?: ReachExportFormat): Promise<ReachReport> {
    const problems = reachPeriodProblems(query.from, query.to, todayIsoDate());
    if (problems.length > 0) throw new FieldValidationException(problems);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const cases = await caseAggregates(manager, actor.organisationId, query);
      const clients = await clientAggregates(manager, actor.organisationId, query);
      const signals = await signalAggregates(manager, actor.organisationId, query);
      await this.accessLog.record(manager, actor, {
        action: exportFormat ? 'export' : 'read',
        entity: 'reach_report',
        entityId: null,
        clientId: null,
        detail: JSON.stringify({
          party: `${query.partyKind}: ${query.partyName}`,
          from: query.from,
          to: query.to,
          ...(exportFormat ? { format: exportFormat } : {}),
        }),
      });
      return buildReport(query, cases, clients, signals);
    });
  }
}

function countsOf(rows: AggregateRow[], dimension: string): Map<string, { n: number; label: string | null }> {
  return new Map(
    rows.filter((r) => r.dimension === dimension).map((r) => [r.key ?? 'unknown', { n: r.n, label: r.label }]),
  );
}

const total = (rows: AggregateRow[], key: string) => rows.find((r) => r.dimension === 'total' && r.key === key)?.n ?? 0;

function fixed(
  rows: AggregateRow[],
  dimension: string,
  keys: readonly { key: string; label: string }[],
  unit: string,
): ReachBreakdown {
  const counts = countsOf(rows, dimension);
  const cells: RawCell[] = keys.map(({ key, label }) => ({ key, label, count: counts.get(key)?.n ?? 0 }));
  return { unit, rows: protectFixedBreakdown(cells) };
}

function open(
  rows: AggregateRow[],
  dimension: string,
  label: (key: string, stored: string | null) => string,
  otherLabel: string,
  unit: string,
): ReachBreakdown {
  const cells: RawCell[] = [...countsOf(rows, dimension)].map(([key, v]) => ({
    key,
    label: label(key, v.label),
    count: v.n,
  }));
  return { unit, rows: protectOpenBreakdown(cells, otherLabel) };
}

export function buildReport(
  query: ReachQuery,
  cases: AggregateRow[],
  clients: AggregateRow[],
  signals: AggregateRow[],
): ReachReport {
  const casesUnit = 'nieuwe casussen';
  const clientsUnit = 'cliënten met een nieuwe casus';
  const signalsUnit = 'signalen';
  return {
    party: { kind: query.partyKind, name: query.partyName },
    period: { from: query.from, to: query.to, label: reachPeriodLabel(query.from, query.to) },
    newCases: bandOf(total(cases, 'cases')),
    newClients: bandOf(total(clients, 'new')),
    clientsReached: bandOf(total(clients, 'reached')),
    byReferralSource: fixed(
      cases,
      'referral',
      REFERRAL_SOURCES.map((key) => ({ key, label: REFERRAL_SOURCE_LABELS[key].nl })),
      casesUnit,
    ),
    byMunicipality: open(clients, 'municipality', (key, stored) => stored ?? key, 'Overige gemeenten', clientsUnit),
    byPostcodeArea: open(
      clients,
      'pc4',
      (key) => (key === 'unknown' ? 'Geen adres bekend' : key),
      'Overige postcodegebieden',
      clientsUnit,
    ),
    byAgeBand: fixed(
      clients,
      'age',
      AGE_BANDS.map((key) => ({ key, label: AGE_BAND_LABELS[key].nl })),
      clientsUnit,
    ),
    byLanguage: open(clients, 'language', (key) => languageName(key), 'Overige talen', clientsUnit),
    byInterpreterNeed: fixed(
      clients,
      'interpreter',
      [
        { key: 'true', label: 'Tolk nodig' },
        { key: 'false', label: 'Geen tolk nodig' },
      ],
      clientsUnit,
    ),
    byDomain: fixed(
      cases,
      'domain',
      DOMAINS.map((d) => ({ key: d.code, label: d.nl })),
      'nieuwe casussen per leefgebied (een casus kan meer leefgebieden hebben)',
    ),
    signals: bandOf(total(signals, 'signals')),
    signalsByCategory: fixed(
      signals,
      'category',
      SIGNAL_CATEGORIES.map((key) => ({ key, label: SIGNAL_CATEGORY_LABELS[key].nl })),
      signalsUnit,
    ),
    signalsByFollowUp: fixed(
      signals,
      'follow_up',
      [
        ...SIGNAL_FOLLOW_UP_KINDS.map((key) => ({ key, label: SIGNAL_FOLLOW_UP_KIND_LABELS[key].nl })),
        { key: 'none', label: 'Nog geen vervolg vastgelegd' },
      ],
      'signalen per vervolgactie (een signaal kan meer vervolgacties hebben)',
    ),
    generatedAt: new Date().toISOString(),
  };
}
