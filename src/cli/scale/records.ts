/**
 * `--stdin-format jsonl`: copydesk as one stage of a data engine (GNU
 * parallel `--pipe`, Spark's `RDD.pipe`, Beam): one JSON record a line on
 * stdin, `{"id", "text", "format"}`, and one result record a line on stdout,
 * in the same order:
 *
 *   {"id": "a1", "messages": [{"ruleId", "messageId", "line", "column", "endLine", "endColumn", "reason", "severity", "fix"?}]}
 *   {"id": "a2", "line": 2, "error": "…"}          (a record that cannot be linted: never a crash)
 *
 * Every record is linted by the pipeline (`lintDraft`) with the
 * configuration a draft in the working folder gets (`.retextrc*`,
 * `--rc-path`, `--no-config`, `--use`), found once by the engine itself.
 */
import path from 'node:path'
import type {Options as EngineOptions} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {DraftConfig} from '../../config/config.js'
import {lintDraft, type DraftOptions} from '../../pipeline/draft.js'
import {draftEngineOptions, type EngineStep} from '../../pipeline/engine.js'
import {maximumDraftLength} from '../../pipeline/size-limit.js'
import {flattenFailure} from '../../reporters/failures.js'
import {engineDryRun} from '../engine-dry-run.js'
import '../../types.js'

/** A record line may hold a draft of the largest size copydesk checks, escaped as JSON. */
export const maximumRecordBytes = 4 * maximumDraftLength

const formats = new Set(['text', 'markdown', 'html'])
const decoder = new TextDecoder('utf-8', {fatal: true})

export interface MessageRecord {
  ruleId: string | null
  messageId: string | null
  line: number | null
  column: number | null
  endLine: number | null
  endColumn: number | null
  reason: string
  severity: 'error' | 'warning' | 'info'
  /** The one suggested replacement, as offsets into `text` (end exclusive). */
  fix?: {range: [number, number]; text: string}
  /** Several possible replacements: the writer's choice. */
  suggestions?: Array<{range: [number, number]; text: string}>
}

export type ResultRecord = {id: unknown; messages: MessageRecord[]} | {id: unknown; line: number; error: string}

/** The configuration a draft in `cwd` gets, found as a lint finds it. */
export async function configForRecords(base: EngineOptions, step: EngineStep, cwd: string): Promise<DraftConfig> {
  let found: DraftConfig | undefined
  const file = new VFile({cwd, path: path.join(cwd, 'record.txt'), value: 'Record.'})
  await engineDryRun(file, {
    ...base,
    ...draftEngineOptions(
      {
        ...step,
        lint: async (_file, config) => {
          found = config
        }
      },
      cwd
    ),
    // The record's name is made up: no ignore file applies to it.
    detectIgnore: false,
    ignorePatterns: []
  })
  if (!found) throw new Error('no configuration found for the records')
  return found
}

/**
 * Lint every record line of `input`, writing one result line each to `output`.
 * The findings and the bad records are in the results: a stage of a data
 * engine exits 0 once every line has its result (Spark's `pipe` fails a task
 * on any other exit code).
 */
export async function lintRecords(
  input: AsyncIterable<Buffer>,
  output: NodeJS.WritableStream,
  config: DraftConfig,
  options: DraftOptions & {cwd: string}
): Promise<void> {
  let lineNumber = 0
  let parts: Buffer[] = []
  let size = 0
  let tooLong = false

  const write = (record: ResultRecord) =>
    new Promise<void>((resolve) => {
      if (output.write(JSON.stringify(record) + '\n')) resolve()
      else output.once('drain', resolve)
    })

  const endLine = async () => {
    lineNumber++
    const bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts)
    const overlong = tooLong
    parts = []
    size = 0
    tooLong = false
    if (overlong) {
      return write({id: null, line: lineNumber, error: tooLongError()})
    }
    const result = await lintRecordLine(bytes, lineNumber, config, options)
    if (result !== undefined) await write(result)
  }

  for await (const chunk of input) {
    let start = 0
    while (start < chunk.length) {
      const newline = chunk.indexOf(0x0a, start)
      const end = newline === -1 ? chunk.length : newline
      if (!tooLong) {
        size += end - start
        if (size > maximumRecordBytes) {
          // Past the limit the line is not kept: an endless line costs no memory.
          tooLong = true
          parts = []
        } else if (end > start) {
          parts.push(chunk.subarray(start, end))
        }
      }
      if (newline === -1) break
      await endLine()
      start = newline + 1
    }
  }
  if (size > 0 || tooLong || parts.length > 0) await endLine()
}

function tooLongError(): string {
  return `this record is longer than ${maximumRecordBytes / 1048576} MB: copydesk checks drafts up to ${maximumDraftLength / 1048576} MB, split the text`
}

/** One line in, one result out (nothing for a blank line). */
export async function lintRecordLine(
  bytes: Uint8Array,
  lineNumber: number,
  config: DraftConfig,
  options: DraftOptions & {cwd: string}
): Promise<ResultRecord | undefined> {
  let line: string
  try {
    line = decoder.decode(bytes)
  } catch {
    return {id: null, line: lineNumber, error: 'this record is not valid UTF-8'}
  }
  if (line.trim() === '') return undefined
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch (error) {
    return {id: null, line: lineNumber, error: `this record is not JSON (${String((error as Error).message).split('\n')[0]})`}
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return {id: null, line: lineNumber, error: 'a record is a JSON object: {"id": …, "text": "…", "format": "text"}'}
  }
  const {id, text, format} = record as {id?: unknown; text?: unknown; format?: unknown}
  if (typeof id !== 'string' && typeof id !== 'number') {
    return {id: null, line: lineNumber, error: 'this record has no "id" (a string or a number)'}
  }
  if (typeof text !== 'string') return {id, line: lineNumber, error: 'this record has no "text" (a string)'}
  if (format !== undefined && (typeof format !== 'string' || !formats.has(format))) {
    return {id, line: lineNumber, error: `unknown format ${JSON.stringify(format)}: use "text", "markdown" or "html"`}
  }
  const file = new VFile({cwd: options.cwd, value: text})
  if (format) file.data.copydeskFormat = format as 'text' | 'markdown' | 'html'
  try {
    await lintDraft(file, config, options)
  } catch (error) {
    return {id, line: lineNumber, error: String((error as Error)?.message ?? error).split('\n')[0]}
  }
  const messages: MessageRecord[] = []
  for (const message of file.messages) messages.push(toRecord(message))
  return {id, messages}
}

function toRecord(message: VFileMessage): MessageRecord {
  flattenFailure(message)
  const place = message.place && 'start' in message.place ? message.place : undefined
  const record: MessageRecord = {
    ruleId: message.ruleId ?? null,
    messageId: (message as VFileMessage & {messageId?: string}).messageId ?? null,
    line: message.line ?? null,
    column: message.column ?? null,
    endLine: place?.end.line ?? null,
    endColumn: place?.end.column ?? null,
    reason: message.reason,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
  }
  const start = place?.start.offset
  const end = place?.end.offset
  const expected = (message.expected ?? []).filter((value): value is string => typeof value === 'string')
  if (typeof start === 'number' && typeof end === 'number' && expected.length > 0) {
    const fixes = expected.map((text) => ({range: [start, end] as [number, number], text}))
    if (fixes.length === 1) record.fix = fixes[0]
    else record.suggestions = fixes
  }
  return record
}
