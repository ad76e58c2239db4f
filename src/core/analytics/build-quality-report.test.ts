import { describe, expect, it } from 'vitest'
import { buildQualityReport, type QualityFacts } from './build-quality-report.ts'

const facts: QualityFacts = {
  sources: [
    {
      source: 'webinar',
      records: 40,
      withIssues: 10,
      issues: { invalid_phone: 10 },
      repeats: 5,
      stale: 4,
    },
    {
      source: 'purchased list',
      records: 100,
      withIssues: 60,
      issues: { invalid_email: 50, role_email: 10 },
      repeats: 0,
      stale: 50,
    },
    { source: null, records: 0, withIssues: 0, issues: {}, repeats: 0, stale: 0 },
  ],
  rejectedByReason: { no_usable_contact: 20 },
  spendCentsByChannel: { 'purchased list': 200_000 },
  pipeline: { opportunities: 8800, withoutAccount: 1425, withoutOwner: 0, productNotInCatalog: 0 },
}

describe('buildQualityReport', () => {
  const report = buildQualityReport(facts, 12)

  it('rates bad records per source and overall, counting rejected rows as bad', () => {
    expect(report.bySource.map((r) => [r.source, r.badRecordRate])).toEqual([
      ['purchased list', 0.6],
      ['webinar', 0.25],
      [null, 0],
    ])
    expect(report.totals).toEqual({
      records: 140,
      rejected: 20,
      badRecordRate: (70 + 20) / 160,
      duplicatesFolded: 5,
      staleRate: 54 / 140,
    })
  })

  it('divides a channel spend by the records from it that survived hygiene', () => {
    const list = report.bySource.find((r) => r.source === 'purchased list')
    expect(list).toMatchObject({ spendCents: 200_000, costPerUsableRecordCents: 5000 })
    expect(report.bySource.find((r) => r.source === 'webinar')?.costPerUsableRecordCents).toBeNull()
  })

  it('reports the deals without an account beside the people', () => {
    expect(report.pipeline).toEqual({
      opportunities: 8800,
      withoutAccount: 1425,
      withoutAccountRate: 1425 / 8800,
      withoutOwner: 0,
      productNotInCatalog: 0,
    })
  })

  it('reports data churn as the share without recent activity', () => {
    expect(report.bySource.find((r) => r.source === 'purchased list')).toMatchObject({
      staleRecords: 50,
      staleRate: 0.5,
    })
  })

  it('gives no cost when no record from the channel is usable', () => {
    const none = buildQualityReport(
      {
        ...facts,
        sources: [
          { source: 'purchased list', records: 3, withIssues: 3, issues: {}, repeats: 0, stale: 0 },
        ],
      },
      6,
    )
    expect(none.bySource[0]?.costPerUsableRecordCents).toBeNull()
  })
})
