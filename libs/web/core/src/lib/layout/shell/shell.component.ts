import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ROLE_LABELS, type Role } from '@naast/contracts';
import { filter, skip } from 'rxjs';
import { SessionStore } from '../../auth/session.store';
import { CORE_MESSAGES, type CoreMessages } from '../../i18n/core.messages';
import { I18n } from '../../i18n/i18n.service';
import { WebPaths } from '../../routing/web-paths';
import { LanguageSwitchComponent } from '../language-switch/language-switch.component';

interface NavLink {
  path: string;
  label: keyof CoreMessages['nav'];
  /** Exact match, so "Mijn caseload" is not also active on "Caseload team". */
  exact: boolean;
}

const NAV_LINKS: Record<Role, NavLink[]> = {
  supporter: [
    { path: `/${WebPaths.myWork}`, label: 'myWork', exact: false },
    { path: `/${WebPaths.caseload}`, label: 'myCaseload', exact: true },
    { path: `/${WebPaths.clients}`, label: 'clients', exact: false },
    { path: `/${WebPaths.independence}`, label: 'independence', exact: false },
  ],
  volunteer: [
    { path: `/${WebPaths.links}`, label: 'myLinks', exact: false },
    { path: `/${WebPaths.independence}`, label: 'independence', exact: false },
  ],
  team_lead: [
    { path: `/${WebPaths.caseloadReview}`, label: 'caseloadReview', exact: false },
    { path: `/${WebPaths.teamCaseload}`, label: 'teamCaseload', exact: false },
    { path: `/${WebPaths.clients}`, label: 'clients', exact: false },
    { path: `/${WebPaths.independence}`, label: 'independence', exact: false },
    { path: `/${WebPaths.reach}`, label: 'reach', exact: false },
    { path: `/${WebPaths.privacy}`, label: 'privacy', exact: false },
  ],
  admin: [
    { path: `/${WebPaths.admin}`, label: 'admin', exact: false },
    { path: `/${WebPaths.independence}`, label: 'independence', exact: false },
    { path: `/${WebPaths.reach}`, label: 'reach', exact: false },
    { path: `/${WebPaths.privacy}`, label: 'privacy', exact: false },
  ],
};

/** The frame of every signed-in page: skip link, banner with navigation, and the main landmark. */
@Component({
  selector: 'naast-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule, LanguageSwitchComponent],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18n);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly text = this.i18n.messages(CORE_MESSAGES);
  protected readonly user = this.session.user;
  /** The signed-in name links to the user's own account page (sessions, password). */
  protected readonly accountPath = `/${WebPaths.account}`;
  protected readonly navLinks = computed(() => {
    const role = this.session.role();
    return role ? NAV_LINKS[role] : [];
  });
  protected readonly signedInAs = computed(() => {
    const user = this.user();
    return user ? this.text().signedInAs(user.displayName, this.i18n.label(ROLE_LABELS[user.role])) : '';
  });

  constructor() {
    const injector = inject(Injector);
    // After a navigation inside the app, focus goes to the new page's heading, as on a page load.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => afterNextRender({ read: () => this.focusPageStart() }, { injector }));
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.focusPageStart();
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut().catch(() => undefined);
    await this.router.navigate([`/${WebPaths.login}`]);
  }

  private focusPageStart(): void {
    const main = this.main().nativeElement;
    const heading = main.querySelector<HTMLElement>('h1');
    const target = heading ?? main;
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  }
}
