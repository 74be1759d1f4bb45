import { Injectable } from '@nestjs/common';
import { todayIsoDate, type Actor } from '@naast/api-core';
import { ClientDocument, formatDutchDate } from '@naast/api-documents';
import { formatClientName } from '@naast/contracts';
import { summariseClientPlan, type ClientPlanSummary } from './domain/client-plan-summary';
import { PlanFrame, type PlanAudit } from './plan-frame';

/** The client's own copy of the plan: "Mijn ondersteuningsplan", in plain Dutch (B1). */
@Injectable()
export class PlanPrintService {
  constructor(private readonly frame: PlanFrame) {}

  async clientPdf(actor: Actor, caseId: string, largePrint: boolean): Promise<Buffer> {
    const { summary, issuer } = await this.frame.transaction(async (manager) => {
      const audit: PlanAudit = { action: 'read', entity: 'plan', entityId: null };
      const facts = await this.frame.readable(manager, actor, caseId, audit);
      const plan = await this.frame.view(manager, actor, facts);
      const [client] = await manager.query<
        { givenName: string; familyNamePrefix: string | null; familyName: string }[]
      >(
        `SELECT given_name AS "givenName", family_name_prefix AS "familyNamePrefix", family_name AS "familyName"
           FROM clients WHERE id = $1 AND organisation_id = $2`,
        [facts.clientId, actor.organisationId],
      );
      await this.frame.log(
        manager,
        actor,
        facts,
        { ...audit, entityId: plan.id },
        largePrint ? 'print, large' : 'print',
      );
      const clientName = client ? formatClientName(client) : '';
      return {
        summary: summariseClientPlan(plan, clientName, todayIsoDate(), formatDutchDate),
        issuer: plan.contact.organisation.name,
      };
    });

    return renderClientPlan(summary, issuer, largePrint);
  }
}

/** Lays the summary out as "Mijn ondersteuningsplan": goals per domain, who does what, when we look back, contact. */
export function renderClientPlan(summary: ClientPlanSummary, issuer: string, largePrint: boolean): Promise<Buffer> {
  const document = new ClientDocument({ title: 'Mijn ondersteuningsplan', issuer, largePrint });
  for (const line of summary.intro) document.intro(line);
  document.heading('Mijn doelen');
  if (summary.domains.length === 0) document.paragraph('We hebben nog geen doelen opgeschreven.');
  for (const domain of summary.domains) document.subheading(domain.label).bullets(domain.goals);
  document.heading('Wie doet wat?');
  if (summary.todo.length === 0) document.paragraph('Er staat nu niets open.');
  else document.bullets(summary.todo);
  if (summary.done.length > 0) document.subheading('Dit is al gedaan').bullets(summary.done);
  document.heading('Wanneer kijken we samen terug?').paragraph(summary.nextEvaluation);
  document.heading('Vragen? Neem contact op');
  for (const { label, value } of summary.contact) document.labelled(label, value);
  return document.toBuffer();
}
