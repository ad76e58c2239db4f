import type { Digest, DigestKpi } from './build-digest.ts'

const day = (date: Date) => date.toISOString().slice(0, 10)

function shown(kpi: DigestKpi, n: number | null): string {
  if (n === null) return 'n/a'
  if (kpi.unit === 'rate') return `${(n * 100).toFixed(1)}%`
  if (kpi.unit === 'cents') return (n / 100).toFixed(2)
  return String(n)
}

function line(kpi: DigestKpi): string {
  const goal =
    kpi.goal === null
      ? ''
      : `, goal ${(kpi.goal * 100).toFixed(1)}% (${kpi.status.replace('_', ' ')})`
  return `${kpi.name}: ${shown(kpi, kpi.thisWeek)} (last week ${shown(kpi, kpi.lastWeek)}${goal})`
}

/**
 * The weekly digest as one plain-text message for a chat channel: the KPIs against last week and
 * the goals, the top leaks, and the teams that breached response targets.
 */
export function digestMessage(digest: Digest): string {
  const breaches = digest.slaBreachesByTeam.filter((r) => r.breached > 0)
  return [
    `Baton weekly digest, ${day(digest.from)} to ${day(digest.to)}`,
    ...digest.kpis.map((k) => `- ${line(k)}`),
    digest.topLeaks.length === 0 ? 'Top leaks: none.' : 'Top leaks:',
    ...digest.topLeaks.map((s) => `- ${s}`),
    breaches.length === 0
      ? 'SLA breaches: none.'
      : `SLA breaches by team: ${breaches.map((r) => `${r.label ?? 'no team'} ${r.breached} of ${r.decided}`).join('; ')}.`,
  ].join('\n')
}
