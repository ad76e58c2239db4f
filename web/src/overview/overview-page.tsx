import { Code, List, Paper, Stack, Text, Title } from '@mantine/core'
import type { FunnelReport, LeakReport } from '../api/api-types.ts'
import { Link } from '../routing/router.tsx'
import { useApi, withQuery } from '../api/use-api.ts'
import { PeriodPicker, usePeriod } from '../shared/period-picker.tsx'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { toFunnelView } from './funnel-view.ts'
import { FunnelWidget } from './funnel-widget.tsx'
import { describePeriod, previousPeriod } from './period.ts'
import { topLeaks } from './top-leaks.ts'

function Funnel() {
  const period = usePeriod()
  const before = previousPeriod(period, new Date())
  const report = useApi<FunnelReport>(withQuery('/v1/reports/funnel', { ...period }))
  const previous = useApi<FunnelReport>(withQuery('/v1/reports/funnel', { ...before }), {
    enabled: before !== undefined,
  })
  const labels = stageLabels(useAgreementInForce())
  if (report.isPending || (before && previous.isPending))
    return <LoadingState label="Counting the funnel" />
  if (report.isError) return <ErrorState error={report.error} retry={() => void report.refetch()} />
  if (previous.isError)
    return <ErrorState error={previous.error} retry={() => void previous.refetch()} />
  const view = toFunnelView(report.data, before ? previous.data : undefined, labels)
  if (view.stages.length === 0)
    return (
      <EmptyState title={`No leads entered the funnel (${describePeriod(period)})`}>
        Widen the period, or bring leads in: the Import page takes a CSV file, or run{' '}
        <Code>baton import leads &lt;file&gt; --map &lt;preset&gt;</Code>.
      </EmptyState>
    )
  return <FunnelWidget view={view} />
}

function TopLeaks() {
  const period = usePeriod()
  const report = useApi<LeakReport>(withQuery('/v1/reports/leaks', { ...period }))
  const labels = stageLabels(useAgreementInForce())
  if (report.isPending) return <LoadingState label="Looking for leaks" />
  if (report.isError) return <ErrorState error={report.error} retry={() => void report.refetch()} />
  const lines = topLeaks(report.data.leaks, (stage) => labels.get(stage) ?? stage)
  if (lines.length === 0)
    return (
      <EmptyState title={`No leak against the goals (${describePeriod(period)})`}>
        Every conversion and response time the agreement sets a goal for is on target, or there is
        too little data yet
        {report.data.unchecked.length > 0
          ? ` (not checked: ${report.data.unchecked.map((u) => u.goal).join(', ')})`
          : ''}
        .
      </EmptyState>
    )
  return (
    <List type="ordered" spacing="xs" aria-label="Top leaks">
      {lines.map((line) => (
        <List.Item key={line.key}>
          <Text size="sm" span>
            {line.sentence}{' '}
          </Text>
          <Link href={line.href}>{line.linkLabel}</Link>
        </List.Item>
      ))}
    </List>
  )
}

/** Overview: the funnel for a period with conversion and trend, and the top leaks. */
export function OverviewPage() {
  const period = usePeriod()
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Overview
      </Title>
      <PeriodPicker />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Funnel, {describePeriod(period)}
          </Title>
          <Text size="sm" c="dimmed">
            People entering each stage for the first time in the period; conversion follows each
            stage’s cohort to the next. Trends compare with the period of the same length before.
          </Text>
          <Funnel />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Top leaks
          </Title>
          <TopLeaks />
        </Stack>
      </Paper>
    </Stack>
  )
}
