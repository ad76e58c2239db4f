import { describe, expect, it } from 'vitest'
import { findNameHint, toNameWords } from './find-name-hint.ts'

describe('findNameHint', () => {
  it.each([
    { column: 'Tags', hint: 'tags' },
    { column: 'Lead Quality', hint: 'quality' },
    { column: 'Last Activity', hint: 'last activity' },
    { column: 'Last Notable Activity', hint: 'last notable activity' },
    { column: 'LAST_ACTIVITY', hint: 'last activity' },
    { column: 'lead_status', hint: 'status' },
    { column: 'dealStage', hint: 'stage' },
    { column: 'Call Duration (s)', hint: 'duration' },
    { column: 'IsWon', hint: 'won' },
    { column: 'Lost Reason', hint: 'lost' },
    { column: 'Closed Date', hint: 'closed' },
    { column: 'Call Disposition', hint: 'disposition' },
    { column: 'Outcome', hint: 'outcome' },
    { column: 'Converted', hint: 'converted' },
    { column: 'Sales Score', hint: 'sales score' },
  ])('marks "$column" as recorded after the outcome ($hint)', ({ column, hint }) => {
    expect(findNameHint(column)).toBe(hint)
  })

  it.each([
    'Lead Source',
    'TotalVisits',
    'Lead Score',
    'Asymmetrique Activity Score',
    'Do Not Call',
    'Stagecoach Route',
    'Wonderland',
    'Tagline',
    'Activity Count',
    'Last Name',
    'Resultant Force',
  ])('leaves "%s" alone: no post-outcome word in its name', (column) => {
    expect(findNameHint(column)).toBeUndefined()
  })
})

describe('toNameWords', () => {
  it.each([
    { column: 'TotalVisits', words: ['total', 'visits'] },
    { column: 'last_notable-activity', words: ['last', 'notable', 'activity'] },
    { column: '  Lead  Quality ', words: ['lead', 'quality'] },
    { column: 'page2View', words: ['page2', 'view'] },
  ])('splits "$column" into $words', ({ column, words }) => {
    expect(toNameWords(column)).toEqual(words)
  })
})
