import { SankeyChart } from '@mantine/charts'
import { Stack, Table, Text, Title } from '@mantine/core'
import type { DispositionReport, FunnelReport } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { describePeriod } from '../overview/period.ts'
import { formatCount, formatRate } from '../shared/format.ts'
import { usePeriod } from '../shared/period-picker.tsx'
import { PeriodReportPage } from '../shared/period-report-page.tsx'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { toFlowGraph } from './flow-graph.ts'

function ExitTable({
  report,
  labels,
}: {
  report: DispositionReport
  labels: ReadonlyMap<string, string>
}) {
  const rows = report.stages.flatMap((stage) =>
    stage.reasons.map((reason) => ({ stage: stage.stage, ...reason })),
  )
  if (rows.length === 0)
    return (
      <EmptyState title="Nobody left the funnel in this period">
        When a rep rejects a lead (open it from Leads and choose Reject) or a deal is lost, the move
        and its reason code show up here.
      </EmptyState>
    )
  return (
    <Table aria-label="Why leads left" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Exit</Table.Th>
          <Table.Th>Reason</Table.Th>
          <Table.Th ta="right">Leads</Table.Th>
          <Table.Th ta="right">Share</Table.Th>
          <Table.Th visibleFrom="sm">Latest notes</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={`${row.stage}-${row.reasonCode ?? ''}`}>
            <Table.Td>{labels.get(row.stage) ?? row.stage}</Table.Td>
            <Table.Td>{row.label ?? row.reasonCode ?? 'no reason given'}</Table.Td>
            <Table.Td ta="right">{formatCount(row.moves)}</Table.Td>
            <Table.Td ta="right">{formatRate(row.share.value)}</Table.Td>
            <Table.Td visibleFrom="sm">{row.notes.slice(0, 2).join(' · ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Flow: a Sankey of where the period's leads went, and the reasons they left. */
export function FlowPage() {
  const period = usePeriod()
  const funnel = useApi<FunnelReport>(withQuery('/v1/reports/funnel', { ...period }))
  const exits = useApi<DispositionReport>(withQuery('/v1/reports/dispositions', { ...period }))
  const labels = stageLabels(useAgreementInForce())
  let body
  if (funnel.isPending || exits.isPending) body = <LoadingState label="Following the leads" />
  else if (funnel.isError)
    body = <ErrorState error={funnel.error} retry={() => void funnel.refetch()} />
  else if (exits.isError)
    body = <ErrorState error={exits.error} retry={() => void exits.refetch()} />
  else {
    const graph = toFlowGraph(funnel.data, exits.data, labels)
    body =
      graph.nodes.length === 0 ? (
        <EmptyState title={`No leads in the funnel (${describePeriod(period)})`}>
          Widen the period, or import leads on the Import page.
        </EmptyState>
      ) : (
        <Stack gap="md">
          <SankeyChart
            data={graph}
            height={360}
            valueFormatter={formatCount}
            aria-label="Where leads went"
          />
          <Title order={2} size="h4">
            Why leads left
          </Title>
          <ExitTable report={exits.data} labels={labels} />
          {exits.data.withoutKnownReason > 0 && (
            <Text size="sm" c="orange">
              {formatCount(exits.data.withoutKnownReason)} moves carry a reason code the agreement
              does not list.
            </Text>
          )}
        </Stack>
      )
  }
  return <PeriodReportPage title="Flow">{body}</PeriodReportPage>
}
