// Tabs, newlines and other C0/C1 controls that separate words become spaces; the rest are dropped.
const controlCharacters = /\p{Cc}/gu
const lineOrTabControl = /[\t\n\v\f\r\u0085]/u
// Invisible characters that break matching: zero-width space, word joiner, BOM, soft hyphen and
// bidirectional overrides. Zero-width (non-)joiners stay: some scripts need them.
const invisibleCharacters = /[\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu
const whitespaceRun = /\s+/gu
// Printable ASCII has no controls or invisible characters, is already NFC, and its only whitespace
// is the space: such text (most of any import) needs only its spaces collapsed.
const printableAscii = /^[\x20-\x7E]*$/
const spaceRun = / {2,}/g

/**
 * Cleans free text for storage: controls stripped, Unicode NFC, every whitespace run (including
 * non-breaking and ideographic spaces) collapsed to one space and trimmed; missing input gives ''.
 */
export function cleanText(raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return ''
  if (printableAscii.test(raw)) return raw.replace(spaceRun, ' ').trim()
  return raw
    .replace(controlCharacters, (char) => (lineOrTabControl.test(char) ? ' ' : ''))
    .replace(invisibleCharacters, '')
    .normalize('NFC')
    .replace(whitespaceRun, ' ')
    .trim()
}
