import { describe, expect, it } from 'vitest'
import { loadLabeledTable, type RecordSource } from './labeled-table.ts'
import { trainPredictor } from './train-predictor.ts'

function source(header: string[], records: string[][]): RecordSource {
  return {
    header,
    rows: (async function* () {
      await Promise.resolve()
      for (const [index, record] of records.entries()) yield { rowNumber: index + 1, record }
    })(),
  }
}

// 200 leads: visits drive the outcome (with noise); created dates run in row order.
function leads(outcome: (won: boolean) => string): string[][] {
  return Array.from({ length: 200 }, (_, i) => {
    const visits = i % 10
    const won = (visits + (i % 7)) % 10 > 5
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)
    return [String(visits), i % 3 === 0 ? 'web' : 'ads', day, outcome(won)]
  })
}

const header = ['visits', 'source', 'created_date', 'outcome']

describe('loadLabeledTable', () => {
  it('picks "Won" as positive in a two-valued column and skips blank targets', async () => {
    const rows = leads((won) => (won ? 'Won' : 'Lost'))
    rows.push(['3', 'web', '2024-09-01', ' '])
    const data = await loadLabeledTable(source(header, rows), { target: 'outcome' })
    expect(data.positive).toBe('Won')
    expect(data.blankTarget).toBe(1)
    expect(data.table.columns).toEqual(['visits', 'source', 'created_date'])
    expect(data.labels).toHaveLength(200)
    expect(data.labels.some(Boolean) && !data.labels.every(Boolean)).toBe(true)
  })

  it('defaults the positive value to 1 and refuses a single class', async () => {
    const rows = leads(() => 'yes')
    await expect(loadLabeledTable(source(header, rows), { target: 'outcome' })).rejects.toThrow(
      /only one class/,
    )
  })
})

describe('trainPredictor', () => {
  it('splits by time on an ISO date column and leaves that column out of the features', async () => {
    const data = await loadLabeledTable(
      source(
        header,
        leads((won) => (won ? '1' : '0')),
      ),
      { target: 'outcome' },
    )
    const report = trainPredictor({
      data,
      exclude: [],
      allow: [],
      algorithm: 'auto',
      seed: 7,
      now: new Date('2025-01-01T00:00:00Z'),
    })
    expect(report.split).toEqual({ method: 'time', column: 'created_date', train: 140, test: 60 })
    expect(report.stored.excluded).toEqual(['created_date'])
    expect(report.candidates.map((c) => c.algorithm)).toEqual(['logistic', 'gbdt'])
    expect(report.stored.trainedAt).toBe('2025-01-01T00:00:00.000Z')
    expect(report.stored.evaluation.rows).toBe(60)
  })
})
