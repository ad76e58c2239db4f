import { Alert, Button, Group, Slider, Stack, Table, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import type { PlanWhatIf, StoredPlan } from '../api/api-types.ts'
import { useSession } from '../session/session-context.tsx'
import { formatCount, formatMoney, formatRate } from '../shared/format.ts'
import {
  assumedRate,
  planStageLabels,
  planStageOrder,
  rateLabels,
  rateOrder,
  whatIfSet,
  type RateName,
} from './plan-view.ts'

const signed = (n: number) => (n > 0 ? `+${formatCount(n)}` : formatCount(n))

function Delta({ result }: { readonly result: PlanWhatIf }) {
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={360}>
        <Table aria-label="What-if result" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Plan</Table.Th>
              <Table.Th ta="right">What if</Table.Th>
              <Table.Th ta="right">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {planStageOrder.map((stage) => (
              <Table.Tr key={stage} data-whatif={stage}>
                <Table.Td>{planStageLabels[stage]}</Table.Td>
                <Table.Td ta="right">{formatCount(result.before[stage])}</Table.Td>
                <Table.Td ta="right">{formatCount(result.after[stage])}</Table.Td>
                <Table.Td ta="right">{signed(result.delta[stage])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" data-testid="what-if-spend">
        {result.deltaSpendCents === null
          ? 'Change in spend: unknown, some channel has no cost per inquiry (record spend for its lead source).'
          : `Change in spend: ${result.deltaSpendCents >= 0 ? '+' : '−'}${formatMoney(Math.abs(result.deltaSpendCents))}`}
      </Text>
    </Stack>
  )
}

/** Sliders over the plan's conversion rates; moving one recomputes the required funnel and spend. */
export function WhatIfPanel({ plan }: { readonly plan: StoredPlan }) {
  const { client } = useSession()
  const channels = plan.assumptions.channels
  const [values, setValues] = useState<Partial<Record<RateName, number>>>({})
  const whatIf = useMutation({
    mutationFn: (set: string[]) =>
      client.send<PlanWhatIf>('POST', `/v1/plans/${plan.id}/what-if`, { set }),
  })
  const compute = (next: Partial<Record<RateName, number>>) => {
    const set = whatIfSet(next, channels)
    if (set.length === 0) whatIf.reset()
    else whatIf.mutate(set)
  }
  const rates = rateOrder.flatMap((rate) => {
    const assumed = assumedRate(channels, rate)
    return assumed === null ? [] : [{ rate, assumed }]
  })
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        What if
      </Title>
      <Text size="sm" c="dimmed">
        Move a rate to see how many more or fewer of each stage the target needs, and what that
        costs at each channel’s cost per inquiry. A moved slider sets the rate for every channel.
      </Text>
      {rates.map(({ rate, assumed }) => (
        <Stack gap={2} key={rate}>
          <Text size="sm" id={`rate-${rate}`}>
            {rateLabels[rate]}: {formatRate(values[rate] ?? assumed.value)}{' '}
            <Text span size="xs" c="dimmed">
              (plan {assumed.uniform ? '' : 'mean '}
              {formatRate(assumed.value)})
            </Text>
          </Text>
          <Slider
            aria-labelledby={`rate-${rate}`}
            thumbLabel={rateLabels[rate]}
            min={0.01}
            max={1}
            step={0.01}
            value={values[rate] ?? assumed.value}
            label={(v) => formatRate(v)}
            onChange={(v) => setValues({ ...values, [rate]: v })}
            onChangeEnd={(v) => compute({ ...values, [rate]: v })}
          />
        </Stack>
      ))}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={Object.keys(values).length === 0}
          onClick={() => {
            setValues({})
            whatIf.reset()
          }}
        >
          Back to the plan
        </Button>
      </Group>
      {whatIf.isError && (
        <Alert color="red" role="alert" title="Could not compute this">
          {whatIf.error.message}
        </Alert>
      )}
      {whatIf.isPending && <Text size="sm">Recomputing…</Text>}
      {whatIf.data && <Delta result={whatIf.data} />}
    </Stack>
  )
}
