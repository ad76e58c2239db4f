import { Badge, Group, Stack, Text } from '@mantine/core'
import type { DuplicatePair, Page } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { Link } from '../routing/router.tsx'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { personName } from './person-name.ts'

/** The open duplicate pairs this person is in, with the evidence, linking to the other person. */
export function DuplicatesPanel({ personId }: { readonly personId: string }) {
  const pairs = useApi<Page<DuplicatePair>>(`/v1/duplicates?personId=${personId}&limit=20`)
  if (pairs.isPending) return <LoadingState label="Looking for duplicates" />
  if (pairs.isError) return <ErrorState error={pairs.error} retry={() => void pairs.refetch()} />
  if (pairs.data.items.length === 0)
    return (
      <EmptyState title="No duplicates to review">
        Baton merges clear duplicates itself and queues doubtful ones here for a person to decide (
        <code>baton duplicates merge|dismiss</code>).
      </EmptyState>
    )
  return (
    <Stack gap="xs">
      {pairs.data.items.map((pair) => {
        const other = pair.personA.id === personId ? pair.personB : pair.personA
        return (
          <Group key={pair.id} gap="xs">
            <Link href={`/leads/${other.id}`}>{personName(other)}</Link>
            <Badge variant="light" color={pair.tier === 'strong' ? 'red' : 'yellow'}>
              {pair.tier}, {pair.score} points
            </Badge>
            <Text size="sm" c="dimmed">
              {pair.evidence.map((e) => `${e.field.replace('_', ' ')} ${e.verdict}`).join(', ')}
            </Text>
          </Group>
        )
      })}
    </Stack>
  )
}
