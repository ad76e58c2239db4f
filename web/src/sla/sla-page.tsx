import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { SlaReport } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { describePeriod } from '../overview/period.ts'
import { clockKindLabel } from '../shared/clock-state.ts'
import { formatCount, formatRate } from '../shared/format.ts'
import { usePeriod } from '../shared/period-picker.tsx'
import { PeriodReportPage } from '../shared/period-report-page.tsx'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { hasClocks, slaFigures } from './sla-view.ts'

type Breach = SlaReport['breaches']['byOwner'][number]

function Figures({ report }: { report: SlaReport }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
      {slaFigures(report.total).map((f) => (
        <Paper withBorder p="sm" key={f.label} data-figure={f.label}>
          <Text size="xs" c="dimmed" tt="uppercase">
            {f.label}
          </Text>
          <Text size="lg" fw={700} c={f.alarm ? 'red' : undefined}>
            {f.value}
          </Text>
          <Text size="xs" c="dimmed">
            {f.hint}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  )
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  )
}

function ByPriority({ report }: { report: SlaReport }) {
  const rows = report.total.response.byPriority
  if (rows.length === 0) return <Text size="sm">No first-response clock in the period.</Text>
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table aria-label="Response by priority" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Priority</Table.Th>
            <Table.Th ta="right">Clocks</Table.Th>
            <Table.Th ta="right">Met</Table.Th>
            <Table.Th ta="right">Breached</Table.Th>
            <Table.Th ta="right">Running</Table.Th>
            <Table.Th ta="right">In time</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.priority ?? '(none)'}>
              <Table.Td>{r.priority ?? 'none'}</Table.Td>
              <Table.Td ta="right">{formatCount(r.clocks)}</Table.Td>
              <Table.Td ta="right">{formatCount(r.met)}</Table.Td>
              <Table.Td ta="right" c={r.breached > 0 ? 'red' : undefined}>
                {formatCount(r.breached)}
              </Table.Td>
              <Table.Td ta="right">{formatCount(r.running)}</Table.Td>
              <Table.Td ta="right">{formatRate(r.metShare.value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function Breaches({ rows, label }: { rows: readonly Breach[]; label: string }) {
  if (rows.length === 0) return <Text size="sm">No decided clock to count.</Text>
  return (
    <Table aria-label={`Breaches by ${label}`} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{label === 'owner' ? 'Owner' : 'Team'}</Table.Th>
          <Table.Th ta="right">Decided</Table.Th>
          <Table.Th ta="right">Breached</Table.Th>
          <Table.Th ta="right">Share</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key ?? '(none)'}>
            <Table.Td>{r.label ?? r.key ?? 'nobody'}</Table.Td>
            <Table.Td ta="right">{formatCount(r.decided)}</Table.Td>
            <Table.Td ta="right" c={r.breached > 0 ? 'red' : undefined}>
              {formatCount(r.breached)}
            </Table.Td>
            <Table.Td ta="right">{formatRate(r.share.value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function Escalations({ report }: { report: SlaReport }) {
  const rows = report.total.escalations
  if (rows.length === 0) return <Text size="sm">No clock climbed its escalation ladder.</Text>
  return (
    <Table aria-label="Escalations by step" striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Clock</Table.Th>
          <Table.Th ta="right">Step</Table.Th>
          <Table.Th>Action</Table.Th>
          <Table.Th ta="right">Clocks</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={`${r.kind}-${r.step}`}>
            <Table.Td>{clockKindLabel(r.kind)}</Table.Td>
            <Table.Td ta="right">{r.step}</Table.Td>
            <Table.Td>{r.action?.replaceAll('_', ' ') ?? '—'}</Table.Td>
            <Table.Td ta="right">{formatCount(r.clocks)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** SLA: response compliance by priority, breaches by owner and team, escalations, unresolved leads. */
export function SlaPage() {
  const period = usePeriod()
  const report = useApi<SlaReport>(withQuery('/v1/reports/sla', { ...period }))
  let body
  if (report.isPending) body = <LoadingState label="Checking the clocks" />
  else if (report.isError)
    body = <ErrorState error={report.error} retry={() => void report.refetch()} />
  else if (!hasClocks(report.data))
    body = (
      <EmptyState title={`No response clock ran (${describePeriod(period)})`}>
        Clocks start when leads enter a stage the agreement in force times, e.g. an MQL handed to
        the SDRs. Sign an agreement with response targets, or widen the period.
      </EmptyState>
    )
  else
    body = (
      <Stack gap="lg">
        <Figures report={report.data} />
        <Section title="First response by priority">
          <ByPriority report={report.data} />
        </Section>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Section title="Breaches by owner">
            <Breaches rows={report.data.breaches.byOwner} label="owner" />
          </Section>
          <Section title="Breaches by team">
            <Breaches rows={report.data.breaches.byTeam} label="team" />
          </Section>
        </SimpleGrid>
        <Section title="Escalations">
          <Escalations report={report.data} />
        </Section>
      </Stack>
    )
  return <PeriodReportPage title="SLA">{body}</PeriodReportPage>
}
