import { LineChart } from '@mantine/charts'
import {
  Alert,
  List,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import type { PlanSummary, PlanTracking, StoredPlan } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { formatCount, formatMoney } from '../shared/format.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import {
  capacityWarnings,
  planStageLabels,
  planStageOrder,
  stageStatuses,
  stageWeeks,
  type PlanStage,
} from './plan-view.ts'
import { WhatIfPanel } from './what-if-panel.tsx'

function StageTable({ plan, tracking }: { plan: StoredPlan; tracking: PlanTracking }) {
  return (
    <Table.ScrollContainer minWidth={460}>
      <Table aria-label="Plan vs actual" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Required</Table.Th>
            <Table.Th ta="right">Planned to date</Table.Th>
            <Table.Th ta="right">Actual to date</Table.Th>
            <Table.Th ta="right">Gap</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stageStatuses(plan, tracking).map((s) => (
            <Table.Tr key={s.stage} data-plan-stage={s.stage}>
              <Table.Td>{planStageLabels[s.stage]}</Table.Td>
              <Table.Td ta="right">{formatCount(s.required)}</Table.Td>
              <Table.Td ta="right">{formatCount(s.plannedToDate)}</Table.Td>
              <Table.Td ta="right">
                {s.actualToDate === null ? 'not begun' : formatCount(s.actualToDate)}
              </Table.Td>
              <Table.Td ta="right" c={s.gap !== null && s.gap < 0 ? 'red' : undefined}>
                {s.gap === null ? '—' : `${s.gap > 0 ? '+' : ''}${formatCount(s.gap)}`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function Warnings({ plan, tracking }: { plan: StoredPlan; tracking: PlanTracking }) {
  const all = [...capacityWarnings(plan), ...plan.result.warnings, ...tracking.warnings]
  if (all.length === 0) return null
  return (
    <Alert color="orange" title="Warnings" role="note">
      <List size="sm">
        {all.map((w) => (
          <List.Item key={w}>{w}</List.Item>
        ))}
      </List>
    </Alert>
  )
}

function PlanDetail({ id }: { readonly id: string }) {
  const [stage, setStage] = useState<PlanStage>('mql')
  const plan = useApi<StoredPlan>(`/v1/plans/${id}`)
  const tracking = useApi<PlanTracking>(`/v1/plans/${id}/actual`)
  if (plan.isPending || tracking.isPending)
    return <LoadingState label="Comparing plan and actual" />
  if (plan.isError) return <ErrorState error={plan.error} retry={() => void plan.refetch()} />
  if (tracking.isError)
    return <ErrorState error={tracking.error} retry={() => void tracking.refetch()} />
  const weeks = stageWeeks(tracking.data, stage)
  const revenue = plan.data.assumptions.targets.reduce((sum, t) => sum + t.revenueCents, 0)
  return (
    <Stack gap="md">
      <Text size="sm">
        {plan.data.periodStart} to {plan.data.periodEnd}: {formatMoney(revenue)} of revenue over{' '}
        {plan.data.assumptions.targets.length} target(s), needing{' '}
        {formatCount(plan.data.result.plan.total.inquiry)} inquiries.
      </Text>
      <Warnings plan={plan.data} tracking={tracking.data} />
      <StageTable plan={plan.data} tracking={tracking.data} />
      <SegmentedControl
        aria-label="Stage to chart"
        value={stage}
        onChange={setStage}
        data={planStageOrder.map((s) => ({ value: s, label: planStageLabels[s] }))}
      />
      {weeks.length === 0 ? (
        <Text size="sm" c="dimmed">
          The plan creates no {planStageLabels[stage]} in its weeks.
        </Text>
      ) : (
        <LineChart
          h={260}
          data={weeks}
          dataKey="week"
          withLegend
          series={[
            { name: 'Planned', color: 'gray.6' },
            { name: 'Actual', color: 'indigo.6' },
          ]}
          valueFormatter={(v) => formatCount(Math.round(v))}
          aria-label={`${planStageLabels[stage]} planned vs actual, running total by week`}
        />
      )}
      <Paper withBorder p="md">
        <WhatIfPanel plan={plan.data} />
      </Paper>
    </Stack>
  )
}

/** Plan: a saved plan's targets, what they require, what happened each week, and what-ifs. */
export function PlanPage() {
  const plans = useApi<{ items: PlanSummary[] }>('/v1/plans')
  const [chosen, setChosen] = useState<string | null>(null)
  let body
  if (plans.isPending) body = <LoadingState label="Reading the plans" />
  else if (plans.isError)
    body = <ErrorState error={plans.error} retry={() => void plans.refetch()} />
  else if (plans.data.items.length === 0)
    body = (
      <EmptyState title="No plan yet">
        Write a plan file (see presets/plans/new-business.yaml) and save it with{' '}
        <code>baton plan create &lt;file&gt;</code> or POST /v1/plans; it shows here with its weekly
        targets against the actual funnel.
      </EmptyState>
    )
  else {
    const id = chosen ?? plans.data.items[0]?.id ?? ''
    body = (
      <Stack gap="md">
        <Select
          label="Plan"
          allowDeselect={false}
          value={id}
          onChange={setChosen}
          data={plans.data.items.map((p) => ({ value: p.id, label: p.name }))}
        />
        <PlanDetail key={id} id={id} />
      </Stack>
    )
  }
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Plan
      </Title>
      <Paper withBorder p="md">
        {body}
      </Paper>
    </Stack>
  )
}
