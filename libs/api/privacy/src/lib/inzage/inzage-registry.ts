/**
 * Every table that holds data about a client, and how it is reached from the client: the one place
 * the inzage export reads. An integration test walks the database's foreign keys from `clients` and
 * fails when a table that leads to a client is missing here, so a new table cannot be forgotten.
 */
export interface InzageSource {
  table: string;
  /** The table this one hangs under (`clients` for the client's own tables). */
  parent: string;
  /** The foreign-key column pointing at `parent.id`. */
  column: string;
  /** Heading in the export, in Dutch. */
  label: string;
  /** Column that puts the rows in the order they happened, when the table has one. */
  orderBy?: string;
}

/** Parents come before their children: the export reads the ids of each level for the next. */
export const INZAGE_SOURCES: readonly InzageSource[] = [
  { table: 'cases', parent: 'clients', column: 'client_id', label: 'Ondersteuningsvragen', orderBy: 'registered_on' },
  { table: 'consents', parent: 'clients', column: 'client_id', label: 'Toestemmingen' },
  { table: 'disclosures', parent: 'clients', column: 'client_id', label: 'Verstrekkingen van gegevens' },
  { table: 'client_anonymisations', parent: 'clients', column: 'client_id', label: 'Anonimisering' },
  { table: 'case_domains', parent: 'cases', column: 'case_id', label: 'Levensdomeinen van de vragen' },
  { table: 'case_involved_parties', parent: 'cases', column: 'case_id', label: 'Betrokken partijen' },
  { table: 'case_volunteers', parent: 'cases', column: 'case_id', label: 'Gekoppelde vrijwilligers' },
  {
    table: 'case_status_changes',
    parent: 'cases',
    column: 'case_id',
    label: 'Statuswijzigingen',
    orderBy: 'changed_at',
  },
  { table: 'case_assignment_changes', parent: 'cases', column: 'case_id', label: 'Wisselingen van ondersteuner' },
  {
    table: 'case_independence_overrides',
    parent: 'cases',
    column: 'case_id',
    label: 'Besluiten over onafhankelijkheid',
  },
  { table: 'visits', parent: 'cases', column: 'case_id', label: 'Contactmomenten', orderBy: 'occurred_at' },
  { table: 'visit_drafts', parent: 'cases', column: 'case_id', label: 'Concepten van contactmomenten' },
  { table: 'visit_domains', parent: 'visits', column: 'visit_id', label: 'Levensdomeinen van contactmomenten' },
  {
    table: 'visit_amendments',
    parent: 'visits',
    column: 'visit_id',
    label: 'Correcties van contactmomenten',
    orderBy: 'amended_at',
  },
  {
    table: 'visit_acknowledgements',
    parent: 'visits',
    column: 'visit_id',
    label: 'Gelezen verslagen van vrijwilligers',
  },
  { table: 'plans', parent: 'cases', column: 'case_id', label: 'Ondersteuningsplannen' },
  { table: 'plan_versions', parent: 'plans', column: 'plan_id', label: 'Versies van het plan' },
  { table: 'plan_goals', parent: 'plans', column: 'plan_id', label: 'Doelen' },
  { table: 'plan_goal_domains', parent: 'plan_goals', column: 'goal_id', label: 'Levensdomeinen van doelen' },
  {
    table: 'plan_goal_dependencies',
    parent: 'plan_goals',
    column: 'goal_id',
    label: 'Samenhang tussen doelen',
  },
  { table: 'plan_actions', parent: 'plans', column: 'plan_id', label: 'Acties' },
  { table: 'plan_evaluations', parent: 'plans', column: 'plan_id', label: 'Evaluaties' },
  { table: 'case_procedures', parent: 'cases', column: 'case_id', label: 'Procedures' },
  {
    table: 'case_procedure_dates',
    parent: 'case_procedures',
    column: 'procedure_id',
    label: 'Data van procedures',
  },
  {
    table: 'case_procedure_deadlines',
    parent: 'case_procedures',
    column: 'procedure_id',
    label: 'Termijnen van procedures',
  },
  { table: 'case_signals', parent: 'cases', column: 'case_id', label: 'Signalen' },
  { table: 'signal_follow_ups', parent: 'case_signals', column: 'signal_id', label: 'Opvolging van signalen' },
];

/**
 * Tables with a client or case column that the walk would meet but the export reads another way,
 * each with the reason. The access log has no foreign key (it outlives what it logs) and is its own
 * section of the export.
 */
export const INZAGE_READ_ELSEWHERE: Readonly<Record<string, string>> = {
  access_log: 'Eigen onderdeel van de export: wie heeft het dossier bekeken.',
};

/**
 * A second way to reach a table that the export does not need, because the row is already reached
 * through the listed column (a disclosure through its client, an action through its plan).
 */
export const INZAGE_REDUNDANT_LINKS: readonly { table: string; column: string }[] = [
  { table: 'disclosures', column: 'case_id' },
  { table: 'disclosures', column: 'consent_id' },
  { table: 'plan_actions', column: 'goal_id' },
  { table: 'plan_goal_dependencies', column: 'depends_on_id' },
];
