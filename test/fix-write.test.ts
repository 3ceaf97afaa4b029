/**
 * `--fix` writes drafts as the policy in docs/playground-and-fix.md says:
 * symlinks followed, hard links kept, owner, group and mode kept, read-only
 * files and unwritable folders refused with one line and a non-zero exit;
 * a FIFO never hangs a run. All through the CLI.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin, runCli, scratch} from './helpers/cli.js'

const flawed = 'The mayor won an election victory last spring.\n'
const fixed = 'The mayor won the election last spring.\n'
const isRoot = process.getuid?.() === 0
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0

describe('--fix writes', () => {
  it('follows a symlink: the target is fixed and the link stays a link', () => {
    const folder = scratch({'real.txt': flawed})
    symlinkSync('real.txt', path.join(folder, 'link.txt'))
    const result = runCli(['--fix', 'link.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(lstatSync(path.join(folder, 'link.txt')).isSymbolicLink()).toBe(true)
    expect(readFileSync(path.join(folder, 'real.txt'), 'utf8')).toBe(fixed)
    expect(readdirSync(folder).sort()).toEqual(['link.txt', 'real.txt'])
  })

  it('keeps hard links: every name shows the fixed text', () => {
    const folder = scratch({'a.txt': flawed})
    linkSync(path.join(folder, 'a.txt'), path.join(folder, 'b.txt'))
    const before = statSync(path.join(folder, 'a.txt')).ino
    expect(runCli(['--fix', 'a.txt'], {cwd: folder}).code).toBe(0)
    expect(statSync(path.join(folder, 'a.txt')).ino).toBe(before)
    expect(statSync(path.join(folder, 'b.txt')).nlink).toBe(2)
    expect(readFileSync(path.join(folder, 'b.txt'), 'utf8')).toBe(fixed)
  })

  it('keeps mode 0640', () => {
    const folder = scratch({'story.txt': flawed})
    chmodSync(path.join(folder, 'story.txt'), 0o640)
    expect(runCli(['--fix', 'story.txt'], {cwd: folder}).code).toBe(0)
    expect(statSync(path.join(folder, 'story.txt')).mode & 0o7777).toBe(0o640)
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(fixed)
  })

  it.skipIf(!isRoot)('keeps another user as owner and group (as root)', () => {
    const folder = scratch({'story.txt': flawed})
    chownSync(path.join(folder, 'story.txt'), 1234, 2345)
    expect(runCli(['--fix', 'story.txt'], {cwd: folder}).code).toBe(0)
    const stats = statSync(path.join(folder, 'story.txt'))
    expect([stats.uid, stats.gid]).toEqual([1234, 2345])
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(fixed)
  })

  it('refuses a read-only file with one line and exit 1, and leaves it alone', () => {
    const folder = scratch({'story.txt': flawed, 'other.txt': flawed})
    chmodSync(path.join(folder, 'story.txt'), 0o444)
    const result = runCli(['--fix', '--quiet', 'story.txt', 'other.txt'], {cwd: folder})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('story.txt: not fixed: it is read-only (mode 444); make it writable to fix it\n')
    expect(readFileSync(path.join(folder, 'story.txt'), 'utf8')).toBe(flawed)
    // The other draft is still fixed.
    expect(readFileSync(path.join(folder, 'other.txt'), 'utf8')).toBe(fixed)
  })

  it.skipIf(!isRoot || !hasSetpriv)('refuses a draft in a folder the user cannot write, with one line and exit 1', () => {
    const folder = scratch({'locked/story.txt': flawed})
    const locked = path.join(folder, 'locked')
    chmodSync(folder, 0o755)
    chmodSync(path.join(locked, 'story.txt'), 0o666)
    chmodSync(locked, 0o555)
    const result = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, '--fix', 'locked/story.txt'],
      {
        cwd: folder,
        encoding: 'utf8',
        env: {...process.env, NO_COLOR: '1'},
        timeout: 60000
      }
    )
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('locked/story.txt: not fixed: its folder is not writable')
    expect(result.stderr).not.toMatch(/EACCES|\.tmp|\n\s+at /)
    expect(readFileSync(path.join(locked, 'story.txt'), 'utf8')).toBe(flawed)
  })
})

describe.skipIf(!hasMkfifo)('a FIFO in a folder', () => {
  function folderWithFifo(): string {
    const folder = scratch({'drafts/story.txt': flawed})
    mkdirSync(path.join(folder, 'drafts', 'sub'))
    expect(spawnSync('mkfifo', [path.join(folder, 'drafts', 'pipe.txt')]).status).toBe(0)
    return folder
  }

  it.each([[[]], [['--fix']], [['--fix-dry-run']]])('does not hang %j: the pipe gets one line, the draft is still checked', (flags) => {
    const folder = folderWithFifo()
    const result = runCli([...flags, 'drafts'], {cwd: folder})
    // runCli's timeout kills a hung run: then the code is null.
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('This is a pipe, socket or device, not a saved draft: copydesk reads files')
    expect(readFileSync(path.join(folder, 'drafts', 'story.txt'), 'utf8')).toBe(flags[0] === '--fix' ? fixed : flawed)
  })
})

describe('Markdown --fix of boilerplate lines', () => {
  it('leaves no empty list item or heading, and no double gap', () => {
    const folder = scratch({
      'list.md': '- The harbour reopened on Monday.\n- Leave a Reply\n\n## Share this:\n\nThe mayor spoke at noon.\n'
    })
    const result = runCli(['--fix', 'list.md'], {cwd: folder})
    expect(result.stderr).toContain('  2:3  boilerplate  deleted `- Leave a Reply`\n')
    expect(readFileSync(path.join(folder, 'list.md'), 'utf8')).toBe('- The harbour reopened on Monday.\n\nThe mayor spoke at noon.\n')
  })

  it('keeps a full stop out of the last word when the next paragraph starts with markup', () => {
    const folder = scratch({'stop.md': 'The mayor said it was over over.\n\n`Update` the council met.\n'})
    runCli(['--fix', 'stop.md'], {cwd: folder})
    expect(readFileSync(path.join(folder, 'stop.md'), 'utf8')).toBe('The mayor said it was over.\n\n`Update` the council met.\n')
  })
})
