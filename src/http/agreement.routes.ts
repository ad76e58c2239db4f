import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import {
  draftAgreement,
  getAgreement,
  getAgreementInForce,
  listAgreements,
  reviseDraft,
  signAgreement,
} from '../app/agreement/agreements.ts'
import { parseAgreement } from '../app/agreement/parse-agreement.ts'
import { renderAgreementHtml } from '../app/agreement/render-agreement-html.ts'
import {
  diffAgreements,
  renderAgreementMarkdown,
  type AgreementVersion,
} from '../core/agreement/index.ts'
import {
  AgreementDiffBody,
  AgreementDocumentRequest,
  AgreementDraftBody,
  AgreementValidationBody,
  AgreementValidationRequest,
  AgreementVersionBody,
  AgreementVersionList,
  DiffParam,
  DocumentQuery,
  InForceQuery,
  SignatureRequest,
  toDiffBody,
  toDraftBody,
  toVersionBody,
  toValidationBody,
  toVersionSummaryBody,
  VersionParam,
} from './agreement.schema.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'

const path = '/v1/agreements'
const item = `${path}/{version}`
const tags = ['Agreement']

const renderedDocument = {
  description: 'The rendered agreement',
  content: {
    'text/html': { schema: z.string() },
    'text/markdown': { schema: z.string() },
  },
}

const routes = {
  draft: createRoute({
    method: 'post',
    path,
    tags,
    summary: 'Save a valid agreement document as the next draft version',
    request: { body: jsonBody(AgreementDocumentRequest) },
    responses: {
      201: jsonResponse(AgreementDraftBody, 'The draft, with warnings'),
      ...errorResponses(400, 401, 413, 422),
    },
  }),
  validate: createRoute({
    method: 'post',
    path: `${path}/validate`,
    tags,
    summary:
      'Check a YAML or JSON agreement text without saving it: every error and warning, located',
    request: { body: jsonBody(AgreementValidationRequest) },
    responses: {
      200: jsonResponse(
        AgreementValidationBody,
        'The findings, and the document when it has no error',
      ),
      ...errorResponses(400, 401, 413),
    },
  }),
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'All versions, oldest first, without their documents',
    responses: { 200: jsonResponse(AgreementVersionList, 'The versions'), ...errorResponses(401) },
  }),
  inForce: createRoute({
    method: 'get',
    path: `${path}/in-force`,
    tags,
    summary: 'The signed version in force at an instant (default now)',
    request: { query: InForceQuery },
    responses: {
      200: jsonResponse(AgreementVersionBody, 'The version in force'),
      ...errorResponses(400, 401, 404),
    },
  }),
  inForceDocument: createRoute({
    method: 'get',
    path: `${path}/in-force/document`,
    tags,
    summary: 'The signed agreement in force now, rendered for reading',
    request: { query: DocumentQuery },
    responses: { 200: renderedDocument, ...errorResponses(400, 401, 404) },
  }),
  get: createRoute({
    method: 'get',
    path: item,
    tags,
    summary: 'One version with its document',
    request: { params: VersionParam },
    responses: {
      200: jsonResponse(AgreementVersionBody, 'Found'),
      ...errorResponses(400, 401, 404),
    },
  }),
  revise: createRoute({
    method: 'put',
    path: item,
    tags,
    summary: "Replace a draft's document; its signatures are dropped, signed versions never change",
    request: { params: VersionParam, body: jsonBody(AgreementDocumentRequest) },
    responses: {
      200: jsonResponse(AgreementDraftBody, 'The revised draft, with warnings'),
      ...errorResponses(400, 401, 404, 409, 413, 422),
    },
  }),
  sign: createRoute({
    method: 'post',
    path: `${item}/signatures`,
    tags,
    summary: "Sign a draft for the signer's side; the second side's signature puts it in force",
    request: { params: VersionParam, body: jsonBody(SignatureRequest) },
    responses: {
      201: jsonResponse(AgreementVersionBody, 'The version with the new signature'),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  }),
  document: createRoute({
    method: 'get',
    path: `${item}/document`,
    tags,
    summary: 'One version, rendered for reading and signing',
    request: { params: VersionParam, query: DocumentQuery },
    responses: { 200: renderedDocument, ...errorResponses(400, 401, 404) },
  }),
  diff: createRoute({
    method: 'get',
    path: `${item}/diff/{other}`,
    tags,
    summary: 'What changes from this version to the other one',
    request: { params: DiffParam },
    responses: {
      200: jsonResponse(AgreementDiffBody, 'The changes'),
      ...errorResponses(400, 401, 404),
    },
  }),
}

const contentTypes = {
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
} as const

function sendDocument(
  c: Context<HttpEnv>,
  version: AgreementVersion,
  format: keyof typeof contentTypes,
): Response {
  const meta = {
    version: version.version,
    status: version.status,
    signatures: version.signatures,
    ...(version.effectiveFrom === null ? {} : { effectiveFrom: version.effectiveFrom }),
  }
  const text =
    format === 'html'
      ? renderAgreementHtml(version.document, meta)
      : renderAgreementMarkdown(version.document, meta)
  return c.body(text, 200, { 'Content-Type': contentTypes[format] })
}

/** The agreement's versions: draft, revise, sign, read, render and compare. */
export function agreementRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.draft, async (c) => {
    const result = await draftAgreement(c.var.ctx, c.req.valid('json').document)
    return c.json(toDraftBody(result), 201)
  })
  app.openapi(routes.validate, (c) => {
    const { text } = c.req.valid('json')
    return c.json(toValidationBody(parseAgreement(text, 'draft')), 200)
  })
  app.openapi(routes.list, async (c) => {
    const versions = await listAgreements(c.var.ctx)
    return c.json({ items: versions.map(toVersionSummaryBody) }, 200)
  })
  // The in-force routes come before /{version} so "in-force" is never read as a version number.
  app.openapi(routes.inForce, async (c) => {
    const { at } = c.req.valid('query')
    const version = await getAgreementInForce(
      c.var.ctx,
      at === undefined ? undefined : new Date(at),
    )
    return c.json(toVersionBody(version), 200)
  })
  app.openapi(routes.inForceDocument, async (c) => {
    const version = await getAgreementInForce(c.var.ctx)
    return sendDocument(c, version, c.req.valid('query').format)
  })
  app.openapi(routes.get, async (c) => {
    const version = await getAgreement(c.var.ctx, c.req.valid('param').version)
    return c.json(toVersionBody(version), 200)
  })
  app.openapi(routes.revise, async (c) => {
    const { version } = c.req.valid('param')
    const result = await reviseDraft(c.var.ctx, version, c.req.valid('json').document)
    return c.json(toDraftBody(result), 200)
  })
  app.openapi(routes.sign, async (c) => {
    const { version } = c.req.valid('param')
    const signed = await signAgreement(c.var.ctx, version, c.req.valid('json').signerEmail)
    return c.json(toVersionBody(signed), 201)
  })
  app.openapi(routes.document, async (c) => {
    const version = await getAgreement(c.var.ctx, c.req.valid('param').version)
    return sendDocument(c, version, c.req.valid('query').format)
  })
  app.openapi(routes.diff, async (c) => {
    const { version, other } = c.req.valid('param')
    const before = await getAgreement(c.var.ctx, version)
    const after = await getAgreement(c.var.ctx, other)
    return c.json(toDiffBody(diffAgreements(before.document, after.document)), 200)
  })
}
