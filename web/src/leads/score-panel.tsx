import { Badge, Group, Stack, Table, Text } from '@mantine/core'
import type { ScoreExplanation } from '../api/api-types.ts'
import { formatDay } from '../shared/format.ts'

const points = new Intl.NumberFormat('en-US', {
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
})
const statusWords = {
  counted: '',
  partly_capped: 'partly capped',
  capped: 'capped',
  future: 'future',
} as const

/** A score and what made it: each rule and event with the points it added (they sum to the total). */
export function ScorePanel({ score }: { readonly score: ScoreExplanation }) {
  const rows = [...score.contributions].sort((a, b) => Math.abs(b.points) - Math.abs(a.points))
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Text size="xl" fw={700} aria-label="Score">
          {points.format(score.total).replace('+', '')}
        </Text>
        <Badge variant="light">{score.band.name}</Badge>
        <Text size="sm" c="dimmed">
          fit {points.format(score.fit)} · engagement {points.format(score.engagement)} · intent{' '}
          {points.format(score.intent)} · model v{score.modelVersion}
        </Text>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rule of the live model applies to this person yet.
        </Text>
      ) : (
        <Table aria-label="Score explanation" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Rule</Table.Th>
              <Table.Th visibleFrom="sm">Event</Table.Th>
              <Table.Th ta="right">Points</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr key={`${c.ruleId}-${c.eventId ?? ''}`}>
                <Table.Td>
                  {c.ruleId}{' '}
                  <Text span size="xs" c="dimmed">
                    {c.component}
                    {statusWords[c.status] && ` · ${statusWords[c.status]}`}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {c.eventType
                    ? `${c.eventType.replaceAll('_', ' ')}${c.occurredAt ? `, ${formatDay(c.occurredAt)}` : ''}`
                    : '—'}
                </Table.Td>
                <Table.Td ta="right" ff="monospace">
                  {points.format(c.points)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
