import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {applyFix, applyFixes, fixOf, fixUntilStable, type FixableMessage} from '../src/fix/fix.js'
import {lintForFix} from '../src/fix/fix-lint.js'
import {createProcessor, lint} from '../src/index.js'
import {listFixtures} from './helpers/fixtures.js'

/** A warning that replaces text[start, end) with `expected`. */
function warning(text: string, start: number, end: number, expected: string[], extra: Partial<FixableMessage> = {}): FixableMessage {
  return {
    ruleId: 'test-rule',
    fatal: false,
    actual: text.slice(start, end),
    expected,
    place: {start: {offset: start}, end: {offset: end}},
    ...extra
  }
}

describe('applyFixes', () => {
  const text = 'He won an election victory in May.'

  it('replaces a range with the single expected value', () => {
    const result = applyFixes(text, [warning(text, 3, 26, ['won the election'])])
    expect(result.output).toBe('He won the election in May.')
    expect(result.applied.map((fix) => [fix.start, fix.end, fix.original, fix.replacement])).toEqual([
      [3, 26, 'won an election victory', 'won the election']
    ])
  })

  it('applies several fixes in one pass, whatever order the messages come in', () => {
    const draft = 'the the cat sat on on the mat'
    const result = applyFixes(draft, [warning(draft, 16, 21, ['on']), warning(draft, 0, 7, ['the'])])
    expect(result.output).toBe('the cat sat on the mat')
  })

  it('applies the first of two overlapping fixes and leaves the other', () => {
    const draft = 'the the the end'
    const first = warning(draft, 0, 7, ['the'])
    const second = warning(draft, 4, 11, ['the'])
    const result = applyFixes(draft, [second, first])
    expect(result.output).toBe('the the end')
    expect(result.applied.map((fix) => fix.message)).toEqual([first])
    expect(result.conflicting).toEqual([second])
  })

  it('applies fixes that only touch end to start', () => {
    const draft = 'abcdef'
    const result = applyFixes(draft, [warning(draft, 0, 3, ['X']), warning(draft, 3, 6, ['Y'])])
    expect(result.output).toBe('XY')
  })

  it('treats two insertions at one point as a conflict', () => {
    const draft = 'ab'
    const result = applyFixes(draft, [warning(draft, 1, 1, ['X']), warning(draft, 1, 1, ['Y'])])
    expect(result.output).toBe('aXb')
    expect(result.conflicting).toHaveLength(1)
  })

  it('skips ambiguous, advisory, placeless and stale messages', () => {
    expect(fixOf(warning(text, 3, 26, ['a', 'b']), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 26, []), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 26, ['won'], {fatal: undefined}), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 26, ['won'], {place: {offset: 3}}), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 26, ['won'], {actual: 'something else'}), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 99, ['won']), text)).toBeUndefined()
    expect(fixOf(warning(text, 3, 26, ['won'], {fatal: true}), text)?.replacement).toBe('won')
  })

  it('leaves fixes inside kept ranges alone', () => {
    const draft = 'She said "the the ferry" is late, and the the bus too.'
    const inQuote = warning(draft, 10, 17, ['the'])
    const outside = warning(draft, 38, 45, ['the'])
    const result = applyFixes(draft, [inQuote, outside], [{start: 10, end: 23}])
    expect(result.output).toBe('She said "the the ferry" is late, and the bus too.')
    expect(result.kept).toEqual([inQuote])
  })

  it('keeps the capital of words the fix keeps', () => {
    const draft = 'The the ferry left.'
    expect(applyFix(draft, warning(draft, 0, 7, ['the']))).toBe('The ferry left.')
  })

  it('deletes a whole line, with its line ending, when the fix empties it', () => {
    const draft = 'First line.\nSource: Somewhere\nLast line.\n'
    expect(applyFix(draft, warning(draft, 12, 29, ['']))).toBe('First line.\nLast line.\n')
    const crlf = 'First line.\r\n\r\nSource: Somewhere\r\n'
    expect(applyFix(crlf, warning(crlf, 15, 32, ['']))).toBe('First line.\r\n\r\n')
    const last = 'First line.\r\nSource: Somewhere'
    expect(applyFix(last, warning(last, 13, 30, ['']))).toBe('First line.')
  })

  it('deletes only the words when the line holds other text, and the space before them at the line end', () => {
    const draft = 'Story. Share this\n'
    expect(applyFix(draft, warning(draft, 7, 17, ['']))).toBe('Story.\n')
  })

  it('takes the punctuation a deleted credit would orphan', () => {
    const cases: Array<[string, string, string]> = [
      ['Flights resume on Monday, the airline said.', 'the airline said', 'Flights resume on Monday.'],
      ['"We will act," the minister said, the minister said.', 'the minister said.', '"We will act," the minister said.'],
      ['The notice read, "Leave by midnight," the notice read.', 'the notice read', 'The notice read, "Leave by midnight."'],
      ['Sales rose, the company said, adding that costs fell.', 'the company said', 'Sales rose, adding that costs fell.'],
      ['He said the plan, he said , was ready.', 'he said', 'He said the plan, was ready.'],
      ['Ministers agreed the plan the minister said today.', 'the minister said', 'Ministers agreed the plan today.']
    ]
    for (const [draft, credit, fixed] of cases) {
      const start = draft.lastIndexOf(credit)
      expect(applyFix(draft, warning(draft, start, start + credit.length, ['']))).toBe(fixed)
    }
  })
})

describe('fixUntilStable', () => {
  const processor = createProcessor()
  const relint = (text: string) => lintForFix(processor, {}, text)

  it('gives a fix left over by an overlap its turn in a later pass', async () => {
    // `merged together` (redundancy) and `together together` (repeated-words) overlap: one fix a pass.
    const result = await fixUntilStable('The two ferry firms merged together together last year.', relint)
    expect(result.output).toBe('The two ferry firms merged last year.')
    expect(result.passes).toBe(2)
    expect(result.remaining.filter((message) => message.ruleId === 'repeated-words' || message.ruleId === 'redundancy')).toEqual([])
  })

  it('leaves direct quotations as the speaker said them', async () => {
    const draft = 'The captain said: \u201cIt was the the roughest crossing.\u201d The the ferry was late.\n'
    const result = await fixUntilStable(draft, relint)
    expect(result.output).toBe('The captain said: \u201cIt was the the roughest crossing.\u201d The ferry was late.\n')
    expect(result.kept.map((message) => message.actual)).toEqual(['the the'])
    expect(result.remaining.map((message) => message.actual)).toEqual(['the the'])
  })

  it('tells where each fix was in the draft it started from, whatever the pass', async () => {
    const draft = 'The ferry sailed at noon.\nSource: Harbour Desk\nLeave a Reply'
    const result = await fixUntilStable(draft, relint)
    expect(result.output).toBe('The ferry sailed at noon.')
    expect(result.passes).toBe(2)
    expect(result.applied.map((fix) => [fix.sourceStart, draft.slice(fix.sourceStart, fix.sourceStart + 6)])).toEqual([
      [26, 'Source'],
      [47, 'Leave ']
    ])
  })

  it('never breaks Markdown syntax', async () => {
    const draft = 'He *won* an election victory. They [won an election victory](https://example.org).\n\nThe the end.\n'
    const result = await fixUntilStable(draft, (text) => lintForFix(processor, {format: 'markdown'}, text))
    expect(result.output).toBe('He *won* an election victory. They [won the election](https://example.org).\n\nThe end.\n')
    expect(result.kept.map((message) => message.ruleId)).toEqual(['redundancy'])
  })

  it('stops after the given number of passes', async () => {
    const result = await fixUntilStable('The two ferry firms merged together together last year.', relint, 1)
    expect([result.passes, result.output]).toEqual([1, 'The two ferry firms merged together last year.'])
  })
})

/** Marks of unclean copy that a fix must not leave behind. */
const cleanCopyChecks: ReadonlyArray<[string, RegExp]> = [
  ['space before punctuation', /[^\s] +[.,;:!?](?:\s|$)/g],
  ['comma before a full stop', /,\s*[.!?]/g],
  ['doubled space', /[^\s] {2,}[^\s]/g],
  ['empty quotation', /["\u201c]\s*["\u201d]/g]
]

function occurrences(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length
}

function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

function marks(text: string): number {
  return [...text.normalize('NFD').matchAll(/\p{M}/gu)].length
}

describe('fixing every fixture', () => {
  const fixtures = listFixtures()

  it('has fixtures with fixes', () => {
    expect(fixtures.some((fixture) => fixture.expected.some((message) => message.expected?.length === 1))).toBe(true)
  })

  for (const fixture of fixtures) {
    it(`${fixture.rule}/${fixture.name}: the fixed draft reports none of the fixed problems`, async () => {
      const raw = readFileSync(fixture.file, 'utf8')
      const file = await lint(new VFile({path: fixture.file, value: readFileSync(fixture.file)}))
      const text = String(file.value)
      const processor = createProcessor()
      const result = await fixUntilStable(text, (value) => lintForFix(processor, {path: fixture.file}, value))

      if (!file.messages.some((message) => fixOf(message, text))) {
        // Nothing to fix: the fixer leaves the draft as it is.
        expect([result.output, result.applied]).toEqual([text, []])
        return
      }
      // Nothing fixable is left, but what quotations hold: every fix was applied and did not come back.
      const keptMessages = new Set(result.kept)
      expect(result.remaining.filter((message) => fixOf(message, result.output) && !keptMessages.has(message))).toEqual([])
      // Each fixed rule reports fewer problems than before.
      for (const ruleId of new Set(result.applied.map((fix) => fix.message.ruleId))) {
        const count = (messages: readonly FixableMessage[]) => messages.filter((message) => message.ruleId === ruleId).length
        expect(count(result.remaining), String(ruleId)).toBeLessThan(count(file.messages))
      }
      // The fixed copy is clean: no orphan punctuation, doubled space or emptied quotation that was not there before.
      for (const [name, pattern] of cleanCopyChecks) {
        expect({check: name, count: occurrences(result.output, pattern)}).toEqual({
          check: name,
          count: Math.min(occurrences(result.output, pattern), occurrences(text, pattern))
        })
      }
      // No fix takes accents away: a replacement that differs only in diacritics keeps at least as many.
      for (const fix of result.applied) {
        if (fix.original !== fix.replacement && stripMarks(fix.original) === stripMarks(fix.replacement)) {
          expect({original: fix.original, replacement: fix.replacement, marks: marks(fix.replacement) >= marks(fix.original)}).toEqual({
            original: fix.original,
            replacement: fix.replacement,
            marks: true
          })
        }
      }
      // Line endings stay as they were.
      if (raw.includes('\r\n')) expect(result.output.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
      else expect(result.output).not.toContain('\r')
    })
  }
})
