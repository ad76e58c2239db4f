#!/usr/bin/env node
// Runs Baton's TypeScript sources through tsx, so a checkout needs no build step.
import { register } from 'tsx/esm/api'

register()
await import('../src/main/cli.ts')
