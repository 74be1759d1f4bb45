import { roleCardPdfUrl } from './independence-api.service';

describe('roleCardPdfUrl', () => {
  it('points at the case’s role card PDF, with the id escaped', () => {
    expect(roleCardPdfUrl('c-1')).toBe('/api/cases/c-1/role-card.pdf');
    expect(roleCardPdfUrl('a/b')).toBe('/api/cases/a%2Fb/role-card.pdf');
  });
});
