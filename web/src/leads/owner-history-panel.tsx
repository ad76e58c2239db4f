import { Stack, Text, Timeline } from '@mantine/core'
import type { OwnerSpell } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { formatInstant } from '../shared/format.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'

/** Who held the lead, by which rule and why, from when to when; the current owner last. */
export function OwnerHistoryPanel({ personId }: { readonly personId: string }) {
  const history = useApi<{ items: OwnerSpell[] }>(`/v1/people/${personId}/owners`)
  if (history.isPending) return <LoadingState label="Reading the owner history" />
  if (history.isError)
    return <ErrorState error={history.error} retry={() => void history.refetch()} />
  if (history.data.items.length === 0)
    return (
      <EmptyState title="Never assigned">
        Routing assigns the lead when it enters a stage sales or the SDRs own under the agreement; a
        manager can also assign it by hand.
      </EmptyState>
    )
  return (
    <Timeline bulletSize={12} lineWidth={2} aria-label="Owner history">
      {history.data.items.map((spell) => (
        <Timeline.Item
          key={`${spell.at}-${spell.userId}`}
          title={spell.ownerName ?? spell.ownerEmail ?? spell.userId}
          data-rule={spell.rule}
        >
          <Stack gap={0}>
            <Text size="sm">
              {spell.rule} ({spell.team}): {spell.reason}
            </Text>
            <Text size="xs" c="dimmed">
              {formatInstant(spell.at)} → {spell.until ? formatInstant(spell.until) : 'now'}
            </Text>
          </Stack>
        </Timeline.Item>
      ))}
    </Timeline>
  )
}
