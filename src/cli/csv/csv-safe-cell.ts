// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"); the
// full-width forms are normalised to them by some. Tab and carriage return hide a formula after them.
const formulaStarts = new Set([
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
  '\uFF20',
])

// A plain number, e.g. "-12" or "-0.5": a spreadsheet reads it as the number it is, nothing runs.
const plainNumber = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/

/**
 * A text cell made safe to open in a spreadsheet: one that would start a formula gets a leading
 * single quote (shown by spreadsheets as text, not run). Plain numbers, negative ones too, are left
 * as they are so numeric columns stay numeric, and so is a lone "-" (the reports' "no value");
 * cells that start with anything else are never touched.
 */
export function toCsvSafeCell(value: string): string {
  const first = value[0]
  if (first === undefined || !formulaStarts.has(first)) return value
  if (value === '-' || plainNumber.test(value)) return value
  return `'${value}`
}

/**
 * Undoes toCsvSafeCell when Baton reads a CSV back (a fixed rejects file, re-imported): a leading
 * single quote before a formula character is dropped, so the round trip gives the original text.
 */
export function fromCsvSafeCell(value: string): string {
  if (value[0] !== "'") return value
  const rest = value.slice(1)
  return toCsvSafeCell(rest) === value ? rest : value
}
