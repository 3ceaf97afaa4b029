/**
 * Lint a text for the fixer: its messages, and the ranges no automatic fix
 * may touch. Browser-safe (the playground uses it too).
 *
 * - Direct quotations: a quote is the speaker's words, not copy the desk may
 *   silently change.
 * - Markup: in Markdown (or any format parsed to a source tree) everything
 *   outside the tree's text nodes (`*`, `[`, `](url)`, code, HTML). A fix
 *   spanning `*won* an election victory` would break the emphasis.
 */
import type {Processor} from 'unified'
import type {Node} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentOf} from '../analysis/document.js'
import {formatOf, loadFormat} from '../pipeline/formats.js'
import type {LintedText, TextRange} from './fix.js'
import '../types.js'

export interface DraftIdentity {
  path?: string
  cwd?: string
  format?: 'text' | 'markdown' | 'html'
}

export interface LintedForFix extends LintedText<VFileMessage> {
  keep: TextRange[]
  quotations: TextRange[]
  markup: TextRange[]
  file: VFile
}

export async function lintForFix(processor: Processor<any, any, any, any, any>, draft: DraftIdentity, text: string): Promise<LintedForFix> {
  const file = new VFile({value: text, ...(draft.cwd ? {cwd: draft.cwd} : {}), ...(draft.path ? {path: draft.path} : {})})
  if (draft.format) file.data.copydeskFormat = draft.format
  await loadFormat(formatOf(file))
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const quotations = documentOf(tree, file).quotations.map((quotation) => ({start: quotation.innerStart, end: quotation.innerEnd}))
  const source = file.data.copydeskSourceTree
  const markup = source ? markupRanges(source.tree as Node, text.length) : []
  return {messages: file.messages, keep: [...quotations, ...markup], quotations, markup, file}
}

/** The stretches of the source outside every text node of its tree. */
export function markupRanges(tree: Node, length: number): TextRange[] {
  const texts: TextRange[] = []
  const stack: Node[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Node & {children?: Node[]}
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (typeof start === 'number' && typeof end === 'number') texts.push({start, end})
    } else if (node.children) {
      for (const child of node.children) stack.push(child)
    }
  }
  texts.sort((a, b) => a.start - b.start)
  const gaps: TextRange[] = []
  let cursor = 0
  for (const range of texts) {
    if (range.start > cursor) gaps.push({start: cursor, end: range.start})
    cursor = Math.max(cursor, range.end)
  }
  if (cursor < length) gaps.push({start: cursor, end: length})
  return gaps
}
