import {
  Alert,
  Button,
  Center,
  Code,
  Paper,
  PasswordInput,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'

type Props = {
  readonly onSignIn: (key: string) => Promise<void>
  readonly problem?: string | undefined
}

/** Sign in with an API key; the key is checked against GET /v1/me before anything is shown. */
export function SignInPage({ onSignIn, problem }: Props) {
  const [key, setKey] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(problem)
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (key.trim() === '') {
      setError('Paste an API key first.')
      return
    }
    setBusy(true)
    setError(undefined)
    try {
      await onSignIn(key.trim())
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={440}>
        <form onSubmit={(event) => void submit(event)}>
          <Stack>
            <Title order={1} size="h2">
              Baton
            </Title>
            <Text c="dimmed">One funnel, one agreement, one set of numbers.</Text>
            <PasswordInput
              label="API key"
              description="Kept in this browser tab only, until you sign out or close it."
              placeholder="bk_..."
              value={key}
              onChange={(event) => setKey(event.currentTarget.value)}
              autoFocus
              autoComplete="off"
            />
            {error && (
              <Alert color="red" title="Cannot sign in" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy}>
              Sign in
            </Button>
            <Text size="sm" c="dimmed">
              No key? The first admin key is printed when the server first starts and saved beside
              the database, in <Code>.baton/db.key</Code>.
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  )
}
