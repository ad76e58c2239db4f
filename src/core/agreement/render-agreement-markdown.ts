import {
  sides,
  teams,
  type Agreement,
  type IdealCustomerProfile,
  type LeadDefinition,
  type Qualification,
  type Side,
} from './types.ts'
import {
  esc,
  grouped,
  isoDate,
  joinWords,
  list,
  plural,
  range,
  sideLabels,
  stageLabel,
  table,
  teamLabels,
} from './markdown-wording.ts'
import { responseProcess } from './render-response-process.ts'

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
