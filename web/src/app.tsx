import { MantineProvider } from '@mantine/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { apiClient, ApiError } from './api/api-client.ts'
import type { Me } from './api/api-types.ts'
import { Pages } from './pages.tsx'
import { SessionContext, type Session } from './session/session-context.tsx'
import { SignInPage } from './session/sign-in-page.tsx'
import { storedKey } from './session/stored-key.ts'
import { LoadingState } from './shell/states.tsx'
import { theme } from './theme.ts'

type Auth =
  | { readonly kind: 'checking' }
  | { readonly kind: 'signed-out'; readonly problem?: string }
  | { readonly kind: 'signed-in'; readonly key: string; readonly me: Me }

async function whoAmI(key: string): Promise<Me> {
  try {
    return await apiClient(key).get<Me>('/v1/me')
  } catch (error) {
    if (error instanceof ApiError && error.status === 401)
      throw new Error('That key is not valid or was revoked. Check it and try again.', {
        cause: error,
      })
    throw error
  }
}

function SignedIn({ auth, signOut }: { auth: { key: string; me: Me }; signOut: () => void }) {
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: 30_000 } } }),
    [],
  )
  const session: Session = useMemo(
    () => ({ client: apiClient(auth.key), me: auth.me, signOut }),
    [auth, signOut],
  )
  return (
    <QueryClientProvider client={queryClient}>
      <SessionContext.Provider value={session}>
        <Pages />
      </SessionContext.Provider>
    </QueryClientProvider>
  )
}

/** The dashboard: sign in with an API key, then the pages for the key's role. */
export function App() {
  const [auth, setAuth] = useState<Auth>(() =>
    storedKey.read() === null ? { kind: 'signed-out' } : { kind: 'checking' },
  )
  useEffect(() => {
    const key = storedKey.read()
    if (auth.kind !== 'checking' || key === null) return
    whoAmI(key).then(
      (me) => setAuth({ kind: 'signed-in', key, me }),
      (error: unknown) => {
        storedKey.clear()
        setAuth({ kind: 'signed-out', problem: error instanceof Error ? error.message : '' })
      },
    )
  }, [auth.kind])
  const signIn = async (key: string) => {
    const me = await whoAmI(key)
    storedKey.save(key)
    setAuth({ kind: 'signed-in', key, me })
  }
  const signOut = useMemo(
    () => () => {
      storedKey.clear()
      setAuth({ kind: 'signed-out' })
    },
    [],
  )
  return (
    <MantineProvider theme={theme}>
      {auth.kind === 'checking' && <LoadingState label="Signing in" />}
      {auth.kind === 'signed-out' && <SignInPage onSignIn={signIn} problem={auth.problem} />}
      {auth.kind === 'signed-in' && <SignedIn auth={auth} signOut={signOut} />}
    </MantineProvider>
  )
}
