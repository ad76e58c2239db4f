import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { testScoreModel } from '../../core/scoring/score-model.fixture.ts'
import { formatFindings } from '../document/format-findings.ts'
import { parseScoreModel } from './parse-score-model.ts'

// The fixture as loose nested data, to break it in ways the ScoreModel type forbids.
function brokenModel(change: (data: any) => void): string {
  const data = structuredClone(testScoreModel()) as any
  change(data)
  return stringify(data)
}

function lineOf(text: string, needle: string): number {
  const offset = text.indexOf(needle)
  if (offset < 0) throw new Error(`"${needle}" is not in the text`)
  return text.slice(0, offset).split('\n').length
}

describe('parseScoreModel', () => {
  it('reads a YAML model', () => {
    const { model, report } = parseScoreModel(stringify(testScoreModel()), 'model.yaml')
    expect(report).toEqual({ errors: [], warnings: [] })
    expect(model).toEqual(testScoreModel())
  })

  it('reads a JSON model', () => {
    const text = JSON.stringify(testScoreModel(), null, 2)
    expect(parseScoreModel(text, 'model.json').model).toEqual(testScoreModel())
  })

  it.each([
    {
      problem: 'an unknown event type, with the closest known one',
      change: (m: any) => (m.engagement[2].event = 'page_view'),
      needle: 'page_view',
      line: /model\.yaml:\d+:\d+ error engagement\[2\]\.event: unknown event type "page_view" — fix: write "page_visit" \(the closest\) or use one of: form_fill, /,
    },
    {
      problem: 'a negative half-life',
      change: (m: any) => (m.engagement[0].halfLifeDays = -14),
      needle: '-14',
      line: /error engagement\[0\]\.halfLifeDays: expected a half-life in days above 0, got -14 — fix: write a number of days such as 30$/,
    },
    {
      problem: 'a cap period of 0 days',
      change: (m: any) => (m.engagement[3].cap.periodDays = 0),
      needle: 'periodDays: 0',
      line: /error engagement\[3\]\.cap\.periodDays: expected a cap period in days above 0, got 0/,
    },
    {
      problem: 'overlapping bands',
      change: (m: any) => (m.bands.fit[1].below = 35),
      needle: 'name: A',
      line: /error bands\.fit\[0\]: band "A" \[30, \+inf\) overlaps band "B" \[15, 35\) — fix: start "A" \[30, \+inf\) where "B" \[15, 35\) ends \(atLeast: 35\)$/,
    },
    {
      problem: 'an unknown predicate op',
      change: (m: any) => (m.fit[0].when.op = 'eq'),
      needle: 'op: eq',
      line: /error fit\[0\]\.when\.op: unknown op "eq" — fix: set op to one of: equals, in, contains, matches, range, exists, not, all, any$/,
    },
    {
      problem: 'an unknown field',
      change: (m: any) => (m.fit[1].when.field = 'person.job_title'),
      needle: 'person.job_title',
      line: /error fit\[1\]\.when\.field: unknown field "person.job_title" — fix: use one of: person\.title, /,
    },
    {
      problem: 'a negative rule that adds points',
      change: (m: any) => (m.negative[0].points = 40),
      needle: 'points: 40',
      line: /error negative\[0\]\.points: a negative rule takes points away, so its points are below 0; got 40 — fix: write a negative number such as -40$/,
    },
    {
      problem: 'a pattern that is not a regular expression',
      change: (m: any) => (m.negative[3].when.pattern = 'student|(job'),
      needle: 'student|(job',
      line: /error negative\[3\]\.when\.pattern: not a regular expression: .*Unterminated group — fix: /,
    },
    {
      problem: 'an unknown key',
      change: (m: any) => (m.engagement[0].halflife = 30),
      needle: 'halflife',
      line: /error engagement\[0\]\.halflife: unknown key "halflife" — fix: remove it or correct its spelling; allowed keys here: id, description, event, urlPattern, points, halfLifeDays, cap$/,
    },
  ])('refuses $problem, on its line, saying how to fix it', ({ change, needle, line }) => {
    const text = brokenModel(change)
    const { model, report } = parseScoreModel(text, 'model.yaml')
    expect(model).toBeUndefined()
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]?.line).toBe(lineOf(text, needle))
    expect(formatFindings(report, 'model.yaml')).toMatch(line)
  })

  it('names a missing section', () => {
    const { report } = parseScoreModel(
      brokenModel((m) => delete m.bands),
      'model.yaml',
    )
    expect(report.errors).toMatchObject([
      { path: ['bands'], message: 'missing key "bands"', fix: 'add bands: a mapping' },
    ])
  })

  it('names the kinds a negative rule can be when its kind is missing', () => {
    const { report } = parseScoreModel(
      brokenModel((m) => delete m.negative[1].kind),
      'model.yaml',
    )
    expect(report.errors).toMatchObject([
      {
        path: ['negative', 1, 'kind'],
        message: 'missing key "kind"',
        fix: 'add kind: one of field, event',
      },
    ])
  })

  it('refuses an empty file', () => {
    const { report } = parseScoreModel('# nothing yet\n', 'model.yaml')
    expect(report.errors).toMatchObject([
      { message: 'model.yaml is empty', fix: 'write the score model as YAML or JSON' },
    ])
  })

  it('keeps a model with a warning, and locates the warning', () => {
    const text = brokenModel((m) => {
      m.engagement.reverse()
    })
    const { model, report } = parseScoreModel(text, 'model.yaml')
    expect(model).toBeDefined()
    expect(report.warnings).toMatchObject([
      { path: ['engagement', 2], message: expect.stringMatching(/rule "pricing" never matches/) },
    ])
  })
})
