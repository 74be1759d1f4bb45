import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AccountSession,
  type ApiError,
  type FieldError,
} from '@naast/contracts';
import { CORE_MESSAGES, I18n, WebPaths, describeApiError, requestOutcome } from '@naast/web-core';
import type { Observable } from 'rxjs';
import { ACCOUNT_MESSAGES } from '../account.messages';
import { AccountApiService } from '../account-api.service';

type PasswordField = 'currentPassword' | 'newPassword';

/** "Mijn account": where I am signed in, ending sessions, and changing my password. */
@Component({
  selector: 'naast-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, RouterLink],
  templateUrl: './account-page.component.html',
  styleUrl: './account-page.component.scss',
})
export class AccountPageComponent implements OnInit {
  private readonly api = inject(AccountApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(ACCOUNT_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly maxLength = PASSWORD_MAX_LENGTH;
  protected readonly secondFactorPath = `/${WebPaths.accountSecondFactor}`;

  private readonly sessions = signal<AccountSession[] | null>(null);
  protected readonly rows = computed(() =>
    (this.sessions() ?? []).map((session) => ({
      ...session,
      browser: session.userAgent ?? this.text().unknown,
      address: session.ip ?? this.text().unknown,
      signedInAt: this.i18n.formatDate(session.createdAt, 'dateTime'),
      lastActive: this.i18n.formatDate(session.lastActiveAt, 'dateTime'),
    })),
  );
  protected readonly hasOthers = computed(() => this.rows().some((row) => !row.current));
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly alert = signal<string | null>(null);

  protected currentPassword = '';
  protected newPassword = '';
  protected readonly fieldErrors = signal<Partial<Record<PasswordField, string>>>({});
  protected readonly passwordNotice = signal('');
  protected readonly passwordAlert = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async endSession(session: AccountSession): Promise<void> {
    await this.act(this.api.endSession(session.id), () => this.text().ended);
  }

  protected async endOthers(): Promise<void> {
    await this.act(this.api.endOtherSessions(), (ended) => this.text().endedOthers(ended?.ended ?? 0));
  }

  protected async changePassword(): Promise<void> {
    this.passwordNotice.set('');
    this.passwordAlert.set(null);
    const t = this.text();
    const errors: Partial<Record<PasswordField, string>> = {};
    if (!this.currentPassword) errors.currentPassword = t.currentRequired;
    const length = [...this.newPassword].length;
    if (length < PASSWORD_MIN_LENGTH) errors.newPassword = t.tooShort;
    else if (length > PASSWORD_MAX_LENGTH) errors.newPassword = t.tooLong;
    this.fieldErrors.set(errors);
    if (Object.keys(errors).length > 0) return;
    this.busy.set(true);
    const outcome = await requestOutcome(
      this.api.changePassword({ currentPassword: this.currentPassword, newPassword: this.newPassword }),
    );
    this.busy.set(false);
    if (outcome.ok) {
      this.currentPassword = '';
      this.newPassword = '';
      this.passwordNotice.set(t.changed);
      await this.load();
      return;
    }
    this.fieldErrors.set(this.passwordFieldErrors(outcome.error.details ?? []));
    this.passwordAlert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  private passwordFieldErrors(details: FieldError[]): Partial<Record<PasswordField, string>> {
    const labels: Record<PasswordField, string> = {
      currentPassword: this.text().currentPassword,
      newPassword: this.text().newPassword,
    };
    const errors: Partial<Record<PasswordField, string>> = {};
    for (const detail of details) {
      if (detail.field === 'currentPassword' || detail.field === 'newPassword')
        errors[detail.field] = `${labels[detail.field]} ${detail.reason}.`;
    }
    return errors;
  }

  private async act<T>(request: Observable<T>, done: (value: T | undefined) => string): Promise<void> {
    this.notice.set('');
    this.alert.set(null);
    this.busy.set(true);
    const outcome = await requestOutcome(request);
    this.busy.set(false);
    if (outcome.ok) {
      this.notice.set(done(outcome.value));
      await this.load();
    } else {
      this.fail(outcome.error);
    }
  }

  private async load(): Promise<void> {
    const outcome = await requestOutcome(this.api.sessions());
    if (outcome.ok) {
      // This session first, then the most recently active.
      this.sessions.set(
        [...outcome.value].sort(
          (a, b) => Number(b.current) - Number(a.current) || b.lastActiveAt.localeCompare(a.lastActiveAt),
        ),
      );
    } else {
      this.fail(outcome.error);
    }
  }

  private fail(error: ApiError): void {
    this.alert.set(describeApiError(error, this.coreText().errors));
  }
}
