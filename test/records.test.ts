/**
 * `--stdin-format jsonl`: records in, result records out, through the bundled
 * bin (dist/copydesk.js) as a data engine runs it: a child process with
 * stdin and stdout pipes.
 */
import {spawnSync} from 'node:child_process'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {jsonReport, runCli, scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const bundle = path.join(root, 'dist/copydesk.js')

function records(input: string | Buffer, args: string[] = [], cwd = scratch({})) {
  const result = spawnSync(process.execPath, [bundle, '--stdin-format', 'jsonl', ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
    timeout: 120000,
    maxBuffer: 64 * 1024 * 1024
  })
  return {
    code: result.status,
    stderr: result.stderr,
    lines: result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  }
}

const line = (record: unknown) => JSON.stringify(record) + '\n'

describe('--stdin-format jsonl', () => {
  it('writes one result record a line, in order, with each message in full', () => {
    const input =
      line({id: 'a1', text: 'The mayor won an election victory on Monday.\n', format: 'text'}) +
      line({id: 7, text: '# Bridge\n\nThe the council met &amp; agreed.\n', format: 'markdown'}) +
      line({id: 'clean', text: 'The council met on Tuesday.\n'})
    const result = records(input)
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.lines).toEqual([
      {
        id: 'a1',
        messages: [
          {
            ruleId: 'redundancy',
            messageId: 'redundancy/pleonasm',
            line: 1,
            column: 11,
            endLine: 1,
            endColumn: 34,
            reason: 'Redundant: `won an election victory` says the same thing twice; write `won the election`',
            severity: 'warning',
            fix: {range: [10, 33], text: 'won the election'}
          }
        ]
      },
      {
        id: 7,
        messages: [
          {
            ruleId: 'repeated-words',
            messageId: 'repeated-words/repeated-word',
            line: 3,
            column: 1,
            endLine: 3,
            endColumn: 8,
            reason: 'Repeated word: `The the`; delete one `the`',
            severity: 'warning',
            fix: {range: [10, 17], text: 'The'}
          }
        ]
      },
      {id: 'clean', messages: []}
    ])
  })

  it('gives the messages the file CLI gives for the same text', () => {
    const text = '<p>The the mayor, who won an election victory, spoke.</p>\n'
    const folder = scratch({'story.html': text})
    const report = jsonReport(runCli(['--report', 'json', 'story.html'], {cwd: folder}).stdout)[0].messages
    const [result] = records(line({id: 's', text, format: 'html'}), [], folder).lines
    expect(
      result.messages.map((message: Record<string, unknown>) => [message.ruleId, message.line, message.column, message.reason])
    ).toEqual(report.map((message) => [message.ruleId, message.line, message.column, message.reason]))
    expect(result.messages).toHaveLength(2)
  })

  it('answers a bad record line with an error record and goes on', () => {
    const input = Buffer.concat([
      Buffer.from('not json\n'),
      Buffer.from(line([1, 2])),
      Buffer.from(line({text: 'No id.'})),
      Buffer.from(line({id: 'n', text: 42})),
      Buffer.from(line({id: 'f', text: 'Fine.', format: 'pdf'})),
      Buffer.from('{"id": "bytes", "text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n'),
      Buffer.from('\n'),
      Buffer.from(line({id: 'empty', text: '  '})),
      Buffer.from(line({id: 'last', text: 'It was a free gift.'}))
    ])
    const result = records(input)
    expect(result.code).toBe(0)
    expect(result.lines).toEqual([
      {id: null, line: 1, error: `this record is not JSON (Unexpected token 'o', "not json" is not valid JSON)`},
      {id: null, line: 2, error: 'a record is a JSON object: {"id": …, "text": "…", "format": "text"}'},
      {id: null, line: 3, error: 'this record has no "id" (a string or a number)'},
      {id: 'n', line: 4, error: 'this record has no "text" (a string)'},
      {id: 'f', line: 5, error: 'unknown format "pdf": use "text", "markdown" or "html"'},
      {id: null, line: 6, error: 'this record is not valid UTF-8'},
      // Line 7 is blank: no record, no result.
      {
        id: 'empty',
        messages: [
          {
            ruleId: null,
            messageId: null,
            line: null,
            column: null,
            endLine: null,
            endColumn: null,
            reason: 'This file is empty: there is nothing to check',
            severity: 'error'
          }
        ]
      },
      {
        id: 'last',
        messages: [expect.objectContaining({ruleId: 'redundancy', line: 1, column: 10, fix: {range: [9, 18], text: 'gift'}})]
      }
    ])
  })

  it('honours the size limits: a draft over 5 MB is refused in its record, an endless line is never held', () => {
    const input =
      line({id: 'big', text: 'The council met. '.repeat(330000)}) +
      `{"id": "huge", "text": "${'a'.repeat(21 * 1024 * 1024)}"}\n` +
      line({id: 'after', text: 'The the end.'})
    const result = records(input)
    expect(result.code).toBe(0)
    expect(
      result.lines.map((record) => record.messages?.map((message: Record<string, unknown>) => message.reason) ?? record.error)
    ).toEqual([
      ['This file is 5.4 MB, too large to be a draft (copydesk checks up to 5 MB): split it into articles'],
      'this record is longer than 20 MB: copydesk checks drafts up to 5 MB, split the text',
      ['Repeated word: `The the`; delete one `the`']
    ])
    expect(result.lines[1]).toEqual({id: null, line: 2, error: expect.any(String)})
  })

  it("uses the working folder's configuration", () => {
    const folder = scratch({'.retextrc.json': JSON.stringify({rules: {redundancy: 'off'}})})
    const [result] = records(line({id: 1, text: 'The the mayor won an election victory.'}), [], folder).lines
    expect(result.messages.map((message: Record<string, unknown>) => message.ruleId)).toEqual(['repeated-words'])
  })

  it('a bad configuration or bad arguments fail the run with one line (exit 2)', () => {
    const folder = scratch({})
    writeFileSync(path.join(folder, '.retextrc.json'), '{"rules": {"no-such-rule": "warn"}}')
    const bad = records(line({id: 1, text: 'Text.'}), [], folder)
    expect(bad.code).toBe(2)
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toMatch(/^copydesk: .*no-such-rule/)
    expect(bad.lines).toEqual([])
    for (const [args, message] of [
      [['--stdin-format', 'csv'], '--stdin-format expects jsonl, not "csv"'],
      [['--stdin-format', 'jsonl', 'story.txt'], '--stdin-format jsonl reads records from stdin: give no paths'],
      [['--stdin-format', 'jsonl', '--fix-dry-run'], '--stdin-format jsonl reports fixes in its records: it does not take --fix']
    ] as const) {
      const result = runCli([...args], {cwd: scratch({'story.txt': 'Text.\n'}), input: line({id: 1, text: 'Text.'})})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`copydesk: ${message}\n`)
    }
  })
})
