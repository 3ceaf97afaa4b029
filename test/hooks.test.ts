/**
 * Commit hooks for real: a temporary git repository with the hook installed,
 * the built copydesk behind it, and `git commit` refused or accepted.
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {homedir, tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {bin} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const warningDraft = 'The mayor, who won an election victory, opened the bridge.\n'
const cleanDraft = 'The mayor opened the bridge on Saturday.\n'

/** A fresh repository with a local identity, isolated from the user's git configuration. */
function repository() {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-hook-'))
  const home = path.join(folder, '.home')
  const repo = path.join(folder, 'newsroom')
  mkdirSync(home)
  mkdirSync(repo)
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    NO_COLOR: '1',
    PRE_COMMIT_HOME: path.join(folder, '.pre-commit-cache')
  }
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {cwd: repo, env, encoding: 'utf8', timeout: 480000})
    return {code: result.status, output: (result.stdout ?? '') + (result.stderr ?? '')}
  }
  const git = (...args: string[]) => run('git', args)
  expect(git('init', '-q', '-b', 'main').code).toBe(0)
  git('config', 'user.name', 'Copy Desk Test')
  git('config', 'user.email', 'desk@example.invalid')
  git('config', 'commit.gpgsign', 'false')
  const write = (name: string, value: string) => {
    mkdirSync(path.dirname(path.join(repo, name)), {recursive: true})
    writeFileSync(path.join(repo, name), value)
  }
  const commits = () => {
    const log = git('rev-list', '--count', 'HEAD')
    return log.code === 0 ? Number(log.output.trim()) : 0
  }
  return {folder, repo, env, run, git, write, commits}
}

describe('plain git pre-commit hook (docs/examples/pre-commit.sh)', () => {
  it('refuses a commit of a draft with a warning and accepts a clean one', () => {
    const {repo, env, git, write, commits} = repository()
    const hook = path.join(repo, '.git/hooks/pre-commit')
    copyFileSync(path.join(root, 'docs/examples/pre-commit.sh'), hook)
    chmodSync(hook, 0o755)
    env.COPYDESK = `${process.execPath} ${bin}`

    write('drafts/bridge story.md', warningDraft)
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Bridge story')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain('redundancy')
    expect(refused.output).toContain('drafts/bridge story.md')
    expect(commits()).toBe(0)

    write('drafts/bridge story.md', cleanDraft)
    // Source code is not prose: the hook does not hand it to copydesk.
    write('tools/count.js', '// the the\n')
    git('add', '-A')
    const accepted = git('commit', '-q', '-m', 'Bridge story')
    expect(accepted.output).toContain('drafts/bridge story.md: no issues found')
    expect(accepted.code).toBe(0)
    expect(commits()).toBe(1)
  })

  it('refuses an HTML draft with an error-level problem under the strict preset', () => {
    const {repo, env, git, write, commits} = repository()
    const hook = path.join(repo, '.git/hooks/pre-commit')
    copyFileSync(path.join(root, 'docs/examples/pre-commit.sh'), hook)
    chmodSync(hook, 0o755)
    env.COPYDESK = `${process.execPath} ${bin}`
    write('.retextrc.json', '{"preset": "strict"}')
    write('export.html', '<p>The the council met.</p>')
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Export')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toMatch(/1:4-1:11\s+error/)
    expect(commits()).toBe(0)
  })
})

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
const inCi = process.env.CI === 'true'

/**
 * copydesk as a user's `.pre-commit-config.yaml` names it: `repo:` (a clone,
 * by path, where a user writes the URL) and `rev:` a commit SHA, filled in by
 * `pre-commit autoupdate` as docs/integrations.md says (no release is tagged).
 * The clone holds this checkout's tracked files as they are now, committed, so
 * the test sees the working tree, not HEAD. Returns the clone and its commit.
 */
function releaseClone(folder: string): string {
  const clone = path.join(folder, 'copydesk')
  const git = (cwd: string, ...args: string[]) => {
    const result = spawnSync('git', args, {cwd, encoding: 'utf8', env: {...process.env, GIT_CONFIG_NOSYSTEM: '1'}})
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
    return result.stdout
  }
  mkdirSync(clone)
  git(clone, 'init', '-q', '-b', 'main')
  const tracked = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)
  for (const name of tracked) {
    const from = path.join(root, name)
    if (!existsSync(from)) continue // deleted in the working tree
    mkdirSync(path.dirname(path.join(clone, name)), {recursive: true})
    copyFileSync(from, path.join(clone, name))
  }
  git(clone, 'add', '-A')
  git(
    clone,
    '-c',
    'user.name=Release',
    '-c',
    'user.email=release@example.invalid',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '-m',
    'Release 0.1.0'
  )
  return {clone, commit: git(clone, 'rev-parse', 'HEAD').trim()}
}

// In CI the framework must be there (.ci/run installs it): a missing one fails, not skips.
describe.skipIf(!hasPreCommit && !inCi)('pre-commit framework (.pre-commit-hooks.yaml, by repo and rev)', () => {
  it('installs the published hook from the repository at a commit, refuses a draft with a warning and accepts a clean one', () => {
    expect(hasPreCommit, 'pre-commit is not installed (apt-get install pre-commit)').toBe(true)
    const {folder, run, git, write, commits, env} = repository()
    const {clone, commit} = releaseClone(folder)
    // The npm registry is the only network the install needs; reuse the user's npm cache.
    env.npm_config_cache = path.join(homedir(), '.npm')
    // The configuration docs/integrations.md shows, with the clone's path for the URL; autoupdate writes the SHA.
    write('.pre-commit-config.yaml', `repos:\n  - repo: ${clone}\n    rev: <commit-sha>\n    hooks:\n      - id: copydesk\n`)
    const updated = run('pre-commit', ['autoupdate'])
    expect(updated.code, updated.output).toBe(0)
    expect(readFileSync(path.join(folder, 'newsroom', '.pre-commit-config.yaml'), 'utf8')).toContain(`    rev: ${commit}\n`)

    expect(run('pre-commit', ['install']).code).toBe(0)
    const started = Date.now()
    const installed = run('pre-commit', ['install-hooks'])
    const seconds = (Date.now() - started) / 1000
    expect(installed.output).not.toContain('An unexpected error has occurred')
    expect(installed.code, installed.output).toBe(0)
    // The first run's cost (installing the hook's environment), as docs/integrations.md states it.
    console.log(`pre-commit install-hooks (first run, npm cache warm): ${seconds.toFixed(1)} s`)

    write('story.txt', warningDraft)
    git('add', '-A')
    const refused = git('commit', '-q', '-m', 'Story')
    expect(refused.code).not.toBe(0)
    expect(refused.output).toMatch(/copydesk \(copy-quality lint for drafts\)\.+Failed/)
    expect(refused.output).toMatch(/1:16-1:39 +warning +Redundant: `won an election victory`/)
    expect(commits()).toBe(0)

    write('story.txt', cleanDraft)
    // Source code is not prose: the hook's file types keep it away from copydesk.
    write('tools/count.js', '// the the\n')
    git('add', '-A')
    const accepted = git('commit', '-q', '-m', 'Story')
    expect(accepted.output).toMatch(/copydesk \(copy-quality lint for drafts\)\.+Passed/)
    expect(accepted.code).toBe(0)
    expect(commits()).toBe(1)
  }, 600000)
})
