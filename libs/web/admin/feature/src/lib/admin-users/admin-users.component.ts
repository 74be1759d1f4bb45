import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  ROLES,
  ROLE_LABELS,
  type AdminUserView,
  type ApiError,
  type FieldError,
  type Role,
  type TeamView,
} from '@naast/contracts';
import { CORE_MESSAGES, I18n, WebPaths, describeApiError, requestOutcome } from '@naast/web-core';
import type { Observable } from 'rxjs';
import { ACCOUNT_ADMIN_MESSAGES } from '../account-admin.messages';
import { ADMIN_MESSAGES } from '../admin.messages';
import { AdminApiService } from '../admin-api.service';

interface UserDraft {
  email: string;
  displayName: string;
  role: Role;
  teamIds: string[];
  password: string;
}

const emptyDraft = (): UserDraft => ({ email: '', displayName: '', role: 'supporter', teamIds: [], password: '' });

/** "Gebruikers": create accounts, change role and teams, block and unblock, reset two-step verification. */
@Component({
  selector: 'naast-admin-users',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink],
  templateUrl: './admin-users.component.html',
  styleUrl: '../admin-home/admin-home.component.scss',
})
export class AdminUsersComponent implements OnInit {
  private readonly api = inject(AdminApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(ACCOUNT_ADMIN_MESSAGES);
  protected readonly adminText = this.i18n.messages(ADMIN_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly adminPath = `/${WebPaths.admin}`;
  protected readonly roles = computed(() => ROLES.map((role) => ({ role, label: this.i18n.label(ROLE_LABELS[role]) })));

  private readonly users = signal<AdminUserView[] | null>(null);
  protected readonly teams = signal<TeamView[]>([]);
  protected readonly rows = computed(() =>
    [...(this.users() ?? [])]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale()))
      .map((user) => ({
        user,
        roleLabel: this.i18n.label(ROLE_LABELS[user.role]),
        teamNames: user.teams.map((team) => team.name).join(', '),
        statusLabel: user.active ? this.adminText().active : this.adminText().inactive,
        lastLogin: user.lastLoginAt ? this.i18n.formatDate(user.lastLoginAt, 'dateTime') : this.adminText().never,
        secondFactor: user.secondFactorEnrolled ? this.text().enrolled : this.text().notEnrolled,
      })),
  );

  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly alert = signal<string | null>(null);

  /** The new-user form. */
  protected draft: UserDraft = emptyDraft();
  protected readonly createErrors = signal<Record<string, string>>({});
  /** The user being edited, with the version the edit is based on. */
  protected readonly editing = signal<AdminUserView | null>(null);
  protected editDraft = { displayName: '', role: 'supporter' as Role, teamIds: [] as string[] };
  protected readonly editErrors = signal<Record<string, string>>({});

  ngOnInit(): void {
    void this.load();
  }

  protected toggle(list: string[], id: string, checked: boolean): string[] {
    return checked ? [...new Set([...list, id])] : list.filter((x) => x !== id);
  }

  protected async create(): Promise<void> {
    this.clearMessages();
    this.busy.set(true);
    const outcome = await requestOutcome(this.api.createUser({ ...this.draft, email: this.draft.email.trim() }));
    this.busy.set(false);
    if (outcome.ok) {
      this.notice.set(this.text().created(outcome.value.displayName));
      this.draft = emptyDraft();
      this.createErrors.set({});
      await this.load();
      return;
    }
    this.createErrors.set(this.fieldMessages(outcome.error.details ?? []));
    this.alert.set(describeApiError(outcome.error, this.coreText().errors));
  }

  protected startEdit(user: AdminUserView): void {
    this.clearMessages();
    this.editErrors.set({});
    this.editDraft = { displayName: user.displayName, role: user.role, teamIds: user.teams.map((team) => team.id) };
    this.editing.set(user);
  }

  protected cancelEdit(): void {
    this.editing.set(null);
  }

  protected async saveEdit(): Promise<void> {
    const user = this.editing();
    if (!user) return;
    this.clearMessages();
    const done = await this.run(
      this.api.updateUser(user.id, { version: user.version, ...this.editDraft }),
      (saved) => this.text().saved(saved.displayName),
      (details) => this.editErrors.set(this.fieldMessages(details)),
    );
    if (done) this.editing.set(null);
  }

  protected async disable(user: AdminUserView): Promise<void> {
    if (!window.confirm(this.text().confirmDisable(user.displayName))) return;
    this.clearMessages();
    await this.run(this.api.disableUser(user.id, user.version), (saved) => this.text().disabled(saved.displayName));
  }

  protected async enable(user: AdminUserView): Promise<void> {
    this.clearMessages();
    await this.run(this.api.enableUser(user.id, user.version), (saved) => this.text().enabled(saved.displayName));
  }

  protected async resetSecondFactor(user: AdminUserView): Promise<void> {
    if (!window.confirm(this.text().confirmReset(user.displayName))) return;
    this.clearMessages();
    await this.run(this.api.resetSecondFactor(user.id), () => this.text().reset(user.displayName));
  }

  /** Sends a change; on success shows the notice and reloads, on 409 reloads the current state. */
  private async run<T>(
    request: Observable<T>,
    done: (value: T) => string,
    onFields?: (details: FieldError[]) => void,
  ): Promise<boolean> {
    this.busy.set(true);
    const outcome = await requestOutcome(request);
    this.busy.set(false);
    if (outcome.ok) {
      this.notice.set(done(outcome.value));
      await this.load();
      return true;
    }
    if (outcome.error.statusCode === 409 && outcome.error.current) {
      this.alert.set(this.text().stale);
      this.editing.set(null);
      await this.load();
      return false;
    }
    onFields?.(outcome.error.details ?? []);
    this.fail(outcome.error);
    return false;
  }

  private fieldMessages(details: FieldError[]): Record<string, string> {
    const t = this.text();
    const labels: Record<string, string> = {
      email: t.email,
      displayName: t.displayName,
      role: t.role,
      teamIds: t.teams,
      password: t.initialPassword,
    };
    return Object.fromEntries(
      details.map((detail) => [detail.field, `${labels[detail.field] ?? detail.field} ${detail.reason}.`]),
    );
  }

  private clearMessages(): void {
    this.notice.set('');
    this.alert.set(null);
  }

  private async load(): Promise<void> {
    const [users, teams] = await Promise.all([requestOutcome(this.api.users()), requestOutcome(this.api.teams())]);
    if (users.ok) this.users.set(users.value);
    else this.fail(users.error);
    if (teams.ok) this.teams.set([...teams.value].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())));
    else this.fail(teams.error);
  }

  private fail(error: ApiError): void {
    this.alert.set(describeApiError(error, this.coreText().errors));
  }
}
