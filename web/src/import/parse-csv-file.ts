import Papa from 'papaparse'

export type CsvTable = { readonly header: string[]; readonly rows: string[][] }

/** Reads a CSV file in the browser: the header (after `skipRows` lines) and the rows as text. */
export function parseCsvFile(
  file: File,
  options: { readonly delimiter?: string | null; readonly skipRows?: number } = {},
): Promise<CsvTable> {
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file, {
      delimiter: options.delimiter ?? '',
      skipEmptyLines: 'greedy',
      complete: (parsed) => {
        const [header, ...rows] = parsed.data.slice(options.skipRows ?? 0)
        if (!header) reject(new Error(`${file.name} is empty: there is no header line.`))
        else resolve({ header: header.map((h) => h.trim()), rows })
      },
      error: (error) => reject(new Error(`${file.name} cannot be read as CSV: ${error.message}`)),
    })
  })
}
