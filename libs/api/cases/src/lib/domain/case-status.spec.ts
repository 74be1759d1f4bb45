import { CASE_STATUS_TRANSITIONS, CASE_STATUSES, ROLES } from '@naast/contracts';
import { checkStatusChange, closingFieldsAfter } from './case-status';

describe(checkStatusChange.name, () => {
  it('moves a case along aangemeld → intake → actief', () => {
    expect(checkStatusChange('supporter', 'aangemeld', 'intake', undefined)).toMatchObject({ ok: true, reason: null });
    expect(checkStatusChange('supporter', 'intake', 'actief', undefined)).toMatchObject({ ok: true });
  });

  it('refuses to close a case without a reason', () => {
    expect(checkStatusChange('supporter', 'actief', 'afgesloten', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'reason_required' },
    });
    expect(checkStatusChange('supporter', 'actief', 'afgesloten', '   ')).toMatchObject({
      ok: false,
      refusal: { kind: 'reason_required' },
    });
  });

  it('closes a case with a reason, trimmed', () => {
    expect(checkStatusChange('supporter', 'intake', 'afgesloten', '  Vraag beantwoord ')).toMatchObject({
      ok: true,
      reason: 'Vraag beantwoord',
    });
  });

  it('lets only a team lead reopen a closed case, and only with a reason', () => {
    expect(checkStatusChange('supporter', 'afgesloten', 'actief', 'Nieuwe vraag')).toMatchObject({
      ok: false,
      refusal: { kind: 'role_not_allowed' },
    });
    expect(checkStatusChange('team_lead', 'afgesloten', 'actief', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'reason_required' },
    });
    expect(checkStatusChange('team_lead', 'afgesloten', 'actief', 'Nieuwe vraag')).toMatchObject({ ok: true });
  });

  it('refuses a move the table does not list, such as skipping back or staying put', () => {
    expect(checkStatusChange('team_lead', 'actief', 'intake', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'unknown_transition' },
    });
    expect(checkStatusChange('team_lead', 'afgesloten', 'aangemeld', 'x')).toMatchObject({
      ok: false,
      refusal: { kind: 'unknown_transition' },
    });
    expect(checkStatusChange('team_lead', 'intake', 'intake', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'unknown_transition' },
    });
  });

  it('never lets a volunteer or an admin change a status', () => {
    expect(checkStatusChange('volunteer', 'aangemeld', 'intake', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'role_not_allowed' },
    });
    expect(checkStatusChange('admin', 'aangemeld', 'intake', undefined)).toMatchObject({
      ok: false,
      refusal: { kind: 'role_not_allowed' },
    });
  });

  it('agrees with the contract table for every status pair and role', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        for (const role of ROLES) {
          const row = CASE_STATUS_TRANSITIONS.find((t) => t.from === from && t.to === to);
          const allowed = !!row && row.roles.includes(role);
          expect(checkStatusChange(role, from, to, 'reden').ok).toBe(allowed);
        }
      }
    }
  });
});

describe(closingFieldsAfter.name, () => {
  it('stamps the closing day and reason when closing, and clears both when reopening', () => {
    expect(closingFieldsAfter('afgesloten', 'Klaar', '2026-11-29')).toEqual({
      closedOn: '2026-11-29',
      closingReason: 'Klaar',
    });
    expect(closingFieldsAfter('actief', 'Heropend', '2026-11-29')).toEqual({ closedOn: null, closingReason: null });
  });
});
