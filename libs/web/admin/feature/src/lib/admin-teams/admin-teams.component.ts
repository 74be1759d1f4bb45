import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { ROLE_LABELS, type AdminUserView, type ApiError, type TeamDetail, type TeamView } from '@naast/contracts';
import { CORE_MESSAGES, I18n, WebPaths, describeApiError, requestOutcome } from '@naast/web-core';
import type { Observable } from 'rxjs';
import { ACCOUNT_ADMIN_MESSAGES } from '../account-admin.messages';
import { AdminApiService } from '../admin-api.service';

/** "Teams": create, rename and staff the organisation's teams. */
@Component({
  selector: 'naast-admin-teams',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink],
  templateUrl: './admin-teams.component.html',
  styleUrl: '../admin-home/admin-home.component.scss',
})
export class AdminTeamsComponent implements OnInit {
  private readonly api = inject(AdminApiService);
  private readonly i18n = inject(I18n);

  protected readonly text = this.i18n.messages(ACCOUNT_ADMIN_MESSAGES);
  private readonly coreText = this.i18n.messages(CORE_MESSAGES);
  protected readonly adminPath = `/${WebPaths.admin}`;

  protected readonly teams = signal<TeamView[]>([]);
  private readonly users = signal<AdminUserView[]>([]);
  protected readonly people = computed(() =>
    [...this.users()]
      .sort((a, b) => a.displayName.localeCompare(b.displayName, this.i18n.locale()))
      .map((user) => ({ id: user.id, label: `${user.displayName} (${this.i18n.label(ROLE_LABELS[user.role])})` })),
  );
  protected readonly selected = signal<TeamDetail | null>(null);
  protected newName = '';
  protected renameTo = '';
  protected memberIds: string[] = [];
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly alert = signal<string | null>(null);
  protected readonly nameError = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected toggle(id: string, checked: boolean): void {
    this.memberIds = checked ? [...new Set([...this.memberIds, id])] : this.memberIds.filter((x) => x !== id);
  }

  protected async create(): Promise<void> {
    const done = await this.run(this.api.createTeam(this.newName.trim()), (team) => this.text().teamCreated(team.name));
    if (done) this.newName = '';
  }

  protected async open(team: TeamView): Promise<void> {
    this.clearMessages();
    const outcome = await requestOutcome(this.api.team(team.id));
    if (outcome.ok) this.show(outcome.value);
    else this.fail(outcome.error);
  }

  protected async rename(): Promise<void> {
    const team = this.selected();
    if (team)
      await this.run(this.api.renameTeam(team.id, team.version, this.renameTo.trim()), (saved) =>
        this.text().teamSaved(saved.name),
      );
  }

  protected async saveMembers(): Promise<void> {
    const team = this.selected();
    if (team)
      await this.run(this.api.setTeamMembers(team.id, team.version, this.memberIds), (saved) =>
        this.text().teamSaved(saved.name),
      );
  }

  private show(team: TeamDetail): void {
    this.selected.set(team);
    this.renameTo = team.name;
    this.memberIds = team.members.map((member) => member.id);
  }

  private async run(request: Observable<TeamDetail>, done: (team: TeamDetail) => string): Promise<boolean> {
    this.clearMessages();
    this.busy.set(true);
    const outcome = await requestOutcome(request);
    this.busy.set(false);
    if (outcome.ok) {
      this.notice.set(done(outcome.value));
      if (this.selected()?.id === outcome.value.id) this.show(outcome.value);
      await this.load();
      return true;
    }
    const current = outcome.error.statusCode === 409 ? (outcome.error.current as TeamDetail | undefined) : undefined;
    if (current) {
      this.alert.set(this.text().stale);
      this.show(current);
      await this.load();
      return false;
    }
    const name = outcome.error.details?.find((detail) => detail.field === 'name');
    this.nameError.set(name ? `${this.text().teamName} ${name.reason}.` : null);
    this.fail(outcome.error);
    return false;
  }

  private clearMessages(): void {
    this.notice.set('');
    this.alert.set(null);
    this.nameError.set(null);
  }

  private async load(): Promise<void> {
    const [teams, users] = await Promise.all([requestOutcome(this.api.teams()), requestOutcome(this.api.users())]);
    if (teams.ok) this.teams.set([...teams.value].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale())));
    else this.fail(teams.error);
    if (users.ok) this.users.set(users.value);
    else this.fail(users.error);
  }

  private fail(error: ApiError): void {
    this.alert.set(describeApiError(error, this.coreText().errors));
  }
}
