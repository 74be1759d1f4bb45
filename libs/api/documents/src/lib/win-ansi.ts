/** Characters of Windows-1252 above Latin-1's range: what PDF's standard fonts can show besides Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters without a decomposition, and signs, with their closest plain form. */
const PLAIN: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  Ħ: 'H',
  ħ: 'h',
  Ŧ: 'T',
  ŧ: 't',
  '→': '->',
  '←': '<-',
  '≤': '<=',
  '≥': '>=',
};

function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code < 0x80 || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(char)) && code !== 0x7f;
}

/**
 * Text the standard PDF fonts can show: their encoding (WinAnsi) covers Dutch and most Western
 * letters; others lose their accent (ş → s, Ł → L) rather than turn into wrong glyphs.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text) {
    if (isWinAnsi(char)) {
      out += char;
      continue;
    }
    const stripped = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += stripped && [...stripped].every(isWinAnsi) ? stripped : (PLAIN[char] ?? '?');
  }
  return out;
}
