/**
 * Code actions, always built from the server's own lint of the draft, never
 * from the range a client echoes back: clients convert ranges through their
 * own columns (Neovim 0.7 returns byte columns), so an echoed range can point
 * at the wrong words. Each diagnostic carries `data: {id, version}`; the id
 * finds the message in the lint of that version, and its offsets make the edit.
 *
 * - a quick fix per suggested replacement;
 * - "Fix all copydesk problems" (kind `source.fixAll.copydesk`): every
 *   unambiguous fix, as `copydesk --fix` applies them;
 * - in Markdown and HTML, which have comments: ignore the rule in this block
 *   (`<!-- copydesk ignore rule -->` before the paragraph) or disable it in the
 *   file (`<!-- copydesk disable rule -->` at the top). Plain text has no
 *   comments; its rules are switched off in `.retextrc.json`.
 */
import type {Node} from 'unist'
import type {VFileMessage} from 'vfile-message'
import {CodeAction, CodeActionKind, type Diagnostic, type Range, TextEdit} from 'vscode-languageserver'
import {applyFixes, fixOf, type TextRange} from '../fix/fix.js'
import {markupRanges} from '../fix/fix-lint.js'
import {packageName} from '../meta.js'
import type {DraftFormat} from '../pipeline/processor.js'
import type {PositionMap} from './positions.js'
import '../types.js'

/** What each diagnostic carries, to find its message again. */
export interface DiagnosticData {
  id: number
  version: number
  expected?: string[]
}

/** One lint of one version of an open draft. */
export interface LintedDraft {
  uri: string
  version: number
  format: DraftFormat
  messages: VFileMessage[]
  positions: PositionMap
  /** Ranges an automatic fix leaves alone (quotations, markup). */
  keep: TextRange[]
  /** Where each top-level block starts (Markdown, HTML): where an `ignore` comment goes. */
  blockStarts: number[]
}

export const fixAllKind = `${CodeActionKind.SourceFixAll}.${packageName}`

/** The parts of a lint that code actions need, taken before the file's data is dropped. */
export function describeLint(file: {data: Record<string, any>}, text: string): {keep: TextRange[]; blockStarts: number[]} {
  const source = file.data.copydeskSourceTree as {tree: Node; format: string} | undefined
  const quotations = ((file.data.copydeskDocument?.quotations ?? []) as Array<{innerStart: number; innerEnd: number}>).map((quotation) => ({
    start: quotation.innerStart,
    end: quotation.innerEnd
  }))
  const markup = source ? markupRanges(source.tree, text.length) : []
  return {keep: [...quotations, ...markup], blockStarts: source ? topLevelBlocks(source.tree) : []}
}

/** The start offsets of the root's blocks, through elements the HTML parser implied (no position). */
function topLevelBlocks(tree: Node): number[] {
  const starts: number[] = []
  const visit = (children: Node[]) => {
    for (const child of children as Array<Node & {children?: Node[]; value?: string}>) {
      const start = child.position?.start.offset
      if (child.type === 'element' && start === undefined) visit(child.children ?? [])
      else if (typeof start === 'number' && !(child.type === 'text' && (child.value ?? '').trim() === '')) starts.push(start)
    }
  }
  visit((tree as Node & {children?: Node[]}).children ?? [])
  return starts.sort((a, b) => a - b)
}

/** The messages a code action request is about: those of its diagnostics, else those in its range. */
export function requestedMessages(draft: LintedDraft, diagnostics: Diagnostic[], range: Range): Array<[number, VFileMessage]> {
  const chosen = new Map<number, VFileMessage>()
  for (const diagnostic of diagnostics) {
    const data = diagnostic.data as DiagnosticData | undefined
    if (diagnostic.source !== packageName || !data || data.version !== draft.version) continue
    const message = draft.messages[data.id]
    if (message) chosen.set(data.id, message)
  }
  if (chosen.size === 0 && diagnostics.length === 0) {
    // No diagnostics sent (some clients send none): ours that meet the range.
    const start = draft.positions.offset(range.start)
    const end = draft.positions.offset(range.end)
    draft.messages.forEach((message, id) => {
      const span = offsetsOf(message)
      if (span && span.start <= end && span.end >= start) chosen.set(id, message)
    })
  }
  return [...chosen]
}

export function codeActions(
  draft: LintedDraft,
  requested: Array<[number, VFileMessage]>,
  diagnosticOf: (id: number) => Diagnostic,
  only?: string[]
): CodeAction[] {
  const actions: CodeAction[] = []
  const text = draft.positions.text
  const edit = (edits: TextEdit[]) => ({changes: {[draft.uri]: edits}})
  const replace = (start: number, end: number, newText: string) => TextEdit.replace(draft.positions.range(start, end), newText)

  for (const [id, message] of requested) {
    const span = offsetsOf(message)
    const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
    if (!span) continue
    const actual = text.slice(span.start, span.end)
    for (const replacement of expected) {
      // One suggestion: the fixer's own edit (a deleted credit takes its line break, case kept).
      const fix = expected.length === 1 ? fixOf({...message, fatal: message.fatal ?? false}, text) : undefined
      const change = fix ? replace(fix.start, fix.end, fix.replacement) : replace(span.start, span.end, replacement)
      const title = replacement === '' ? `Delete \`${actual}\`` : `Replace \`${actual}\` with \`${fix?.replacement ?? replacement}\``
      const action = CodeAction.create(title, edit([change]), CodeActionKind.QuickFix)
      action.diagnostics = [diagnosticOf(id)]
      action.isPreferred = expected.length === 1
      actions.push(action)
    }
  }

  const fixable = applyFixes(text, draft.messages, draft.keep)
  if (fixable.applied.length > 0) {
    const count = fixable.applied.length
    const action = CodeAction.create(
      `Fix all copydesk problems in this file (${count} ${count === 1 ? 'fix' : 'fixes'})`,
      edit(fixable.applied.map((fix) => replace(fix.start, fix.end, fix.replacement))),
      fixAllKind
    )
    actions.push(action)
  }

  if (draft.format !== 'text') {
    const rules = new Set<string>()
    for (const [id, message] of requested) {
      const ruleId = message.ruleId
      const span = offsetsOf(message)
      if (!ruleId || message.source === 'unified-message-control' || ruleId === 'inline-comment' || !span || rules.has(ruleId)) continue
      rules.add(ruleId)
      const block = blockBefore(draft.blockStarts, span.start)
      if (block !== undefined) {
        const action = CodeAction.create(
          `Ignore \`${ruleId}\` in this paragraph`,
          edit([insertComment(text, block, `copydesk ignore ${ruleId}`, replace)]),
          CodeActionKind.QuickFix
        )
        action.diagnostics = [diagnosticOf(id)]
        actions.push(action)
      }
      const action = CodeAction.create(
        `Disable \`${ruleId}\` in this file`,
        edit([insertComment(text, 0, `copydesk disable ${ruleId}`, replace)]),
        CodeActionKind.QuickFix
      )
      action.diagnostics = [diagnosticOf(id)]
      actions.push(action)
    }
  }

  return only && only.length > 0
    ? actions.filter((action) => only.some((kind) => action.kind === kind || action.kind!.startsWith(kind + '.')))
    : actions
}

/** `<!-- words -->` and a line break at `offset`, indented as the block there is. */
function insertComment(
  text: string,
  offset: number,
  words: string,
  replace: (start: number, end: number, text: string) => TextEdit
): TextEdit {
  let lineStart = offset
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--
  const before = text.slice(lineStart, offset)
  const indent = before.trim() === '' ? before : ''
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  return replace(offset, offset, `<!-- ${words} -->${newline}${indent}`)
}

function blockBefore(starts: number[], offset: number): number | undefined {
  let found: number | undefined
  for (const start of starts) {
    if (start > offset) break
    found = start
  }
  return found
}

export function offsetsOf(message: VFileMessage): TextRange | undefined {
  const place = message.place
  if (!place || !('start' in place)) {
    const offset = place && 'offset' in place ? place.offset : undefined
    return typeof offset === 'number' ? {start: offset, end: offset} : undefined
  }
  const start = place.start.offset
  const end = place.end.offset
  return typeof start === 'number' && typeof end === 'number' ? {start, end} : undefined
}
