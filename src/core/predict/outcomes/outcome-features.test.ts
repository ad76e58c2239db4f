import { describe, expect, it } from 'vitest'
import {
  describeFeature,
  toFeatureRecord,
  toFeatureTable,
  type CaptureFacts,
} from './outcome-features.ts'

const facts: CaptureFacts = {
  capturedAt: new Date('2025-01-01T00:00:00Z'),
  source: 'paid search',
  title: null,
  country: 'BR',
  freeMail: true,
  properties: { landing_page_id: 'lp-7' },
  account: null,
}
const event = (type: string, day: string) => ({ type, occurredAt: new Date(`${day}T00:00:00Z`) })

describe('toFeatureRecord', () => {
  it('counts only the events strictly before the outcome (what followed it is leakage)', () => {
    const events = [
      event('email_click', '2025-01-05'),
      event('email_click', '2025-02-01'),
      event('webinar_attended', '2025-02-01'),
      event('demo_request', '2025-03-01'),
    ]
    const record = toFeatureRecord(facts, events, new Date('2025-02-01T00:00:00Z'))
    expect(record.counts).toEqual({ 'events.total': 1, 'events.email_click': 1 })
    const later = toFeatureRecord(facts, events, new Date('2025-04-01T00:00:00Z'))
    expect(later.counts['events.demo_request']).toBe(1)
  })

  it('keeps capture fields and capture properties, and reads free mail as yes/no', () => {
    const record = toFeatureRecord(facts, [], new Date('2025-02-01T00:00:00Z'))
    expect(record.cells).toMatchObject({
      capture_date: '2025-01-01T00:00:00.000Z',
      'person.source': 'paid search',
      'person.freeMail': 'yes',
      'property.landing_page_id': 'lp-7',
      'account.industry': null,
    })
  })
})

describe('toFeatureTable', () => {
  it('puts the capture date first and fills a count a row lacks with 0', () => {
    const before = new Date('2025-03-01T00:00:00Z')
    const a = toFeatureRecord(facts, [event('email_click', '2025-01-02')], before)
    const b = toFeatureRecord({ ...facts, properties: {} }, [], before)
    const table = toFeatureTable([a, b])
    expect(table.columns[0]).toBe('capture_date')
    const clicks = table.columns.indexOf('events.email_click')
    const page = table.columns.indexOf('property.landing_page_id')
    expect(table.rows.map((row) => [row[clicks], row[page]])).toEqual([
      [1, 'lp-7'],
      [0, null],
    ])
  })
})

describe('describeFeature', () => {
  it.each([
    ['person.source', 'source'],
    ['property.landing_page_id', 'landing_page_id'],
    ['events.email_click', 'email_click events so far'],
    ['events.total', 'events so far'],
  ])('%s reads as "%s"', (column, words) => {
    expect(describeFeature(column)).toBe(words)
  })
})
