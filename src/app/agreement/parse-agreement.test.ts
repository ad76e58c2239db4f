import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import { formatFindings, parseAgreement } from './parse-agreement.ts'

type Draft = Record<string, unknown>

// The fixture as loose nested data, to break it in ways the Agreement type forbids.
function fixtureData(change: (data: any) => void = () => undefined): Draft {
  const data = structuredClone(agreementFixture()) as unknown as Draft
  change(data)
  return data
}

/** 1-based line and column where `needle` first occurs in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`"${needle}" is not in the text`)
  const lines = text.slice(0, offset).split('\n')
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 }
}

describe('parseAgreement', () => {
  it('reads a YAML agreement and locates its warnings', () => {
    const text = stringify(agreementFixture())
    const { agreement, report } = parseAgreement(text, 'acme.yaml')
    expect(agreement).toEqual(agreementFixture())
    expect(report.errors).toEqual([])
    expect(report.warnings[0]).toMatchObject({
      path: ['idealCustomerProfiles', 0, 'bestCustomers'],
      ...positionOf(text, '- Globex'),
    })
  })

  it('reads a JSON agreement and locates its warnings', () => {
    const text = JSON.stringify(agreementFixture(), null, 2)
    const { agreement, report } = parseAgreement(text, 'acme.json')
    expect(agreement).toEqual(agreementFixture())
    expect(report.errors).toEqual([])
    expect(report.warnings[1]).toMatchObject({
      path: ['idealCustomerProfiles', 0, 'worstCustomers'],
      line: positionOf(text, '"worstCustomers"').line,
    })
  })

  it('reports a YAML syntax error at its line and column', () => {
    const text = 'name: Acme\nfunnel:\n  stages:\n    - canonical: mql\n   name: x\n'
    const { agreement, report } = parseAgreement(text, 'broken.yaml')
    expect(agreement).toBeUndefined()
    expect(report.errors).toEqual([
      {
        path: [],
        message: 'All mapping items must start at the same column',
        fix: 'indent each nested level by the same number of spaces',
        line: 5,
        column: 1,
      },
    ])
  })

  it('reports a JSON syntax error at its line and column', () => {
    const text = JSON.stringify(agreementFixture(), null, 2).replace('agreement",', 'agreement"')
    const { agreement, report } = parseAgreement(text, 'broken.json')
    expect(agreement).toBeUndefined()
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatchObject({
      path: [],
      message: expect.stringMatching(/Expected ',' or '}'/),
      ...positionOf(text, '"purpose"'),
    })
  })

  it('reports an unknown key where the key is, with the keys allowed there', () => {
    const text = stringify(fixtureData((data) => (data.funnel.stages[1].colour = 'blue')))
    const { agreement, report } = parseAgreement(text, 'acme.yaml')
    expect(agreement).toBeUndefined()
    expect(report.errors).toEqual([
      {
        path: ['funnel', 'stages', 1, 'colour'],
        message: 'unknown key "colour"',
        fix: 'remove it or correct its spelling; allowed keys here: canonical, name, description, ownerTeam',
        ...positionOf(text, 'colour: blue'),
      },
    ])
  })

  it.each([
    { format: 'YAML', write: (data: Draft) => stringify(data), needle: 'sixty' },
    { format: 'JSON', write: (data: Draft) => JSON.stringify(data, null, 2), needle: '"sixty"' },
  ])('reports a value of the wrong type at the value in $format', ({ write, needle }) => {
    const text = write(fixtureData((data) => (data.scoring.handoffScore = 'sixty')))
    const { report } = parseAgreement(text, 'acme')
    expect(report.errors).toEqual([
      {
        path: ['scoring', 'handoffScore'],
        message: 'expected a score, got "sixty"',
        fix: 'write a number such as 60',
        ...positionOf(text, needle),
      },
    ])
  })

  it('reports a missing key at the mapping that lacks it', () => {
    const text = stringify(fixtureData((data) => delete data.funnel.stages[1].ownerTeam))
    const { report } = parseAgreement(text, 'acme.yaml')
    expect(report.errors).toEqual([
      {
        path: ['funnel', 'stages', 1, 'ownerTeam'],
        message: 'missing key "ownerTeam"',
        fix: 'add ownerTeam: one of marketing, sdr, sales',
        ...positionOf(text, 'canonical: mql'),
      },
    ])
  })

  it('rejects a stage outside the canonical lifecycle and an impossible date', () => {
    const text = stringify(
      fixtureData((data) => {
        data.term.startsOn = '2026-02-30'
        data.funnel.transitions[1].to[0] = 'sqo'
      }),
    )
    const { report } = parseAgreement(text, 'acme.yaml')
    expect(report.errors.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['term', 'startsOn'], message: '"2026-02-30" is not a date' },
      { path: ['funnel', 'transitions', 1, 'to', 0], message: 'unknown stage "sqo"' },
    ])
  })

  it('locates a contradiction the core finds at its line in YAML', () => {
    const text = stringify(
      fixtureData((data) => {
        data.funnel.transitions[4].to.push('customer')
      }),
    )
    const { agreement, report } = parseAgreement(text, 'acme.yaml')
    expect(agreement).toBeUndefined()
    expect(report.errors).toEqual([
      {
        path: ['funnel', 'transitions', 4, 'to', 2],
        message: 'unknown stage "customer": it is not listed in funnel.stages',
        fix: 'use one of the stages listed in funnel.stages (inquiry, mql, sal, sql, opportunity, won, lost, nurture, disqualified), or add "customer" there',
        ...positionOf(text, 'customer\n'),
      },
    ])
  })

  it('reports an empty document', () => {
    expect(parseAgreement('  \n', 'empty.yaml').report.errors).toEqual([
      { path: [], message: 'empty.yaml is empty', fix: 'write the agreement as YAML or JSON' },
    ])
  })
})

describe('formatFindings', () => {
  it('writes one line per finding, errors first, as file:line:col severity path: message — fix', () => {
    const report = {
      errors: [
        {
          path: ['funnel', 'transitions', 2, 'to', 0],
          message: 'unknown stage "sqo"',
          fix: 'use one of the stages listed in funnel.stages (inquiry, mql)',
          line: 12,
          column: 7,
        },
        { path: [], message: 'Map keys must be unique', fix: 'rename one', line: 3, column: 1 },
      ],
      warnings: [{ path: ['responsibilities', 'odd key'], message: 'odd', fix: 'rename it' }],
    }
    expect(formatFindings(report, 'a.yaml')).toBe(
      [
        'a.yaml:12:7 error funnel.transitions[2].to[0]: unknown stage "sqo" — fix: use one of the stages listed in funnel.stages (inquiry, mql)',
        'a.yaml:3:1 error: Map keys must be unique — fix: rename one',
        'a.yaml warning responsibilities["odd key"]: odd — fix: rename it',
      ].join('\n'),
    )
  })

  it('writes nothing for a clean report', () => {
    const clean: { errors: []; warnings: [] } = { errors: [], warnings: [] }
    expect(formatFindings(clean, 'a.yaml')).toBe('')
  })

  it('reads a weekly digest schedule and names a bad weekday or time with the fix', () => {
    const good = fixtureData((d) => (d.digest = { weekday: 'mon', at: '08:00', target: 'meeting' }))
    expect(parseAgreement(stringify(good), 'digest.yaml').agreement?.digest).toEqual({
      weekday: 'mon',
      at: '08:00',
      target: 'meeting',
    })
    const bad = fixtureData((d) => (d.digest = { weekday: 'someday', at: '8 am' }))
    const { agreement, report } = parseAgreement(stringify(bad), 'digest.yaml')
    expect(agreement).toBeUndefined()
    expect(report.errors.map((e) => e.path.join('.'))).toEqual(['digest.weekday', 'digest.at'])
    expect(report.errors[1]?.fix).toBe('write the time as HH:MM, e.g. 09:00 or 17:30')
  })
})
