/**
 * Bad input gets one plain line and exit 1, through the CLI: invalid UTF-8
 * on stdin, UTF-16 files and stdin, symlink loops, unreadable files, and a
 * dangling link behind a symlinked folder loop (once, not once per path).
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, runCli, scratch} from './helpers/cli.js'

const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const converting =
  'UTF-16 text, and copydesk reads UTF-8: convert it (for example `iconv -f UTF-16 -t UTF-8 draft.txt > draft-utf8.txt`) and run copydesk again'

describe('input errors', () => {
  it('refuses invalid UTF-8 on stdin', () => {
    const result = runCli([], {input: Buffer.from([0x54, 0x68, 0x65, 0x20, 0x74, 0x68, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x2e, 0x0a])})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('copydesk: stdin: it is not valid UTF-8 text: save it as UTF-8 and run copydesk again\n')
  })

  it('still lints UTF-8 stdin, with a real U+FFFD in it', () => {
    const result = runCli([], {input: 'Caf\u00e9 \ufffd the the end.\n'})
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Repeated word')
  })

  it('says a UTF-16 file or stdin is UTF-16 and how to convert it', () => {
    const folder = scratch({'story.txt': utf16('The the end.\n'), 'plain16.txt': Buffer.from('The the end.\n', 'utf16le')})
    const files = runCli(['story.txt', 'plain16.txt'], {cwd: folder})
    expect(files.code).toBe(1)
    expect(files.stderr.split('\n').filter((line) => line.includes(converting))).toHaveLength(2)
    const stdin = runCli([], {input: utf16('The the end.\n')})
    expect(stdin.code).toBe(1)
    expect(stdin.stderr).toBe(`copydesk: stdin: it is ${converting}\n`)
  })

  it('says a symlink loop in one plain line', () => {
    const folder = scratch({})
    symlinkSync('self.txt', path.join(folder, 'self.txt'))
    const result = runCli(['self.txt'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('This is a symlink loop, not a draft')
    expect(result.stderr).not.toMatch(/ELOOP|\/tmp\//)
  })

  it.skipIf(process.getuid?.() !== 0 || spawnSync('setpriv', ['--version']).status !== 0)(
    'says an unreadable file in one plain line',
    () => {
      const folder = scratch({'secret.txt': 'The the end.\n'})
      chmodSync(folder, 0o755)
      chmodSync(path.join(folder, 'secret.txt'), 0o000)
      const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, 'secret.txt'], {
        cwd: folder,
        encoding: 'utf8',
        env: {...process.env, NO_COLOR: '1'}
      })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain('This file cannot be read: permission denied')
      expect(result.stderr).not.toMatch(/EACCES|\/tmp\//)
    }
  )

  it('reports a dangling link behind a symlinked folder loop once', () => {
    const folder = scratch({'drafts/ok.txt': 'The harbour reopened on Monday.\n'})
    symlinkSync('.', path.join(folder, 'drafts', 'loop'))
    symlinkSync('nowhere.txt', path.join(folder, 'drafts', 'dangling.txt'))
    mkdirSync(path.join(folder, 'drafts', 'sub'))
    const result = runCli(['drafts'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr.split('\n').filter((line) => line.includes('dangling.txt'))).toEqual(['drafts/dangling.txt'])
  })
})
