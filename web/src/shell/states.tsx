import { Alert, Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** Shown while a page's data loads. */
export function LoadingState({ label }: { readonly label: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  )
}

/** A failed read: what went wrong, in the server's words, and a way to try again. */
export function ErrorState({
  error,
  retry,
}: {
  readonly error: unknown
  readonly retry?: () => void
}) {
  const message = error instanceof Error ? error.message : String(error)
  return (
    <Alert color="red" title="Could not load this" role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {retry && (
          <Group>
            <Button size="xs" variant="light" color="red" onClick={retry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  )
}

/** Nothing to show yet: says why, and what to do next. */
export function EmptyState(props: { readonly title: string; readonly children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" bg="var(--mantine-color-gray-0)">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {props.title}
        </Title>
        <Text size="sm" c="dimmed" component="div">
          {props.children}
        </Text>
      </Stack>
    </Paper>
  )
}
