import {
  Validators,
  type FormArray,
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
} from '@angular/forms';
import type {
  CaseView,
  CommissioningPartyKind,
  CreateCaseRequest,
  DomainCode,
  InvolvedParty,
  InvolvedPartyKind,
  LegalFramework,
  ReferralSource,
} from '@naast/contracts';
import type { CaseChanges } from '@naast/web-cases-data-access';
import { atLeastOneValidator, localIsoDate, notInFutureDateValidator } from '@naast/web-core';

/** The API's limits, so the form never refuses what the server accepts. */
export const MAX_QUESTION_LENGTH = 5000;
export const MAX_NAME_LENGTH = 200;

export const COMMISSIONING_KIND_LABELS = {
  gemeente: { nl: 'Gemeente', en: 'Municipality' },
  zorgkantoor: { nl: 'Zorgkantoor', en: 'Care office (Wlz)' },
} as const;

export type InvolvedPartyForm = FormGroup<{
  kind: FormControl<InvolvedPartyKind | ''>;
  name: FormControl<string>;
  contact: FormControl<string>;
}>;

/**
 * The case form mirrors the request's shape (`commissioningParty.name`, `involvedParties.0.name`),
 * so the API's field paths land on the right control without translation.
 */
export type CaseForm = FormGroup<{
  question: FormControl<string>;
  domains: FormControl<DomainCode[]>;
  legalFrameworks: FormControl<LegalFramework[]>;
  commissioningParty: FormGroup<{ kind: FormControl<CommissioningPartyKind | ''>; name: FormControl<string> }>;
  referralSource: FormControl<ReferralSource | ''>;
  registeredOn: FormControl<string>;
  firstContactOn: FormControl<string>;
  /** New cases only: the team a team lead opens the case in ('' lets the API choose). */
  teamId: FormControl<string>;
  leadSupporterId: FormControl<string>;
  volunteerIds: FormControl<string[]>;
  involvedParties: FormArray<InvolvedPartyForm>;
}>;

export function buildInvolvedPartyForm(fb: NonNullableFormBuilder, party?: InvolvedParty): InvolvedPartyForm {
  return fb.group({
    kind: fb.control<InvolvedPartyKind | ''>(party?.kind ?? '', Validators.required),
    name: fb.control(party?.name ?? '', [Validators.required, Validators.maxLength(MAX_NAME_LENGTH)]),
    contact: fb.control(party?.contact ?? '', Validators.maxLength(MAX_NAME_LENGTH)),
  });
}

export function buildCaseForm(fb: NonNullableFormBuilder): CaseForm {
  return fb.group({
    question: fb.control('', [Validators.required, Validators.maxLength(MAX_QUESTION_LENGTH)]),
    domains: fb.control<DomainCode[]>([], atLeastOneValidator),
    legalFrameworks: fb.control<LegalFramework[]>([]),
    commissioningParty: fb.group({
      kind: fb.control<CommissioningPartyKind | ''>('', Validators.required),
      name: fb.control('', [Validators.required, Validators.maxLength(MAX_NAME_LENGTH)]),
    }),
    referralSource: fb.control<ReferralSource | ''>('', Validators.required),
    registeredOn: fb.control(localIsoDate(new Date()), [Validators.required, notInFutureDateValidator]),
    firstContactOn: fb.control('', notInFutureDateValidator),
    teamId: fb.control(''),
    leadSupporterId: fb.control(''),
    volunteerIds: fb.control<string[]>([]),
    involvedParties: fb.array<InvolvedPartyForm>([]),
  });
}

/** Puts a saved case into the form, e.g. to start editing or to take the server's version after a conflict. */
export function fillCaseForm(form: CaseForm, fb: NonNullableFormBuilder, supportCase: CaseView): void {
  form.controls.involvedParties.clear();
  for (const party of supportCase.involvedParties) {
    form.controls.involvedParties.push(buildInvolvedPartyForm(fb, party));
  }
  form.reset({
    question: supportCase.question,
    domains: [...supportCase.domains],
    legalFrameworks: [...supportCase.legalFrameworks],
    commissioningParty: { ...supportCase.commissioningParty },
    referralSource: supportCase.referralSource,
    registeredOn: supportCase.registeredOn,
    firstContactOn: supportCase.firstContactOn ?? '',
    teamId: supportCase.teamId,
    leadSupporterId: supportCase.leadSupporter.id,
    volunteerIds: supportCase.volunteers.map((v) => v.id),
    involvedParties: supportCase.involvedParties.map((party) => ({ ...party, contact: party.contact ?? '' })),
  });
}

function involvedParties(form: CaseForm): InvolvedParty[] {
  return form.controls.involvedParties.getRawValue().map((party) => ({
    kind: party.kind as InvolvedPartyKind,
    name: party.name.trim(),
    contact: party.contact.trim() || null,
  }));
}

/** Call only on a valid form: the empty choices ('') are then filled. */
export function toCreateCaseRequest(clientId: string, form: CaseForm): CreateCaseRequest {
  const value = form.getRawValue();
  return {
    clientId,
    question: value.question.trim(),
    domains: value.domains,
    legalFrameworks: value.legalFrameworks,
    commissioningParty: {
      kind: value.commissioningParty.kind as CommissioningPartyKind,
      name: value.commissioningParty.name.trim(),
    },
    referralSource: value.referralSource as ReferralSource,
    registeredOn: value.registeredOn,
    ...(value.teamId ? { teamId: value.teamId } : {}),
    ...(value.leadSupporterId ? { leadSupporterId: value.leadSupporterId } : {}),
    volunteerIds: value.volunteerIds,
    involvedParties: involvedParties(form),
  };
}

export function toCaseChanges(form: CaseForm): CaseChanges {
  const value = form.getRawValue();
  return {
    question: value.question.trim(),
    domains: value.domains,
    legalFrameworks: value.legalFrameworks,
    commissioningParty: {
      kind: value.commissioningParty.kind as CommissioningPartyKind,
      name: value.commissioningParty.name.trim(),
    },
    referralSource: value.referralSource as ReferralSource,
    firstContactOn: value.firstContactOn || null,
    ...(value.leadSupporterId ? { leadSupporterId: value.leadSupporterId } : {}),
    volunteerIds: value.volunteerIds,
    involvedParties: involvedParties(form),
  };
}

/** A saved case as the edit form would send it: the base an edit is compared with. */
export function caseChangesOf(fb: NonNullableFormBuilder, supportCase: CaseView): CaseChanges {
  const form = buildCaseForm(fb);
  fillCaseForm(form, fb, supportCase);
  return toCaseChanges(form);
}

/** Today, for a date input's max. */
export function today(): string {
  return localIsoDate(new Date());
}
