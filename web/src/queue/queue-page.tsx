import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { OwnerQueue, User } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { personName } from '../leads/person-name.ts'
import { RejectDialog } from '../leads/reject-dialog.tsx'
import { Link } from '../routing/router.tsx'
import { useSession } from '../session/session-context.tsx'
import { toneColors } from '../shared/clock-state.ts'
import { formatInstant } from '../shared/format.ts'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { queueHeadline, queueRows, toggleAll, toggleOne } from './queue-rows.ts'

const reps = (users: readonly User[]) =>
  users.filter((u) => u.active && (u.role === 'sdr' || u.role === 'sales'))

function useActions() {
  const { client } = useSession()
  const queryClient = useQueryClient()
  const refresh = () => queryClient.invalidateQueries()
  const accept = useMutation({
    mutationFn: (id: string) => client.send('POST', `/v1/people/${id}/accept`, {}),
    onSuccess: refresh,
  })
  const reassign = useMutation({
    mutationFn: async (input: { ids: readonly string[]; toEmail: string }) => {
      for (const id of input.ids)
        await client.send('POST', `/v1/people/${id}/assign`, { toEmail: input.toEmail })
    },
    onSuccess: refresh,
  })
  return { accept, reassign }
}

function QueueTable(props: { queue: OwnerQueue; manager: boolean; users: readonly User[] }) {
  const { queue, manager, users } = props
  const inForce = useAgreementInForce()
  const labels = stageLabels(inForce)
  const agreement = inForce.state === 'ready' ? inForce.version.document : undefined
  const rows = queueRows(queue.items)
  const byId = new Map(queue.items.map((item) => [item.person.id, item.person]))
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [rejecting, setRejecting] = useState<readonly string[]>([])
  const [toEmail, setToEmail] = useState<string | null>(null)
  const { accept, reassign } = useActions()
  if (rows.length === 0)
    return (
      <EmptyState title={`${queue.owner.name} has nothing waiting`}>
        Leads show here when routing hands them to {queue.owner.name} under the agreement in force.
      </EmptyState>
    )
  const failed = accept.error ?? reassign.error
  return (
    <Stack gap="sm">
      <Text size="sm" data-testid="queue-headline">
        {queueHeadline(rows)}
      </Text>
      {manager && (
        <Group gap="xs" align="end">
          <Button
            size="xs"
            color="red"
            variant="light"
            disabled={selected.size === 0}
            onClick={() => setRejecting([...selected])}
          >
            Reject {selected.size} selected…
          </Button>
          <Select
            size="xs"
            aria-label="Reassign to"
            placeholder="Reassign to…"
            data={reps(users)
              .filter((u) => u.id !== queue.owner.id)
              .map((u) => ({ value: u.email, label: `${u.name} (${u.role})` }))}
            value={toEmail}
            onChange={setToEmail}
          />
          <Button
            size="xs"
            variant="light"
            disabled={selected.size === 0 || toEmail === null}
            loading={reassign.isPending}
            onClick={() => {
              if (toEmail === null) return
              reassign.mutate(
                { ids: [...selected], toEmail },
                { onSuccess: () => setSelected(new Set()) },
              )
            }}
          >
            Reassign {selected.size}
          </Button>
        </Group>
      )}
      {failed && (
        <Alert color="red" role="alert" title="Not done">
          {failed.message}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="Queue" striped>
          <Table.Thead>
            <Table.Tr>
              {manager && (
                <Table.Th>
                  <Checkbox
                    aria-label="Select every lead"
                    checked={selected.size === rows.length}
                    indeterminate={selected.size > 0 && selected.size < rows.length}
                    onChange={() => setSelected(toggleAll(selected, rows))}
                  />
                </Table.Th>
              )}
              <Table.Th>Lead</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Score</Table.Th>
              <Table.Th>Clock</Table.Th>
              <Table.Th>Due</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const person = byId.get(row.personId)
              const name = person ? personName(person) : row.personId
              return (
                <Table.Tr key={row.personId} data-tone={row.tone}>
                  {manager && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${name}`}
                        checked={selected.has(row.personId)}
                        onChange={() => setSelected(toggleOne(selected, row.personId))}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Link href={`/leads/${row.personId}`}>{name}</Link>
                  </Table.Td>
                  <Table.Td>{labels.get(row.stage) ?? row.stage}</Table.Td>
                  <Table.Td ta="right">{row.score ?? '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{row.clock}</Text>
                    <Badge size="sm" color={row.tone === 'none' ? 'gray' : toneColors[row.tone]}>
                      {row.state}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{row.dueAt ? formatInstant(row.dueAt) : '—'}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        loading={accept.isPending && accept.variables === row.personId}
                        onClick={() => accept.mutate(row.personId)}
                      >
                        Accept
                      </Button>
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="red"
                        onClick={() => setRejecting([row.personId])}
                      >
                        Reject…
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RejectDialog
        personIds={rejecting}
        opened={rejecting.length > 0}
        onClose={() => {
          setRejecting([])
          setSelected(new Set())
        }}
        agreement={agreement}
      />
    </Stack>
  )
}

/** Hand-off queue: a rep's leads in due order with live clocks; managers pick the rep and act in bulk. */
export function QueuePage() {
  const { me } = useSession()
  const manager = me.role === 'admin'
  const users = useApi<{ items: User[] }>('/v1/users')
  const [owner, setOwner] = useState<string | null>(null)
  const path = withQuery('/v1/queue', { owner: manager ? (owner ?? undefined) : undefined })
  const queue = useApi<OwnerQueue>(path, { enabled: !manager || owner !== null })
  let body
  if (manager && owner === null)
    body = (
      <EmptyState title="Pick whose queue to see">
        Choose a rep above: their leads show in due order, with accept, reject and reassign.
      </EmptyState>
    )
  else if (queue.isPending) body = <LoadingState label="Reading the queue" />
  else if (queue.isError)
    body = <ErrorState error={queue.error} retry={() => void queue.refetch()} />
  else body = <QueueTable queue={queue.data} manager={manager} users={users.data?.items ?? []} />
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Queue
      </Title>
      {manager && (
        <Select
          label="Rep"
          placeholder="Pick a rep"
          searchable
          data={reps(users.data?.items ?? []).map((u) => ({
            value: u.email,
            label: `${u.name} (${u.role})`,
          }))}
          value={owner}
          onChange={setOwner}
        />
      )}
      <Paper withBorder p="md">
        {body}
      </Paper>
    </Stack>
  )
}
