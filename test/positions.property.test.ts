/**
 * Property: in random Markdown and HTML drafts (character references,
 * backslash escapes, stray tags, inline markup, line prefixes, CRLF, planted
 * pleonasms and doubled words), every message points into the original file
 * (`actual` is the original text there, line and column agree with the
 * offset) and `--fix` changes nothing outside the flagged spans, through the
 * library API and through the CLI.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {fixUntilStable} from '../src/fix/fix.js'
import {lintForFix} from '../src/fix/fix-lint.js'
import {createProcessor, lint} from '../src/index.js'
import {runCli, scratch} from './helpers/cli.js'

const words = [
  'the',
  'mayor',
  'council',
  'said',
  'harbour',
  'reopened',
  'on',
  'Monday',
  'budget',
  'plan',
  'Ana',
  'Brightwater',
  'late',
  'vote'
]
const planted = ['won an election victory', 'the the', 'past history', 'end result', 'close proximity', 'and and']
const references = ['&amp;', '&mdash;', '&eacute;', '&#38;', '&#x2014;', '&nbsp;', '&quot;', '&lt;']
const escapes = ['\\%', '\\*', '\\_', '\\#', '\\\\', '\\[', '\\&amp;']
const markdownInline = (word: string) => [
  `*${word}*`,
  `**${word}**`,
  `_${word}_`,
  '`code`',
  `[${word}](https://example.com/a_b)`,
  `![${word}](x.png)`
]
const htmlInline = (word: string) => [
  `<em>${word}</em>`,
  `<b>${word}</b>`,
  `<a href="https://example.com">${word}</a>`,
  '<code>x</code>',
  `<span>${word}</span>`
]
const strayTags = ['</b>', '</span>', '<br>', '<!-- note -->', '</em>', '<wbr>']

type Flavour = 'markdown' | 'html'

function fragment(flavour: Flavour): fc.Arbitrary<string> {
  const word = fc.constantFrom(...words)
  const options: Array<fc.Arbitrary<string>> = [
    word,
    word,
    word,
    fc.constantFrom(...planted),
    fc.constantFrom(...references),
    word.chain((w) => fc.constantFrom(...(flavour === 'markdown' ? markdownInline(w) : htmlInline(w)))),
    // A reference inside a word.
    fc.constantFrom('caf&eacute;', 'na&iuml;ve', 'O&rsquo;Neill')
  ]
  if (flavour === 'markdown') options.push(fc.constantFrom(...escapes))
  else options.push(fc.constantFrom(...strayTags))
  return fc.oneof(...options)
}

function sentence(flavour: Flavour): fc.Arbitrary<string> {
  return fc.array(fragment(flavour), {minLength: 3, maxLength: 12}).map((parts) => {
    const text = parts.join(' ')
    return text[0].toUpperCase() + text.slice(1) + '.'
  })
}

/** A paragraph's lines: one line, or hard-wrapped at sentence or word breaks. */
function lines(flavour: Flavour): fc.Arbitrary<string[]> {
  return fc.tuple(fc.array(sentence(flavour), {minLength: 1, maxLength: 4}), fc.boolean()).map(([sentences, wrap]) => {
    const text = sentences.join(' ')
    if (!wrap) return [text]
    const out: string[] = []
    let line = ''
    for (const token of text.split(' ')) {
      if (line.length > 40) {
        out.push(line)
        line = token
      } else line = line ? line + ' ' + token : token
    }
    if (line) out.push(line)
    return out
  })
}

const markdownBlock = fc
  .tuple(lines('markdown'), fc.constantFrom('plain', 'quote', 'nested', 'list', 'heading', 'trailing'))
  .map(([body, kind]) => {
    switch (kind) {
      case 'quote':
        return body.map((line, index) => (index === 0 || index % 2 === 0 ? '> ' : '>  ') + line).join('\n')
      case 'nested':
        return body.map((line) => '> > ' + line).join('\n')
      case 'list':
        return body.map((line, index) => (index === 0 ? '- ' : '  ') + line).join('\n')
      case 'heading':
        return '## ' + body.join(' ')
      case 'trailing':
        return body.join(' \n')
      default:
        return body.join('\n')
    }
  })

const htmlBlock = fc.tuple(lines('html'), fc.constantFrom('p', 'blockquote', 'li', 'h2', 'div')).map(([body, kind]) => {
  const inner = body.join('\n')
  if (kind === 'blockquote') return `<blockquote><p>${inner}</p></blockquote>`
  if (kind === 'li') return `<ul><li>${inner}</li></ul>`
  return `<${kind}>${inner}</${kind}>`
})

function draft(flavour: Flavour): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(flavour === 'markdown' ? markdownBlock : htmlBlock, {minLength: 1, maxLength: 5}), fc.boolean())
    .map(([blocks, crlf]) => {
      const text = blocks.join('\n\n') + '\n'
      return crlf ? text.replace(/\n/g, '\r\n') : text
    })
}

function offsets(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  return typeof start === 'number' && typeof end === 'number' ? {start, end} : undefined
}

/** Every flagged range, widened over the blanks and one line break around it (a deleted line takes its break). */
function allowedRanges(value: string, messages: readonly VFileMessage[]) {
  const ranges: Array<{start: number; end: number}> = []
  for (const message of messages) {
    const range = offsets(message)
    if (!range || !message.expected || message.expected.length === 0) continue
    let {start, end} = range
    // A deleted line takes the list, heading or quote markers before it; a deleted credit, its comma.
    while (start > 0 && ' \t>#*+-0123456789.),'.includes(value[start - 1])) start--
    if (value[start - 1] === '\n') start--
    if (value[start - 1] === '\r') start--
    while (end < value.length && ' \t'.includes(value[end])) end++
    for (let line = 0; line < 2; line++) {
      while (end < value.length && ' \t'.includes(value[end])) end++
      if (value[end] === '\r') end++
      if (value[end] === '\n') end++
    }
    ranges.push({start, end})
  }
  // Fixes side by side may be applied in one stretch (`The the end result` → `The result`).
  ranges.sort((a, b) => a.start - b.start)
  const merged: typeof ranges = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
    else merged.push({...range})
  }
  return merged
}

/**
 * Whether `after` is `before` with only the allowed ranges replaced: the
 * text between them must appear in order, the first at the start and the
 * last at the end (leftmost matching decides whether such a split exists).
 */
function changesOnlyFlagged(before: string, after: string, allowed: Array<{start: number; end: number}>): string | undefined {
  const kept: string[] = []
  let cursor = 0
  for (const range of allowed) {
    kept.push(before.slice(cursor, range.start))
    cursor = range.end
  }
  kept.push(before.slice(cursor))
  if (!after.startsWith(kept[0])) return `changed before the first flagged span: ${JSON.stringify(kept[0].slice(-80))}`
  let position = kept[0].length
  for (let index = 1; index < kept.length - 1; index++) {
    const found = after.indexOf(kept[index], position)
    if (found === -1) return `changed unflagged text ${JSON.stringify(kept[index])}`
    position = found + kept[index].length
  }
  const last = kept.length > 1 ? kept[kept.length - 1] : ''
  if (!after.endsWith(last) || after.length - last.length < position)
    return `changed after the last flagged span: ${JSON.stringify(last.slice(0, 80))}`
  return undefined
}

const extension = {markdown: 'md', html: 'html'} as const

let checked = 0

const decoded: Record<string, string> = {
  amp: '&',
  mdash: '\u2014',
  eacute: '\u00e9',
  nbsp: '\u00a0',
  quot: '"',
  lt: '<',
  iuml: '\u00ef',
  rsquo: '\u2019',
  '#38': '&',
  '#x2014': '\u2014'
}

function withoutMarkup(text: string, flavour: Flavour): string {
  const stripped =
    flavour === 'html'
      ? text.replace(/<[^>]*>/g, '').replace(/\r\n?/g, '\n')
      : text.replace(/\]\([^)]*\)|!?\[|\\([!-/:-@[-`{-~])|[*_`]/g, (_, escaped: string | undefined) => escaped ?? '')
  return stripped
    .replace(/&(#?\w+);/g, (whole, name: string) => decoded[name] ?? whole)
    .replace(/\n[ \t>]*/g, '\n')
    .replace(/\s+/g, ' ')
}

async function checkPositions(value: string, flavour: Flavour): Promise<VFileMessage[]> {
  const file = await lint(new VFile({path: `draft.${extension[flavour]}`, value}))
  const place = location(value)
  for (const message of file.messages) {
    const range = offsets(message)
    if (!range) continue
    const point = place.toPoint(range.start)
    expect({line: message.line, column: message.column}, message.reason).toEqual({line: point?.line, column: point?.column})
    if (typeof message.actual === 'string') {
      const slice = value.slice(range.start, range.end)
      // A message may span inline markup (`<em>the</em> the`): then the text
      // there, markup left out, must read as the message says.
      if (slice !== message.actual) expect(withoutMarkup(slice, flavour), message.reason).toBe(message.actual.replace(/\s+/g, ' '))
      checked++
    }
  }
  return file.messages
}

async function fixWithLibrary(value: string, flavour: Flavour): Promise<string> {
  const processor = createProcessor()
  const result = await fixUntilStable(value, (text) =>
    lintForFix(processor as never, {path: `draft.${extension[flavour]}`, format: flavour}, text)
  )
  return result.output
}

describe.each(['markdown', 'html'] as const)('random %s drafts', (flavour) => {
  it('point every message into the original file, and a fix changes only flagged spans', async () => {
    checked = 0
    await fc.assert(
      fc.asyncProperty(draft(flavour), async (value) => {
        const messages = await checkPositions(value, flavour)
        const output = await fixWithLibrary(value, flavour)
        const problem = changesOnlyFlagged(value, output, allowedRanges(value, messages))
        expect(problem, `fixed:\n${output}`).toBeUndefined()
      }),
      {numRuns: 150, seed: flavour === 'markdown' ? 16 : 61}
    )
    // The property is not vacuous: planted defects were found and checked.
    expect(checked).toBeGreaterThan(100)
  }, 120_000)

  it('gives the same fixed files through the CLI', async () => {
    const drafts = fc.sample(draft(flavour), {numRuns: 30, seed: 7})
    const files = Object.fromEntries(drafts.map((value, index) => [`d${index}.${extension[flavour]}`, value]))
    const folder = scratch(files)
    const result = runCli(['--fix', '--quiet', '.'], {cwd: folder})
    expect(result.stderr).not.toContain('not fixed')
    let changed = 0
    for (const [name, value] of Object.entries(files)) {
      const after = readFileSync(path.join(folder, name), 'utf8')
      expect(after, name).toBe(await fixWithLibrary(value, flavour))
      const messages = (await lint(new VFile({path: name, value}))).messages
      expect(changesOnlyFlagged(value, after, allowedRanges(value, messages)), name).toBeUndefined()
      if (after !== value) changed++
    }
    expect(changed).toBeGreaterThan(10)
  }, 120_000)
})

describe('the drafts from the issue', () => {
  it.each([
    [
      'amp.md',
      'Fish &amp; chips: the mayor won an election victory on Monday.\n',
      'Fish &amp; chips: the mayor won the election on Monday.\n'
    ],
    [
      'escape.md',
      'Fish \\% chips: the mayor won an election victory on Monday.\n',
      'Fish \\% chips: the mayor won the election on Monday.\n'
    ],
    [
      'quote.md',
      '> Fish &mdash; chips:\n>  the mayor won an election victory on Monday.\n',
      '> Fish &mdash; chips:\n>  the mayor won the election on Monday.\n'
    ],
    [
      'stray.html',
      '<p>Fish </b> chips: the mayor won an election victory on Monday.</p>\n',
      '<p>Fish </b> chips: the mayor won the election on Monday.</p>\n'
    ]
  ])('%s: the message points at the pleonasm and --fix replaces only it', (name, before, after) => {
    const folder = scratch({[name]: before})
    const start = before.indexOf('won an')
    const lint = runCli(['--report', 'json', name], {cwd: folder})
    const [message] = JSON.parse(lint.stdout.split('\n').find((line) => line.startsWith('['))!)[0].messages
    const point = location(before).toPoint(start)!
    expect([message.ruleId, message.line, message.column, message.actual]).toEqual([
      'redundancy',
      point.line,
      point.column,
      'won an election victory'
    ])
    runCli(['--fix', name], {cwd: folder})
    expect(readFileSync(path.join(folder, name), 'utf8')).toBe(after)
  })
})
