import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatFindings, parseAgreement } from '../src/app/agreement/parse-agreement.ts'
import type { Agreement, ClockKind } from '../src/core/agreement/types.ts'

const presetNames = ['insource', 'leadliaison', 'waterfall', 'leadcrunch'] as const
type PresetName = (typeof presetNames)[number]

function parsePreset(name: PresetName) {
  const sourceName = `presets/agreements/${name}.yaml`
  const text = readFileSync(new URL(`../${sourceName}`, import.meta.url), 'utf8')
  return { sourceName, ...parseAgreement(text, sourceName) }
}

function preset(name: PresetName): Agreement {
  const { sourceName, agreement, report } = parsePreset(name)
  if (!agreement)
    throw new Error(`${sourceName} does not parse:\n${formatFindings(report, sourceName)}`)
  return agreement
}

const stageNames = (agreement: Agreement) =>
  Object.fromEntries(agreement.funnel.stages.map((stage) => [stage.canonical, stage.name]))

const clockOf = (agreement: Agreement, kind: ClockKind) =>
  agreement.clocks.find((clock) => clock.kind === kind)

describe('agreement presets', () => {
  it.each(presetNames)('%s parses with no errors and no warnings', (name) => {
    const { sourceName, agreement, report } = parsePreset(name)
    // The formatted findings name file, line, path and fix when this fails.
    expect(formatFindings(report, sourceName)).toBe('')
    expect(agreement).toBeDefined()
  })

  describe('insource (seed 000)', () => {
    it('names the stages Prospect Universe, Hand-Raiser, MQL, SQL (pipelined) and Sales Win', () => {
      expect(stageNames(preset('insource'))).toMatchObject({
        universe: 'Prospect Universe',
        inquiry: 'Hand-Raiser',
        mql: 'Marketing Qualified Lead',
        sql: 'Sales Qualified Lead (pipelined)',
        won: 'Sales Win',
      })
    })

    it('expects about 90% of MQLs to become SQLs, and 8 sales conversations a day', () => {
      const { goals } = preset('insource')
      expect(goals.conversions).toContainEqual({ from: 'mql', to: 'sql', targetPct: 90 })
      expect(goals.activities).toContainEqual({
        team: 'sales',
        activity: 'conversations',
        perDay: 8,
      })
    })

    it('lets telemarketing qualify a prospect straight from the universe to MQL', () => {
      const fromUniverse = preset('insource').funnel.transitions.find((t) => t.from === 'universe')
      expect(fromUniverse?.to).toContain('mql')
    })
  })

  describe('leadliaison (seed 001)', () => {
    it('hands a lead to sales at 60 points, and calls it an mql at the same score', () => {
      const agreement = preset('leadliaison')
      expect(agreement.scoring.handoffScore).toBe(60)
      expect(agreement.leadDefinitions.find((d) => d.stage === 'mql')?.scoreThreshold).toBe(60)
      expect(stageNames(agreement)).toMatchObject({
        universe: 'Contact',
        inquiry: 'Inquiry',
        mql: 'Lead',
      })
    })

    it('lists the opportunity stages from Prospect New 10% to Closed 100%, plus Lost at 0%', () => {
      expect(preset('leadliaison').funnel.opportunityStages).toEqual([
        { name: 'Prospect New', probabilityPct: 10 },
        { name: 'Prospect Engaged', probabilityPct: 20 },
        { name: 'Evaluation', probabilityPct: 30 },
        { name: 'Budget Qualification', probabilityPct: 40 },
        { name: 'Proposal Submitted', probabilityPct: 50 },
        { name: 'Technically Selected', probabilityPct: 60 },
        { name: 'Contract Negotiation', probabilityPct: 70 },
        { name: 'Final Signature', probabilityPct: 80 },
        { name: 'In Purchasing', probabilityPct: 90 },
        { name: 'Closed', probabilityPct: 100, outcome: 'won' },
        { name: 'Lost', probabilityPct: 0, outcome: 'lost' },
      ])
    })

    it('nurtures at 1, 3, 6, 9 and 12 months and recycles unqualified leads to nurture', () => {
      const agreement = preset('leadliaison')
      expect(agreement.nurturePrograms.map((p) => p.touchMonths)).toContainEqual([1, 3, 6, 9, 12])
      expect(agreement.exitCriteria.recycleTo).toBe('nurture')
    })
  })

  describe('waterfall (seed 002)', () => {
    it('answers hot leads within 1 business hour and warm leads within 24', () => {
      const targets = preset('waterfall').responseTargets
      expect(targets.map((t) => [t.priority, t.withinBusinessHours])).toEqual([
        ['hot', 1],
        ['warm', 24],
      ])
    })

    it('recycles a lead the seller accepted but did not qualify after 30 days', () => {
      const agreement = preset('waterfall')
      expect(agreement.exitCriteria.recycleAcceptedUnqualifiedAfterDays).toBe(30)
      expect(clockOf(agreement, 'recycle')).toEqual({
        kind: 'recycle',
        startsOn: 'sql',
        stopsOn: ['opportunity', 'nurture', 'disqualified'],
      })
    })

    it('requires the BDR to confirm at least 2 of the 4 BANT criteria before an SQL', () => {
      const sql = preset('waterfall').leadDefinitions.find((d) => d.stage === 'sql')
      expect(sql?.qualification).toEqual({ framework: 'bant', minimumMet: 2 })
      expect(sql?.capturedBy).toBe('sdr')
    })

    it('names the stages Inquiry, MQL, SAL, SQL, SQO and Won, aiming at 90% MQL to SQL', () => {
      const agreement = preset('waterfall')
      expect(stageNames(agreement)).toMatchObject({
        mql: 'MQL',
        sal: 'SAL',
        sql: 'SQL',
        opportunity: 'SQO',
        won: 'Won',
      })
      expect(agreement.goals.conversions).toContainEqual({ from: 'mql', to: 'sql', targetPct: 90 })
    })
  })

  describe('leadcrunch (seed 004)', () => {
    it('takes a lead back after 8 business days, resolves it in 15, updates status in 1', () => {
      const agreement = preset('leadcrunch')
      expect(agreement.exitCriteria).toMatchObject({
        sdrTakeBackAfterBusinessDays: 8,
        resolutionWithinBusinessDays: 15,
        statusUpdateWithinBusinessDays: 1,
      })
      expect(clockOf(agreement, 'takeback')?.startsOn).toBe('sal')
      expect(clockOf(agreement, 'resolution')?.startsOn).toBe('mql')
      expect(clockOf(agreement, 'status_update')?.startsOn).toBe('sql')
    })

    it('disqualifies as unreachable, non-compliant (three reasons), no need, or other with a note', () => {
      const codes = preset('leadcrunch').reasonCodes
      expect(codes.map((c) => [c.code, c.noteRequired])).toEqual([
        ['unreachable', false],
        ['non_compliant_outside_target_market', true],
        ['non_compliant_missing_information', true],
        ['non_compliant_bad_information', true],
        ['no_need', false],
        ['other', true],
      ])
    })

    it('lists at least 25 best and 25 worst customers for every product', () => {
      for (const profile of preset('leadcrunch').idealCustomerProfiles) {
        expect(profile.bestCustomers.length).toBeGreaterThanOrEqual(25)
        expect(profile.worstCustomers.length).toBeGreaterThanOrEqual(25)
      }
    })

    it('uses the funnel language Target Market, Exchange, Conversation Lead, First Sales Meeting', () => {
      expect(stageNames(preset('leadcrunch'))).toMatchObject({
        universe: 'Target Market',
        inquiry: 'Exchange',
        mql: 'Conversation Lead',
        sql: 'First Sales Meeting',
        won: 'Closed-Won',
        customer: 'Next Sale',
      })
    })
  })
})
