import type { Role } from '../api/api-types.ts'

export type NavItem = { readonly path: string; readonly label: string; readonly hint: string }

const items = {
  overview: { path: '/', label: 'Overview', hint: 'The funnel for a period' },
  flow: { path: '/flow', label: 'Flow', hint: 'Where leads went' },
  queue: { path: '/queue', label: 'Queue', hint: 'Leads in due order, live clocks' },
  leads: { path: '/leads', label: 'Leads', hint: 'Timelines, scores, duplicates' },
  sla: { path: '/sla', label: 'SLA', hint: 'Response times, breaches, escalations' },
  pipeline: { path: '/pipeline', label: 'Pipeline', hint: 'Weighted by stage, aging' },
  plan: { path: '/plan', label: 'Plan', hint: 'Targets vs required vs actual, what-ifs' },
  agreement: { path: '/agreement', label: 'Agreement', hint: 'The SLA in force and drafts' },
  import: { path: '/import', label: 'Import', hint: 'Load a CSV file' },
} as const satisfies Record<string, NavItem>

type Page = keyof typeof items

// Each role sees the pages of its job: reps work leads, managers and ops see the reports, only
// admins and marketing operations load files.
const pagesByRole: Record<Role, readonly Page[]> = {
  admin: ['overview', 'flow', 'queue', 'leads', 'sla', 'pipeline', 'plan', 'agreement', 'import'],
  marketing: ['overview', 'flow', 'leads', 'sla', 'pipeline', 'plan', 'agreement', 'import'],
  sdr: ['queue', 'leads', 'sla', 'overview', 'flow', 'agreement'],
  sales: ['queue', 'leads', 'sla', 'pipeline', 'plan', 'overview', 'flow', 'agreement'],
  viewer: ['overview', 'flow', 'sla', 'pipeline', 'plan', 'agreement'],
}

/** The navigation a role sees, in its order (a rep's first page is their queue). */
export function navigationFor(role: Role): readonly NavItem[] {
  return pagesByRole[role].map((page) => items[page])
}

/** Whether a role may open the page at `path` (a lead page belongs to Leads). */
export function canOpen(role: Role, path: string): boolean {
  const top = `/${path.split('/')[1] ?? ''}`
  return navigationFor(role).some((item) => item.path === top)
}

/** Roles that may change the agreement (draft it) and load files. */
export const canDraftAgreement = (role: Role) =>
  role === 'admin' || role === 'marketing' || role === 'sales'
