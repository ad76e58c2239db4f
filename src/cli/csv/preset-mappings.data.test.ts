import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compileMapping, type MappedRow } from '../../app/intake/mapping/apply-mapping.ts'
import { loadMapping } from '../../app/intake/mapping/preset-mappings.ts'
import { readCsv } from './read-csv.ts'

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

// Reads a file through a preset the way an import does: rows the reader or the mapping rejects
// come back apart from the mapped ones.
async function importWith(preset: string, file: string) {
  const csv = await readCsv(file)
  const map = compileMapping(await loadMapping(preset), csv.header, { sourceName: file })
  const mapped: MappedRow[] = []
  const rejected: { line: number; reasons: string[] }[] = []
  for await (const row of csv.rows) {
    const result = map(row.record, row.rowNumber)
    const reasons = [
      ...(row.problem ? [row.problem] : []),
      ...result.problems.map((p) => p.message),
    ]
    if (reasons.length > 0) rejected.push({ line: row.line, reasons })
    else mapped.push(result)
  }
  return { mapped, rejected }
}

function countBy(rows: readonly MappedRow[], field: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const row of rows) {
    const key = String(row.fields[field])
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

describe('preset mappings on the shared data sets', () => {
  it('x-education maps Leads.csv: source lower-cased, Do Not Email to doNotContact', async () => {
    const { mapped, rejected } = await importWith(
      'x-education',
      dataFile('x-education-lead-scoring/Leads.csv'),
    )
    expect(rejected).toEqual([])
    expect(mapped).toHaveLength(9240)
    expect(mapped[0]).toEqual({
      rowNumber: 1,
      fields: {
        externalId: '7927b2df-8bba-4d29-b9a2-b6e0beafe620',
        source: 'olark chat',
        country: null,
        doNotContact: 'false',
      },
      properties: {
        Converted: '0',
        'Lead Origin': 'API',
        TotalVisits: '0',
        'Total Time Spent on Website': '0',
        'Page Views Per Visit': '0',
        'Last Activity': 'Page Visited on Website',
        Specialization: 'Select',
        'What is your current occupation': 'Unemployed',
        City: 'Select',
        Tags: 'Interested in other courses',
        'Lead Quality': 'Low in Relevance',
      },
      problems: [],
    })
    // "Google" and "google" are one source once lower-cased.
    expect(countBy(mapped, 'source')).toMatchObject({ google: 2873, null: 36, testone: 1 })
    expect(countBy(mapped, 'doNotContact')).toEqual({ false: 8506, true: 734 })
  })

  it('olist-mql maps the MQL file: first contact as a UTC instant, origin as source', async () => {
    const file = 'olist-marketing-funnel/olist_marketing_qualified_leads_dataset.csv'
    const { mapped, rejected } = await importWith('olist-mql', dataFile(file))
    expect(rejected).toEqual([])
    expect(mapped[0]).toMatchObject({
      fields: {
        externalId: 'dac32acd4db4c29c230538b72f8dd87d',
        occurredAt: '2018-02-01T00:00:00.000Z',
        source: 'social',
      },
      properties: { landing_page_id: '88740e65d5d6b056e0cda098e1ea6313' },
    })
    expect(countBy(mapped, 'source')).toMatchObject({ organic_search: 2296, null: 60 })
    const dates = mapped.map((row) => row.fields.occurredAt ?? '').sort()
    expect([dates[0], dates.at(-1)]).toEqual([
      '2017-06-14T00:00:00.000Z',
      '2018-05-31T00:00:00.000Z',
    ])
  })

  it('olist-deals maps the closed deals as won opportunities of their MQL', async () => {
    const file = 'olist-marketing-funnel/olist_closed_deals_dataset.csv'
    const { mapped, rejected } = await importWith('olist-deals', dataFile(file))
    expect(rejected).toEqual([])
    expect(mapped).toHaveLength(842)
    expect(mapped[0]).toMatchObject({
      fields: {
        externalId: '5420aad7fec3549a85876ba1c529bd84',
        personExternalId: '5420aad7fec3549a85876ba1c529bd84',
        name: 'pet',
        closedAt: '2018-02-26T19:58:54.000Z',
        status: 'won',
        stage: 'won',
      },
      properties: {
        sdr_id: 'a8387c01a09e99ce014107505b92388c',
        sr_id: '4ef15afb4b2723d8f3d81e51ec7afefe',
        seller_id: '2c43fb513632d29b3b58df74816f1b06',
        lead_type: 'online_medium',
        lead_behaviour_profile: 'cat',
        business_type: 'reseller',
        declared_monthly_revenue: '0.0',
      },
    })
  })

  it('maven-pipeline maps deal stages to statuses and close values to cents', async () => {
    const file = 'maven-crm-sales-opportunities/sales_pipeline.csv'
    const { mapped, rejected } = await importWith('maven-pipeline', dataFile(file))
    expect(rejected).toEqual([])
    expect(mapped[0]?.fields).toEqual({
      externalId: '1C1I7A6R',
      ownerName: 'Moses Frase',
      product: 'GTX Plus Basic',
      accountName: 'Cancity',
      stage: 'Won',
      status: 'won',
      openedAt: '2016-10-20T00:00:00.000Z',
      closedAt: '2017-03-01T00:00:00.000Z',
      amountCents: '105400',
      currency: 'USD',
    })
    expect(mapped[0]?.properties).toEqual({ sales_agent: 'Moses Frase' })
    expect(countBy(mapped, 'status')).toEqual({ won: 4238, lost: 2473, open: 2089 })
    const won = mapped.filter((row) => row.fields.status === 'won')
    expect(won.reduce((sum, row) => sum + BigInt(row.fields.amountCents ?? '0'), 0n)).toBe(
      1_000_553_400n,
    )
    expect(mapped.filter((row) => row.fields.accountName === null)).toHaveLength(1425)
  })

  it('maven-accounts maps revenue in millions of dollars to cents', async () => {
    const file = 'maven-crm-sales-opportunities/accounts.csv'
    const { mapped, rejected } = await importWith('maven-accounts', dataFile(file))
    expect(rejected).toEqual([])
    expect(mapped).toHaveLength(85)
    expect(mapped[0]?.fields).toEqual({
      name: 'Acme Corporation',
      industry: 'technolgy',
      employeeCount: '2822',
      annualRevenueCents: '110004000000',
      country: 'United States',
      parentName: null,
    })
    expect(mapped.find((row) => row.fields.name === 'Bluth Company')?.fields.parentName).toBe(
      'Acme Corporation',
    )
  })
})

describe('preset mappings on CRM exports', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'baton-presets-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('hubspot-contacts maps a HubSpot contacts export', async () => {
    const file = path.join(dir, 'hubspot-contacts.csv')
    await writeFile(
      file,
      [
        '"Record ID","First Name","Last Name","Email","Phone Number","Company Name","Website URL","Job Title","Country/Region","Original Source","Create Date"',
        '"51","Ana ","Silva"," Ana.Silva@Acme.io ","+55 11 5555-0101","Acme","https://acme.io","VP Marketing","Brazil","Organic search","2024-03-05 14:07"',
        '"52","Li","Wei","","","","","","","Offline Sources","2024-03-06 09:00:12"',
        '"53","Bad","Date","b@d.io","","","","","","Direct traffic","05/03/2024"',
      ].join('\r\n'),
    )
    const { mapped, rejected } = await importWith('hubspot-contacts', file)
    expect(mapped.map((row) => row.fields)).toEqual([
      {
        externalId: '51',
        firstName: 'Ana',
        lastName: 'Silva',
        email: 'ana.silva@acme.io',
        phone: '+55 11 5555-0101',
        company: 'Acme',
        website: 'https://acme.io',
        title: 'VP Marketing',
        country: 'Brazil',
        source: 'Organic search',
        occurredAt: '2024-03-05T14:07:00.000Z',
      },
      {
        externalId: '52',
        firstName: 'Li',
        lastName: 'Wei',
        email: null,
        phone: null,
        company: null,
        website: null,
        title: null,
        country: null,
        source: 'Offline Sources',
        occurredAt: '2024-03-06T09:00:12.000Z',
      },
    ])
    expect(rejected).toEqual([
      {
        line: 4,
        reasons: [
          'column "Create Date": "05/03/2024" is not a valid date in the format YYYY-MM-DD HH:mm:ss — fix: correct the value, or set "format" to the layout this column uses',
        ],
      },
    ])
  })

  it('salesforce-leads maps a lead report and rejects its footer lines', async () => {
    const file = path.join(dir, 'salesforce-leads.csv')
    await writeFile(
      file,
      [
        '"Lead ID","First Name","Last Name","Email","Phone","Company / Account","Website","Title","Country","Lead Source","Create Date","Email Opt Out"',
        '"00Q5g00000AbCdE","Maria","Garcia","maria@globex.com","(555) 010-2000","Globex, Inc.","www.globex.com","CFO","United States","Web","3/14/2024","0"',
        '"00Q5g00000AbCdF","Tom","Lee","TOM@initech.com","","Initech","","","Canada","Trade Show","12/01/2023","1"',
        '',
        '"Total"',
        '"Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."',
      ].join('\n'),
    )
    const { mapped, rejected } = await importWith('salesforce-leads', file)
    expect(mapped.map((row) => row.fields)).toEqual([
      {
        externalId: '00Q5g00000AbCdE',
        firstName: 'Maria',
        lastName: 'Garcia',
        email: 'maria@globex.com',
        phone: '(555) 010-2000',
        company: 'Globex, Inc.',
        website: 'www.globex.com',
        title: 'CFO',
        country: 'United States',
        source: 'Web',
        occurredAt: '2024-03-14T00:00:00.000Z',
        doNotContact: 'false',
      },
      expect.objectContaining({ email: 'tom@initech.com', doNotContact: 'true' }),
    ])
    expect(rejected.map((row) => row.line)).toEqual([5, 6])
    expect(rejected[0]?.reasons[0]).toMatch(/^line 5 has 1 field but the header has 12/)
  })
})
