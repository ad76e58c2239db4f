import { Badge, Group, Stack, Text } from '@mantine/core'
import type { Clock } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { clockKindLabel, clockState, toneColors } from '../shared/clock-state.ts'
import { formatInstant } from '../shared/format.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'

/** One clock: what it times, its state in business time, when it is due, its escalation step. */
export function ClockLine({ clock }: { readonly clock: Clock }) {
  const state = clockState(clock)
  return (
    <Stack gap={2} data-clock={clock.kind} data-tone={state.tone}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {clockKindLabel(clock.kind)}
        </Text>
        {clock.priority && (
          <Badge size="sm" variant="outline">
            {clock.priority}
          </Badge>
        )}
        <Badge size="sm" color={toneColors[state.tone]}>
          {state.text}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        due {formatInstant(clock.dueAt)}
        {clock.escalationLevel > 0 ? ` · escalation step ${clock.escalationLevel}` : ''}
        {clock.stoppedAt ? ` · stopped ${formatInstant(clock.stoppedAt)}` : ''}
      </Text>
    </Stack>
  )
}

/** The person's response clocks under the agreement, newest first. */
export function ClocksPanel({ personId }: { readonly personId: string }) {
  const clocks = useApi<{ items: Clock[] }>(`/v1/people/${personId}/clocks`)
  if (clocks.isPending) return <LoadingState label="Reading the clocks" />
  if (clocks.isError) return <ErrorState error={clocks.error} retry={() => void clocks.refetch()} />
  if (clocks.data.items.length === 0)
    return (
      <EmptyState title="No clock runs for this lead">
        Clocks start when the lead enters a stage the agreement times (e.g. an MQL handed to an
        SDR), once an agreement with response targets is in force.
      </EmptyState>
    )
  return (
    <Stack gap="sm" aria-label="Clocks">
      {clocks.data.items.map((clock) => (
        <ClockLine key={clock.id} clock={clock} />
      ))}
    </Stack>
  )
}
