import { FunnelChart } from '@mantine/charts'
import { Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core'
import { formatChange, formatCount, formatRate } from '../shared/format.ts'
import type { FunnelView } from './funnel-view.ts'

const colors = ['indigo.7', 'indigo.5', 'blue.5', 'cyan.5', 'teal.5', 'green.6', 'lime.6']

function Trend({ change, previous }: { change: number | null; previous: number | null }) {
  if (previous === null) return null
  if (change === null)
    return (
      <Text size="xs" c="dimmed">
        none in the previous period
      </Text>
    )
  const color = change > 0 ? 'green' : change < 0 ? 'red' : 'gray'
  return (
    <Badge variant="light" color={color} title={`previous period: ${formatCount(previous)}`}>
      {formatChange(change)} vs previous
    </Badge>
  )
}

/** The funnel as a chart, each stage's count and trend, and the conversion between stages. */
export function FunnelWidget({ view }: { readonly view: FunnelView }) {
  const labelOf = new Map(view.stages.map((s) => [s.stage, s.label]))
  const data = view.stages.map((s, i) => ({
    name: s.label,
    value: s.count,
    color: colors[i % colors.length] ?? 'indigo.5',
  }))
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack align="center" gap="xs">
        <FunnelChart
          data={data}
          size={280}
          withLabels
          labelsPosition="right"
          labelColor="dark.6"
          valueFormatter={formatCount}
          aria-label="Funnel chart"
        />
      </Stack>
      <Stack gap="md">
        <Table aria-label="Stages" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Entered</Table.Th>
              <Table.Th>Trend</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.stages.map((s) => (
              <Table.Tr key={s.stage} data-stage={s.stage}>
                <Table.Td>{s.label}</Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {formatCount(s.count)}
                </Table.Td>
                <Table.Td>
                  <Trend change={s.change} previous={s.previousCount} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Stack gap={4} aria-label="Conversion between stages">
          {view.steps.map((step) => (
            <Group key={`${step.from}-${step.to}`} gap="xs" data-step={`${step.from}-${step.to}`}>
              <Text size="sm" fw={600}>
                {labelOf.get(step.from)} → {labelOf.get(step.to)}: {formatRate(step.rate)}
              </Text>
              <Text size="sm" c="dimmed">
                {step.rate === null
                  ? step.reason
                  : `${formatCount(step.reached)} of the ${formatCount(step.cohort)} who entered ${labelOf.get(step.from) ?? step.from} in the period`}
              </Text>
            </Group>
          ))}
        </Stack>
      </Stack>
    </SimpleGrid>
  )
}
