/**
 * `copydesk --fix` and `--fix-dry-run`: after the engine has linted the
 * drafts, apply the unambiguous fixes (src/fix.ts) and write each changed
 * draft back, or print the changes as a unified diff.
 *
 * The engine never writes (its `out`/`output` stay off), so writing is done
 * here, with care: only files with fixes are touched; the draft must still
 * be what was linted (someone may have saved it meanwhile); src/fix/write.ts
 * writes it (links, owner and mode kept; read-only files refused). A byte order mark and the
 * draft's line endings are kept: fixes only replace words inside lines.
 * Direct quotations are left alone: their problems stay messages.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createTwoFilesPatch} from 'diff'
import type {VFile} from 'vfile'
import {location, type Location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fixOf, fixUntilStable, type Fix} from '../fix/fix.js'
import {lintForFix} from '../fix/fix-lint.js'
import {DraftChanged, writeDraft} from '../fix/write.js'
import {draftProcessor, loadPlugins} from '../pipeline/draft.js'
import {loadNamedPlugin} from '../pipeline/load-plugin.js'
import {displayPath} from '../reporters/shared.js'

export interface CliFixOptions {
  /** Print a diff instead of writing. */
  dryRun: boolean
  /** The draft came from stdin: it can be diffed, never written. */
  fromStdin: boolean
  frail: boolean
  /** The run's limits: fixes are applied by linting again, through the same pipeline. */
  maxMessages?: number
  timing?: boolean
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

export type FileOutcome =
  | {kind: 'fixed'; fixes: Fix<VFileMessage>[]; remaining: VFileMessage[]; quoted: number; place: Location}
  | {kind: 'unchanged'; quoted: number}
  | {kind: 'skipped'; why: string; failed?: boolean}

// ignoreBOM keeps the mark in the decoded text, so it can be written back.
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Fix every linted file; returns the exit code the run should end with: the
 * engine's rules (1 on an error, or on a warning with `--frail`) applied to
 * what is left after fixing.
 */
export async function runFixes(files: readonly VFile[], options: CliFixOptions): Promise<0 | 1> {
  let failed = false
  for (const file of files) {
    let outcome: FileOutcome
    try {
      outcome = await fixFile(file, options)
    } catch (error) {
      // A draft that could not be written fails the run; one changed meanwhile is left for the next.
      outcome = {kind: 'skipped', why: (error as Error).message.split('\n')[0], failed: !(error instanceof DraftChanged)}
    }
    const shown = displayPath(file)
    const left = outcome.kind === 'fixed' ? outcome.remaining : file.messages
    if (outcome.kind === 'fixed') {
      const verb = options.dryRun ? 'would fix' : 'fixed'
      options.stderr.write(`${shown}: ${verb} ${plural(outcome.fixes.length, 'problem')}${leftNote(left)}\n`)
      for (const fix of outcome.fixes) {
        const point = outcome.place.toPoint(fix.sourceStart)
        const where = point ? `${point.line}:${point.column}` : '?'
        const change =
          fix.replacement === '' ? `deleted \`${oneLine(fix.original)}\`` : `\`${oneLine(fix.original)}\` → \`${fix.replacement}\``
        options.stderr.write(`  ${where}  ${fix.message.ruleId ?? ''}  ${change}\n`)
      }
    }
    if (outcome.kind !== 'skipped' && outcome.quoted > 0) {
      options.stderr.write(`${shown}: ${plural(outcome.quoted, 'fix', 'fixes')} inside quotations or markup left to an editor\n`)
    }
    if (outcome.kind === 'skipped') {
      options.stderr.write(`${shown}: not fixed: ${outcome.why}\n`)
      if (outcome.failed) failed = true
    }
    // A dry run changes nothing, so the original messages still decide the exit code.
    const decisive = options.dryRun ? file.messages : left
    if (decisive.some((message) => message.fatal === true || (options.frail && message.fatal === false))) failed = true
  }
  return failed ? 1 : 0
}

async function fixFile(file: VFile, options: CliFixOptions): Promise<FileOutcome> {
  // Unreadable, too large, a crashed rule, a refused configuration: nothing is fixed.
  if (
    file.messages.some(
      (message) => message.fatal === true && (!message.ruleId || (message as {messageId?: string}).messageId?.startsWith('copydesk/'))
    )
  ) {
    return {kind: 'unchanged', quoted: 0}
  }
  const config = file.data.copydeskDraftConfig
  if (!config || typeof file.value !== 'string') return {kind: 'unchanged', quoted: 0}
  const linted = file.value
  // Most drafts have nothing to fix: only those that do are linted again.
  if (!file.messages.some((message) => fixOf(message, linted))) return {kind: 'unchanged', quoted: 0}
  const limits = {maxMessages: options.maxMessages, timing: options.timing, loadPlugin: loadNamedPlugin}
  const processor = draftProcessor(await loadPlugins(config, limits), limits)
  const draft = {path: file.path, cwd: file.cwd, format: file.data.copydeskFormat}
  const result = await fixUntilStable(linted, (text) => lintForFix(processor, draft, text))
  if (result.applied.length === 0) return {kind: 'unchanged', quoted: result.kept.length}
  // Fixes are reported where they were in the draft as it was read.
  const place = location(linted)
  const outcome: FileOutcome = {kind: 'fixed', fixes: result.applied, remaining: result.remaining, quoted: result.kept.length, place}

  if (options.fromStdin) {
    if (!options.dryRun) return {kind: 'skipped', why: 'a draft read from stdin cannot be written; use --fix-dry-run to see its fixes'}
    options.stdout.write(unifiedDiff(file.path ?? 'stdin', linted, result.output))
    return outcome
  }

  const target = path.resolve(file.cwd, file.path)
  const before = readFileSync(target)
  const disk = decodeDraft(before)
  if (disk === undefined || disk.text !== linted) {
    return {kind: 'skipped', why: 'it changed on disk while copydesk was checking it; run copydesk again'}
  }
  if (options.dryRun) {
    options.stdout.write(unifiedDiff(file.path, linted, result.output))
    return outcome
  }
  await writeDraft(target, before, (disk.bom ? '\ufeff' : '') + result.output)
  return outcome
}

function decodeDraft(bytes: Uint8Array): {text: string; bom: boolean} | undefined {
  let text: string
  try {
    text = decoder.decode(bytes)
  } catch {
    return undefined
  }
  const bom = text.charCodeAt(0) === 0xfeff
  return {text: bom ? text.slice(1) : text, bom}
}

export function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch('a/' + name, 'b/' + name, before, after, undefined, undefined, {context: 2})
}

function leftNote(messages: readonly VFileMessage[]): string {
  const left = messages.filter((message) => message.fatal === true || message.fatal === false).length
  return left === 0 ? '' : `; ${plural(left, 'problem')} left to an editor`
}

function plural(count: number, noun: string, nouns = noun + 's'): string {
  return `${count} ${count === 1 ? noun : nouns}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
