import Papa from 'papaparse'

/** How a CSV file separates fields and records; a "\r\n" file reads as "\n" with "\r" trimmed. */
export type CsvDialect = { readonly delimiter: string; readonly newline: '\n' | '\r' }

const candidates = [',', ';', '\t', '|']

/**
 * The dialect of a file from its first chunk: the given delimiter, or the candidate that splits the
 * first rows into the same number (2 or more) of fields; "," when none does.
 */
export function detectCsvDialect(sample: string, delimiter?: string): CsvDialect {
  const newline = !sample.includes('\n') && sample.includes('\r') ? '\r' : '\n'
  if (delimiter !== undefined) return { delimiter, newline }
  const preview = Papa.parse<string[]>(sample.slice(0, 1 << 20), {
    preview: 10,
    skipEmptyLines: true,
    newline,
    delimitersToGuess: candidates,
  })
  return { delimiter: preview.meta.delimiter || ',', newline }
}
