import type { ScoringEvent } from './person-score.ts'
import type { ScoreModel } from './types.ts'

/** A fixed "now" for scoring tests: events are dated relative to it. */
export const scoringNow = new Date('2026-03-01T12:00:00Z')

const dayMs = 86_400_000

/** An event `ageDays` before scoringNow (negative: in the future). */
export function eventAgo(
  id: string,
  type: string,
  ageDays: number,
  extra: Partial<ScoringEvent> = {},
): ScoringEvent {
  return { id, type, occurredAt: new Date(scoringNow.getTime() - ageDays * dayMs), ...extra }
}

/** A small model with round numbers, easy to compute by hand; tests change what they need. */
export function testScoreModel(changes: Partial<ScoreModel> = {}): ScoreModel {
  return {
    name: 'test',
    version: 1,
    fit: [
      { id: 'icp', when: { op: 'equals', field: 'account.icpMatch', value: true }, points: 20 },
      {
        id: 'vp',
        group: 'seniority',
        when: { op: 'matches', field: 'person.title', pattern: '\\bvp\\b|vice president' },
        points: 15,
      },
      {
        id: 'director',
        group: 'seniority',
        when: { op: 'contains', field: 'person.title', value: 'director' },
        points: 10,
      },
      {
        id: 'free-mail',
        when: { op: 'equals', field: 'person.freeMail', value: true },
        points: -10,
      },
    ],
    engagement: [
      { id: 'demo', event: 'demo_request', points: 50, halfLifeDays: 30 },
      { id: 'pricing', event: 'page_visit', urlPattern: '/pricing', points: 10, halfLifeDays: 14 },
      { id: 'visit', event: 'page_visit', points: 2, halfLifeDays: 14 },
      {
        id: 'open',
        event: 'email_open',
        points: 3,
        halfLifeDays: 14,
        cap: { points: 30, periodDays: 7 },
      },
    ],
    intent: [
      { id: 'intent-strong', topic: '*', minStrength: 70, points: 15, halfLifeDays: 14 },
      { id: 'intent-weak', topic: 'crm', minStrength: 30, points: 5, halfLifeDays: 14 },
    ],
    negative: [
      { id: 'unsubscribed', kind: 'event', event: 'unsubscribe', points: -40 },
      {
        id: 'hard-bounce',
        kind: 'event',
        event: 'bounce',
        properties: { bounceType: 'hard' },
        points: -50,
      },
      {
        id: 'competitor',
        kind: 'field',
        when: { op: 'in', field: 'person.emailDomain', values: ['rival.example'] },
        points: -100,
      },
      {
        id: 'student',
        kind: 'field',
        when: { op: 'matches', field: 'person.title', pattern: 'student|job seeker' },
        points: -30,
      },
    ],
    bands: {
      fit: [
        { name: 'A', atLeast: 30 },
        { name: 'B', atLeast: 15, below: 30 },
        { name: 'C', atLeast: 0, below: 15 },
        { name: 'D', below: 0 },
      ],
      engagement: [
        { name: '1', atLeast: 50 },
        { name: '2', atLeast: 25, below: 50 },
        { name: '3', atLeast: 10, below: 25 },
        { name: '4', below: 10 },
      ],
    },
    accountRollUp: { engagedAtLeast: 25, bonusPerEngagedPerson: 10, maxBonus: 30 },
    ...changes,
  }
}
