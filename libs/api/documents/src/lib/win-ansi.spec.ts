import { toWinAnsi } from './win-ansi';

describe(toWinAnsi.name, () => {
  it('keeps Dutch and Western letters and typographic signs as they are', () => {
    const text = 'Zoë, café, België, Ötztal, Œuvre — “zo” ‘n € 12,50';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('drops only the accent of letters the standard fonts cannot show', () => {
    expect(toWinAnsi('Ayşe Çelik')).toBe('Ayse Çelik');
    expect(toWinAnsi('Łukasz Wójcik, Dương')).toBe('Lukasz Wójcik, Duong');
  });

  it('shows a question mark for scripts the standard fonts lack, never a wrong letter', () => {
    expect(toWinAnsi('Шева')).toBe('????');
  });
});
