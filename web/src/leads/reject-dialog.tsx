import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { Agreement } from '../api/api-types.ts'
import { useSession } from '../session/session-context.tsx'

type Props = {
  /** One lead, or several a manager picked in the queue. */
  readonly personIds: readonly string[]
  readonly opened: boolean
  readonly onClose: () => void
  /** The agreement in force: its reason codes and where rejected leads go. */
  readonly agreement: Agreement | undefined
}

/**
 * Reject leads with a reason code and a note through the closed loop (POST /v1/people/:id/reject);
 * each goes where the agreement sends rejects. A failure on one lead leaves the others rejected
 * and names it.
 */
export function RejectDialog({ personIds, opened, onClose, agreement }: Props) {
  const { client } = useSession()
  const queryClient = useQueryClient()
  const [reasonCode, setReasonCode] = useState<string | null>(null)
  const [note, setNote] = useState('')
  const codes = agreement?.reasonCodes ?? []
  const toStage = agreement?.exitCriteria.recycleTo ?? 'disqualified'
  const chosen = codes.find((c) => c.code === reasonCode)
  const noteMissing = chosen?.noteRequired === true && note.trim() === ''
  const reject = useMutation({
    mutationFn: async () => {
      const failures: string[] = []
      for (const id of personIds) {
        await client
          .send('POST', `/v1/people/${id}/reject`, {
            reasonCode,
            note: note.trim() === '' ? null : note.trim(),
          })
          .catch((error: unknown) => {
            failures.push(error instanceof Error ? error.message : String(error))
          })
      }
      // Every report may count these moves: read them again.
      await queryClient.invalidateQueries()
      if (failures.length > 0) {
        const done = personIds.length - failures.length
        throw new Error(
          `${failures.length} of ${personIds.length} not rejected (${done} done): ${failures.join(' ')}`,
        )
      }
    },
    onSuccess: () => {
      setReasonCode(null)
      setNote('')
      onClose()
    },
  })
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={personIds.length === 1 ? 'Reject this lead' : `Reject ${personIds.length} leads`}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {personIds.length === 1 ? 'The lead moves' : 'The leads move'} to {toStage} and the reason
          is counted in the Flow and dispositions reports.
        </Text>
        {codes.length > 0 ? (
          <Select
            label="Reason"
            placeholder="Pick the agreement’s reason"
            data={codes.map((c) => ({ value: c.code, label: c.label }))}
            value={reasonCode}
            onChange={setReasonCode}
            required
            allowDeselect={false}
          />
        ) : (
          <TextInput
            label="Reason code"
            description="No agreement is in force, so there is no list of reasons; sign one on the Agreement page."
            value={reasonCode ?? ''}
            onChange={(event) => setReasonCode(event.currentTarget.value || null)}
            required
          />
        )}
        <Textarea
          label="Note"
          description={
            chosen?.noteRequired
              ? 'This reason needs a note.'
              : 'Optional: what the next person should know.'
          }
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          required={chosen?.noteRequired === true}
          autosize
          minRows={2}
        />
        {reject.isError && (
          <Alert color="red" role="alert" title="Not rejected">
            {reject.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => reject.mutate()}
            loading={reject.isPending}
            disabled={reasonCode === null || noteMissing}
          >
            {personIds.length === 1 ? 'Reject lead' : `Reject ${personIds.length} leads`}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
