import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCsv, type CsvRow } from './read-csv.ts'

const repoRoot = path.resolve(import.meta.dirname, '../../..')
const dataDir = path.resolve(repoRoot, '../shared/data')

function dataFile(relative: string): string {
  const file = path.join(dataDir, relative)
  if (!existsSync(file))
    throw new Error(
      `missing ${file}: the shared data sets must sit beside the repository, in ../shared/data (see its PROVENANCE.md)`,
    )
  return file
}

async function readAll(relative: string, chunkBytes?: number) {
  const file = await readCsv(dataFile(relative), chunkBytes === undefined ? {} : { chunkBytes })
  const rows: CsvRow[] = []
  for await (const row of file.rows) rows.push(row)
  return { file, rows }
}

describe('readCsv on the shared data sets', () => {
  it.each([
    ['olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv', 4, 8000],
    ['olist-marketing-funnel/olist_closed_deals_dataset.csv', 14, 842],
    ['olist-marketing-funnel/olist_sellers_dataset.csv', 4, 3095],
    ['x-education-lead-scoring/Leads.csv', 37, 9240],
    ['maven-crm-sales-opportunities/sales_pipeline.csv', 8, 8800],
    ['maven-crm-sales-opportunities/accounts.csv', 7, 85],
  ])('reads %s: %i columns, %i rows, none malformed', async (relative, columns, count) => {
    const { file, rows } = await readAll(relative)
    expect(file.header).toHaveLength(columns)
    expect(file.delimiter).toBe(',')
    expect(rows).toHaveLength(count)
    expect(rows.filter((row) => row.problem !== undefined)).toEqual([])
    expect(rows.at(-1)).toMatchObject({ rowNumber: count, line: count + 1 })
    expect(file.bytesRead).toBe(file.sizeBytes)
  })

  it('drops the CRLF line ends of the X Education file from the last column', async () => {
    const { file, rows } = await readAll('x-education-lead-scoring/Leads.csv')
    expect(file.header.at(-1)).toBe('Last Notable Activity')
    expect(rows[0]?.record.at(-1)).toBe('Modified')
    expect(rows.some((row) => row.record.some((cell) => cell.includes('\r')))).toBe(false)
    const converted = rows.filter((row) => row.record[file.header.indexOf('Converted')] === '1')
    expect(converted).toHaveLength(3561)
  })

  it('reads the mixed quoting of the Olist sellers file, zip codes with their leading zeros', async () => {
    const { file, rows } = await readAll('olist-marketing-funnel/olist_sellers_dataset.csv')
    expect(file.header).toEqual([
      'seller_id',
      'seller_zip_code_prefix',
      'seller_city',
      'seller_state',
    ])
    expect(rows[0]?.record).toEqual(['3442f8959a84dea7ee197c632cb2df15', '13023', 'campinas', 'SP'])
    expect(rows.find((row) => row.line === 519)?.record).toEqual([
      'ceb7b4fb9401cd378de7886317ad1b47',
      '22790',
      '04482255',
      'RJ',
    ])
    expect(rows.filter((row) => row.record[2] === 'santa barbara d´oeste')).toHaveLength(2)
  })

  it('reads the same rows when multi-byte characters and quotes straddle small chunks', async () => {
    const whole = await readAll('olist-marketing-funnel/olist_sellers_dataset.csv')
    const chunked = await readAll('olist-marketing-funnel/olist_sellers_dataset.csv', 997)
    expect(chunked.rows).toEqual(whole.rows)
  })
})
