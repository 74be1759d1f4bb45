import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi';

/** Type sizes in points. Large print keeps body text at 16 pt or more, for clients with low vision. */
const SIZES = {
  regular: { title: 24, heading: 17, subheading: 13.5, body: 12, small: 10, lineGap: 3, margin: 56 },
  large: { title: 32, heading: 24, subheading: 19, body: 17, small: 14, lineGap: 5, margin: 50 },
} as const;

const INK = '#1a1a1a';
const ACCENT = '#0b3d6b';
const MUTED = '#4a4a4a';

export interface ClientDocumentOptions {
  /** Shown at the top and as the PDF's title, e.g. "Mijn ondersteuningsplan". */
  title: string;
  /** Who issues the document (the organisation's name), for the PDF metadata and the footer. */
  issuer: string;
  largePrint?: boolean;
}

/**
 * A plain-language (B1) document for a client: one column, short headings, generous type, dark
 * text on white, page numbers in words. Built on PDFKit's standard fonts, whose encoding covers
 * Dutch letters such as ë and é; other letters lose their accent (`toWinAnsi`).
 */
export class ClientDocument {
  private readonly pdf: PDFKit.PDFDocument;
  private readonly size: (typeof SIZES)[keyof typeof SIZES];
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: ClientDocumentOptions) {
    this.size = options.largePrint ? SIZES.large : SIZES.regular;
    const margin = this.size.margin;
    this.pdf = new PDFDocument({
      size: 'A4',
      margins: { top: margin, bottom: margin + 20, left: margin, right: margin },
      bufferPages: true,
      lang: 'nl-NL',
      displayTitle: true,
      // Metadata is Unicode text in PDF, so it keeps every letter.
      info: { Title: options.title, Author: options.issuer, Creator: 'Naast' },
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.pdf.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.pdf.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.pdf.on('error', reject);
    });
    this.pdf.fillColor(INK);
    this.write(options.title, 'Helvetica-Bold', this.size.title, ACCENT, 0.4);
  }

  /** A line right under the title, e.g. who the document is for. */
  intro(text: string): this {
    return this.write(text, 'Helvetica', this.size.body, MUTED, 0.2);
  }

  heading(text: string): this {
    this.keepWithNext(4);
    this.pdf.moveDown(0.8);
    return this.write(text, 'Helvetica-Bold', this.size.heading, ACCENT, 0.3);
  }

  subheading(text: string): this {
    this.keepWithNext(3);
    this.pdf.moveDown(0.3);
    return this.write(text, 'Helvetica-Bold', this.size.subheading, INK, 0.15);
  }

  paragraph(text: string): this {
    return this.write(text, 'Helvetica', this.size.body, INK, 0.35);
  }

  /** A bold label followed by its value on the same line: "Telefoon: 030 123 45 67". */
  labelled(label: string, value: string): this {
    this.pdf.font('Helvetica-Bold').fontSize(this.size.body).fillColor(INK);
    this.pdf.text(`${toWinAnsi(label)}: `, { continued: true, lineGap: this.size.lineGap });
    this.pdf.font('Helvetica').text(toWinAnsi(value), { lineGap: this.size.lineGap });
    this.pdf.moveDown(0.2);
    return this;
  }

  /** One bullet per item; an item may have a second, quieter line (a date, a status). */
  bullets(items: readonly (string | { text: string; detail?: string | null })[]): this {
    const indent = this.size.body * 1.4;
    const left = this.pdf.page.margins.left;
    const width = this.pdf.page.width - left - this.pdf.page.margins.right - indent;
    for (const item of items) {
      const { text, detail } =
        typeof item === 'string'
          ? { text: toWinAnsi(item), detail: null }
          : { text: toWinAnsi(item.text), detail: item.detail ? toWinAnsi(item.detail) : null };
      this.pdf.font('Helvetica').fontSize(this.size.body).fillColor(INK);
      // An item and its detail stay on one page.
      const options = { width, lineGap: this.size.lineGap };
      const height = this.pdf.heightOfString(text, options) + (detail ? this.pdf.heightOfString(detail, options) : 0);
      if (this.pdf.y + height > this.pdf.page.height - this.pdf.page.margins.bottom) this.pdf.addPage();
      const top = this.pdf.y;
      this.pdf.text('•', left, top, { lineBreak: false });
      this.pdf.text(text, left + indent, top, { width, lineGap: this.size.lineGap });
      if (detail) {
        this.pdf.fillColor(MUTED).text(detail, left + indent, this.pdf.y, { width, lineGap: this.size.lineGap });
        this.pdf.fillColor(INK);
      }
      this.pdf.x = left;
      this.pdf.moveDown(0.35);
    }
    return this;
  }

  /** Finishes the document (page numbers on every page) and gives its bytes. */
  async toBuffer(): Promise<Buffer> {
    const range = this.pdf.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.pdf.switchToPage(i);
      const { margins, height, width } = this.pdf.page;
      // Writing inside the bottom margin would add a page; lift the margin while the footer is written.
      const bottom = margins.bottom;
      this.pdf.page.margins.bottom = 0;
      this.pdf
        .font('Helvetica')
        .fontSize(this.size.small)
        .fillColor(MUTED)
        .text(
          toWinAnsi(`${this.options.issuer} · pagina ${i + 1} van ${range.count}`),
          margins.left,
          height - bottom + 12,
          {
            width: width - margins.left - margins.right,
            align: 'center',
            lineBreak: false,
          },
        );
      this.pdf.page.margins.bottom = bottom;
    }
    this.pdf.end();
    return this.done;
  }

  private write(text: string, font: string, size: number, color: string, gapAfter: number): this {
    this.pdf.font(font).fontSize(size).fillColor(color);
    this.pdf.text(toWinAnsi(text), this.pdf.page.margins.left, this.pdf.y, { lineGap: this.size.lineGap });
    this.pdf.fillColor(INK).moveDown(gapAfter);
    return this;
  }

  /** Starts a new page when fewer than `lines` body lines fit, so a heading never ends a page. */
  private keepWithNext(lines: number): void {
    const needed = lines * (this.size.body + this.size.lineGap) * 1.3;
    if (this.pdf.y + needed > this.pdf.page.height - this.pdf.page.margins.bottom) this.pdf.addPage();
  }
}
