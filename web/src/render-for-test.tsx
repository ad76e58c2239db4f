import { MantineProvider } from '@mantine/core'
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { theme } from './theme.ts'

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined
}

/** Renders a widget inside the dashboard's theme into the test document; returns its container. */
export async function renderForTest(
  node: ReactNode,
): Promise<{ container: HTMLElement; unmount(): void }> {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  await act(async () => {
    root.render(<MantineProvider theme={theme}>{node}</MantineProvider>)
    await Promise.resolve()
  })
  return {
    container,
    unmount: () => {
      act(() => root.unmount())
      container.remove()
    },
  }
}
