import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { weekdays } from '../core/agreement/index.ts'
import type { OwnerCalendar } from '../app/handoff/handoff-ports.ts'
import { setWorkingTime } from '../app/handoff/set-working-time.ts'
import { errorResponses, jsonBody, jsonResponse, timestamp } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const Periods = z
  .array(z.strictObject({ from: z.string().max(5), to: z.string().max(5) }))
  .max(12)
  .optional()

const Calendar = z
  .strictObject({
    timeZone: z.string().min(1).max(64).openapi({ example: 'Europe/Berlin' }),
    workingHours: z.strictObject(Object.fromEntries(weekdays.map((day) => [day, Periods]))),
    holidays: z
      .strictObject({ country: z.string().max(8), region: z.string().max(16).optional() })
      .optional(),
    closedDays: z.array(z.iso.date()).max(400).optional(),
  })
  .openapi('WorkCalendar')

const Span = z.strictObject({ from: timestamp, to: timestamp })

const WorkingTimeChange = z
  .strictObject({
    email: z.string().max(320),
    calendar: Calendar.nullable().optional().openapi({
      description: "The user's own calendar; null: the agreement's; absent: unchanged",
    }),
    outOfOffice: z
      .array(Span)
      .max(200)
      .optional()
      .openapi({ description: 'Replaces their absences; absent: unchanged' }),
  })
  .openapi('WorkingTimeChange')

const WorkingTimeBody = z
  .object({
    calendar: Calendar.nullable(),
    outOfOffice: z.array(z.object({ from: z.string(), to: z.string() })),
  })
  .openapi('WorkingTime')

const route = createRoute({
  method: 'post',
  path: '/v1/users/working-time',
  tags: ['Users'],
  summary:
    "Set a user's own calendar and out-of-office (admins): closed time for the clocks and tasks they own",
  request: { body: jsonBody(WorkingTimeChange) },
  responses: {
    200: jsonResponse(WorkingTimeBody, "The user's working time now"),
    ...errorResponses(400, 401, 403, 404, 413, 422),
  },
})

const toBody = (time: OwnerCalendar): z.infer<typeof WorkingTimeBody> => ({
  calendar: time.calendar as z.infer<typeof Calendar> | null,
  outOfOffice: time.outOfOffice.map((s) => ({
    from: s.from.toISOString(),
    to: s.to.toISOString(),
  })),
})

/** A user's own working time: the calendar and absences their clocks and tasks run on. */
export function workingTimeRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(route, async (c) => {
    const { email, calendar, outOfOffice } = c.req.valid('json')
    const change = {
      ...(calendar === undefined ? {} : { calendar }),
      ...(outOfOffice === undefined
        ? {}
        : {
            outOfOffice: outOfOffice.map((s) => ({ from: new Date(s.from), to: new Date(s.to) })),
          }),
    }
    return c.json(toBody(await setWorkingTime(c.var.ctx, email, change)), 200)
  })
}
