import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseAgreement } from '../agreement/parse-agreement.ts'
import {
  crossedThresholds,
  scorePerson,
  type ScoringEvent,
  type ScoringSubject,
} from '../../core/scoring/index.ts'
import { formatFindings } from '../document/format-findings.ts'
import { parseScoreModel } from './parse-score-model.ts'

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8')

const parsed = parseScoreModel(read('presets/score-models/hand-raiser.yaml'), 'hand-raiser.yaml')
const agreement = parseAgreement(read('presets/agreements/leadliaison.yaml'), 'leadliaison.yaml')
const now = new Date('2026-03-02T15:00:00Z')

function scoreOf(subject: Partial<ScoringSubject>, types: readonly string[] = []): number {
  if (parsed.model === undefined) throw new Error(formatFindings(parsed.report, 'hand-raiser.yaml'))
  const events: ScoringEvent[] = types.map((type, index) => ({
    id: `e${index}`,
    type,
    occurredAt: now, // scored as it arrives, before any decay
  }))
  const full = { person: {}, account: null, events, ...subject }
  return scorePerson(parsed.model, full, now).total
}

const handoff = agreement.agreement?.scoring.handoffScore ?? Number.NaN
const reachesHandoff = (score: number) =>
  crossedThresholds(0, score, [{ stage: 'mql', score: handoff }]).length === 1

describe('the hand-raiser preset (seeds 000 and 001)', () => {
  it('is a valid model without warnings, next to seed 001 agreement with its 60-point hand-off', () => {
    expect(formatFindings(parsed.report, 'hand-raiser.yaml')).toBe('')
    expect(handoff).toBe(60)
  })

  it('ranks an explicit request to talk over replies and webinars, over content, over clicks, visits and opens', () => {
    const ranked = [
      ['demo_request', 'contact_us', 'call_in'],
      ['email_reply'],
      ['webinar_attended'],
      ['content_download', 'form_fill', 'pricing_page_visit'],
      ['webinar_registered', 'event_badge_scan'],
      ['paid_search_click', 'email_click'],
      ['page_visit'],
      ['email_open'],
    ].map((tier) => tier.map((type) => scoreOf({}, [type])))
    for (const tier of ranked) expect(new Set(tier).size).toBe(1)
    const tops = ranked.map((tier) => tier[0] ?? 0)
    expect(tops).toEqual([...tops].sort((a, b) => b - a))
    expect(new Set(tops).size).toBe(tops.length)
  })

  it.each([
    {
      who: 'a demo request from an ICP account',
      subject: { account: { icpMatch: true } },
      events: ['demo_request'],
      handed: true,
    },
    {
      who: 'a call-in from a VP',
      subject: { person: { title: 'VP Engineering' } },
      events: ['call_in'],
      handed: true,
    },
    {
      who: 'a contact-us form from a referral',
      subject: { person: { source: 'Referral' } },
      events: ['contact_us'],
      handed: true,
    },
    {
      who: 'a demo request with no sign of fit',
      subject: {},
      events: ['demo_request'],
      handed: false,
    },
    {
      who: 'a demo request from a student on gmail',
      subject: { person: { title: 'Student', freeMail: true } },
      events: ['demo_request'],
      handed: false,
    },
    {
      who: 'a reply and a webinar from a manager',
      subject: { person: { title: 'IT Manager' } },
      events: ['email_reply', 'webinar_attended'],
      handed: true,
    },
    {
      who: 'a download at an ICP account',
      subject: { account: { icpMatch: true } },
      events: ['content_download'],
      handed: false,
    },
    {
      who: 'a week of opens and visits from a VP at an ICP account',
      subject: { person: { title: 'VP Sales' }, account: { icpMatch: true } },
      events: [...Array(20).fill('email_open'), ...Array(20).fill('page_visit')],
      handed: false,
    },
    {
      who: 'a demo request from a competitor at an ICP account',
      subject: { person: { emailDomain: 'competitor.example' }, account: { icpMatch: true } },
      events: ['demo_request'],
      handed: false,
    },
  ])('hands off $who: $handed', ({ subject, events, handed }) => {
    expect(reachesHandoff(scoreOf(subject, events))).toBe(handed)
  })
})
