import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import {
  AFFILIATION_KIND_LABELS,
  OVERRIDE_JUSTIFICATION_MAX_LENGTH,
  describeTie,
  type CaseIndependenceView,
} from '@naast/contracts';

const TEXT = {
  nl: {
    title: 'Onafhankelijkheid',
    none: 'Niemand op deze casus heeft een band met een betrokken partij.',
    warnings: 'Let op: band met een betrokken partij',
    overrides: 'Toegestaan door een teamleider',
    decided: (who: string, when: string) => `Toegestaan door ${who} op ${when}`,
    justification: 'Onderbouwing',
    justificationHint: `Waarom kan deze persoon toch op de casus blijven? Minstens 10 tekens.`,
    allow: 'Toestaan met deze onderbouwing',
    onlyTeamLead: 'Een teamleider van het team beslist of dit mag.',
    roleCard: 'Rolkaart afdrukken',
  },
  en: {
    title: 'Independence',
    none: 'Nobody on this case has a tie to an involved party.',
    warnings: 'Attention: tie to an involved party',
    overrides: 'Allowed by a team lead',
    decided: (who: string, when: string) => `Allowed by ${who} on ${when}`,
    justification: 'Justification',
    justificationHint: 'Why may this person stay on the case? At least 10 characters.',
    allow: 'Allow with this justification',
    onlyTeamLead: 'A team lead of the team decides whether this is allowed.',
    roleCard: 'Print role card',
  },
};

/**
 * The case's independence: ties of the people on it to its involved parties (warnings), the
 * overrides team leads recorded, and the link to the role card for the client.
 */
@Component({
  selector: 'naast-case-independence-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButtonModule, RouterLink],
  templateUrl: './case-independence-panel.component.html',
  styleUrl: './case-independence-panel.component.scss',
})
export class CaseIndependencePanelComponent {
  readonly view = input<CaseIndependenceView | null>(null);
  readonly roleCardUrl = input.required<string>();
  readonly saving = input(false);
  readonly language = input<'nl' | 'en'>('nl');
  /** A refusal of the last override, to show next to the field. */
  readonly error = input<string | null>(null);
  readonly overrideRequested = output<string>();

  protected readonly text = computed(() => TEXT[this.language()]);
  protected readonly maxLength = OVERRIDE_JUSTIFICATION_MAX_LENGTH;
  protected readonly justification = signal('');
  protected readonly warnings = computed(() =>
    (this.view()?.warnings ?? []).map((tie) => ({
      key: `${tie.person.id}-${tie.affiliation.id}-${tie.party.name}`,
      text: describeTie(tie),
    })),
  );
  protected readonly overrides = computed(() =>
    (this.view()?.overrides ?? []).map((o) => ({
      id: o.id,
      tie: describeTie({
        person: o.person,
        affiliation: {
          id: '',
          kind: o.affiliationKind,
          party: o.party,
          description: o.affiliationDescription,
          validFrom: null,
          validUntil: null,
        },
        party: { kind: o.party.kind, name: o.party.name },
      }),
      kind: AFFILIATION_KIND_LABELS[o.affiliationKind][this.language()],
      justification: o.justification,
      decided: this.text().decided(
        o.decidedBy.displayName,
        new Date(o.decidedAt).toLocaleDateString(this.language() === 'nl' ? 'nl-NL' : 'en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      ),
    })),
  );

  protected allow(): void {
    const justification = this.justification().trim();
    if (justification.length > 0) this.overrideRequested.emit(justification);
  }
}
