/**
 * Docs that are tested: every shell example in README.md and docs/*.md runs
 * here, as a reader would type it, so the docs cannot drift from the tool.
 *
 * - ```` ```sh ```` / ```` ```bash ```` blocks: each command line runs, in order, in
 *   a fresh sandbox folder and must exit 0 (a copydesk run may exit 1: the drafts
 *   have problems) without a fatal line (`copydesk: …`, an unreadable file, a stack trace).
 * - ```` ```console ```` blocks: `$ command` lines, each followed by the output it
 *   shows (standard output and standard error together). Runs of spaces count as
 *   one; a line `…` stands for any lines, and a line ending in `…` for any rest.
 * - A block that cannot run here (installs, servers, other machines, the
 *   copydesk checkout itself) has `<!-- not-tested: why -->` right before it;
 *   they are counted, and each must say why.
 * - `<!-- same-as: path -->` before any block: the block must equal that file
 *   of the repository (as JSON when both parse as JSON).
 *
 * The sandbox has the built CLI on PATH as `copydesk` (and `npx copydesk`
 * resolves locally), the example drafts, and the files the examples name:
 * `draft.txt`, `story.md`, `drafts/`, `archive/`, `desk/`.
 */
import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Code, Link, Root, RootContent} from 'mdast'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createProcessor} from '../src/index.js'
import {codeBlocks, firstTable, readMarkdown, sections, type Block} from './helpers/doc-blocks.js'
import {root} from './helpers/fixtures.js'

const docFiles = [
  'README.md',
  ...readdirSync(path.join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => 'docs/' + name)
]
const shellLanguages = new Set(['sh', 'bash', 'shell', 'console'])
const cli = path.join(root, 'dist/copydesk.js')

interface ShellBlock {
  doc: string
  line: number
  block: Block
}

const shellBlocks: ShellBlock[] = []
const allBlocks: Array<{doc: string; block: Block}> = []
for (const doc of docFiles) {
  for (const block of codeBlocks(readMarkdown(path.join(root, doc)))) {
    allBlocks.push({doc, block})
    if (shellLanguages.has(block.code.lang ?? '')) shellBlocks.push({doc, line: block.code.position?.start.line ?? 0, block})
  }
}
const untested = shellBlocks.filter(({block}) => block.comment?.startsWith('not-tested'))
const tested = shellBlocks.filter(({block}) => !block.comment?.startsWith('not-tested'))

let shimFolder = ''
const sandboxes: string[] = []

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/copydesk.js is missing: run `npm run build` first (npm test does)')
  shimFolder = mkdtempSync(path.join(tmpdir(), 'copydesk-docs-bin-'))
  const shim = path.join(shimFolder, 'copydesk')
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${cli}" "$@"\n`)
  chmodSync(shim, 0o755)
})

afterAll(() => {
  for (const folder of [shimFolder, ...sandboxes]) if (folder) rmSync(folder, {recursive: true, force: true})
  console.log(
    `docs: ${tested.length} shell blocks run (${tested.reduce((sum, entry) => sum + commandsOf(entry.block.code).length, 0)} commands), ` +
      `${untested.length} marked not-tested, in ${docFiles.length} files`
  )
})

/** A fresh folder with the drafts the examples name, copydesk on PATH and `npx copydesk` resolving locally. */
function sandbox(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'copydesk-docs-'))
  sandboxes.push(folder)
  const example = path.join(root, 'examples/draft.txt')
  cpSync(path.join(root, 'examples'), path.join(folder, 'examples'), {recursive: true})
  copyFileSync(example, path.join(folder, 'draft.txt'))
  writeFileSync(path.join(folder, 'story.md'), '# Port reopens\n\nThe port will reopen on Monday, the the harbour master said.\n')
  for (const sub of ['drafts', 'desk/world', 'archive/2024', 'archive/2025']) mkdirSync(path.join(folder, sub), {recursive: true})
  copyFileSync(example, path.join(folder, 'drafts/draft.txt'))
  writeFileSync(path.join(folder, 'drafts/clean.md'), '# Budget\n\nThe council approved the budget on Tuesday.\n')
  writeFileSync(path.join(folder, 'desk/world/ports.md'), '# Ports\n\nTrade through the port rose by a fifth, the ministry said.\n')
  for (let index = 1; index <= 10; index++) {
    const year = index % 2 ? '2024' : '2025'
    writeFileSync(
      path.join(folder, `archive/${year}/story-${index}.txt`),
      `Story ${index}: the council met on Monday and approved the plan.\n`
    )
  }
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({name: 'newsroom', private: true}) + '\n')
  mkdirSync(path.join(folder, 'node_modules/.bin'), {recursive: true})
  symlinkSync(root, path.join(folder, 'node_modules/copydesk'))
  symlinkSync('../copydesk/dist/copydesk.js', path.join(folder, 'node_modules/.bin/copydesk'))
  return folder
}

function run(command: string, cwd: string): {code: number | null; output: string} {
  const result = spawnSync('bash', ['-c', command + ' 2>&1'], {
    cwd,
    encoding: 'utf8',
    timeout: 60000,
    env: {
      ...process.env,
      PATH: `${shimFolder}${path.delimiter}${process.env.PATH}`,
      NO_COLOR: '1',
      FORCE_COLOR: '',
      npm_config_offline: 'true'
    },
    input: ''
  })
  return {code: result.status, output: result.stdout ?? ''}
}

/** The commands of a sh block: one a line (a trailing `\` continues it), blank and comment lines skipped. */
function commandsOf(code: Code): string[] {
  if (code.lang === 'console') return consoleSteps(code).map((step) => step.command)
  const commands: string[] = []
  let pending = ''
  for (const line of code.value.split('\n')) {
    if (!pending && (line.trim() === '' || line.trim().startsWith('#'))) continue
    if (line.endsWith('\\')) {
      pending += line.slice(0, -1) + ' '
      continue
    }
    commands.push(pending + line)
    pending = ''
  }
  return commands
}

function consoleSteps(code: Code): Array<{command: string; output: string[]}> {
  const steps: Array<{command: string; output: string[]}> = []
  for (const line of code.value.split('\n')) {
    if (line.startsWith('$ ')) steps.push({command: line.slice(2), output: []})
    else steps.at(-1)?.output.push(line)
  }
  return steps
}

/** A copydesk run (`copydesk …`, `npx copydesk …`, `… | copydesk …`), which may exit 1 on problems found. */
function isCopydesk(command: string): boolean {
  return /(^|\|\s*|&&\s*)(COPYDESK_TIMING=\S+\s+)?(npx\s+)?copydesk\b/.test(command.trim())
}

const fatal = [
  /^copydesk: /m,
  /^\s*(?:\d+:\d+(?:-\d+:\d+)?\s+)?error\s/m,
  /^\s+at .+:\d+:\d+\)?$/m,
  /command not found/,
  /Killed|Terminated/
]

/** Does `actual` match the shown output, with `…` as a wildcard line or line ending? */
function matchesShown(actual: string[], shown: string[]): boolean {
  const squeeze = (line: string) => line.replace(/\s+/g, ' ').trim()
  const a = actual.map(squeeze)
  const s = shown.map(squeeze)
  while (a.length && a.at(-1) === '') a.pop()
  while (s.length && s.at(-1) === '') s.pop()
  const memo = new Map<string, boolean>()
  const match = (i: number, j: number): boolean => {
    const key = i + ',' + j
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    if (j === s.length) result = i === a.length
    else if (s[j] === '…') result = match(i, j + 1) || (i < a.length && match(i + 1, j))
    else if (i === a.length) result = false
    else if (s[j]!.endsWith('…')) result = a[i]!.startsWith(s[j]!.slice(0, -1).trimEnd()) && match(i + 1, j + 1)
    else result = a[i] === s[j] && match(i + 1, j + 1)
    memo.set(key, result)
    return result
  }
  return match(0, 0)
}

describe('docs', () => {
  it('finds the shell examples, and every untested one says why', () => {
    expect(shellBlocks.length).toBeGreaterThan(10)
    for (const {doc, line, block} of untested) {
      expect(block.comment, `${doc} line ${line}: say why the block is not tested (<!-- not-tested: why -->)`).toMatch(
        /^not-tested:\s*\S.{4,}/
      )
    }
  })

  for (const {doc, line, block} of tested) {
    it(`${doc} line ${line} (${block.code.lang}) runs as shown`, () => {
      const cwd = sandbox()
      if (block.code.lang === 'console') {
        for (const step of consoleSteps(block.code)) {
          const result = run(step.command, cwd)
          const actual = result.output.split('\n')
          expect(matchesShown(actual, step.output), `${doc} line ${line}: \`${step.command}\` printed:\n${result.output}`).toBe(true)
        }
        return
      }
      for (const command of commandsOf(block.code)) {
        const result = run(command, cwd)
        const where = `${doc} line ${line}: \`${command}\` (exit ${result.code}) printed:\n${result.output.slice(0, 2000)}`
        // Exit 1 is copydesk's "the drafts have problems"; any other command must succeed.
        const allowed = isCopydesk(command) ? [0, 1] : [0]
        expect(allowed.includes(result.code ?? -1), where).toBe(true)
        for (const pattern of fatal) expect(result.output, where).not.toMatch(pattern)
      }
    }, 240000)
  }

  it('keeps blocks marked same-as equal to the file they copy', () => {
    const marked = allBlocks.filter(({block}) => block.comment?.startsWith('same-as:'))
    expect(marked.length).toBeGreaterThan(0)
    for (const {doc, block} of marked) {
      const file = block.comment!.slice('same-as:'.length).trim()
      const text = readFileSync(path.join(root, file), 'utf8')
      const where = `${doc} line ${block.code.position?.start.line} shows ${file}, but the file differs`
      if (block.code.lang === 'json') expect(JSON.parse(block.code.value), where).toEqual(JSON.parse(text))
      else expect(block.code.value.trim(), where).toBe(text.trim())
    }
  })

  it('shows only configurations copydesk accepts', () => {
    const rulePages = readdirSync(path.join(root, 'rules'))
      .filter((id) => existsSync(path.join(root, 'rules', id, 'README.md')))
      .map((id) => `rules/${id}/README.md`)
    const configs: Array<{where: string; config: Record<string, unknown>}> = []
    for (const page of [...docFiles, ...rulePages]) {
      for (const {code} of codeBlocks(readMarkdown(path.join(root, page)))) {
        if (code.lang !== 'json') continue
        const where = `${page} line ${code.position?.start.line}`
        let value: unknown
        try {
          value = JSON.parse(code.value)
        } catch (error) {
          throw new Error(`${where}: the JSON does not parse: ${(error as Error).message}`)
        }
        if (value && typeof value === 'object' && ('rules' in value || 'preset' in value))
          configs.push({where, config: value as Record<string, unknown>})
      }
    }
    expect(configs.length).toBeGreaterThan(5)
    for (const {where, config} of configs) {
      expect(() => createProcessor({...config, plugins: []}), where).not.toThrow()
    }
  })

  it('links only to files that exist', () => {
    const pages = [
      ...docFiles,
      ...readdirSync(path.join(root, 'rules'))
        .filter((id) => existsSync(path.join(root, 'rules', id, 'README.md')))
        .map((id) => `rules/${id}/README.md`)
    ]
    const broken: string[] = []
    for (const page of pages) {
      const links: Link[] = []
      const walk = (nodes: RootContent[]) => {
        for (const node of nodes) {
          if (node.type === 'link') links.push(node)
          if ('children' in node) walk(node.children as RootContent[])
        }
      }
      walk((readMarkdown(path.join(root, page)) as Root).children)
      for (const link of links) {
        if (/^[a-z]+:|^#/.test(link.url)) continue
        const target = path.resolve(path.dirname(path.join(root, page)), decodeURIComponent(link.url.split('#')[0]!))
        if (!existsSync(target)) broken.push(`${page} line ${link.position?.start.line}: ${link.url}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('names every extension the CLI reads', () => {
    const help = run('copydesk --help', sandbox()).output
    const extensions = /--ext <extensions>.*\(default: ([a-z,]+)\)/.exec(help)?.[1]?.split(',')
    expect(extensions?.length).toBeGreaterThan(3)
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const paragraph = readme.split('\n\n').find((text) => text.startsWith('Drafts:')) ?? ''
    expect(
      extensions!.filter((extension) => !paragraph.includes('`.' + extension + '`')),
      'extensions the README\'s "Drafts:" paragraph lacks'
    ).toEqual([])
  })

  it("lists each dependency in the README's table, and only those", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    // A package pinned for a dependency (`overrides`: {"vfile-reporter": {"string-width": …}}) is explained too.
    const overridden = Object.values<unknown>(manifest.overrides ?? {}).flatMap((value) =>
      typeof value === 'object' && value !== null ? Object.keys(value) : []
    )
    const installed = [...Object.keys({...manifest.dependencies, ...manifest.devDependencies}), ...overridden]
    const section = sections(readMarkdown(path.join(root, 'README.md')), 2).find((candidate) => candidate.title.startsWith('Dependencies'))
    const table = firstTable(section?.nodes ?? []) ?? []
    const named = new Set(table.slice(1).flatMap((row) => row[0]!.codes))
    const covered = (name: string) => named.has(name) || (name.startsWith('@types/') && named.has('@types/*'))
    expect(
      installed.filter((name) => !covered(name)),
      'packages in package.json the README does not explain'
    ).toEqual([])
    expect(
      [...named].filter((name) => name !== '@types/*' && !installed.includes(name)),
      'packages the README lists but package.json does not have'
    ).toEqual([])
  })
})
