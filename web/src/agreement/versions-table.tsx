import { Alert, Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { AgreementSummary } from '../api/api-types.ts'
import { useSession } from '../session/session-context.tsx'
import { formatInstant } from '../shared/format.ts'

const statusColor = { draft: 'yellow', signed: 'green', retired: 'gray' } as const

function SignDraft({ version }: { version: number }) {
  const { client } = useSession()
  const queryClient = useQueryClient()
  const [email, setEmail] = useState('')
  const sign = useMutation({
    mutationFn: () =>
      client.send('POST', `/v1/agreements/${version}/signatures`, { signerEmail: email }),
    onSuccess: () => queryClient.invalidateQueries(),
  })
  return (
    <Stack gap={4}>
      <Group gap="xs" align="end">
        <TextInput
          size="xs"
          label={`Sign version ${version} as`}
          placeholder="signatory’s email"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <Button
          size="xs"
          disabled={email.trim() === ''}
          loading={sign.isPending}
          onClick={() => sign.mutate()}
        >
          Sign
        </Button>
      </Group>
      {sign.isError && (
        <Alert color="red" p="xs">
          {sign.error.message}
        </Alert>
      )}
    </Stack>
  )
}

/** Every version with its status, when it took effect and who signed it; drafts can be signed. */
export function VersionsTable({
  versions,
  canSign,
}: {
  versions: readonly AgreementSummary[]
  canSign: boolean
}) {
  return (
    <Table aria-label="Versions" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Version</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Signatures</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...versions].reverse().map((v) => (
          <Table.Tr key={v.version}>
            <Table.Td>
              <Text fw={600}>v{v.version}</Text>
              <Text size="xs" c="dimmed">
                {v.effectiveFrom
                  ? `in force from ${formatInstant(v.effectiveFrom)}`
                  : `drafted ${formatInstant(v.createdAt)}`}
              </Text>
            </Table.Td>
            <Table.Td>
              <Badge color={statusColor[v.status]} variant="light">
                {v.status}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                {v.signatures.length === 0 && (
                  <Text size="sm" c="dimmed">
                    none yet
                  </Text>
                )}
                {v.signatures.map((s) => (
                  <Text size="sm" key={s.side}>
                    {s.side}: {s.signerName} ({s.signerEmail}), {formatInstant(s.signedAt)}
                  </Text>
                ))}
                {canSign && v.status === 'draft' && <SignDraft version={v.version} />}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
