// Section 4 of the rendered agreement: response targets, calendar, cadences, exit criteria, clocks.
import { weekdays, type Agreement, type CadenceChannel, type ClockKind } from './types.ts'
import { clockStopActivities } from './escalation-ladder.ts'
import { clockNames, escalations } from './render-escalations.ts'
import { routingSection } from './render-routing.ts'
import { dayNames, esc, joinWords, list, plural, stageLabel } from './markdown-wording.ts'

export function responseProcess(agreement: Agreement): string[] {
  const targets = agreement.responseTargets.map((t) => {
    const from = t.minScore === undefined ? '' : ` (score ${t.minScore} or more)`
    const note = t.description === undefined ? '' : ` ${esc(t.description)}`
    return `**${esc(t.priority)}**${from}: first response within ${plural(t.withinBusinessHours, 'business hour')}.${note}`
  })
  const cadences = agreement.cadences.map((c) => {
    const steps = c.steps.map(
      (s) => `${channelLabels[s.channel]} on business day ${s.afterBusinessDays}`,
    )
    const priority = c.priority === undefined ? '' : `, ${esc(c.priority)} leads`
    const team = c.team === 'sales' ? ', sellers' : ''
    return `**${esc(c.name)}** (account tier ${esc(c.tier)}${priority}${team}): ${joinWords(steps)}.`
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
    ...escalations(agreement),
    ...routingSection(agreement),
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
  const touches = clockStopActivities(clock)
  const touch =
    touches.length === 0
      ? ''
      : `, or when a ${joinWords(touches.map(esc), 'or')} is recorded for it`
  return (
    `The ${clockNames[clock.kind]} clock starts when a lead enters ${stageLabel(agreement, clock.startsOn)} ` +
    `and stops when it enters ${stops}${touch} (limit: ${clockLimit(agreement, clock.kind)}).`
  )
}
