import { AppError } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import type { UseCaseContext } from '../context.ts'
import { webhookFormats, type Webhook, type WebhookFormat } from './sla-ports.ts'

export type WebhookInput = {
  readonly name: string
  readonly url: string
  readonly secret: string
  readonly topics?: readonly string[]
  readonly format?: string
  readonly maxAttempts?: number
}

function invalid(message: string, field: string): AppError {
  return new AppError('request.invalid', message, { details: { field } })
}

function checkedFormat(format: string | undefined): WebhookFormat {
  if (format === undefined) return 'json'
  if ((webhookFormats as readonly string[]).includes(format)) return format as WebhookFormat
  throw invalid(`Unknown webhook format "${format}"; use json or slack.`, 'format')
}

/** Adds a webhook target; the URL must be http(s), the secret at least 16 characters. */
export async function addWebhook(ctx: UseCaseContext, input: WebhookInput): Promise<Webhook> {
  authorize(ctx, 'outbox.manage')
  let url: URL
  try {
    url = new URL(input.url)
  } catch {
    throw invalid(`"${input.url}" is not a URL; give e.g. https://hooks.example.com/baton.`, 'url')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('A webhook URL must start with https:// (or http:// inside your network).', 'url')
  }
  if (input.secret.length < 16) {
    throw invalid(
      'The signing secret must be at least 16 characters; use a random string.',
      'secret',
    )
  }
  const maxAttempts = input.maxAttempts ?? 8
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw invalid('maxAttempts must be a whole number of 1 or more.', 'maxAttempts')
  }
  return ctx.store.sla.webhooks.insert({
    name: input.name,
    url: url.toString(),
    secret: input.secret,
    topics: input.topics ?? [],
    format: checkedFormat(input.format),
    maxAttempts,
  })
}

/** The workspace's webhooks, without their secrets. */
export function listWebhooks(ctx: UseCaseContext): Promise<readonly Webhook[]> {
  authorize(ctx, 'outbox.manage')
  return ctx.store.sla.webhooks.list()
}

/** Turns a webhook off by name: the outbox stops delivering to it; `webhook.not_found` when none. */
export async function deactivateWebhook(ctx: UseCaseContext, name: string): Promise<void> {
  authorize(ctx, 'outbox.manage')
  if (await ctx.store.sla.webhooks.deactivate(name)) return
  throw new AppError(
    'webhook.not_found',
    `No webhook named "${name}" in this workspace; \`baton webhook list\` shows them.`,
    { details: { name } },
  )
}
