/**
 * Lint a text for the fixer: its messages, and the direct quotations in it,
 * which automatic fixes leave alone (a quote is the speaker's words, not copy
 * the desk may silently change). Browser-safe.
 */
import type {Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {documentOf} from './analysis/document.js'
import type {LintedText} from './fix.js'
import './types.js'

export interface DraftIdentity {
  path?: string
  cwd?: string
  format?: 'text' | 'markdown' | 'html'
}

export async function lintForFix(processor: Processor<any, any, any, any, any>, draft: DraftIdentity, text: string): Promise<LintedText<VFileMessage>> {
  const file = new VFile({value: text, ...(draft.cwd ? {cwd: draft.cwd} : {}), ...(draft.path ? {path: draft.path} : {})})
  if (draft.format) file.data.copydeskFormat = draft.format
  const tree = processor.parse(file)
  await processor.run(tree, file)
  const keep = documentOf(tree, file).quotations.map((quotation) => ({start: quotation.innerStart, end: quotation.innerEnd}))
  return {messages: file.messages, keep}
}
