import { describe, expect, it } from 'vitest'
import { trackingSnippet } from './tracking-snippet.ts'

describe('trackingSnippet', () => {
  it.each([
    {
      base: 'https://baton.acme.com',
      tag: '<script async src="https://baton.acme.com/t.js" data-site="site_k"></script>',
    },
    {
      base: 'http://localhost:3000/',
      tag: '<script async src="http://localhost:3000/t.js" data-site="site_k"></script>',
    },
  ])('loads /t.js from $base with the site key', ({ base, tag }) => {
    expect(trackingSnippet(base, 'site_k')).toBe(tag)
  })
})
