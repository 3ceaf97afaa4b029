import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {commentMarker} from '../src/pipeline/message-control.js'
import {jsonReport, runCli, scratch} from './helpers/cli.js'

async function seen(value: string, path: string) {
  const file = await lint(new VFile({path, value}))
  return file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`)
}

const markdownDraft = [
  'The the mayor spoke.', // 1: flagged
  '',
  '<!-- copydesk disable repeated-words -->',
  '',
  'The the council agreed.', // 5: off
  '',
  'They won an election victory.', // 7: other rules still on
  '',
  '<!-- copydesk enable -->',
  '',
  'The the budget passed.', // 11: on again
  '',
  '<!-- copydesk ignore redundancy readability -->',
  'They won an election victory and the the vote.', // 14: redundancy ignored here only
  '',
  'They won an election victory.', // 16: flagged again
  '',
  '<!-- copydesk disable -->',
  '',
  'The the end, and they won an election victory.', // 20: everything off
  ''
].join('\n')

describe('inline disable comments', () => {
  it('switch rules off and on, and ignore the next block, in Markdown', async () => {
    expect(await seen(markdownDraft, 'draft.md')).toEqual([
      '1:1 repeated-words',
      '7:6 redundancy',
      '11:1 repeated-words',
      '14:34 repeated-words',
      '16:6 redundancy'
    ])
  })

  it('do the same in HTML, across line breaks and elements parse5 adds', async () => {
    const html = [
      '<p>The the mayor spoke.</p>',
      '<!-- copydesk disable repeated-words -->',
      '<p>The the council agreed.</p>',
      '<p>They won an election victory.</p>',
      '<!-- copydesk enable -->',
      '<p>The the budget passed.</p>',
      '<!--copydesk ignore redundancy-->',
      '<p>They won an election victory and the the vote.</p>',
      '<p>They won an election victory.</p>',
      '<!-- copydesk disable -->',
      '<p>The the end, and they won an election victory.</p>'
    ].join('\n')
    expect(await seen(html, 'draft.html')).toEqual([
      '1:4 repeated-words',
      '4:9 redundancy',
      '6:4 repeated-words',
      '8:37 repeated-words',
      '9:9 redundancy'
    ])
  })

  it('work for third-party rules (readability) as for our own', async () => {
    const long =
      'The extraordinarily complicated intergovernmental reorganisation proposal, notwithstanding considerable parliamentary opposition, ' +
      'nevertheless encountered unprecedented administrative implementation difficulties throughout numerous municipalities, ' +
      'consequently necessitating comprehensive supplementary legislative amendments.'
    const config = {rules: {readability: 'warn'}}
    const open = await lint(new VFile({path: 'a.md', value: long + '\n'}), {config})
    expect(open.messages.map((message) => message.ruleId)).toEqual(['readability'])
    const closed = await lint(new VFile({path: 'a.md', value: '<!-- copydesk ignore readability -->\n' + long + '\n'}), {config})
    expect(closed.messages).toEqual([])
  })

  it('report a rule name they do not know, where the comment is, as a warning', async () => {
    const file = await lint(
      new VFile({path: 'a.html', value: '<p>Fine words.</p>\n<!-- copydesk disable repeated-word -->\n<p>The the end.</p>\n'})
    )
    expect(
      file.messages.map((message) => ({
        rule: message.ruleId,
        line: message.line,
        column: message.column,
        fatal: message.fatal,
        source: message.source,
        actual: message.actual
      }))
    ).toEqual([
      {rule: 'inline-comment', line: 2, column: 1, fatal: false, source: 'copydesk', actual: 'repeated-word'},
      // The misspelt name switched nothing off.
      {rule: 'repeated-words', line: 3, column: 4, fatal: false, source: 'copydesk', actual: 'The the'}
    ])
    expect(file.messages[0].reason).toContain('`repeated-word`, which is not a copydesk rule')
    expect(file.messages[0].reason).toContain('repeated-words')
  })

  it('fail a --frail run when a comment names an unknown rule', () => {
    const folder = scratch({'draft.md': 'All is well here.\n\n<!-- copydesk ignore no-such-rule -->\nA calm sentence.\n'})
    const result = runCli(['draft.md', '--frail', '--report', 'json'], {cwd: folder})
    expect(result.code).toBe(1)
    const [file] = jsonReport(result.stdout)
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['inline-comment', 3, 1]])
    expect(file.messages[0].ancestors).toBeUndefined()
  })

  it('report a comment with an unknown verb, and go on linting the draft', async () => {
    const file = await lint(new VFile({path: 'a.md', value: 'Fine.\n\n<!-- copydesk silence repeated-words -->\nThe the end.\n'}))
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column, message.fatal, message.actual])).toEqual([
      ['inline-comment', 3, 1, false, 'silence'],
      ['repeated-words', 4, 1, false, 'The the']
    ])
    expect(file.messages[0].reason).toContain('start it with `disable`, `enable` or `ignore`')
  })

  it('keep messages before a late bare disable (unified-message-control alone would drop them)', async () => {
    expect(await seen('The the start.\n\n<!-- copydesk disable -->\n\nThe the end.\n', 'a.md')).toEqual(['1:1 repeated-words'])
  })

  it('ignore every rule for the next block when no rule is named', async () => {
    const html = '<!-- copydesk ignore -->\n<p>The the one. They won an election victory.</p>\n<p>The the two.</p>\n'
    expect(await seen(html, 'a.html')).toEqual(['3:4 repeated-words'])
  })

  it('leave drafts in plain text untouched (they have no comments)', async () => {
    expect(await seen('<!-- copydesk disable -->\nThe the end.\n', 'draft.txt')).toEqual(['2:1 repeated-words'])
  })
})

describe('commentMarker', () => {
  it('reads Markdown html nodes and HTML comment nodes alike', () => {
    const expected = {name: 'copydesk', attributes: 'disable a b', parameters: {}}
    expect(commentMarker({type: 'html', value: '<!--  copydesk disable a  b -->'})).toMatchObject(expected)
    expect(commentMarker({type: 'comment', value: ' copydesk disable a b\n'})).toMatchObject(expected)
  })

  it('ignores other HTML and runs in linear time on huge comments', () => {
    expect(commentMarker({type: 'html', value: '<div>copydesk disable</div>'})).toBeUndefined()
    expect(commentMarker({type: 'html', value: '<!-- a --> <!-- b -->'})).toBeUndefined()
    const started = performance.now()
    commentMarker({type: 'html', value: '<!--' + ' '.repeat(200000) + 'x' + '\t'.repeat(200000)})
    expect(performance.now() - started).toBeLessThan(500)
  })
})
