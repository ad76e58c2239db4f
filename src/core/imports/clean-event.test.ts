import { describe, expect, it } from 'vitest'
import { cleanEvent, toEventType } from './clean-event.ts'

describe('cleanEvent', () => {
  it('reads the person, a snake_case type, a UTC instant and the tracked visitor id', () => {
    expect(
      cleanEvent({
        email: ' Ana+News@Acme.com ',
        type: 'Email Opened',
        occurredAt: '2018-02-26 19:58:54',
        url: 'https://acme.com/p',
        properties: { campaign: 'q1' },
        visitorId: ' v0123456789abcdef ',
      }),
    ).toEqual({
      kind: 'clean',
      event: {
        personExternalId: null,
        emailCanonical: 'ana@acme.com',
        type: 'email_opened',
        occurredAt: new Date('2018-02-26T19:58:54Z'),
        url: 'https://acme.com/p',
        idempotencyKey: null,
        properties: { campaign: 'q1' },
        visitorId: 'v0123456789abcdef',
      },
    })
  })

  it.each([
    ['Page View', 'page_view'],
    ['webinar-attended', 'webinar_attended'],
    ['  --  ', null],
  ])('names the type %j as %j', (raw, type) => {
    expect(toEventType(raw)).toBe(type)
  })

  it.each([
    [{ type: 'visit', occurredAt: '2018-01-01' }, 'event.no_person', /names no person/],
    [
      { email: 'not-an-email', type: 'visit', occurredAt: '2018-01-01' },
      'event.no_person',
      /not an email/,
    ],
    [{ personExternalId: 'p1', occurredAt: '2018-01-01' }, 'event.missing_type', /no type/],
    [{ personExternalId: 'p1', type: 'visit' }, 'event.missing_time', /no time/],
    [
      { personExternalId: 'p1', type: 'visit', occurredAt: '26/02/2018' },
      'event.bad_time',
      /"26\/02\/2018" is not a date/,
    ],
    [
      { personExternalId: 'p1', type: 'visit', occurredAt: '2018-02-30' },
      'event.bad_time',
      /not a date/,
    ],
    [
      {
        personExternalId: 'p1',
        type: 'visit',
        occurredAt: '2018-02-01',
        url: `https://a.com/${'x'.repeat(2000)}`,
      },
      'event.url_too_long',
      /over 2000/,
    ],
  ])('rejects %j as %s with how to fix it', (input, reason, message) => {
    const result = cleanEvent(input)
    expect(result).toMatchObject({ kind: 'rejected', reason })
    expect(result.kind === 'rejected' && result.message).toMatch(message)
    expect(result.kind === 'rejected' && result.message).toContain('fix:')
  })
})
