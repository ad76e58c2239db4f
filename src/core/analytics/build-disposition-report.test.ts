import { describe, expect, it } from 'vitest'
import { buildDispositionReport } from './build-disposition-report.ts'

const period = { from: new Date('2024-01-01T00:00:00Z'), to: new Date('2024-02-01T00:00:00Z') }
const codes = [
  { code: 'no_budget', label: 'No budget', noteRequired: false },
  { code: 'bad_data', label: 'Bad contact data', noteRequired: true },
]

describe('buildDispositionReport', () => {
  it('labels codes from the agreement, counts unknown and missing codes, and ranks reasons', () => {
    const report = buildDispositionReport(
      [
        {
          stage: 'disqualified',
          reasonCode: 'no_budget',
          source: 'webinar',
          moves: 4,
          notes: ['Q3'],
        },
        { stage: 'disqualified', reasonCode: 'no_budget', source: 'list', moves: 1, notes: [] },
        { stage: 'disqualified', reasonCode: 'competitor', source: 'list', moves: 2, notes: [] },
        { stage: 'nurture', reasonCode: null, source: null, moves: 3, notes: [] },
      ],
      period,
      codes,
    )
    expect(report.stages.map((s) => [s.stage, s.moves])).toEqual([
      ['disqualified', 7],
      ['nurture', 3],
    ])
    expect(report.stages[0]?.reasons.map((r) => [r.reasonCode, r.label, r.moves])).toEqual([
      ['no_budget', 'No budget', 5],
      ['competitor', null, 2],
    ])
    expect(report.stages[0]?.reasons[0]?.share.value).toBeCloseTo(5 / 7)
    expect(report.withoutKnownReason).toBe(5)
  })
})
