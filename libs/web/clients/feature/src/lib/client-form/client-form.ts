import {
  Validators,
  type AbstractControl,
  type FormArray,
  type FormControl,
  type FormGroup,
  type NonNullableFormBuilder,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  LANGUAGE_CODE_PATTERN,
  MUNICIPALITY_CODE_PATTERN,
  POSTCODE_PATTERN,
  type AccessibilityNeed,
  type ClientView,
  type CreateClientRequest,
  type LegalRepresentative,
  type RepresentativeKind,
  type UpdateClientRequest,
} from '@naast/contracts';
import { localIsoDate, notInFutureDateValidator } from '@naast/web-core';

/** The API's limits, so the form never refuses what the server accepts. */
const MAX_NAME = 100;
const MAX_TEXT = 200;
const MAX_EMAIL = 254;

/** "3511ab" and "3511 ab" are what people type; the API wants "3511 AB". */
export function normalisePostcode(value: string): string {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return compact.length === 6 ? `${compact.slice(0, 4)} ${compact.slice(4)}` : value.trim().toUpperCase();
}

export const postcodeValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  return POSTCODE_PATTERN.test(normalisePostcode(value)) ? null : { postcode: true };
};

export const municipalityCodeValidator: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  return MUNICIPALITY_CODE_PATTERN.test(value.trim().toUpperCase()) ? null : { municipalityCode: true };
};

/** An address is all four parts or nothing. */
export const completeOrEmptyAddressValidator: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const parts = Object.values((group.value ?? {}) as Record<string, string>).map((part) => (part ?? '').trim());
  const filled = parts.filter((part) => part !== '').length;
  return filled === 0 || filled === parts.length ? null : { addressIncomplete: true };
};

export type RepresentativeForm = FormGroup<{
  kind: FormControl<RepresentativeKind | ''>;
  name: FormControl<string>;
  phone: FormControl<string>;
  email: FormControl<string>;
}>;

/** Mirrors `CreateClientRequest`, so the API's field paths (`address.postcode`) find their control. */
export type ClientForm = FormGroup<{
  teamId: FormControl<string>;
  givenName: FormControl<string>;
  familyNamePrefix: FormControl<string>;
  familyName: FormControl<string>;
  dateOfBirth: FormControl<string>;
  phone: FormControl<string>;
  email: FormControl<string>;
  address: FormGroup<{
    street: FormControl<string>;
    houseNumber: FormControl<string>;
    postcode: FormControl<string>;
    city: FormControl<string>;
  }>;
  municipality: FormGroup<{ name: FormControl<string>; code: FormControl<string> }>;
  preferredLanguage: FormControl<string>;
  interpreterNeeded: FormControl<boolean>;
  accessibilityNeeds: FormControl<AccessibilityNeed[]>;
  representatives: FormArray<RepresentativeForm>;
  consentGiven: FormControl<boolean>;
  processingConsent: FormGroup<{ givenOn: FormControl<string>; scope: FormControl<string> }>;
}>;

export function buildRepresentativeForm(
  fb: NonNullableFormBuilder,
  representative?: LegalRepresentative,
): RepresentativeForm {
  return fb.group({
    kind: fb.control<RepresentativeKind | ''>(representative?.kind ?? '', Validators.required),
    name: fb.control(representative?.name ?? '', [Validators.required, Validators.maxLength(MAX_TEXT)]),
    phone: fb.control(representative?.phone ?? '', Validators.maxLength(MAX_TEXT)),
    email: fb.control(representative?.email ?? '', [Validators.email, Validators.maxLength(MAX_EMAIL)]),
  });
}

export function buildClientForm(fb: NonNullableFormBuilder, teamId: string): ClientForm {
  return fb.group({
    teamId: fb.control(teamId, Validators.required),
    givenName: fb.control('', [Validators.required, Validators.maxLength(MAX_NAME)]),
    familyNamePrefix: fb.control('', Validators.maxLength(30)),
    familyName: fb.control('', [Validators.required, Validators.maxLength(MAX_NAME)]),
    dateOfBirth: fb.control('', notInFutureDateValidator),
    phone: fb.control('', Validators.maxLength(30)),
    email: fb.control('', [Validators.email, Validators.maxLength(MAX_EMAIL)]),
    address: fb.group(
      {
        street: fb.control('', Validators.maxLength(MAX_TEXT)),
        houseNumber: fb.control('', Validators.maxLength(20)),
        postcode: fb.control('', postcodeValidator),
        city: fb.control('', Validators.maxLength(MAX_NAME)),
      },
      { validators: completeOrEmptyAddressValidator },
    ),
    municipality: fb.group({
      name: fb.control('', [Validators.required, Validators.maxLength(MAX_NAME)]),
      code: fb.control('', [Validators.required, municipalityCodeValidator]),
    }),
    preferredLanguage: fb.control('nl', [Validators.required, Validators.pattern(LANGUAGE_CODE_PATTERN)]),
    interpreterNeeded: fb.control(false),
    accessibilityNeeds: fb.control<AccessibilityNeed[]>([]),
    representatives: fb.array<RepresentativeForm>([]),
    consentGiven: fb.control(false),
    // Enabled only when consent is ticked; a disabled group is neither validated nor sent.
    processingConsent: fb.group({
      givenOn: fb.control({ value: localIsoDate(new Date()), disabled: true }, [
        Validators.required,
        notInFutureDateValidator,
      ]),
      scope: fb.control({ value: '', disabled: true }, [Validators.required, Validators.maxLength(1000)]),
    }),
  });
}

/** The consent fields count (are validated and sent) only while consent is ticked. */
export function syncConsentFields(form: ClientForm): void {
  const consent = form.controls.processingConsent;
  if (form.controls.consentGiven.value) {
    consent.enable({ emitEvent: false });
  } else {
    consent.disable({ emitEvent: false });
  }
}

/** Puts a saved client into the form: to start editing, or to take the saved version after a conflict. */
export function fillClientForm(form: ClientForm, fb: NonNullableFormBuilder, client: ClientView): void {
  form.controls.representatives.clear({ emitEvent: false });
  for (const representative of client.representatives) {
    form.controls.representatives.push(buildRepresentativeForm(fb, representative), { emitEvent: false });
  }
  const consent = client.processingConsent;
  form.reset({
    teamId: client.teamId,
    givenName: client.givenName,
    familyNamePrefix: client.familyNamePrefix ?? '',
    familyName: client.familyName,
    dateOfBirth: client.dateOfBirth ?? '',
    phone: client.phone ?? '',
    email: client.email ?? '',
    address: {
      street: client.address?.street ?? '',
      houseNumber: client.address?.houseNumber ?? '',
      postcode: client.address?.postcode ?? '',
      city: client.address?.city ?? '',
    },
    municipality: { name: client.municipality.name, code: client.municipality.code },
    preferredLanguage: client.preferredLanguage,
    interpreterNeeded: client.interpreterNeeded,
    accessibilityNeeds: [...client.accessibilityNeeds],
    representatives: client.representatives.map((r) => ({
      kind: r.kind,
      name: r.name,
      phone: r.phone ?? '',
      email: r.email ?? '',
    })),
    consentGiven: consent !== null,
    processingConsent: { givenOn: consent?.givenOn ?? localIsoDate(new Date()), scope: consent?.scope ?? '' },
  });
  syncConsentFields(form);
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Call only on a valid form. */
export function toCreateClientRequest(form: ClientForm): CreateClientRequest {
  return { teamId: form.controls.teamId.value, ...toClientChanges(form) };
}

/** Every field of a client but its team (which an edit cannot change); the store adds the version. */
export type ClientChanges = Omit<CreateClientRequest, 'teamId'> & Omit<UpdateClientRequest, 'version'>;

/** The client as the form holds it, without the version. Call only on a valid form. */
export function toClientChanges(form: ClientForm): ClientChanges {
  const value = form.getRawValue();
  const address = value.address;
  const hasAddress = Object.values(address).some((part) => part.trim() !== '');
  return {
    givenName: value.givenName.trim(),
    familyNamePrefix: orNull(value.familyNamePrefix),
    familyName: value.familyName.trim(),
    dateOfBirth: orNull(value.dateOfBirth),
    phone: orNull(value.phone),
    email: orNull(value.email),
    address: hasAddress
      ? {
          street: address.street.trim(),
          houseNumber: address.houseNumber.trim(),
          postcode: normalisePostcode(address.postcode),
          city: address.city.trim(),
        }
      : null,
    municipality: { name: value.municipality.name.trim(), code: value.municipality.code.trim().toUpperCase() },
    preferredLanguage: value.preferredLanguage,
    interpreterNeeded: value.interpreterNeeded,
    accessibilityNeeds: value.accessibilityNeeds,
    representatives: value.representatives.map((r) => ({
      kind: r.kind as RepresentativeKind,
      name: r.name.trim(),
      phone: orNull(r.phone),
      email: orNull(r.email),
    })),
    processingConsent: value.consentGiven
      ? { givenOn: value.processingConsent.givenOn, scope: value.processingConsent.scope.trim() }
      : null,
  };
}

/** A saved client as the form would send it: the base an edit is compared with. */
export function clientChangesOf(fb: NonNullableFormBuilder, client: ClientView): ClientChanges {
  const form = buildClientForm(fb, client.teamId);
  fillClientForm(form, fb, client);
  return toClientChanges(form);
}
