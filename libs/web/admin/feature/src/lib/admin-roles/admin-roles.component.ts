import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ROLES, ROLE_LABELS, type Role } from '@naast/contracts';
import { I18n, WebPaths } from '@naast/web-core';
import { ACCOUNT_ADMIN_MESSAGES } from '../account-admin.messages';

interface RoleRights {
  can: string[];
  cannot: string[];
}

/** What each role may do, as the API's authorization rules enforce it (docs/security.md). */
const RIGHTS: Record<'nl' | 'en', Record<Role, RoleRights>> = {
  nl: {
    supporter: {
      can: [
        'Cliënten en ondersteuningsvragen van de eigen teams inzien, registreren en bijwerken',
        'Gesprekken, plannen, procedures en signalen vastleggen',
        'Vrijwilligers aan een ondersteuningsvraag koppelen',
        'Eigen nevenfuncties opgeven',
      ],
      cannot: ['Cliënten van andere teams zien', 'Gebruikers, teams of instellingen beheren'],
    },
    volunteer: {
      can: [
        'De ondersteuningsvragen waaraan hij of zij gekoppeld is inzien: naam en woonplaats van de cliënt, de vraag en de gesprekken',
        'Eigen gesprekken vastleggen en eigen acties uit het plan afvinken',
      ],
      cannot: [
        'Cliëntdossiers openen (geboortedatum, adres, contactgegevens, vertegenwoordigers)',
        'Andere ondersteuningsvragen zien',
        'Gebruikers, teams of instellingen beheren',
      ],
    },
    team_lead: {
      can: [
        'Alles van de eigen teams inzien en bijwerken, zoals een cliëntondersteuner',
        'Het caseloadoverzicht en de bereikrapportage bekijken',
        'De toegangslog van de eigen teams raadplegen',
      ],
      cannot: ['Cliënten van andere teams zien', 'Gebruikers, teams of instellingen beheren'],
    },
    admin: {
      can: [
        'Gebruikers aanmaken, hun rol en teams wijzigen, blokkeren en deblokkeren',
        'Tweestapsverificatie van een gebruiker opnieuw laten instellen',
        'Teams aanmaken, hernoemen en samenstellen',
        'De instellingen van de organisatie en de tekst van de rolkaart beheren',
        'De bereikrapportage bekijken (alleen totalen)',
      ],
      cannot: ['Cliëntgegevens inzien of wijzigen', 'Het eigen account blokkeren of de laatste beheerder weghalen'],
    },
  },
  en: {
    supporter: {
      can: [
        'View, register and update clients and support requests of their own teams',
        'Record visits, plans, procedures and signals',
        'Link volunteers to a support request',
        'Declare their own affiliations',
      ],
      cannot: ["See other teams' clients", 'Manage users, teams or settings'],
    },
    volunteer: {
      can: [
        "View the support requests they are linked to: the client's name and town, the question and the visits",
        'Record their own visits and tick off their own plan actions',
      ],
      cannot: [
        'Open client records (date of birth, address, contact details, representatives)',
        'See other support requests',
        'Manage users, teams or settings',
      ],
    },
    team_lead: {
      can: [
        'View and update everything of their own teams, as a supporter does',
        'View the caseload review and the reach report',
        'Consult the access log of their own teams',
      ],
      cannot: ["See other teams' clients", 'Manage users, teams or settings'],
    },
    admin: {
      can: [
        'Create users, change their role and teams, block and unblock them',
        "Have a user's two-step verification set up again",
        'Create, rename and staff teams',
        "Manage the organisation's settings and the role card text",
        'View the reach report (totals only)',
      ],
      cannot: ['View or change client data', 'Block their own account or remove the last administrator'],
    },
  },
};

/** "Rollen": a read-only explanation of what each role may do. */
@Component({
  selector: 'naast-admin-roles',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @let t = text();
    <p>
      <a [routerLink]="adminPath">{{ t.back }}</a>
    </p>
    <h1>{{ t.rolesTitle }}</h1>
    <p class="intro">{{ t.rolesIntro }}</p>
    @for (role of roles(); track role.role) {
      <section [attr.aria-labelledby]="'role-' + role.role" class="role">
        <h2 [id]="'role-' + role.role">{{ role.label }}</h2>
        <h3>{{ t.roleCan }}</h3>
        <ul>
          @for (item of role.rights.can; track item) {
            <li>{{ item }}</li>
          }
        </ul>
        <h3>{{ t.roleCannot }}</h3>
        <ul>
          @for (item of role.rights.cannot; track item) {
            <li>{{ item }}</li>
          }
        </ul>
        <p>
          <strong>{{ t.roleSecondFactor }}:</strong> {{ role.secondFactor }}
        </p>
      </section>
    }
  `,
  styles: `
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    .role {
      max-width: 48rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      padding-bottom: 8px;
    }
    h3 {
      font: var(--mat-sys-title-small);
      margin-bottom: 0;
    }
  `,
})
export class AdminRolesComponent {
  private readonly i18n = inject(I18n);
  protected readonly text = this.i18n.messages(ACCOUNT_ADMIN_MESSAGES);
  protected readonly adminPath = `/${WebPaths.admin}`;
  protected readonly roles = computed(() => {
    const language = this.i18n.language();
    const t = this.text();
    return ROLES.map((role) => ({
      role,
      label: this.i18n.label(ROLE_LABELS[role]),
      rights: RIGHTS[language][role],
      secondFactor: role === 'admin' || role === 'team_lead' ? t.always : t.byPolicy,
    }));
  });
}
