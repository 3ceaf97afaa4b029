import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {alignPieces} from '../src/parse/html.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'

/** What each message points at in the source, by line and column. */
async function found(value: string, path = 'draft.html') {
  const file = await lint(new VFile({path, value}))
  return file.messages.map((message) => ({
    rule: message.ruleId,
    line: message.line,
    column: message.column,
    text: value.slice(
      message.place && 'start' in message.place ? message.place.start.offset : 0,
      message.place && 'end' in message.place ? message.place.end.offset : 0
    )
  }))
}

describe('HTML drafts', () => {
  it('points into the original file past character references', async () => {
    const draft = '<p>O&rsquo;Neill&nbsp;said the&#x20;budget &mdash; the the plan &amp; more.</p>\n'
    expect(await found(draft)).toEqual([{rule: 'repeated-words', line: 1, column: 52, text: 'the the'}])
  })

  it('keeps positions right in files with CRLF line ends', async () => {
    const draft =
      '<html>\r\n<body>\r\n<p>First line\r\nand the the second.</p>\r\n<p>They won an election victory.</p>\r\n</body></html>\r\n'
    expect(await found(draft)).toEqual([
      {rule: 'repeated-words', line: 4, column: 5, text: 'the the'},
      {rule: 'redundancy', line: 5, column: 9, text: 'won an election victory'}
    ])
  })

  it('ends a match on a reference where the reference ends in the source', async () => {
    const draft = '<p>They won&nbsp;an election&#32;victory.</p>'
    expect(await found(draft)).toEqual([{rule: 'redundancy', line: 1, column: 9, text: 'won&nbsp;an election&#32;victory'}])
  })

  it('leaves scripts, styles, preformatted text, code, deletions and form fields alone', async () => {
    const draft = [
      '<head><title>x</title><style>/* the the */</style><script>"the the"</script></head>',
      '<body><pre>the the</pre><p>Run <code>the the</code> here.</p><textarea>the the</textarea>',
      '<noscript>the the</noscript><kbd>the the</kbd><svg><text>the the</text></svg>',
      '<p>Struck <del>the the</del> out, <span data-nlcst="ignore">the the</span> hidden.</p></body>'
    ].join('\n')
    expect(await found(draft)).toEqual([])
  })

  it('reads fragments without html or body elements', async () => {
    expect(await found('They won an election victory.<br>The the end.')).toEqual([
      {rule: 'redundancy', line: 1, column: 6, text: 'won an election victory'},
      {rule: 'repeated-words', line: 1, column: 34, text: 'The the'}
    ])
  })

  it('is picked by the format option for strings without a name', async () => {
    const file = await lint('<p>The <b>the</b> cat</p>', {format: 'html'})
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['repeated-words', 1, 4]])
  })

  it('is linted by the CLI for .html and .htm files found in a folder', () => {
    const folder = scratch({'a.html': '<p>The the cat.</p>', 'b.htm': '<p>A dog <script>the the</script>and the the fox.</p>'})
    const result = runCli(['.', '--report', 'json'], {cwd: folder})
    const report = jsonReport(result.stdout)
    expect(
      report.map((file) => [file.path, file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)])
    ).toEqual([
      ['a.html', ['1:4 repeated-words']],
      ['b.htm', ['1:38 repeated-words']]
    ])
  })

  it('lints a 200 kB export with references everywhere in seconds, not minutes', async () => {
    const paragraph = '<p>The council&rsquo;s plan &mdash; costing &pound;2m &amp; more &ndash; was approved on Monday.</p>\n'
    const draft = paragraph.repeat(2000)
    const started = performance.now()
    const file = await lint(new VFile({path: 'big.html', value: draft}))
    expect(file.messages.filter((message) => message.fatal !== undefined)).toEqual([])
    expect(performance.now() - started).toBeLessThan(10000)
  })
})

describe('alignPieces', () => {
  it('splits a text node at each reference and CRLF', () => {
    expect(alignPieces('a&amp;b\r\nc', 'a&b\nc')).toEqual([
      {start: 0, end: 1, value: 'a'},
      {start: 1, end: 6, value: '&'},
      {start: 6, end: 7, value: 'b'},
      {start: 7, end: 9, value: '\n'},
      {start: 9, end: 10, value: 'c'}
    ])
  })

  it('handles references without a semicolon and ampersands that are not references', () => {
    expect(alignPieces('&copy2024 & &foo; x', '©2024 & &foo; x')).toEqual([
      {start: 0, end: 5, value: '©'},
      {start: 5, end: 19, value: '2024 & &foo; x'}
    ])
  })

  it('gives up rather than guess when the texts cannot be lined up', () => {
    expect(alignPieces('abc', 'abd')).toBeUndefined()
  })
})
