import {
  DEFAULT_ROLE_CARD_SECTIONS,
  affiliationValidOn,
  fillRoleCardText,
  partiesMatch,
  partyNameKey,
} from './independence';

describe('independence rules', () => {
  it('compares party names ignoring case, accents and extra white space', () => {
    expect(partyNameKey('  Zorggroep   Één ')).toBe('zorggroep een');
    expect(
      partiesMatch({ kind: 'zorgaanbieder', name: 'Zorggroep Één' }, { kind: 'zorgaanbieder', name: 'ZORGGROEP EEN' }),
    ).toBe(true);
  });

  it('does not match parties of another kind or a merely similar name', () => {
    expect(partiesMatch({ kind: 'zorgaanbieder', name: 'Buurtzorg' }, { kind: 'gemeente', name: 'Buurtzorg' })).toBe(
      false,
    );
    expect(
      partiesMatch({ kind: 'zorgaanbieder', name: 'Buurtzorg' }, { kind: 'zorgaanbieder', name: 'Buurtzorg Noord' }),
    ).toBe(false);
  });

  it('counts an affiliation on the days within its dates, open ends included', () => {
    const affiliation = { validFrom: '2024-01-01', validUntil: '2024-12-31' };
    expect(affiliationValidOn(affiliation, '2024-01-01')).toBe(true);
    expect(affiliationValidOn(affiliation, '2024-12-31')).toBe(true);
    expect(affiliationValidOn(affiliation, '2025-01-01')).toBe(false);
    expect(affiliationValidOn({ validFrom: null, validUntil: null }, '1990-05-05')).toBe(true);
  });

  it('fills the role card placeholders and names a missing contact detail', () => {
    const text = fillRoleCardText('{ondersteuner} van {organisatie} helpt {client}. Bel {telefoon} of mail {email}.', {
      clientName: 'Willem Smit',
      supporterName: 'Sanne de Vries',
      organisation: { name: 'Naast', phone: '030 1', email: null },
    });
    expect(text).toBe('Sanne de Vries van Naast helpt Willem Smit. Bel 030 1 of mail onbekend.');
  });

  it('has a default text that says the supporter does not decide and is not paid by the provider', () => {
    expect(DEFAULT_ROLE_CARD_SECTIONS.whatWeDoNot.body).toContain('Wij beslissen niet over uw aanvraag.');
    expect(DEFAULT_ROLE_CARD_SECTIONS.whatWeDoNot.body).toContain('niet betaald door een zorgaanbieder');
  });
});
