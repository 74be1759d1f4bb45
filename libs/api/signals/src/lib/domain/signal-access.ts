import { canEditCase, canReadCase, type CaseAccessFacts, type CaseSubject } from '@naast/api-cases';

/**
 * Who records a barrier on a case: whoever meets it there. The lead supporter, the team leads of
 * the case's team and the linked volunteers (a volunteer meets barriers on home visits). Other
 * supporters of the team read the case but do not write in it. A closed case still takes signals:
 * a barrier is often written down after the fact.
 */
export function canRecordSignal(actor: CaseSubject, facts: CaseAccessFacts): boolean {
  switch (actor.role) {
    case 'volunteer':
      return facts.volunteerIds.includes(actor.userId);
    case 'supporter':
      return facts.leadSupporterId === actor.userId;
    case 'team_lead':
      return facts.leadSupporterId === actor.userId || actor.teamIds.includes(facts.teamId);
    case 'admin':
      return false;
  }
}

/** A volunteer sees the signals they recorded; supporters and team leads every signal of a case they read. */
export function canReadSignal(actor: CaseSubject, facts: CaseAccessFacts, recordedById: string): boolean {
  if (!canReadCase(actor, facts)) return false;
  return actor.role === 'volunteer' ? recordedById === actor.userId : true;
}

/**
 * A signal is changed and followed up by its author (while they still read the case), the lead
 * supporter or a team lead of the case's team.
 */
export function canEditSignal(actor: CaseSubject, facts: CaseAccessFacts, recordedById: string): boolean {
  if (!canReadCase(actor, facts)) return false;
  return recordedById === actor.userId || canEditCase(actor, facts);
}
