import { clientAccessLogPdfUrl, inzageJsonUrl, inzagePdfUrl } from './privacy-api.service';

describe('privacy download links', () => {
  const id = '6f1c2a4e-8b7d-4c3e-9a2b-1d0e5f6a7b8c';

  it('point at the client’s routes by id, never by name', () => {
    expect(clientAccessLogPdfUrl(id)).toBe(`/api/clients/${id}/access-log.pdf`);
    expect(inzagePdfUrl(id)).toBe(`/api/clients/${id}/inzage.pdf`);
    expect(inzageJsonUrl(id)).toBe(`/api/clients/${id}/inzage.json`);
  });

  it('escape an id that is not a plain uuid', () => {
    expect(inzagePdfUrl('a/b')).toBe('/api/clients/a%2Fb/inzage.pdf');
  });
});
