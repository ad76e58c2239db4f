import { AgreementPage } from './agreement/agreement-page.tsx'
import { FlowPage } from './flow/flow-page.tsx'
import { ImportPage } from './import/import-page.tsx'
import { LeadPage } from './leads/lead-page.tsx'
import { LeadsPage } from './leads/leads-page.tsx'
import { OverviewPage } from './overview/overview-page.tsx'
import { PipelinePage } from './pipeline/pipeline-page.tsx'
import { PlanPage } from './plan/plan-page.tsx'
import { QueuePage } from './queue/queue-page.tsx'
import { SlaPage } from './sla/sla-page.tsx'
import { Link, matchPath, useLocation } from './routing/router.tsx'
import { useSession } from './session/session-context.tsx'
import { AppLayout } from './shell/app-layout.tsx'
import { canOpen, navigationFor } from './shell/navigation.ts'
import { EmptyState } from './shell/states.tsx'

function Page({ path }: { readonly path: string }) {
  const lead = matchPath('/leads/:id', path)
  if (lead?.['id']) return <LeadPage id={lead['id']} />
  switch (path) {
    case '/':
      return <OverviewPage />
    case '/flow':
      return <FlowPage />
    case '/queue':
      return <QueuePage />
    case '/leads':
      return <LeadsPage />
    case '/sla':
      return <SlaPage />
    case '/pipeline':
      return <PipelinePage />
    case '/plan':
      return <PlanPage />
    case '/agreement':
      return <AgreementPage />
    case '/import':
      return <ImportPage />
    default:
      return undefined
  }
}

/** The page for the current path, if the role may see it. */
export function Pages() {
  const { me } = useSession()
  const { path } = useLocation()
  const first = navigationFor(me.role)[0]?.path ?? '/'
  const page = canOpen(me.role, path) ? <Page path={path} /> : undefined
  return (
    <AppLayout>
      {page ?? (
        <EmptyState title="Nothing here">
          This page does not exist or is not part of the {me.role} role’s work.{' '}
          <Link href={first}>Go to your first page</Link>.
        </EmptyState>
      )}
    </AppLayout>
  )
}
