/**
 * Hostile input, for every rule in the registry (new rules are covered
 * automatically): no rule throws, every reported position lies inside the
 * document, and the work grows linearly with the input.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {lint, ruleIds, type CopydeskConfig} from '../src/index.js'
import {createProcessor} from '../src/index.js'
import {rules} from '../rules/index.js'
import {takeTimes, timedPlugin} from '../src/cli/scale/timing.js'

/** Each rule alone (so one rule's failure is not hidden by another's), and all of them together. */
const configs: Array<[string, CopydeskConfig]> = [
  ...ruleIds.map((ruleId): [string, CopydeskConfig] => [ruleId, {preset: 'none', rules: {[ruleId]: 'warn'}}]),
  ['every rule', {preset: 'none', rules: Object.fromEntries(ruleIds.map((ruleId) => [ruleId, 'warn']))}]
]

const pieces = [
  'the',
  'The',
  'council',
  'said',
  'won',
  'an',
  'election',
  'victory',
  'Leave a reply',
  'Source:',
  'that',
  'Dr.',
  'U.S.',
  'e.g.',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '(',
  ')',
  '[',
  ']',
  '—',
  '–',
  '-',
  '…',
  '.',
  '!',
  '?',
  ',',
  ';',
  ':',
  '. ',
  '?!',
  '...',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\ufffd',
  '😀',
  '👩‍👩‍👧',
  '🇫🇷',
  'e\u0301',
  'n\u0303\u0303',
  '\u0301',
  'مرحبا بالعالم',
  'שלום',
  'Привет',
  '東京',
  '\ud800',
  '\udc00',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '<!-- copydesk disable -->',
  '# ',
  '* ',
  '> ',
  '`code`',
  '[link](http://x)'
]

/** Pieces (and random code points, lone surrogates included), glued with or without spaces. */
const hostileText = fc
  .tuple(
    fc.array(
      fc.oneof({weight: 4, arbitrary: fc.constantFrom(...pieces)}, {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})}),
      {maxLength: 60}
    ),
    fc.boolean()
  )
  .map(([parts, spaced]) => parts.join(spaced ? ' ' : ''))

/** Lint; a fatal "not a draft" (empty, binary) is an answer, anything else thrown is a bug. */
async function lintSafely(value: string, config: CopydeskConfig, format: 'text' | 'markdown') {
  try {
    // No message limit: these tests count every message.
    return await lint(new VFile({value}), {config, format, maxMessages: 0})
  } catch (error) {
    const message = error as {fatal?: boolean; reason?: string}
    if (message.fatal === true && /empty|binary|UTF-8/.test(String(message.reason))) return undefined
    throw error
  }
}

function expectPositionsInside(file: VFile, value: string): void {
  const place = location(value)
  const outside: string[] = []
  for (const message of file.messages) {
    const points = message.place && 'start' in message.place ? [message.place.start, message.place.end] : [message.place]
    for (const point of points) {
      if (!point) continue
      const offset = place.toOffset(point)
      const consistent = !('offset' in point) || point.offset === undefined || point.offset === offset
      if (offset === undefined || offset < 0 || offset > value.length || !consistent) {
        outside.push(`${message.ruleId} at ${JSON.stringify(point)}`)
      }
    }
  }
  expect(outside, value.length < 2000 ? JSON.stringify(value) : `a draft of ${value.length} characters`).toEqual([])
}

describe('arbitrary text', () => {
  for (const [name, config] of configs) {
    it(`${name}: never throws, positions inside the document`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, fc.constantFrom('text' as const, 'markdown' as const), async (value, format) => {
          const file = await lintSafely(value, config, format)
          if (file) expectPositionsInside(file, value)
        }),
        {numRuns: 150, seed: 20261129}
      )
    })
  }
})

/** Paragraphs of ordinary news prose, so every rule has something to look at. */
function prose(sentences: number): string {
  const lines = [
    'The council said the the plan would cost more than expected.',
    '“It is not over,” the mayor said, adding that talks would resume.',
    'Its leader won an election victory in a close race last year.',
    'Notwithstanding considerable institutional opposition, parliamentary representatives overwhelmingly authorised extraordinary expenditure.'
  ]
  return Array.from({length: sentences}, (_, index) => lines[index % lines.length] + (index % 5 === 4 ? '\n' : ' ')).join('')
}

describe('large and degenerate drafts (every rule at once)', () => {
  const every = configs[configs.length - 1][1]

  it('lints 1 MB with no line break', async () => {
    const value = 'The board met and it said that the the plan “would go ahead and ‘so it did. '.repeat(13000).slice(0, 1024 * 1024)
    const file = await lintSafely(value, every, 'text')
    expect(file).toBeDefined()
    expectPositionsInside(file!, value)
    expect(file!.messages.some((message) => message.ruleId === 'repeated-words')).toBe(true)
  }, 180000)

  it('lints 85,000 sentences with no punctuation', async () => {
    // 85,000 lines stay under the 5 MB size limit, which the API applies too.
    const value = Array.from({length: 85000}, (_, index) => `Council members met on day ${index} and the the talks went on`).join('\n')
    const file = await lintSafely(value, every, 'text')
    expect(file).toBeDefined()
    // Every line's doubled word is found, bar a few where the parser's 8,000-character chunks of this
    // one 5 MB "sentence" (one hard-wrapped paragraph, no full stop anywhere) cut between the two.
    const found = file!.messages.filter((message) => message.ruleId === 'repeated-words').length
    expect(found).toBeGreaterThan(84000)
    expect(found).toBeLessThanOrEqual(85000)
    expectPositionsInside(file!, value)
  }, 180000)
})

/**
 * Work grows linearly: each rule's own time (the timing module's counters)
 * on a document of n and of 4n, each measured against the bare parse of the
 * same document in the same run. A busy machine slows the parse and the rules
 * alike, so the ratio of the two hardly moves with load; a linear rule keeps
 * its ratio to the parse as the draft grows (growth about 1), a quadratic rule
 * multiplies it by about 4. A rule fails when its ratio grows by 2.5 or more
 * on three attempts in a row, each the best of three runs.
 */
describe('linear time', () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ['news prose', (size) => prose(size / 60)],
    ['one line, no punctuation', (size) => 'word and the other word '.repeat(size / 24)],
    ['unbalanced quotes', (size) => '“He said ‘no and “yes" it is ’ '.repeat(size / 30)],
    ['nested quotes', (size) => ('“a ‘b “c ‘d ’ e” f’ g” '.repeat(6) + '\n').repeat(size / 130)],
    ['hedges and names', (size) => hedgesAndNames(size)]
  ]
  const size = 120000

  for (const [name, shape] of shapes) {
    it(`${name}: four times the draft keeps each rule's time in proportion to the parse`, async () => {
      const processor = createProcessor({preset: 'none'})
      const timed = processor()
      for (const ruleId of ruleIds) timed.use(timedPlugin(rules[ruleId]) as never, 'warn')
      /** Best of three runs: the parse's time and each rule's, in milliseconds. */
      const timesFor = async (value: string) => {
        const best = new Map<string, number>()
        let parse = Infinity
        for (let run = 0; run < 3; run++) {
          takeTimes()
          const file = new VFile({value})
          const started = performance.now()
          const tree = timed.parse(file)
          parse = Math.min(parse, performance.now() - started)
          await timed.run(tree, file)
          for (const [label, time] of takeTimes()) best.set(label, Math.min(best.get(label) ?? Infinity, time))
        }
        return {parse: Math.max(parse, 0.1), best}
      }
      await timesFor(shape(size / 4))
      // A quadratic rule is slow on every attempt; a busy machine or a garbage collection only on some.
      let worst: string[] = []
      for (let attempt = 0; attempt < 3; attempt++) {
        const small = await timesFor(shape(size))
        const large = await timesFor(shape(size * 4))
        worst = []
        for (const ruleId of ruleIds) {
          const before = (small.best.get(ruleId) ?? 0) / small.parse
          const after = (large.best.get(ruleId) ?? 0) / large.parse
          // Below a few tens of milliseconds the clock says nothing either way.
          if ((large.best.get(ruleId) ?? 0) < 30) continue
          const growth = after / Math.max(before, 1e-6)
          // Slow on both counts: its own time grew eightfold (linear is 4) and faster than the parse's.
          const own = (large.best.get(ruleId) ?? 0) / Math.max(small.best.get(ruleId) ?? 0, 1e-6)
          if (growth >= 2.5 && own >= 8)
            worst.push(`${ruleId}: ${before.toFixed(2)}× the parse → ${after.toFixed(2)}× (growth ${growth.toFixed(1)})`)
        }
        if (worst.length === 0) break
      }
      expect(worst).toEqual([])
    }, 240000)
  }
})

/**
 * Copy that feeds the two rules that were quadratic: many hedges in one long
 * paragraph (unattributed-claim looked for an accuser over the whole paragraph
 * for each), many surnames one letter apart (name-consistency compared every pair) and a
 * house-style name in two spellings throughout (each use was checked against every other).
 */
function hedgesAndNames(size: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const sentences: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const surname = 'Okon' + letters[index % 26] + letters[Math.floor(index / 26) % 26] + 'wo'
    const sentence =
      index % 3 === 0
        ? `Dr Ada ${surname} allegedly moved the funds, it is widely believed.`
        : index % 3 === 1
          ? `Some local analysts have long argued that Mr ${surname} reportedly knew.`
          : `Critics say ${surname} is said to have left Kiev for Kyiv.`
    sentences.push(sentence)
    length += sentence.length + 1
  }
  return sentences.join(' ')
}
