import { describe, expect, it } from 'vitest'
import { agreementFixture } from '../../../test/agreement-fixture.ts'
import type { Agreement, Finding } from './types.ts'
import { validateAgreement } from './validate-agreement.ts'

type Draft<T> = T extends readonly (infer U)[]
  ? Draft<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Draft<T[K]> }
    : T

type Expected = {
  readonly severity: 'error' | 'warning'
  readonly path: readonly (string | number)[]
  readonly message: RegExp
}

type Case = {
  readonly rule: string
  readonly change: (agreement: Draft<Agreement>) => void
  readonly expected: readonly Expected[]
}

function at<T>(items: readonly T[], index: number): T {
  const item = items[index]
  if (item === undefined) throw new Error(`no item at index ${index}`)
  return item
}

const customers = (kind: string) => Array.from({ length: 25 }, (_, i) => `${kind} ${i + 1}`)

// The fixture plus the 25 best and worst customers seed 004 asks for: no findings at all.
function cleanAgreement(): Draft<Agreement> {
  const agreement = agreementFixture() as Draft<Agreement>
  const profile = at(agreement.idealCustomerProfiles, 0)
  profile.bestCustomers = customers('Best')
  profile.worstCustomers = customers('Worst')
  return agreement
}

function findingsOf(agreement: Agreement): (Finding & { severity: string })[] {
  const report = validateAgreement(agreement)
  return [
    ...report.errors.map((finding) => ({ severity: 'error', ...finding })),
    ...report.warnings.map((finding) => ({ severity: 'warning', ...finding })),
  ]
}

const error = (path: Expected['path'], message: RegExp): Expected => ({
  severity: 'error',
  path,
  message,
})
const warning = (path: Expected['path'], message: RegExp): Expected => ({
  severity: 'warning',
  path,
  message,
})

const funnelCases: Case[] = [
  {
    rule: 'a transition may only lead to a listed stage',
    change: (a) => at(a.funnel.transitions, 4).to.push('customer'),
    expected: [error(['funnel', 'transitions', 4, 'to', 2], /unknown stage "customer"/)],
  },
  {
    rule: 'a transition may only leave a listed stage',
    change: (a) => a.funnel.transitions.push({ from: 'customer', to: ['nurture'] }),
    expected: [error(['funnel', 'transitions', 7, 'from'], /unknown stage "customer"/)],
  },
  {
    rule: 'each canonical stage is listed once',
    change: (a) => a.funnel.stages.push({ canonical: 'mql', name: 'Lead', ownerTeam: 'sdr' }),
    expected: [error(['funnel', 'stages', 9, 'canonical'], /"mql" is listed twice/)],
  },
  {
    rule: 'each stage leaves through one transition',
    change: (a) => a.funnel.transitions.push({ from: 'mql', to: ['disqualified'] }),
    expected: [error(['funnel', 'transitions', 7, 'from'], /second transition from "mql"/)],
  },
  {
    rule: 'every listed stage is reachable from the entry stage',
    change: (a) =>
      a.funnel.stages.push({ canonical: 'customer', name: 'Customer', ownerTeam: 'sales' }),
    expected: [
      error(['funnel', 'stages', 9, 'canonical'], /"customer" cannot be reached from .*"inquiry"/),
    ],
  },
  {
    rule: 'universe, when listed, is the entry stage',
    change: (a) => {
      a.funnel.stages.unshift({ canonical: 'universe', name: 'Market', ownerTeam: 'marketing' })
      a.funnel.transitions.push({ from: 'universe', to: ['mql'] })
    },
    expected: [
      error(['funnel', 'stages', 1, 'canonical'], /"inquiry" cannot be reached from .*"universe"/),
    ],
  },
  {
    rule: 'a funnel without inquiry or universe has no entry stage',
    change: (a) => a.funnel.stages.shift(),
    expected: [
      error(['funnel', 'transitions', 0, 'from'], /unknown stage "inquiry"/),
      error(['funnel', 'stages'], /no entry stage/),
    ],
  },
  {
    rule: 'an open stage without an outgoing transition traps leads (warning)',
    change: (a) => a.funnel.transitions.pop(),
    expected: [
      warning(['funnel', 'stages', 7, 'canonical'], /"nurture" has no outgoing transition/),
    ],
  },
  {
    rule: 'a lead recycled to nurture requalifies through mql',
    change: (a) => (at(a.funnel.transitions, 6).to = ['sal']),
    expected: [error(['funnel', 'transitions', 6, 'to', 0], /recycled to "nurture" .* "sal"/)],
  },
  {
    rule: 'a lost deal does not reopen as an opportunity',
    change: (a) => at(a.funnel.transitions, 5).to.push('opportunity'),
    expected: [error(['funnel', 'transitions', 5, 'to', 1], /recycled to "lost"/)],
  },
  {
    rule: 'an inquiry does not skip mql when mql is listed',
    change: (a) => at(a.funnel.transitions, 0).to.push('sql'),
    expected: [
      error(
        ['funnel', 'transitions', 0, 'to', 3],
        /"inquiry" goes straight to "sql", skipping mql/,
      ),
    ],
  },
]

const opportunityCases: Case[] = [
  {
    rule: 'open opportunity stages rise strictly in probability',
    change: (a) => (at(a.funnel.opportunityStages, 1).probabilityPct = 10),
    expected: [
      error(
        ['funnel', 'opportunityStages', 1, 'probabilityPct'],
        /"Proposal" \(10%\) is not above "Discovery"/,
      ),
    ],
  },
  {
    rule: 'the won stage is 100%',
    change: (a) => (at(a.funnel.opportunityStages, 3).probabilityPct = 90),
    expected: [error(['funnel', 'opportunityStages', 3, 'probabilityPct'], /won stage .* 90%/)],
  },
  {
    rule: 'a lost stage is 0%',
    change: (a) => (at(a.funnel.opportunityStages, 4).probabilityPct = 5),
    expected: [error(['funnel', 'opportunityStages', 4, 'probabilityPct'], /lost stage .* 5%/)],
  },
  {
    rule: 'there is a won stage',
    change: (a) => a.funnel.opportunityStages.splice(3, 1),
    expected: [error(['funnel', 'opportunityStages'], /no won stage/)],
  },
  {
    rule: 'there is only one won stage',
    change: (a) =>
      a.funnel.opportunityStages.push({ name: 'Won Again', probabilityPct: 100, outcome: 'won' }),
    expected: [error(['funnel', 'opportunityStages', 5, 'outcome'], /second won stage/)],
  },
  {
    rule: 'there is a lost stage',
    change: (a) => a.funnel.opportunityStages.pop(),
    expected: [error(['funnel', 'opportunityStages'], /no lost stage/)],
  },
  {
    rule: 'opportunity stage names are unique, ignoring case',
    change: (a) => (at(a.funnel.opportunityStages, 1).name = 'discovery'),
    expected: [error(['funnel', 'opportunityStages', 1, 'name'], /"discovery" is listed twice/)],
  },
]

const responseCases: Case[] = [
  {
    rule: 'each priority has one response target, ignoring case',
    change: (a) => a.responseTargets.push({ priority: 'HOT', withinBusinessHours: 2 }),
    expected: [error(['responseTargets', 2, 'priority'], /"HOT" is listed twice/)],
  },
  {
    rule: 'a response target allows more than 0 business hours',
    change: (a) => (at(a.responseTargets, 0).withinBusinessHours = 0),
    expected: [error(['responseTargets', 0, 'withinBusinessHours'], /within 0 business hours/)],
  },
  {
    rule: 'a response target fits in the resolution limit (15 business days of 8 hours)',
    change: (a) => (at(a.responseTargets, 1).withinBusinessHours = 121),
    expected: [
      error(
        ['responseTargets', 1, 'withinBusinessHours'],
        /121 business hours, more than the 120 hours/,
      ),
    ],
  },
  {
    rule: 'priorities are listed highest minScore first (warning)',
    change: (a) => a.responseTargets.reverse(),
    expected: [
      warning(['responseTargets', 1, 'minScore'], /"hot" \(minScore 80\) is listed after "warm"/),
    ],
  },
  {
    rule: 'a priority does not start below the hand-off score (warning)',
    change: (a) => (at(a.responseTargets, 1).minScore = 50),
    expected: [
      warning(['responseTargets', 1, 'minScore'], /score 50, below the hand-off score 60/),
    ],
  },
]

const calendarCases: Case[] = [
  {
    rule: 'the calendar has working hours',
    change: (a) => (a.calendar.workingHours = {}),
    expected: [error(['calendar', 'workingHours'], /no working hours/)],
  },
  {
    rule: 'a working period ends after it starts',
    change: (a) => (a.calendar.workingHours.mon = [{ from: '17:00', to: '09:00' }]),
    expected: [
      error(['calendar', 'workingHours', 'mon', 0, 'to'], /17:00-09:00 on mon does not end after/),
    ],
  },
  {
    rule: 'working periods on one day do not overlap',
    change: (a) =>
      (a.calendar.workingHours.tue = [
        { from: '09:00', to: '13:00' },
        { from: '12:00', to: '17:00' },
      ]),
    expected: [
      error(['calendar', 'workingHours', 'tue', 1, 'from'], /starting 12:00 on tue overlaps/),
    ],
  },
  {
    rule: 'the time zone is an IANA zone',
    change: (a) => (a.calendar.timeZone = 'Mars/Olympus_Mons'),
    expected: [error(['calendar', 'timeZone'], /"Mars\/Olympus_Mons" is not an IANA time zone/)],
  },
  {
    rule: 'a UTC offset is not an IANA zone',
    change: (a) => (a.calendar.timeZone = '+01:00'),
    expected: [error(['calendar', 'timeZone'], /not an IANA time zone/)],
  },
  {
    rule: 'each closed day is listed once',
    change: (a) => (a.calendar.closedDays = ['2026-12-24', '2026-12-24']),
    expected: [error(['calendar', 'closedDays', 1], /2026-12-24 is listed twice/)],
  },
]

const leadCases: Case[] = [
  {
    rule: 'a field sits in only one of required, optional and unnecessary',
    change: (a) => at(a.leadDefinitions, 0).optionalFields.push('email'),
    expected: [
      error(
        ['leadDefinitions', 0, 'optionalFields', 2],
        /"email" is already listed in requiredFields/,
      ),
    ],
  },
  {
    rule: 'an mql requires name, company, website and area of interest',
    change: (a) => (at(a.leadDefinitions, 0).requiredFields = ['name', 'company', 'email']),
    expected: [
      error(
        ['leadDefinitions', 0, 'requiredFields'],
        /does not require "website", "area_of_interest"/,
      ),
    ],
  },
  {
    rule: 'a lead definition is for a listed stage',
    change: (a) =>
      a.leadDefinitions.push({
        stage: 'customer',
        requiredFields: ['name'],
        optionalFields: [],
        unnecessaryFields: [],
      }),
    expected: [error(['leadDefinitions', 2, 'stage'], /unknown stage "customer"/)],
  },
  {
    rule: 'the mql definition needs a score threshold',
    change: (a) => delete at(a.leadDefinitions, 0).scoreThreshold,
    expected: [error(['leadDefinitions', 0, 'scoreThreshold'], /no scoreThreshold/)],
  },
  {
    rule: 'the mql threshold matches the hand-off score (warning)',
    change: (a) => (at(a.leadDefinitions, 0).scoreThreshold = 70),
    expected: [
      warning(['leadDefinitions', 0, 'scoreThreshold'], /70 differs from scoring.handoffScore 60/),
    ],
  },
  {
    rule: 'BANT asks at most 4 criteria',
    change: (a) => (at(a.leadDefinitions, 1).qualification = { framework: 'bant', minimumMet: 5 }),
    expected: [
      error(
        ['leadDefinitions', 1, 'qualification', 'minimumMet'],
        /5 is outside the 1..4 bant criteria/,
      ),
    ],
  },
  {
    rule: 'qualification asks at least 1 criterion',
    change: (a) => (at(a.leadDefinitions, 1).qualification = { framework: 'bant', minimumMet: 0 }),
    expected: [
      error(['leadDefinitions', 1, 'qualification', 'minimumMet'], /0 is outside the 1..4/),
    ],
  },
  {
    rule: 'MEDDIC asks at most 6 criteria',
    change: (a) =>
      (at(a.leadDefinitions, 1).qualification = { framework: 'meddic', minimumMet: 7 }),
    expected: [error(['leadDefinitions', 1, 'qualification', 'minimumMet'], /1..6 meddic/)],
  },
  {
    rule: 'a checklist asks at most as many criteria as it has items',
    change: (a) =>
      (at(a.leadDefinitions, 1).qualification = {
        framework: 'checklist',
        items: ['a', 'b'],
        minimumMet: 3,
      }),
    expected: [error(['leadDefinitions', 1, 'qualification', 'minimumMet'], /1..2 checklist/)],
  },
  {
    rule: 'BANT is not asked on a web form (warning)',
    change: (a) => (at(a.leadDefinitions, 0).qualification = { framework: 'bant', minimumMet: 2 }),
    expected: [
      warning(
        ['leadDefinitions', 0, 'qualification', 'framework'],
        /BANT qualification on .* web form/,
      ),
    ],
  },
  {
    rule: 'a web form does not require BANT fields (warning)',
    change: (a) => at(a.leadDefinitions, 0).requiredFields.push('timeline'),
    expected: [
      warning(
        ['leadDefinitions', 0, 'requiredFields', 5],
        /web form requires the BANT field "timeline"/,
      ),
    ],
  },
]

const otherCases: Case[] = [
  {
    rule: 'reason codes are unique, ignoring case',
    change: (a) => (at(a.reasonCodes, 3).code = 'Unreachable'),
    expected: [error(['reasonCodes', 3, 'code'], /"Unreachable" repeats reasonCodes\[0\]/)],
  },
  {
    rule: 'there is at least one reason code',
    change: (a) => (a.reasonCodes = []),
    expected: [error(['reasonCodes'], /no disqualification reason codes/)],
  },
  {
    rule: 'nurture touches come at strictly increasing months',
    change: (a) => (at(a.nurturePrograms, 0).touchMonths = [1, 3, 3, 9]),
    expected: [
      error(['nurturePrograms', 0, 'touchMonths', 2], /month 3 does not come after .* month 3/),
    ],
  },
  {
    rule: 'nurture touches come after enrollment',
    change: (a) => (at(a.nurturePrograms, 0).touchMonths = [0, 3]),
    expected: [error(['nurturePrograms', 0, 'touchMonths', 0], /month 0 is not after enrollment/)],
  },
  {
    rule: 'nurture program names are unique',
    change: (a) => a.nurturePrograms.push({ name: 'recycled leads', touchMonths: [1] }),
    expected: [error(['nurturePrograms', 1, 'name'], /"recycled leads" is listed twice/)],
  },
  {
    rule: 'exit durations are above 0',
    change: (a) => (a.exitCriteria.statusUpdateWithinBusinessDays = 0),
    expected: [
      error(
        ['exitCriteria', 'statusUpdateWithinBusinessDays'],
        /is 0, so the clock expires at once/,
      ),
    ],
  },
  {
    rule: 'the SDR takes a lead back before it must be resolved (warning)',
    change: (a) => (a.exitCriteria.sdrTakeBackAfterBusinessDays = 20),
    expected: [
      warning(
        ['exitCriteria', 'sdrTakeBackAfterBusinessDays'],
        /after 20 business days, later than the 15/,
      ),
    ],
  },
  {
    rule: 'leads recycle to a listed stage',
    change: (a) => {
      a.funnel.stages = a.funnel.stages.filter((s) => s.canonical !== 'disqualified')
      for (const t of a.funnel.transitions) t.to = t.to.filter((s) => s !== 'disqualified')
      for (const c of a.clocks) c.stopsOn = c.stopsOn.filter((s) => s !== 'disqualified')
      a.exitCriteria.recycleTo = 'disqualified'
    },
    expected: [error(['exitCriteria', 'recycleTo'], /unknown stage "disqualified"/)],
  },
  {
    rule: 'a clock starts on a listed stage',
    change: (a) => (at(a.clocks, 0).startsOn = 'customer'),
    expected: [error(['clocks', 0, 'startsOn'], /unknown stage "customer"/)],
  },
  {
    rule: 'a clock stops on listed stages',
    change: (a) => at(a.clocks, 1).stopsOn.push('customer'),
    expected: [error(['clocks', 1, 'stopsOn', 3], /unknown stage "customer"/)],
  },
  {
    rule: 'a clock does not stop on the stage that starts it',
    change: (a) => at(a.clocks, 2).stopsOn.push('sql'),
    expected: [
      error(
        ['clocks', 2, 'stopsOn', 2],
        /status_update clock stops on "sql", the stage that starts it/,
      ),
    ],
  },
  {
    rule: 'one clock per kind and start stage',
    change: (a) => a.clocks.push({ kind: 'recycle', startsOn: 'sal', stopsOn: ['sql'] }),
    expected: [error(['clocks', 3], /second recycle clock on "sal"/)],
  },
  {
    rule: 'a first-response clock needs response targets',
    change: (a) => (a.responseTargets = []),
    expected: [error(['clocks', 0, 'kind'], /no responseTargets/)],
  },
  {
    rule: 'a conversion goal names listed stages',
    change: (a) => (at(a.goals.conversions, 0).to = 'customer'),
    expected: [error(['goals', 'conversions', 0, 'to'], /unknown stage "customer"/)],
  },
  {
    rule: 'a conversion goal runs between two different stages',
    change: (a) => (at(a.goals.conversions, 0).to = 'mql'),
    expected: [error(['goals', 'conversions', 0, 'to'], /from "mql" to itself/)],
  },
  {
    rule: 'a profile lists at least 25 best customers (warning)',
    change: (a) => at(a.idealCustomerProfiles, 0).bestCustomers.pop(),
    expected: [
      warning(['idealCustomerProfiles', 0, 'bestCustomers'], /names 24 customers; .* at least 25/),
    ],
  },
  {
    rule: 'one profile per product, ignoring case',
    change: (a) =>
      a.idealCustomerProfiles.push({ ...at(a.idealCustomerProfiles, 0), product: 'platform' }),
    expected: [error(['idealCustomerProfiles', 1, 'product'], /"platform" already has a profile/)],
  },
  {
    rule: 'a range minimum is not above its maximum',
    change: (a) => (at(a.idealCustomerProfiles, 0).account.employeeCount = { min: 5000, max: 50 }),
    expected: [
      error(['idealCustomerProfiles', 0, 'account', 'employeeCount'], /min 5000 above max 50/),
    ],
  },
  {
    rule: 'each side has a signatory',
    change: (a) => (a.signatories.sales = []),
    expected: [error(['signatories', 'sales'], /sales has no signatory/)],
  },
  {
    rule: 'one person does not sign for both sides',
    change: (a) => a.signatories.sales.push({ name: 'Maria', email: 'Maria@Acme.com' }),
    expected: [
      error(['signatories', 'sales', 1, 'email'], /Maria@Acme.com also signs for marketing/),
    ],
  },
  {
    rule: 'the term does not end before it starts',
    change: (a) => (a.term.endsOn = '2025-12-31'),
    expected: [error(['term', 'endsOn'], /ends on 2025-12-31, before it starts on 2026-01-01/)],
  },
  {
    rule: 'the first review comes after rollout',
    change: (a) => (a.review.firstReviewAfterDays = 0),
    expected: [error(['review', 'firstReviewAfterDays'], /first review is 0 days after rollout/)],
  },
]

describe('validateAgreement', () => {
  it('finds nothing wrong with the fixture but its too-short customer lists', () => {
    const report = validateAgreement(agreementFixture())
    expect(report.errors).toEqual([])
    expect(report.warnings.map((finding) => finding.path)).toEqual([
      ['idealCustomerProfiles', 0, 'bestCustomers'],
      ['idealCustomerProfiles', 0, 'worstCustomers'],
    ])
  })

  it('finds nothing at all once each profile lists 25 best and 25 worst customers', () => {
    expect(validateAgreement(cleanAgreement())).toEqual({ errors: [], warnings: [] })
  })

  it.each([
    ...funnelCases,
    ...opportunityCases,
    ...responseCases,
    ...calendarCases,
    ...leadCases,
    ...otherCases,
  ])('$rule', ({ change, expected }) => {
    const agreement = cleanAgreement()
    change(agreement)
    const findings = findingsOf(agreement)
    expect(findings.map(({ severity, path }) => ({ severity, path }))).toEqual(
      expected.map(({ severity, path }) => ({ severity, path })),
    )
    expected.forEach((want, index) => {
      expect(findings[index]?.message).toMatch(want.message)
      expect(findings[index]?.fix).toMatch(/\w/)
    })
  })

  it.each<{ case: string; change: (agreement: Draft<Agreement>) => void }>([
    {
      case: 'working periods that touch',
      change: (a) =>
        (a.calendar.workingHours.mon = [
          { from: '09:00', to: '12:00' },
          { from: '12:00', to: '17:00' },
        ]),
    },
    {
      case: 'a working day ending at 24:00',
      change: (a) => (a.calendar.workingHours.sat = [{ from: '00:00', to: '24:00' }]),
    },
    { case: 'a one-day term', change: (a) => (a.term.endsOn = a.term.startsOn) },
    { case: 'an open-ended term', change: (a) => delete a.term.endsOn },
    { case: 'the UTC time zone', change: (a) => (a.calendar.timeZone = 'UTC') },
    {
      case: 'a response target of exactly the resolution limit',
      change: (a) => (at(a.responseTargets, 1).withinBusinessHours = 120),
    },
    {
      case: 'the same person signing twice for one side',
      change: (a) => a.signatories.sales.push({ name: 'Sam', email: 'sam@acme.com' }),
    },
  ])('accepts $case', ({ change }) => {
    const agreement = cleanAgreement()
    change(agreement)
    expect(validateAgreement(agreement)).toEqual({ errors: [], warnings: [] })
  })
})
