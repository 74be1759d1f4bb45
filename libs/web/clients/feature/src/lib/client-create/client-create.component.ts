import { ChangeDetectionStrategy, Component, ElementRef, Injector, computed, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import type { ApiError, FieldError } from '@naast/contracts';
import { ClientsApiService } from '@naast/web-clients-data-access';
import {
  CORE_MESSAGES,
  FormErrorSummaryComponent,
  I18n,
  SessionStore,
  WebPaths,
  applyFieldErrors,
  clientUrl,
  describeApiError,
  focusFirstInvalidField,
  revealFormErrors,
  requestOutcome,
} from '@naast/web-core';
import { CLIENTS_MESSAGES } from '../clients.messages';
import { buildClientForm, toCreateClientRequest } from '../client-form/client-form';
import { ClientFormComponent } from '../client-form/client-form.component';

/** "Nieuwe cliënt": only what support needs (no BSN), with consent recorded. */
@Component({
  selector: 'naast-client-create',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, ClientFormComponent, FormErrorSummaryComponent],
  templateUrl: './client-create.component.html',
  styleUrl: './client-create.component.scss',
})
export class ClientCreateComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly api = inject(ClientsApiService);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private readonly session = inject(SessionStore);

  protected readonly text = this.i18n.messages(CLIENTS_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly teams = computed(() => this.session.user()?.teams ?? []);
  protected readonly form = buildClientForm(this.fb, this.teams()[0]?.id ?? '');
  protected readonly cancelUrl = `/${WebPaths.clients}`;
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly unmatchedErrors = signal<FieldError[]>([]);
  protected readonly failureMessage = computed(() => {
    const failure = this.failure();
    return failure ? describeApiError(failure, this.coreText().errors) : null;
  });

  protected async saveClient(): Promise<void> {
    if (this.saving()) {
      return;
    }
    this.submitted.set(true);
    this.failure.set(null);
    this.unmatchedErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    const outcome = await requestOutcome(this.api.create(toCreateClientRequest(this.form)));
    this.saving.set(false);
    if (outcome.ok) {
      await this.router.navigateByUrl(clientUrl(outcome.value.id));
      return;
    }
    this.failure.set(outcome.error);
    this.unmatchedErrors.set(applyFieldErrors(this.form, outcome.error.details));
    revealFormErrors(this.host.nativeElement, this.injector);
  }
}
