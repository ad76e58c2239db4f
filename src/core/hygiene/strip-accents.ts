// Latin letters that have no canonical decomposition, so NFD alone would leave them accented.
const unsplittableLetters: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
}
const unsplittablePattern = new RegExp(`[${Object.keys(unsplittableLetters).join('')}]`, 'gu')
// Only the combining diacritics block: vowel signs of Indic and other scripts are marks too, and
// removing them would change the word.
const combiningDiacritics = /[\u0300-\u036F]/gu

/**
 * Removes diacritics for matching keys only ("Société Générale" -> "Societe Generale",
 * "Øresund" -> "Oresund"); non-Latin scripts pass through unchanged. Never use it on display text.
 */
export function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningDiacritics, '')
    .replace(unsplittablePattern, (letter) => unsplittableLetters[letter] ?? letter)
    .normalize('NFC')
}
