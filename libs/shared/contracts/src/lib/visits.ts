import type { DomainCode } from './domains';
import type { UserRef } from './people';
import type { VisitAcknowledgement } from './workspaces';

export const VISIT_MODES = [
  'home_visit',
  'office',
  'phone',
  'video',
  'accompany_keukentafelgesprek',
  'accompany_ciz',
  'accompany_provider',
] as const;
export type VisitMode = (typeof VISIT_MODES)[number];
export const VISIT_MODE_LABELS: Record<VisitMode, { nl: string; en: string }> = {
  home_visit: { nl: 'Huisbezoek', en: 'Home visit' },
  office: { nl: 'Op kantoor', en: 'At the office' },
  phone: { nl: 'Telefonisch', en: 'Phone' },
  video: { nl: 'Beeldbellen', en: 'Video call' },
  accompany_keukentafelgesprek: { nl: 'Mee naar keukentafelgesprek', en: 'Accompanied to assessment interview' },
  accompany_ciz: { nl: 'Mee naar CIZ', en: 'Accompanied to CIZ' },
  accompany_provider: { nl: 'Mee naar zorgaanbieder', en: 'Accompanied to provider' },
};

export const MAX_VISIT_MINUTES = 24 * 60;

export interface CreateVisitRequest {
  /** ISO date-time; not in the future. */
  occurredAt: string;
  minutes: number;
  mode: VisitMode;
  domains: DomainCode[];
  summary: string;
  nextSteps?: string | null;
}

/** A correction: the changed fields, the reason, and the version it is based on. */
export type AmendVisitRequest = Partial<CreateVisitRequest> & { reason: string; version: number };

export interface VisitAmendment {
  id: string;
  reason: string;
  /** Values before this amendment, only of the fields it changed. */
  previous: Partial<CreateVisitRequest>;
  changed: Partial<CreateVisitRequest>;
  amendedBy: UserRef;
  amendedAt: string;
}

export interface VisitView extends CreateVisitRequest {
  id: string;
  caseId: string;
  nextSteps: string | null;
  author: UserRef;
  createdAt: string;
  amendments: VisitAmendment[];
  /** For a volunteer's report: the lead supporter's or team lead's acknowledgement, once given. */
  acknowledgement: VisitAcknowledgement | null;
  /** What the reader may do with this visit. */
  permissions: { amend: boolean; acknowledge: boolean };
  version: number;
}
