import path from 'node:path'
import { loadLabeledTable, type LabeledTable } from '../../src/app/predict/labeled-table.ts'
import { readCsv } from '../../src/cli/csv/read-csv.ts'
import type { Cell } from '../../src/core/predict/index.ts'
import type { Random } from '../harness.ts'

const data = path.resolve(import.meta.dirname, '../../../shared/data')

/** X Education's Leads.csv with Converted as the target (the leakage guard drops Tags, Lead Quality). */
export async function xEducation(): Promise<LabeledTable> {
  const csv = await readCsv(path.join(data, 'x-education-lead-scoring/Leads.csv'))
  try {
    return await loadLabeledTable(csv, { target: 'Converted' })
  } finally {
    await csv.close()
  }
}

async function records(file: string): Promise<{ header: readonly string[]; rows: string[][] }> {
  const csv = await readCsv(path.join(data, 'olist-marketing-funnel', file))
  const rows: string[][] = []
  try {
    for await (const row of csv.rows) rows.push([...row.record])
  } finally {
    await csv.close()
  }
  return { header: csv.header, rows }
}

/** Olist MQLs with the form-time fields only (date, landing page, origin); won = a closed deal. */
export async function olistFormTime(): Promise<LabeledTable> {
  const mqls = await records('olist_marketing_qualified_leads_dataset.csv')
  const deals = await records('olist_closed_deals_dataset.csv')
  const won = new Set(deals.rows.map((row) => row[0]))
  const at = (name: string) => mqls.header.indexOf(name)
  const columns = ['first_contact_date', 'landing_page_id', 'origin']
  const rows = mqls.rows.map((row) =>
    columns.map((name): Cell => {
      const value = row[at(name)] ?? ''
      return value.trim() === '' ? null : value
    }),
  )
  return {
    target: 'won',
    positive: 'yes',
    table: { columns, rows },
    labels: mqls.rows.map((row) => won.has(row[at('mql_id')])),
    blankTarget: 0,
    malformed: 0,
  }
}

/** `rows` seeded rows x 30 features (20 numeric, 10 categorical), outcome from a known logit. */
export function synthetic(
  rows: number,
  random: Random,
): { columns: string[]; rows: Cell[][]; labels: boolean[] } {
  const numeric = Array.from({ length: 20 }, (_, i) => `x${i}`)
  const categorical = Array.from({ length: 10 }, (_, i) => `c${i}`)
  const levels = Array.from({ length: 8 }, (_, i) => `level${i}`)
  const table: Cell[][] = []
  const labels: boolean[] = []
  for (let r = 0; r < rows; r += 1) {
    const row: Cell[] = []
    let logit = -1
    for (let i = 0; i < 20; i += 1) {
      const value = random.next() * 2 - 1
      row.push(random.next() < 0.02 ? null : value)
      if (i < 5) logit += (i % 2 === 0 ? 1.5 : -1) * value
    }
    for (let i = 0; i < 10; i += 1) {
      const level = random.int(0, levels.length - 1)
      row.push(levels[level] ?? null)
      if (i === 0 && level < 2) logit += 1
    }
    table.push(row)
    labels.push(random.next() < 1 / (1 + Math.exp(-logit)))
  }
  return { columns: [...numeric, ...categorical], rows: table, labels }
}
