import type { CanonicalStage } from '../funnel/index.ts'
import {
  sides,
  teams,
  weekdays,
  type Agreement,
  type CadenceChannel,
  type ClockKind,
  type IdealCustomerProfile,
  type LeadDefinition,
  type Qualification,
  type Range,
  type Side,
  type Team,
  type Weekday,
} from './types.ts'

export type RenderMeta = {
  readonly version?: number
  readonly status?: 'draft' | 'signed' | 'retired'
  readonly effectiveFrom?: Date
  readonly signatures?: readonly {
    readonly side: Side
    readonly signerName: string
    readonly signerEmail: string
    readonly signedAt: Date
  }[]
}

/** Renders the agreement as a Markdown document for sign-off in the seed-001 outline order; dates are ISO (UTC). */
export function renderAgreementMarkdown(agreement: Agreement, meta: RenderMeta): string {
  const blocks = [
    ...header(agreement, meta),
    '## 1. Purpose',
    ...agreement.purpose.split(/\n\s*\n/).map(esc),
    ...definitions(agreement),
    ...scoringModel(agreement),
    ...responseProcess(agreement),
    ...nurturing(agreement),
    ...metrics(agreement),
    ...responsibilities(agreement),
    ...reviewPeriod(agreement),
    ...term(agreement),
    ...acceptance(agreement, meta),
  ]
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`
}

// User text goes through here: one line, Markdown specials and pipes backslash-escaped.
function esc(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*[\]<>|~#]/g, '\\$&')
      // An underscore between letters or digits never opens emphasis: keep snake_case readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

const list = (items: readonly string[]): string => items.map((item) => `- ${item}`).join('\n')

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')

function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? 'none'
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`
}

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`

const isoDate = (date: Date): string =>
  Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10)

function grouped(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.')
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`
}

function range(value: Range | undefined, format: (n: number) => string): string | undefined {
  if (value?.min !== undefined && value.max !== undefined)
    return `${format(value.min)} to ${format(value.max)}`
  if (value?.min !== undefined) return `at least ${format(value.min)}`
  if (value?.max !== undefined) return `at most ${format(value.max)}`
  return undefined
}

function stageLabel(agreement: Agreement, canonical: CanonicalStage): string {
  const name = agreement.funnel.stages.find((stage) => stage.canonical === canonical)?.name
  if (name === undefined || name.toLowerCase() === canonical) return esc(name ?? canonical)
  return `${esc(name)} (${canonical})`
}

const teamLabels = {
  marketing: 'Marketing',
  sdr: 'Sales development (SDR)',
  sales: 'Sales',
} satisfies Record<Team, string>
const sideLabels = { marketing: 'Marketing', sales: 'Sales' } satisfies Record<Side, string>
const dayNames = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} satisfies Record<Weekday, string>

function header(agreement: Agreement, meta: RenderMeta): string[] {
  const version = meta.version === undefined ? 'not numbered yet' : String(meta.version)
  const effective = meta.effectiveFrom === undefined ? 'not set' : isoDate(meta.effectiveFrom)
  return [
    `# ${esc(agreement.name)}`,
    `**Version:** ${version} · **Status:** ${meta.status ?? 'draft'} · **Effective from:** ${effective}`,
  ]
}

function definitions(agreement: Agreement): string[] {
  const { stages, transitions, opportunityStages } = agreement.funnel
  const stageRows = stages.map((s) => [
    esc(s.name),
    s.canonical,
    teamLabels[s.ownerTeam],
    esc(s.description ?? '—'),
  ])
  const moves = transitions.map(
    (t) =>
      `From ${stageLabel(agreement, t.from)} a lead may move to ${joinWords(
        t.to.map((to) => stageLabel(agreement, to)),
        'or',
      )}.`,
  )
  const final = stages
    .filter((s) => !transitions.some((t) => t.from === s.canonical))
    .map((s) => `${stageLabel(agreement, s.canonical)} is final: no further stage changes.`)
  const oppRows = opportunityStages.map((s) => [
    esc(s.name),
    `${s.probabilityPct}%`,
    s.outcome ?? 'open',
  ])
  return [
    '## 2. Definitions',
    '### 2.1 Funnel stages',
    table(['Our name', 'Canonical stage', 'Owner', 'Description'], stageRows),
    '### 2.2 Allowed stage changes',
    list([...moves, ...final]),
    'Any other stage change is refused.',
    '### 2.3 Opportunity stages',
    table(['Stage', 'Probability', 'Outcome'], oppRows),
    '### 2.4 Ideal customer profiles',
    ...agreement.idealCustomerProfiles.flatMap(customerProfile),
    '### 2.5 Lead definitions',
    ...agreement.leadDefinitions.flatMap((definition) => leadDefinition(agreement, definition)),
  ]
}

const criteria = (label: string, values: readonly string[] | undefined): string | undefined =>
  values === undefined || values.length === 0 ? undefined : `${label} ${joinWords(values.map(esc))}`

function customerProfile(profile: IdealCustomerProfile): string[] {
  const { account, person } = profile
  const employees = range(account.employeeCount, grouped)
  const revenue = range(account.annualRevenueCents, (cents) => grouped(cents / 100))
  const accountParts = [
    criteria('industries', account.industries),
    criteria('countries', account.countries),
    criteria('regions', account.regions),
    employees === undefined ? undefined : `${employees} employees`,
    revenue === undefined ? undefined : `annual revenue ${revenue}`,
    account.notes === undefined ? undefined : esc(account.notes),
  ].filter((part) => part !== undefined)
  const personParts = [
    criteria('titles', person.titles),
    criteria('functions', person.functions),
    criteria('levels', person.levels),
  ].filter((part) => part !== undefined)
  const customers = (label: string, names: readonly string[]): string =>
    `${label} (${names.length} listed): ${joinWords(names.map(esc))}.`
  return [
    `#### ${esc(profile.product)}`,
    list([
      `Account: ${accountParts.length === 0 ? 'any' : accountParts.join('; ')}.`,
      `Person: ${personParts.length === 0 ? 'any' : personParts.join('; ')}.`,
      customers('Best customers', profile.bestCustomers),
      customers('Worst customers', profile.worstCustomers),
    ]),
  ]
}

const fields = (values: readonly string[]): string =>
  joinWords(values.map((field) => field.replaceAll('_', ' ')))

const capturedByLabels = { web_form: 'web form', sdr: 'the SDR', sales: 'sales' } as const

function leadDefinition(agreement: Agreement, definition: LeadDefinition): string[] {
  const { scoreThreshold, capturedBy, qualification } = definition
  const stage = stageLabel(agreement, definition.stage)
  return [
    `#### ${stage}`,
    list(
      [
        `Required fields: ${fields(definition.requiredFields)}.`,
        `Optional fields: ${fields(definition.optionalFields)}.`,
        `Unnecessary fields: ${fields(definition.unnecessaryFields)}.`,
        scoreThreshold === undefined
          ? undefined
          : `A lead enters ${stage} at a score of ${scoreThreshold} or more.`,
        capturedBy === undefined ? undefined : `Captured by ${capturedByLabels[capturedBy]}.`,
        qualification === undefined
          ? undefined
          : qualificationRule(qualification, capturedBy, stage),
      ].filter((item) => item !== undefined),
    ),
  ]
}

function qualificationRule(
  qualification: Qualification,
  capturedBy: LeadDefinition['capturedBy'],
  stage: string,
): string {
  const who =
    capturedBy === 'sdr' ? 'The SDR' : capturedBy === 'sales' ? 'Sales' : 'The qualifying team'
  const rule = ((): string => {
    switch (qualification.framework) {
      case 'bant':
        return 'the 4 BANT criteria (budget, authority, need and timeline)'
      case 'meddic':
        return 'the 6 MEDDIC criteria (metrics, economic buyer, decision criteria, decision process, identified pain and champion)'
      case 'checklist':
        return `these ${qualification.items.length} checklist items: ${qualification.items.map(esc).join('; ')}`
    }
  })()
  return `${who} confirms at least ${qualification.minimumMet} of ${rule} before a lead enters ${stage}.`
}

function scoringModel(agreement: Agreement): string[] {
  const { description, handoffScore, reviewEveryDays } = agreement.scoring
  return [
    '## 3. Lead scoring model',
    esc(description),
    `A lead is handed to sales development when its total score reaches ${handoffScore} points. ` +
      `Marketing and sales review the scoring model against outcomes every ${plural(reviewEveryDays, 'day')}.`,
  ]
}

function responseProcess(agreement: Agreement): string[] {
  const targets = agreement.responseTargets.map((t) => {
    const from = t.minScore === undefined ? '' : ` (score ${t.minScore} or more)`
    const note = t.description === undefined ? '' : ` ${esc(t.description)}`
    return `**${esc(t.priority)}**${from}: first response within ${plural(t.withinBusinessHours, 'business hour')}.${note}`
  })
  const cadences = agreement.cadences.map((c) => {
    const steps = c.steps.map(
      (s) => `${channelLabels[s.channel]} on business day ${s.afterBusinessDays}`,
    )
    return `**${esc(c.name)}** (account tier ${esc(c.tier)}): ${joinWords(steps)}.`
  })
  return [
    '## 4. Lead response process and timeline',
    '### 4.1 Response targets',
    list(targets),
    'The highest priority whose score threshold a lead meets applies.',
    '### 4.2 Business calendar',
    ...calendar(agreement),
    '### 4.3 Follow-up cadences',
    cadences.length === 0 ? 'No follow-up cadences are defined.' : list(cadences),
    '### 4.4 Exit criteria and clocks',
    list(exitCriteria(agreement)),
    agreement.clocks.length === 0 ? '' : 'Baton runs these clocks:',
    list(agreement.clocks.map((clock) => clockSentence(agreement, clock))),
  ]
}

const channelLabels = {
  email: 'email',
  call: 'call',
  voicemail: 'voicemail',
  social: 'social touch',
  meeting: 'meeting',
  direct_mail: 'direct mail',
} satisfies Record<CadenceChannel, string>

function calendar(agreement: Agreement): string[] {
  const { timeZone, workingHours, holidays, closedDays = [] } = agreement.calendar
  const days = weekdays.map((day) => {
    const periods = workingHours[day] ?? []
    const hours = periods.map((p) => `${esc(p.from)} to ${esc(p.to)}`)
    return `${dayNames[day]}: ${periods.length === 0 ? 'closed' : joinWords(hours)}`
  })
  const region = holidays?.region === undefined ? '' : `, region ${esc(holidays.region)}`
  return [
    `Business hours and days are counted in the ${esc(timeZone)} time zone.`,
    list(days),
    holidays === undefined
      ? 'No public holiday calendar applies.'
      : `Public holidays of ${esc(holidays.country)}${region} are not business days.`,
    closedDays.length === 0 ? '' : `Also closed: ${joinWords(closedDays.map(esc))}.`,
  ]
}

// Only exit criteria that a clock enforces are promised in the document; the others are numbers
// the team has not switched on, and printing them would read as commitments.
function exitCriteria(agreement: Agreement): string[] {
  const exit = agreement.exitCriteria
  const days = (count: number): string => plural(count, 'business day')
  const enforced = new Set(agreement.clocks.map((clock) => clock.kind))
  const promises: readonly (readonly [ClockKind, string])[] = [
    [
      'takeback',
      `If sales has not set a meeting within ${days(exit.sdrTakeBackAfterBusinessDays)}, the SDR takes the lead back.`,
    ],
    [
      'resolution',
      `The SDR resolves each ${stageLabel(agreement, 'mql')} within ${days(exit.resolutionWithinBusinessDays)}.`,
    ],
    [
      'status_update',
      `Sales updates the CRM status within ${days(exit.statusUpdateWithinBusinessDays)} of a first meeting.`,
    ],
    [
      'recycle',
      `If sales has accepted a lead but not qualified it within ${plural(exit.recycleAcceptedUnqualifiedAfterDays, 'day')}, the lead goes back to the SDR.`,
    ],
  ]
  return [
    ...promises.filter(([kind]) => enforced.has(kind)).map(([, sentence]) => sentence),
    `Rejected and expired leads go to ${stageLabel(agreement, exit.recycleTo)}.`,
  ]
}

const clockNames = {
  first_response: 'first-response',
  takeback: 'take-back',
  resolution: 'resolution',
  status_update: 'status-update',
  recycle: 'recycle',
} satisfies Record<ClockKind, string>

function clockLimit(agreement: Agreement, kind: ClockKind): string {
  const exit = agreement.exitCriteria
  switch (kind) {
    case 'first_response':
      return "the response target of the lead's priority"
    case 'takeback':
      return plural(exit.sdrTakeBackAfterBusinessDays, 'business day')
    case 'resolution':
      return plural(exit.resolutionWithinBusinessDays, 'business day')
    case 'status_update':
      return plural(exit.statusUpdateWithinBusinessDays, 'business day')
    case 'recycle':
      return plural(exit.recycleAcceptedUnqualifiedAfterDays, 'day')
  }
}

function clockSentence(agreement: Agreement, clock: Agreement['clocks'][number]): string {
  const stops = joinWords(
    clock.stopsOn.map((stage) => stageLabel(agreement, stage)),
    'or',
  )
  return (
    `The ${clockNames[clock.kind]} clock starts when a lead enters ${stageLabel(agreement, clock.startsOn)} ` +
    `and stops when it enters ${stops} (limit: ${clockLimit(agreement, clock.kind)}).`
  )
}

function nurturing(agreement: Agreement): string[] {
  const programs = agreement.nurturePrograms.map((p) => {
    const audience = p.audience === undefined ? '' : ` (audience: ${esc(p.audience)})`
    const months = p.touchMonths.map(String)
    const touches =
      months.length === 0
        ? 'no touches scheduled'
        : `touches at month${months.length === 1 ? '' : 's'} ${joinWords(months)} after enrollment`
    return `**${esc(p.name)}**${audience}: ${touches}.`
  })
  const codes = agreement.reasonCodes.map((c) => [
    esc(c.code),
    esc(c.label),
    c.noteRequired ? 'yes' : 'no',
    esc(c.description ?? '—'),
  ])
  return [
    '## 5. Nurturing program',
    '### 5.1 Nurture programs',
    programs.length === 0 ? 'No nurture programs are defined.' : list(programs),
    '### 5.2 Disqualification reason codes',
    'Every rejected or disqualified lead carries one of these codes.',
    table(['Code', 'Label', 'Note required', 'Description'], codes),
  ]
}

function metrics(agreement: Agreement): string[] {
  const { conversions, responseCompliancePct, activities = [] } = agreement.goals
  return [
    '## 6. Metrics and goals',
    list([
      ...conversions.map(
        (g) =>
          `${stageLabel(agreement, g.from)} to ${stageLabel(agreement, g.to)} conversion: at least ${g.targetPct}%.`,
      ),
      ...(responseCompliancePct === undefined
        ? []
        : [`Leads answered within the agreed response time: at least ${responseCompliancePct}%.`]),
      ...activities.map((a) => `${teamLabels[a.team]}: ${a.perDay} ${esc(a.activity)} per day.`),
    ]),
  ]
}

function responsibilities(agreement: Agreement): string[] {
  return [
    '## 7. Responsibilities',
    ...teams.flatMap((team) => {
      const duties = agreement.responsibilities[team]
      return [
        `### ${teamLabels[team]}`,
        duties.length === 0 ? 'None listed.' : list(duties.map(esc)),
      ]
    }),
  ]
}

function reviewPeriod(agreement: Agreement): string[] {
  const { firstReviewAfterDays, thenEveryMonths } = agreement.review
  const every = thenEveryMonths === 1 ? 'every month' : `every ${thenEveryMonths} months`
  return [
    '## 8. Review period',
    `Marketing and sales review this agreement together: first review ${plural(firstReviewAfterDays, 'day')} after rollout, then ${every}. ` +
      'Each side has one vote; every change becomes a new version that both sides sign.',
  ]
}

function term(agreement: Agreement): string[] {
  const { startsOn, endsOn } = agreement.term
  const end = endsOn === undefined ? 'until a new version replaces it' : `to ${esc(endsOn)}`
  return ['## 9. Term', `This agreement runs from ${esc(startsOn)} ${end}.`]
}

function acceptance(agreement: Agreement, meta: RenderMeta): string[] {
  const signatures = meta.signatures ?? []
  const lines = sides.flatMap((side) => {
    const label = `**${sideLabels[side]}:**`
    const mine = signatures.filter((s) => s.side === side)
    const named = agreement.signatories[side].map((person) => {
      const signed = mine.find((s) => s.signerEmail.toLowerCase() === person.email.toLowerCase())
      const title = person.title === undefined ? '' : `, ${esc(person.title)}`
      const date = signed === undefined ? '____ (date)' : `signed ${isoDate(signed.signedAt)}`
      return `${label} ${esc(person.name)}${title} — ${date}`
    })
    const others = mine
      .filter(
        (s) =>
          !agreement.signatories[side].some(
            (p) => p.email.toLowerCase() === s.signerEmail.toLowerCase(),
          ),
      )
      .map(
        (s) =>
          `${label} ${esc(s.signerName)} (${esc(s.signerEmail)}) — signed ${isoDate(s.signedAt)}`,
      )
    const all = [...named, ...others]
    return all.length === 0 ? [`${label} ____ (name, title) — ____ (date)`] : all
  })
  return ['## 10. Acceptance', 'Each side signs to accept this agreement.', list(lines)]
}
