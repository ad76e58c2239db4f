import { AppShell, Badge, Burger, Button, Group, NavLink, Text, Title } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { Link, useLocation } from '../routing/router.tsx'
import { useSession } from '../session/session-context.tsx'
import { navigationFor } from './navigation.ts'

const isCurrent = (item: string, path: string) =>
  item === '/' ? path === '/' : path === item || path.startsWith(`${item}/`)

/** The signed-in frame: header with the role and sign-out, navigation for the role, the page. */
export function AppLayout({ children }: { readonly children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure()
  const session = useSession()
  const { me } = session
  const { path } = useLocation()
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? 'Close navigation' : 'Open navigation'}
            />
            <Title order={2} size="h4">
              Baton
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Badge variant="light" aria-label={`Signed in as ${me.role}`}>
              {me.role}
            </Badge>
            <Button variant="subtle" size="compact-sm" onClick={() => session.signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Pages">
        {navigationFor(me.role).map((item) => (
          <NavLink
            key={item.path}
            component={Link}
            href={item.path}
            label={item.label}
            description={item.hint}
            active={isCurrent(item.path, path)}
            aria-current={isCurrent(item.path, path) ? 'page' : undefined}
            onClick={close}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          API: <a href="/openapi.json">/openapi.json</a>
        </Text>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}
