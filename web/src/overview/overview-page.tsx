import { Code, Paper, Stack, Text, Title } from '@mantine/core'
import type { FunnelReport } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { PeriodPicker, usePeriod } from '../shared/period-picker.tsx'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { toFunnelView } from './funnel-view.ts'
import { FunnelWidget } from './funnel-widget.tsx'
import { describePeriod, previousPeriod } from './period.ts'

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
          <EmptyState title="The leak report is not on this server yet">
            When this Baton version serves the revenue-leak report, the three stages that lose the
            most against the agreement’s goals appear here. Until then, the Flow page shows where
            leads left the funnel and why.
          </EmptyState>
        </Stack>
      </Paper>
    </Stack>
  )
}
