// The API key lives in sessionStorage: it is gone when the tab closes and never leaves this origin.
const storageKey = 'baton.apiKey'

export const storedKey = {
  read: (): string | null => window.sessionStorage.getItem(storageKey),
  save: (key: string) => window.sessionStorage.setItem(storageKey, key),
  clear: () => window.sessionStorage.removeItem(storageKey),
}
