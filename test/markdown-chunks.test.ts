/**
 * Long Markdown is converted in chunks (src/parse/chunks.ts): the tree must
 * be the one the whole document gives, and files that overflowed the stack
 * or nested without bound get a result or one line.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {parseMarkdown} from '../src/parse/markdown.js'
import {runCli, scratch} from './helpers/cli.js'

const words = [
  'the',
  'council',
  'met',
  'on',
  'Monday',
  'and',
  'mayor',
  'spoke',
  'harbour',
  'budget',
  '*late*',
  '&amp;',
  '\\%',
  'café',
  'Mr.',
  'e.g.'
]
const sentence = fc.array(fc.constantFrom(...words), {minLength: 2, maxLength: 10}).map((parts) => 'The ' + parts.join(' ') + ' spoke.')
const lines = fc.array(
  fc.array(sentence, {minLength: 1, maxLength: 4}).map((s) => s.join(' ')),
  {minLength: 1, maxLength: 4}
)
const block = fc
  .tuple(lines, fc.constantFrom('', '> ', '- ', '## ', '> > ', '1. '))
  .map(([body, prefix]) =>
    prefix === '## '
      ? '## ' + body.join(' ')
      : body.map((line, index) => (index === 0 || prefix.startsWith('>') ? prefix : ' '.repeat(prefix.length)) + line).join('\n')
  )
const draft = fc.array(block, {minLength: 1, maxLength: 6}).map((blocks) => blocks.join('\n\n') + '\n')

describe('Markdown in chunks', () => {
  it('gives the same tree as the whole document, at any chunk size', () => {
    fc.assert(
      fc.property(draft, fc.integer({min: 40, max: 400}), (value, limit) => {
        const whole = parseMarkdown(value, new VFile({value}))
        const chunked = parseMarkdown(value, new VFile({value}), limit)
        expect(chunked).toEqual(whole)
      }),
      {numRuns: 300, seed: 16}
    )
  })

  it('lints a 400 kB results table and a 600 kB paragraph as text would', async () => {
    let table = '| Name | Votes | Share |\n| --- | --- | --- |\n'
    for (let row = 0; table.length < 400_000; row++) table += `| Candidate ${row} | ${1000 + row} | ${row % 100}% |\n`
    const paragraph = 'The council met on Monday and the mayor spoke. '.repeat(13_000) + 'They won an election victory.\n'
    const tableFile = await lint(new VFile({path: 'results.md', value: table}))
    expect(tableFile.messages.filter((message) => message.fatal === true)).toEqual([])
    const paragraphFile = await lint(new VFile({path: 'long.md', value: paragraph}))
    const asText = await lint(new VFile({path: 'long.txt', value: paragraph}))
    expect(paragraphFile.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual(
      asText.messages.map((message) => [message.ruleId, message.line, message.column])
    )
    expect(paragraphFile.messages.some((message) => message.ruleId === 'redundancy')).toBe(true)
  }, 120_000)

  it('refuses Markdown nested 5,000 levels deep in one line, and reads 100 levels', () => {
    const folder = scratch({'deep.md': '> '.repeat(5000) + 'The the end.\n', 'ok.md': '> '.repeat(100) + 'The the end.\n'})
    const result = runCli(['deep.md', 'ok.md'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'Line 1 nests 5000 quotes or lists inside each other; copydesk reads Markdown nested up to 100 levels: flatten the quoting'
    )
    expect(result.stderr).toMatch(/ok\.md\n\s*1:201-1:208\s+warning\s+Repeated word/)
    expect(result.stderr).not.toContain('Maximum call stack')
  })
})
