import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { ROLE_LABELS, type AdminUserView, type ApiError, type TeamView } from '@naast/contracts';
import { CORE_MESSAGES, I18n, describeApiError, requestOutcome } from '@naast/web-core';
import { RouterLink } from '@angular/router';
import { ACCOUNT_ADMIN_MESSAGES } from '../account-admin.messages';
import { ADMIN_MESSAGES } from '../admin.messages';
import { AdminApiService } from '../admin-api.service';
import { OrganisationSettingsComponent } from '../organisation-settings/organisation-settings.component';
import { RetentionDryRunComponent } from '@naast/web-retention-data-access';

/** "Beheer": the organisation's users and teams; never client content. */
@Component({
  selector: 'naast-admin-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OrganisationSettingsComponent, RetentionDryRunComponent, RouterLink],
  templateUrl: './admin-home.component.html',
  styleUrl: './admin-home.component.scss',
})
export class AdminHomeComponent implements OnInit {
  private readonly api = inject(AdminApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(ADMIN_MESSAGES);
  protected readonly accountText = this.i18n.messages(ACCOUNT_ADMIN_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  private readonly users = signal<AdminUserView[] | null>(null);
  protected readonly teams = signal<TeamView[] | null>(null);
  private readonly failure = signal<ApiError | null>(null);
  protected readonly userRows = computed(() =>
    (this.users() ?? []).map((user) => ({
      ...user,
      roleLabel: this.i18n.label(ROLE_LABELS[user.role]),
      teamNames: user.teams.map((team) => team.name).join(', '),
      statusLabel: user.active ? this.text().active : this.text().inactive,
      lastLogin: user.lastLoginAt ? this.i18n.formatDate(user.lastLoginAt, 'dateTime') : this.text().never,
    })),
  );
  protected readonly usersLoaded = computed(() => this.users() !== null);
  protected readonly errorMessage = computed(() => {
    const failure = this.failure();
    return failure ? describeApiError(failure, this.coreText().errors) : null;
  });

  ngOnInit(): void {
    void this.loadUsers();
    void this.loadTeams();
  }

  private async loadUsers(): Promise<void> {
    const outcome = await requestOutcome(this.api.users());
    if (outcome.ok) {
      this.users.set([...outcome.value].sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale())));
    } else {
      this.failure.set(outcome.error);
    }
  }

  private async loadTeams(): Promise<void> {
    const outcome = await requestOutcome(this.api.teams());
    if (outcome.ok) {
      this.teams.set([...outcome.value].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())));
    } else {
      this.failure.set(outcome.error);
    }
  }
}
