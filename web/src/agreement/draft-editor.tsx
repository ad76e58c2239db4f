import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { AgreementValidation } from '../api/api-types.ts'
import { useSession } from '../session/session-context.tsx'
import { FindingsList } from './findings-list.tsx'

/** Edit an agreement as YAML or JSON, with the server's findings as you type; save a valid one as a draft. */
export function DraftEditor({ initialText }: { readonly initialText: string }) {
  const { client } = useSession()
  const queryClient = useQueryClient()
  const [text, setText] = useState(initialText)
  const [checked] = useDebouncedValue(text, 400)
  const validation = useQuery({
    queryKey: ['validate', checked],
    queryFn: () =>
      client.send<AgreementValidation>('POST', '/v1/agreements/validate', { text: checked }),
    enabled: checked.trim() !== '',
  })
  const save = useMutation({
    mutationFn: (document: unknown) =>
      client.send<{ version: { version: number } }>('POST', '/v1/agreements', { document }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['/v1/agreements'] }),
  })
  const result = checked === text ? validation.data : undefined
  return (
    <Stack gap="sm">
      <Textarea
        label="Agreement (YAML or JSON)"
        description="Checked as you type against every rule Baton enforces."
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        autosize
        minRows={12}
        maxRows={28}
        styles={{ input: { fontFamily: 'monospace', fontSize: 13 } }}
        spellCheck={false}
      />
      <div aria-live="polite">
        {text.trim() === '' && (
          <Text size="sm" c="dimmed">
            Paste an agreement, or start from a preset:{' '}
            <code>baton agreement init --preset waterfall</code>.
          </Text>
        )}
        {validation.isError && <Alert color="red">{validation.error.message}</Alert>}
        {result && result.errors.length > 0 && (
          <Alert color="red" title={`${result.errors.length} error(s): it cannot be saved yet`}>
            <FindingsList findings={result.errors} color="red" />
          </Alert>
        )}
        {result && result.errors.length === 0 && (
          <Alert color="green" title="No errors: it can be saved as a draft">
            {result.warnings.length > 0 && (
              <FindingsList findings={result.warnings} color="orange" />
            )}
          </Alert>
        )}
      </div>
      {save.isError && (
        <Alert color="red" role="alert">
          {save.error.message}
        </Alert>
      )}
      {save.isSuccess && (
        <Alert color="green" role="status">
          Saved as draft version {save.data.version.version}. Both sides sign it on the Versions
          tab.
        </Alert>
      )}
      <Group>
        <Button
          disabled={!result?.valid || result.document === undefined}
          loading={save.isPending}
          onClick={() => save.mutate(result?.document)}
        >
          Save as a new draft
        </Button>
      </Group>
    </Stack>
  )
}
