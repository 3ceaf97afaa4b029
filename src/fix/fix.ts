/**
 * Autofix: apply messages' suggested replacements (`expected`) to a text.
 * Pure and browser-safe: the CLI's `--fix` and the playground's fix buttons
 * both use it.
 *
 * A fix is applied only when it is unambiguous: the message is a warning or
 * an error (advisory notes are the editor's call), it offers exactly one
 * replacement, it knows its start and end offsets, and the text there is
 * still what the rule saw. Fixes never overlap: when two touch the same
 * range, the first (in document order) wins and the other stays a message.
 * Ranges given as `keep` (direct quotations: a speaker's words are not the
 * desk's to rewrite; Markdown syntax) are never changed by an automatic fix.
 */

/** The parts of a vfile message that a fix needs. */
export interface FixableMessage {
  ruleId?: string | null
  reason?: string
  line?: number | null
  column?: number | null
  fatal?: boolean | null | undefined
  actual?: string | null
  expected?: string[] | null
  place?: {start?: {offset?: number | null}; end?: {offset?: number | null}} | {offset?: number | null} | null
}

export interface Fix<Message extends FixableMessage = FixableMessage> {
  message: Message
  /** Offsets of the replaced range in the text the fixes apply to. */
  start: number
  end: number
  /** What replaces the range (possibly ''). */
  replacement: string
  /** The text that was there. */
  original: string
  /**
   * Where the flagged text starts in the text fixing began from: `start` may
   * be earlier (a deleted line takes its line break) and, after several
   * passes of fixUntilStable, is an offset in a pass's own text.
   */
  sourceStart: number
  /** The range the message flagged (before a line deletion is widened to take the line break). */
  flagged: TextRange
}

export interface FixResult<Message extends FixableMessage = FixableMessage> {
  output: string
  applied: Array<Fix<Message>>
  /** Fixable messages left alone because they overlap an applied fix. */
  conflicting: Message[]
  /** Fixable messages left alone because they fall in a kept range. */
  kept: Message[]
}

/** A range of text offsets, end exclusive. */
export interface TextRange {
  start: number
  end: number
}

/**
 * The fix a message offers for `text`, or undefined when it offers none that
 * is safe to apply without an editor's judgement.
 */
export function fixOf<Message extends FixableMessage>(message: Message, text: string): Fix<Message> | undefined {
  if (message.fatal === undefined || message.fatal === null) return undefined
  const expected = message.expected
  if (!expected || expected.length !== 1 || typeof expected[0] !== 'string') return undefined
  const place = message.place
  if (!place || !('start' in place) || !place.start || !place.end) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end < start || end > text.length) return undefined
  const original = text.slice(start, end)
  // A stale message (the text changed since linting) must not rewrite the wrong words.
  if (typeof message.actual === 'string' && message.actual !== original) return undefined
  const replacement = keepLeadingCase(original, expected[0])
  if (replacement === original) return undefined
  const fix: Fix<Message> = {message, start, end, replacement, original, sourceStart: start, flagged: {start, end}}
  if (replacement !== '') return fix
  const line = widenLineDeletion(fix, text)
  return line !== fix ? line : tidyDeletion(fix, text)
}

const closingQuotes = new Set(['"', '\u201d', '\u2019', '\u00bb'])
const sentenceEnds = new Set(['.', '!', '?', '\u2026'])

/**
 * A deletion inside a line takes the punctuation that would be left orphaned
 * with it, so the copy stays clean:
 * `…on Monday, the airline said.` → `…on Monday.`;
 * `"…by a fifth," the release said.` → `"…by a fifth."`;
 * `…, the minister said, adding…` → `…, adding…`; and no doubled space.
 */
function tidyDeletion<Message extends FixableMessage>(fix: Fix<Message>, text: string): Fix<Message> {
  let left = fix.start
  while (left > 0 && isBlank(text.charCodeAt(left - 1))) left--
  let right = fix.end
  while (right < text.length && isBlank(text.charCodeAt(right))) right++
  const before = text.charAt(left - 1)
  const next = text.charAt(right)
  let start = fix.start
  let end = fix.end
  let replacement = ''
  const ownEnd = fix.original.charAt(fix.original.length - 1)
  // Only a comma is taken: a semicolon before the words may end a character reference (`&mdash;`).
  if (before === ',' && sentenceEnds.has(next)) {
    // `Monday, ▯.` → `Monday.`
    start = left - 1
    end = right
  } else if (before === ',' && sentenceEnds.has(ownEnd) && (right === text.length || right > fix.end || isBreak(text.charCodeAt(right)))) {
    // The deleted words ended the sentence: `said, ▯` → `said.`
    start = left - 1
    end = fix.end
    replacement = ownEnd
  } else if (closingQuotes.has(before) && text.charAt(left - 2) === ',' && sentenceEnds.has(next)) {
    // `fifth," ▯.` → `fifth."`: the quotation ends the sentence now.
    start = left - 2
    end = right + 1
    replacement = next + before
  } else if (before === ',' && next === ',') {
    // `X, ▯, adding` → `X, adding`
    start = left
    end = right + 1
  } else if (left < fix.start && right > fix.end) {
    // Words on both sides: keep one space.
    start = left
    end = right
    replacement = ' '
  } else if (right > fix.end && (left === 0 || isBreak(text.charCodeAt(left - 1)))) {
    // At a line's start: take the space after it too.
    end = right
  } else if (left < fix.start && (right === text.length || isBreak(text.charCodeAt(right)) || sentenceEnds.has(next) || next === ',')) {
    // Before punctuation or a line end: take the space before it.
    start = left
  }
  if (start === fix.start && end === fix.end && replacement === '') return fix
  return {...fix, start, end, replacement, original: text.slice(start, end)}
}

/** Apply every unambiguous fix among `messages` to `text`, in one pass, leaving `keep` ranges alone. */
export function applyFixes<Message extends FixableMessage>(
  text: string,
  messages: readonly Message[],
  keep: readonly TextRange[] = []
): FixResult<Message> {
  const fixes: Array<Fix<Message>> = []
  const kept: Message[] = []
  for (const message of messages) {
    const fix = fixOf(message, text)
    if (!fix) continue
    if (touchesAny(fix.flagged, keep)) kept.push(message)
    else fixes.push(fix)
  }
  // Stable sort: at equal starts, the message reported first wins.
  fixes.sort((a, b) => a.start - b.start)

  const applied: Array<Fix<Message>> = []
  const conflicting: Message[] = []
  let output = ''
  let cursor = 0
  let previous: Fix<Message> | undefined
  for (const fix of fixes) {
    if (previous && overlaps(previous, fix)) {
      conflicting.push(fix.message)
      continue
    }
    output += text.slice(cursor, fix.start) + fix.replacement
    cursor = fix.end
    applied.push(fix)
    previous = fix
  }
  output += text.slice(cursor)
  return {output, applied, conflicting, kept}
}

/** Apply one message's fix (the playground's button); undefined when it has none. */
export function applyFix<Message extends FixableMessage>(text: string, message: Message): string | undefined {
  const fix = fixOf(message, text)
  return fix ? text.slice(0, fix.start) + fix.replacement + text.slice(fix.end) : undefined
}

/** Whether a range shares characters with any of `ranges` (an empty range: lies strictly inside one). */
export function touchesAny(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((other) =>
    range.start === range.end ? range.start > other.start && range.start < other.end : range.start < other.end && range.end > other.start
  )
}

/**
 * Ranges that share characters overlap; so do two edits at one point where
 * either inserts, since their order would be a guess.
 */
function overlaps(first: Fix, second: Fix): boolean {
  if (second.start < first.end) return true
  return second.start === first.end && (first.start === first.end || second.start === second.end)
}

/**
 * A fix that keeps the first words of the text (`The the` → `the`) keeps
 * their spelling too, so a sentence's capital is not lost.
 */
function keepLeadingCase(original: string, replacement: string): string {
  if (replacement === '' || replacement.length > original.length) return replacement
  const head = original.slice(0, replacement.length)
  return head.toLowerCase() === replacement.toLowerCase() ? head : replacement
}

/**
 * Deleting everything on a line deletes the line, so no blank line is left
 * where web-page residue was.
 */
function widenLineDeletion<Message extends FixableMessage>(fix: Fix<Message>, text: string): Fix<Message> {
  let lineStart = fix.start
  while (lineStart > 0 && isBlank(text.charCodeAt(lineStart - 1))) lineStart--
  if (lineStart > 0 && !isBreak(text.charCodeAt(lineStart - 1))) {
    // `- Leave a Reply`, `## Share this:`: a list item, heading or quote left empty goes with the line.
    let start = lineStart
    while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--
    if (!onlyBlockMarkers(text, start, lineStart)) return fix
    lineStart = start
  }
  let lineEnd = fix.end
  while (lineEnd < text.length && isBlank(text.charCodeAt(lineEnd))) lineEnd++
  if (lineEnd < text.length && !isBreak(text.charCodeAt(lineEnd))) return fix

  let start = lineStart
  let end = lineEnd
  if (end < text.length) {
    // Take this line's own line ending: `\r\n`, `\n` or `\r`.
    end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1
    // Between two blank lines, one of them goes too, so no double gap is left.
    const after = blankLineEnd(text, end)
    if (after !== undefined && start > 0 && blankLineBefore(text, start)) end = after
  } else if (start > 0) {
    // The last line has no ending of its own: take the one before it.
    start -= text.charCodeAt(start - 1) === 10 && text.charCodeAt(start - 2) === 13 ? 2 : 1
  }
  return {...fix, start, end, original: text.slice(start, end)}
}

/** The end (past its line ending) of the blank line starting at `from`, if it is one. */
function blankLineEnd(text: string, from: number): number | undefined {
  let index = from
  while (index < text.length && isBlank(text.charCodeAt(index))) index++
  if (index >= text.length || !isBreak(text.charCodeAt(index))) return undefined
  return index + (text.charCodeAt(index) === 13 && text.charCodeAt(index + 1) === 10 ? 2 : 1)
}

/** Whether the line ending just before `start` closes a blank line. */
function blankLineBefore(text: string, start: number): boolean {
  let index = start - 1
  if (text.charCodeAt(index) === 10 && text.charCodeAt(index - 1) === 13) index--
  index--
  while (index >= 0 && isBlank(text.charCodeAt(index))) index--
  return index >= 0 && isBreak(text.charCodeAt(index))
}

/** Whether `text[from, to)` holds only Markdown block markers: `>`, `-`, `*`, `+`, `1.`, `1)`, `#`…`######`, blanks. */
function onlyBlockMarkers(text: string, from: number, to: number): boolean {
  let index = from
  let markers = 0
  while (index < to) {
    const code = text[index]
    if (code === ' ' || code === '\t') {
      index++
      continue
    }
    let end = index
    if (code === '>') end = index + 1
    else if (code === '-' || code === '*' || code === '+') end = index + 1
    else if (code === '#') {
      while (end < to && text[end] === '#' && end - index < 6) end++
    } else if (code >= '0' && code <= '9') {
      while (end < to && end - index < 9 && text[end] >= '0' && text[end] <= '9') end++
      if (text[end] !== '.' && text[end] !== ')') return false
      end++
    } else return false
    // A marker is followed by a blank (or ends the prefix), except `>`.
    if (code !== '>' && end < to && !isBlank(text.charCodeAt(end))) return false
    markers++
    index = end
  }
  return markers > 0
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13
}

export interface RepeatedFixResult<Message extends FixableMessage = FixableMessage> {
  output: string
  /** Every applied fix, pass by pass (offsets are in the text of its own pass). */
  applied: Array<Fix<Message>>
  /** The messages of the fixed text, from the last lint. */
  remaining: Message[]
  /** Messages of the last lint whose fix was held back by a kept range. */
  kept: Message[]
  passes: number
}

/** What a lint gives the fixer: the messages, and the ranges no automatic fix may touch. */
export interface LintedText<Message extends FixableMessage = FixableMessage> {
  messages: readonly Message[]
  keep?: readonly TextRange[]
}

/**
 * Fix, lint the fixed text again, and repeat while fixes still apply (an
 * overlapping fix left over in one pass gets its turn in the next, if the
 * problem is still there). Stops after `maxPasses`, so no rule can loop.
 */
export async function fixUntilStable<Message extends FixableMessage>(
  text: string,
  lintText: (text: string) => Promise<LintedText<Message>>,
  maxPasses = 10
): Promise<RepeatedFixResult<Message>> {
  let output = text
  let current = await lintText(text)
  const applied: Array<Fix<Message>> = []
  let kept: Message[] = []
  let passes = 0
  const history: Array<Array<Fix<Message>>> = []
  while (true) {
    const result = applyFixes(output, current.messages, current.keep)
    kept = result.kept
    if (result.applied.length === 0 || passes === maxPasses) break
    passes++
    for (const fix of result.applied) fix.sourceStart = toSource(fix.sourceStart, history)
    history.push(result.applied)
    for (const fix of result.applied) applied.push(fix)
    output = result.output
    current = await lintText(output)
  }
  return {output, applied, remaining: [...current.messages], kept, passes}
}

/** Map an offset in the text after the given passes back to the text before them. */
function toSource(offset: number, history: ReadonlyArray<ReadonlyArray<Fix>>): number {
  let position = offset
  for (let pass = history.length - 1; pass >= 0; pass--) {
    let delta = 0
    let mapped: number | undefined
    for (const fix of history[pass]) {
      const newStart = fix.start + delta
      if (position < newStart) break
      if (position < newStart + fix.replacement.length) {
        mapped = fix.start
        break
      }
      delta += fix.replacement.length - (fix.end - fix.start)
    }
    position = mapped ?? position - delta
  }
  return position
}
