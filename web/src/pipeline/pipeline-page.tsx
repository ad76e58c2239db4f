import { BarChart } from '@mantine/charts'
import { Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import type { PipelineReport } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { describePeriod } from '../overview/period.ts'
import { formatCount, formatMoney, formatRate } from '../shared/format.ts'
import { usePeriod } from '../shared/period-picker.tsx'
import { PeriodReportPage } from '../shared/period-report-page.tsx'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'

type Group = PipelineReport['total']

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="lg" fw={700}>
        {value}
      </Text>
    </Paper>
  )
}

const days = (n: number | null) => (n === null ? 'n/a' : `${formatCount(Math.round(n))} days`)

function Summary({ total, silentAfterDays }: { total: Group; silentAfterDays: number }) {
  const silent = total.stages.reduce((sum, s) => sum + s.silentDeals, 0)
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure label="Open pipeline" value={formatMoney(total.openCents)} />
      <Figure
        label="Weighted"
        value={total.weightedOpenCents === null ? 'n/a' : formatMoney(total.weightedOpenCents)}
      />
      <Figure label="Win rate" value={formatRate(total.winRate.value)} />
      <Figure label="Won deals" value={formatCount(total.won)} />
      <Figure label="Median cycle" value={days(total.salesCycleDays.median)} />
      <Figure label={`Silent ${silentAfterDays}+ days`} value={formatCount(silent)} />
    </SimpleGrid>
  )
}

function StageTable({ total }: { total: Group }) {
  return (
    <Table aria-label="Deals by stage" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Stage</Table.Th>
          <Table.Th ta="right">Deals</Table.Th>
          <Table.Th ta="right">Amount</Table.Th>
          <Table.Th ta="right" visibleFrom="sm">
            Probability
          </Table.Th>
          <Table.Th ta="right">Weighted</Table.Th>
          <Table.Th ta="right" visibleFrom="sm">
            Silent
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {total.stages.map((s) => (
          <Table.Tr key={`${s.stage}-${s.status}`}>
            <Table.Td>
              {s.stage}{' '}
              <Text span size="xs" c="dimmed">
                {s.status}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{formatCount(s.deals)}</Table.Td>
            <Table.Td ta="right">{formatMoney(s.amountCents)}</Table.Td>
            <Table.Td ta="right" visibleFrom="sm">
              {s.probability === null ? '—' : formatRate(s.probability)}
            </Table.Td>
            <Table.Td ta="right">
              {s.weightedCents === null ? '—' : formatMoney(s.weightedCents)}
            </Table.Td>
            <Table.Td ta="right" visibleFrom="sm">
              {formatCount(s.silentDeals)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Pipeline: deals by stage weighted by the agreement's probabilities, win rate, cycle and aging. */
export function PipelinePage() {
  const period = usePeriod()
  const report = useApi<PipelineReport>(withQuery('/v1/reports/pipeline', { ...period }))
  let body
  if (report.isPending) body = <LoadingState label="Adding up the pipeline" />
  else if (report.isError)
    body = <ErrorState error={report.error} retry={() => void report.refetch()} />
  else if (report.data.total.stages.length === 0)
    body = (
      <EmptyState title={`No deals (${describePeriod(period)})`}>
        Import deals on the Import page (e.g. the maven-pipeline or olist-deals preset), or widen
        the period.
      </EmptyState>
    )
  else {
    const { total, silentAfterDays } = report.data
    const open = total.stages.filter((s) => s.status === 'open')
    body = (
      <Stack gap="md">
        <Summary total={total} silentAfterDays={silentAfterDays} />
        {open.length > 0 && (
          <BarChart
            h={260}
            data={open.map((s) => ({
              stage: s.stage,
              Amount: s.amountCents / 100,
              Weighted: (s.weightedCents ?? 0) / 100,
            }))}
            dataKey="stage"
            series={[
              { name: 'Amount', color: 'indigo.3' },
              { name: 'Weighted', color: 'indigo.7' },
            ]}
            valueFormatter={(v) => formatCount(Math.round(v))}
            aria-label="Open pipeline by stage"
          />
        )}
        <StageTable total={total} />
        {total.unweightedStages.length > 0 && (
          <Text size="sm" c="orange">
            No probability in the agreement for: {total.unweightedStages.join(', ')}.
          </Text>
        )}
        <Text size="sm" c="dimmed">
          Created in the period: {formatCount(total.created.deals)} deals worth{' '}
          {formatMoney(total.created.amountCents)}. Cycle p75 {days(total.salesCycleDays.p75)}, p90{' '}
          {days(total.salesCycleDays.p90)}.
        </Text>
      </Stack>
    )
  }
  return <PeriodReportPage title="Pipeline">{body}</PeriodReportPage>
}
