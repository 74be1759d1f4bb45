import { Injectable, effect, inject, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type ActivatedRouteSnapshot, type RouterStateSnapshot } from '@angular/router';
import { I18n } from '../i18n/i18n.service';
import type { LocalizedText } from '../i18n/language';

const PAGE_TITLE_KEY = 'pageTitle';

/** Route `data` naming the page in both languages: `data: pageTitle('Mijn caseload', 'My caseload')`. */
export function pageTitle(nl: string, en: string): { [PAGE_TITLE_KEY]: LocalizedText } {
  return { [PAGE_TITLE_KEY]: { nl, en } };
}

/** Every page has a title in the current language (WCAG 2.4.2), updated when the language switches. */
@Injectable({ providedIn: 'root' })
export class LocalizedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly i18n = inject(I18n);
  private readonly current = signal<LocalizedText | null>(null);

  constructor() {
    super();
    effect(() => {
      const page = this.current();
      this.title.setTitle(page ? `${this.i18n.label(page)} – Naast` : 'Naast');
    });
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    let route: ActivatedRouteSnapshot | null = snapshot.root;
    let found: LocalizedText | null = null;
    while (route) {
      const candidate = route.data[PAGE_TITLE_KEY] as LocalizedText | undefined;
      found = candidate ?? found;
      route = route.firstChild;
    }
    this.current.set(found);
  }
}
