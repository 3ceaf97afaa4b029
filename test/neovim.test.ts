/**
 * The language server through a real editor: Debian's Neovim (0.7.2 here)
 * headless, with the init.lua snippet docs/integrations.md gives, opening a
 * draft, reading copydesk's diagnostics, applying quick fixes from the code
 * action menu and saving. Skips when nvim is not installed (outside CI).
 */
import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {scratch} from './helpers/cli.js'
import {root} from './helpers/fixtures.js'

const nvim = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const nvimVersion = nvim.status === 0 ? /NVIM v(\d+)\.(\d+)/.exec(nvim.stdout) : null
const inCi = process.env.CI === 'true'
const at08 = nvimVersion !== null && (Number(nvimVersion[1]) > 0 || Number(nvimVersion[2]) >= 8)

const docs = readFileSync(path.join(root, 'docs/integrations.md'), 'utf8')
const snippet = (name: string) => readFileSync(path.join(root, 'docs/examples', name), 'utf8')

// 🚢 (4 bytes, 2 UTF-16 units) and curly quotes (3 bytes, 1 unit) before the flagged words:
// byte columns and UTF-16 columns disagree on both.
const draft = '# Port\n\n🚢 “We will act,” the minister said, the minister said. The mayor, who won an election victory, cut the ribbon.\n'

function runNeovim(init: string, picks: string[]) {
  const folder = scratch({'story.md': draft, 'init.lua': init})
  const bin = path.join(folder, 'bin')
  mkdirSync(bin)
  const shim = path.join(bin, 'copydesk-language-server')
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${path.join(root, 'dist/src/server/server.js')}" "$@"\n`)
  chmodSync(shim, 0o755)
  const reportFile = path.join(folder, 'report.json')
  const result = spawnSync(
    'nvim',
    ['--headless', '--clean', '-u', 'init.lua', '-c', `luafile ${path.join(root, 'test/neovim/driver.lua')}`, 'story.md'],
    {
      cwd: folder,
      encoding: 'utf8',
      timeout: 120000,
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        HOME: folder,
        XDG_CONFIG_HOME: folder,
        XDG_DATA_HOME: folder,
        XDG_STATE_HOME: folder,
        COPYDESK_PICK: picks.join('|'),
        COPYDESK_REPORT: reportFile
      }
    }
  )
  let report: any
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'))
  } catch {
    throw new Error(`Neovim wrote no report (exit ${result.status}): ${result.stderr}${result.stdout}`)
  }
  return {report, saved: readFileSync(path.join(folder, 'story.md'), 'utf8')}
}

describe.skipIf(nvim.status !== 0 && !inCi)('Neovim with the built-in LSP client', () => {
  it('the docs show the snippets this test runs', () => {
    expect(docs).toContain(snippet('neovim-0.7.lua'))
    expect(docs).toContain(snippet('neovim-0.8.lua'))
  })

  const cases: Array<[string, string, boolean]> = [
    ['neovim-0.7.lua', 'Neovim 0.7', true],
    ['neovim-0.8.lua', 'Neovim 0.8+', at08]
  ]
  for (const [name, label, runs] of cases) {
    it.skipIf(!runs)(
      `${label}: diagnostics on the flagged words, quick fixes applied from the menu, saved text right`,
      () => {
        expect(nvim.status, 'nvim is not installed (apt-get install neovim)').toBe(0)
        const {report, saved} = runNeovim(snippet(name), [
          'duplicate-attribution Delete `the minister said`',
          'redundancy Replace `won an election victory` with `won the election`'
        ])
        expect(report.error).toBeUndefined()
        // Neovim keeps byte columns: the second `the minister said` starts at byte 43 of line 3.
        const line = draft.split('\n')[2]
        const bytes = (text: string) => Buffer.byteLength(text)
        const second = line.lastIndexOf('the minister said')
        const victory = line.indexOf('won an election victory')
        expect(report.rounds[0].diagnostics).toEqual([
          {
            code: 'duplicate-attribution',
            lnum: 2,
            col: bytes(line.slice(0, second)),
            end_lnum: 2,
            end_col: bytes(line.slice(0, second + 17))
          },
          {code: 'redundancy', lnum: 2, col: bytes(line.slice(0, victory)), end_lnum: 2, end_col: bytes(line.slice(0, victory + 23))}
        ])
        expect(report.rounds[0].titles).toContain('Delete `the minister said`')
        expect(report.rounds[0].titles).toContain('Ignore `duplicate-attribution` in this paragraph')
        // The credit deleted, nothing else: the quotation, its first credit and the rest of the line as they were.
        const fixedLine = saved.split('\n')[2]
        expect(fixedLine.startsWith('🚢 “We will act,” the minister said')).toBe(true)
        expect(fixedLine).not.toContain('said, the minister said')
        expect(fixedLine.endsWith('The mayor, who won the election, cut the ribbon.')).toBe(true)
        expect(saved.split('\n').slice(0, 2)).toEqual(['# Port', ''])
        expect(report.final).toEqual([])
      },
      150000
    )
  }
})
