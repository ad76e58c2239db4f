import { Marked } from 'marked'
import type { Agreement } from '../../core/agreement/index.ts'
import { renderAgreementMarkdown, type RenderMeta } from '../../core/agreement/index.ts'

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => htmlEscapes[c] ?? c)

// The Markdown renderer already escapes user text; raw HTML is escaped here too, so a gap there
// shows up as visible text instead of running in the signer's browser.
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
  },
})

const stylesheet = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5a5a5a; --rule: #d0d0d0; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
ul { padding-left: 1.25rem; }
li { margin: 0.2rem 0; }
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; margin: 0.75rem 0; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; }
@media (min-width: 48rem) { main { padding-top: 2.5rem; } h1 { font-size: 2rem; } }
@media print {
  @page { margin: 18mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2, h3, h4 { break-after: avoid; }
  table, li { break-inside: avoid; }
  table { display: table; }
  th { background: none; }
}
`

/** Renders the agreement as a standalone, print-friendly HTML5 page built from its Markdown document. */
export function renderAgreementHtml(agreement: Agreement, meta: RenderMeta): string {
  const body = markdown.parse(renderAgreementMarkdown(agreement, meta), { async: false })
  const version = meta.version === undefined ? '' : ` (version ${meta.version})`
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(agreement.name.replace(/\s+/g, ' ').trim())}${version}</title>`,
    `<style>${stylesheet}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body.trimEnd(),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
