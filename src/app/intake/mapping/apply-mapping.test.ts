import { describe, expect, it } from 'vitest'
import { errorOf } from '../../../../test/error-of.ts'
import { isAppError } from '../../../core/shared/index.ts'
import { compileMapping } from './apply-mapping.ts'
import { MappingSchema } from './mapping.schema.ts'

const mapping = MappingSchema.parse({
  name: 'crm-deals',
  entity: 'opportunities',
  fields: {
    externalId: 'Deal Id',
    accountName: { column: 'Account', transforms: ['trim'] },
    amountCents: { column: 'Amount', transforms: ['cents'] },
    closedAt: { column: 'Closed', transforms: ['date'], format: 'DD/MM/YYYY' },
    status: {
      column: 'Stage',
      transforms: ['lower'],
      values: { 'closed won': 'won', 'closed lost': 'lost', open: 'open' },
      default: 'open',
    },
    currency: { value: 'EUR' },
  },
  properties: ['Owner', 'Region'],
})

const header = ['Deal Id', 'Account', 'Amount', 'Closed', 'Stage', 'Owner', 'Region']

function compileError(columns: readonly string[]): string {
  const error = errorOf(() => compileMapping(mapping, columns, { sourceName: 'deals.csv' }))
  if (!isAppError(error, 'request.invalid')) throw error
  return error.message
}

describe('compileMapping', () => {
  const map = compileMapping(mapping, header, { sourceName: 'deals.csv' })

  it('maps a row to Baton fields, constants and verbatim properties', () => {
    const row = ['D-1', ' Acme ', '1,250.50', '31/12/2017', 'Closed Won', 'ana', '']
    expect(map(row, 7)).toEqual({
      rowNumber: 7,
      fields: {
        externalId: 'D-1',
        accountName: 'Acme',
        amountCents: '125050',
        closedAt: '2017-12-31T00:00:00.000Z',
        status: 'won',
        currency: 'EUR',
      },
      properties: { Owner: 'ana' },
      problems: [],
    })
  })

  it('turns blank cells into null, or into the default when there is one', () => {
    const { fields, problems } = map(['D-2', '', '', '', '', '', ''], 1)
    expect(problems).toEqual([])
    expect(fields).toMatchObject({ accountName: null, amountCents: null, closedAt: null })
    expect(fields.status).toBe('open')
  })

  it('reports each unreadable cell as a problem of its field, naming the column', () => {
    const { problems, fields } = map(
      ['D-3', 'Acme', '1.250,50', '2017-12-31', 'Pending', '', ''],
      3,
    )
    expect(problems.map((p) => p.field)).toEqual(['amountCents', 'closedAt', 'status'])
    expect(problems[0]?.message).toMatch(/^column "Amount": "1.250,50" is not an amount — fix: /)
    expect(problems[1]?.message).toContain(
      '"2017-12-31" is not a valid date in the format DD/MM/YYYY',
    )
    expect(problems[2]?.message).toContain(
      'column "Stage": "pending" has no entry in "values" ("closed won", "closed lost", "open")',
    )
    expect(fields.externalId).toBe('D-3')
  })

  it('refuses an instant read without a date transform unless it names a real date and time', () => {
    const leads = MappingSchema.parse({
      name: 'leads',
      entity: 'leads',
      fields: { email: 'Email', occurredAt: 'Captured' },
    })
    const map = compileMapping(leads, ['Email', 'Captured'])
    expect(map(['a@acme.com', '2024-01-10T08:00:00Z'], 1)).toMatchObject({
      fields: { occurredAt: '2024-01-10T08:00:00Z' },
      problems: [],
    })
    for (const cell of ['NaN', '-1', '12', '1e309', '2026-02-30T25:61:00Z', 'next tuesday']) {
      const row = map(['a@acme.com', cell], 2)
      expect(row.problems, cell).toEqual([
        { field: 'occurredAt', message: expect.stringContaining('is not a date and time') },
      ])
      expect(row.fields).not.toHaveProperty('occurredAt')
    }
    expect(map(['a@acme.com', ''], 3)).toMatchObject({ fields: { occurredAt: null }, problems: [] })
  })

  it('reports a row that is too short for a column instead of reading undefined', () => {
    const { problems } = map(['D-4', 'Acme'], 4)
    expect(problems[0]).toEqual({
      field: 'amountCents',
      message:
        'column "Amount" is missing: the row has 2 fields — fix: give the row as many fields as the header',
    })
  })

  it('finds a column whose name differs only in case or spaces when there is no exact match', () => {
    const loose = ['deal id', 'ACCOUNT ', 'amount', 'closed', 'stage', 'owner', 'region']
    const row = compileMapping(mapping, loose)(['D-5', 'Beta', '1', '', 'open', 'li', 'EU'], 1)
    expect(row.fields).toMatchObject({ externalId: 'D-5', accountName: 'Beta', amountCents: '100' })
    expect(row.properties).toEqual({ Owner: 'li', Region: 'EU' })
  })

  it('prefers the exact column when another differs only in case', () => {
    const both = [...header, 'account']
    const row = compileMapping(mapping, both)(['D-6', 'Exact', '', '', '', '', '', 'other'], 1)
    expect(row.fields.accountName).toBe('Exact')
  })

  it('names every missing column, suggests near names and lists the header', () => {
    const message = compileError(['Deal Id', 'Acount', 'Amount', 'Closed', 'Owner'])
    expect(message).toBe(
      'Mapping "crm-deals" does not fit the header of deals.csv: missing columns "Account" (did you mean "Acount"?), "Stage", "Region". The header has 5 columns: "Deal Id", "Acount", "Amount", "Closed", "Owner" — fix: rename the columns in the mapping to match the header, or pick the mapping for this file',
    )
  })

  it.each([
    [';', '";"'],
    ['\t', '"\\t" (tab)'],
  ])('hints at a wrong delimiter when the header is one column holding %j', (delimiter, named) => {
    const message = compileError([header.join(delimiter)])
    expect(message).toContain('The header has 1 column:')
    expect(message).toContain(
      `— fix: the header was read as one column but contains ${named}: set "delimiter": ${JSON.stringify(delimiter)} in the mapping`,
    )
  })

  it('refuses a column that two header columns match', () => {
    const message = compileError([...header.slice(1), 'deal id', 'DEAL ID'])
    expect(message).toContain('more than one column matches "Deal Id" (columns 7, 8)')
  })
})
