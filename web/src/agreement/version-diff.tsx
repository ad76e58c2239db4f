import { Badge, Code, Group, Select, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import type { AgreementDiff, AgreementSummary } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'

const shown = (value: unknown) => (value === undefined ? '' : JSON.stringify(value))
const kindColor = { added: 'green', removed: 'red', changed: 'yellow' } as const

function Changes({ from, to }: { from: number; to: number }) {
  const diff = useApi<AgreementDiff>(`/v1/agreements/${from}/diff/${to}`)
  if (diff.isPending) return <LoadingState label="Comparing" />
  if (diff.isError) return <ErrorState error={diff.error} />
  if (diff.data.changes.length === 0)
    return <Text size="sm">The two versions say the same thing.</Text>
  return (
    <Table aria-label="Changes" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Where</Table.Th>
          <Table.Th>Change</Table.Th>
          <Table.Th>Before → after</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {diff.data.changes.map((change) => (
          <Table.Tr key={`${change.path.join('.')}-${change.kind}`}>
            <Table.Td>
              <Code>{change.path.join('.')}</Code>
            </Table.Td>
            <Table.Td>
              <Badge color={kindColor[change.kind]} variant="light">
                {change.kind}
              </Badge>
            </Table.Td>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              <Text size="xs" c="red" span>
                {shown(change.before)}
              </Text>
              {change.kind === 'changed' && ' → '}
              <Text size="xs" c="green" span>
                {shown(change.after)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** Pick two versions and see what changes from one to the other. */
export function VersionDiff({ versions }: { readonly versions: readonly AgreementSummary[] }) {
  const numbers = versions.map((v) => String(v.version))
  const [from, setFrom] = useState<string | null>(numbers[numbers.length - 2] ?? null)
  const [to, setTo] = useState<string | null>(numbers[numbers.length - 1] ?? null)
  if (versions.length < 2)
    return (
      <EmptyState title="Only one version so far">
        Save a second draft to compare versions.
      </EmptyState>
    )
  return (
    <Stack>
      <Group>
        <Select
          label="From version"
          data={numbers}
          value={from}
          onChange={setFrom}
          w={140}
          allowDeselect={false}
        />
        <Select
          label="To version"
          data={numbers}
          value={to}
          onChange={setTo}
          w={140}
          allowDeselect={false}
        />
      </Group>
      {from && to && from !== to ? (
        <Changes from={Number(from)} to={Number(to)} />
      ) : (
        <Text size="sm">Pick two different versions.</Text>
      )}
    </Stack>
  )
}
