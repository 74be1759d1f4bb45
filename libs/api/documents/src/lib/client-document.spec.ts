import { inflateSync } from 'node:zlib';
import { ClientDocument } from './client-document';

/** The text-drawing operators of every page, inflated, to see what a reader would see. */
function pageStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const pattern = /stream\r?\n([\s\S]*?)\r?\nendstream/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw)) {
    try {
      streams.push(inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1'));
    } catch {
      // Not a deflated stream (fonts are not embedded, so there are few others).
    }
  }
  return streams.join('\n');
}

function build(largePrint: boolean): Promise<Buffer> {
  return new ClientDocument({ title: 'Mijn ondersteuningsplan', issuer: 'Cliëntondersteuning Utrecht', largePrint })
    .intro('Voor Zoë de Vries')
    .heading('Mijn doelen')
    .subheading('Wonen')
    .bullets([{ text: 'Ik wil een eigen huis.', detail: 'Hier werken we aan.' }, 'Ik wil mijn schulden kwijt.'])
    .labelled('Telefoon', '030 123 45 67')
    .paragraph('Op 3 december 2026 kijken we samen hoe het gaat.')
    .toBuffer();
}

describe(ClientDocument.name, () => {
  it('produces a PDF with the title in its metadata and Dutch as its language', async () => {
    const pdf = await build(false);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('/DisplayDocTitle true');
  });

  it('sets body text at 16 pt or more in large print', async () => {
    const sizes = (text: string) => [...text.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1]));
    const regular = sizes(pageStreams(await build(false)));
    const large = sizes(pageStreams(await build(true)));
    expect(Math.min(...regular)).toBeLessThan(16);
    // Everything but the page footer is 16 pt or more.
    expect(large.filter((s) => s < 16).length).toBeLessThanOrEqual(1);
    expect(Math.max(...large)).toBeGreaterThan(Math.max(...regular));
  });

  it('writes Dutch letters with their accents', async () => {
    const text = pageStreams(await build(false));
    // PDFKit writes standard-font text as WinAnsi hex: "Zoë" is 5a 6f eb, with no replacement character.
    expect(text).toContain('5a6feb');
  });
});
