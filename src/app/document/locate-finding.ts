import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml'
import type { Finding } from '../../core/agreement/index.ts'
import type { DocumentSource } from './read-document.ts'

type FindingPath = Finding['path']

// The deepest node along `path`: a missing key is reported where its parent is.
function nodeAt(doc: Document, path: FindingPath, target: 'key' | 'value'): Node | undefined {
  let node: unknown = doc.contents
  let found: Node | undefined = doc.contents ?? undefined
  for (const [depth, segment] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isScalar(p.key) && String(p.key.value) === String(segment),
      )
      if (!pair) break
      const last = depth === path.length - 1
      const keyNode = isScalar(pair.key) ? pair.key : undefined
      node = last && target === 'key' ? keyNode : (pair.value ?? keyNode)
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
    } else break
    if (!isScalar(node) && !isMap(node) && !isSeq(node)) break
    found = node
  }
  return found
}

/** The finding with the line and column of its path in the source (a missing key: where its parent is). */
export function locateFinding(
  source: DocumentSource,
  finding: Finding,
  target: 'key' | 'value' = 'value',
): Finding {
  const offset = nodeAt(source.doc, finding.path, target)?.range?.[0]
  if (offset === undefined) return finding
  const { line, col } = source.lineCounter.linePos(offset)
  return { ...finding, line, column: col }
}
