/**
 * The playground in a real browser: Debian's Chromium, driven by
 * playwright-core. Builds the page, serves the built folder on 127.0.0.1 and
 * uses it as an editor would. In CI a missing browser is a failure; locally
 * the test is skipped with a note.
 *
 * COPYDESK_SCREENSHOT=1 also saves docs/playground.png.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {sampleDraft} from '../playground/sample.js'
import {root} from './helpers/fixtures.js'

const chromiumPath = '/usr/bin/chromium'
const haveBrowser = existsSync(chromiumPath)
if (!haveBrowser && process.env.CI) {
  throw new Error(`${chromiumPath} is missing: CI must install Debian's chromium (see .ci/run)`)
}
if (!haveBrowser) console.warn(`playground e2e skipped: no browser at ${chromiumPath} (apt-get install chromium)`)

const builtDir = path.join(root, 'playground/dist')
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml'
}

/** Serve the built playground, and nothing outside it. */
function serve(folder: string): Promise<Server> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const file = path.join(folder, pathname.endsWith('/') ? pathname + 'index.html' : pathname)
    if (!file.startsWith(folder + path.sep) || !existsSync(file)) {
      response.writeHead(404).end('not found')
      return
    }
    response.writeHead(200, {'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream'})
    response.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

interface ShownProblem {
  rule: string
  line: number
  column: number
}

async function shownProblems(page: Page): Promise<ShownProblem[]> {
  return page.$$eval('#problems li.problem', (items) =>
    items.map((item) => ({
      rule: (item as HTMLElement).dataset.rule ?? '',
      line: Number((item as HTMLElement).dataset.line),
      column: Number((item as HTMLElement).dataset.column)
    }))
  )
}

/** The editor's text, as CodeMirror holds it. */
function draftText(page: Page): Promise<string> {
  return page.evaluate(() => window.copydeskPlayground.text())
}

/** Each painted problem: its rule, the text under its marks, and whether the marks sit on that text. */
interface Painted {
  rule: string
  painted: string
  wanted: string
  /** Largest distance, in pixels, between a mark's box and the box of the text it should cover. */
  drift: number
}

async function paintedProblems(page: Page): Promise<Painted[]> {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('#problems li.problem')]
    const content = document.querySelector<HTMLElement>('.cm-content')!
    const text = window.copydeskPlayground.text()
    return items.map((item, index) => {
      const start = Number(item.dataset.start)
      const end = Number(item.dataset.end)
      const marks = [...content.querySelectorAll<HTMLElement>(`.cm-problem-${index}`)]
      const painted = marks.map((mark) => mark.textContent ?? '').join('')
      // Where the editor lays out the flagged characters, against where the marks are painted.
      const textBox = window.copydeskPlayground.boxOf(start, end)
      const rects = marks.flatMap((mark) => [...mark.getClientRects()]).filter((rect) => rect.width > 0)
      const markBox = {
        left: Math.min(...rects.map((rect) => rect.left)),
        top: Math.min(...rects.map((rect) => rect.top)),
        right: Math.max(...rects.map((rect) => rect.right)),
        bottom: Math.max(...rects.map((rect) => rect.bottom))
      }
      const drift =
        rects.length === 0
          ? Infinity
          : Math.max(
              Math.abs(markBox.left - textBox.left),
              Math.abs(markBox.right - textBox.right),
              Math.abs(markBox.top - textBox.top),
              Math.abs(markBox.bottom - textBox.bottom)
            )
      return {rule: item.dataset.rule ?? '', painted, wanted: text.slice(start, end), drift}
    })
  })
}

/** Wait until the list shows what a lint of the current text gives (the debounce has passed). */
async function settled(page: Page, text: string, rulesOff: string[] = []): Promise<ShownProblem[]> {
  const file = await lint(text, {config: {rules: Object.fromEntries(rulesOff.map((rule) => [rule, 'off']))}})
  const wanted = file.messages.map((message) => ({rule: message.ruleId ?? '', line: message.line ?? 0, column: message.column ?? 0}))
  await expect.poll(() => shownProblems(page), {timeout: 10000}).toEqual(wanted)
  return wanted
}

describe.skipIf(!haveBrowser)('playground in Chromium', () => {
  let server: Server
  let browser: BrowserContext
  let page: Page
  let profile: string
  let url: string
  const pageErrors: string[] = []

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'playground/vite.config.ts', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'pipe'
      }
    )
    server = await serve(builtDir)
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    profile = mkdtempSync(path.join(tmpdir(), 'copydesk-chromium-'))
    // A fresh profile: Playwright takes it as the persistent context's folder (--user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      viewport: {width: 1366, height: 768},
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    })
    page = browser.pages()[0] ?? (await browser.newPage())
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(url)
  })

  afterEach(() => {
    expect(pageErrors).toEqual([])
  })

  afterAll(async () => {
    await browser?.close()
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
    if (profile) rmSync(profile, {recursive: true, force: true})
  })

  it('shows the problems of a pasted draft, with their positions, highlighted in place', async () => {
    await page.getByRole('button', {name: 'Clear'}).click()
    await expect.poll(() => shownProblems(page)).toEqual([])
    await page.getByLabel('Draft text').fill(sampleDraft)
    const problems = await settled(page, sampleDraft)
    // The sample's own defects, at least (other rules may add more).
    expect(problems).toEqual(
      expect.arrayContaining([
        {rule: 'repeated-words', line: 3, column: 1},
        {rule: 'redundancy', line: 5, column: 29},
        {rule: 'boilerplate', line: 9, column: 1},
        {rule: 'boilerplate', line: 10, column: 1}
      ])
    )
    const painted = await paintedProblems(page)
    expect(painted.map((problem) => [problem.rule, problem.painted])).toEqual(
      expect.arrayContaining([
        ['repeated-words', 'The the'],
        ['redundancy', 'won an election victory'],
        ['boilerplate', 'Leave a Reply']
      ])
    )
    const redundancy = page.locator('#problems li[data-rule="redundancy"]')
    await expect.poll(() => redundancy.locator('.reason').textContent()).toContain('won the election')
    await expect.poll(() => redundancy.getByRole('link').getAttribute('href')).toMatch(/redundancy\/README\.md$/)
    await expect.poll(() => redundancy.locator('.severity').textContent()).toBe('warning')
  })

  // The browser's word list has no syllable counts (playground/english-words-source.ts): readability
  // counts there at run time, and must judge the same sentences as the library, which looks counts up.
  it('judges readability as the library does, counting syllables in the browser', async () => {
    const fixtures = path.join(root, 'rules/readability/fixtures')
    // Sentences near the threshold: with too few syllables counted (a misread count), the report changes.
    const nearThreshold = [
      'The university announced that international applications had increased considerably this year, particularly for engineering, medicine and computer science courses, according to preliminary figures published by the admissions department.',
      'Applications rose particularly for engineering, medicine and computer science courses, according to preliminary figures published by the admissions department, although administrators cautioned that the numbers remained provisional.'
    ].join('\n\n')
    const text = [...['dense.txt', 'plain.txt'].map((name) => readFileSync(path.join(fixtures, name), 'utf8')), nearThreshold].join('\n')
    await page.getByRole('button', {name: 'Clear'}).click()
    await expect.poll(() => shownProblems(page)).toEqual([])
    await page.getByLabel('Draft text').fill(text)
    const problems = await settled(page, text)
    expect(problems.filter((problem) => problem.rule === 'readability').length).toBeGreaterThan(0)
    // How many formulas agree (syllables drive three of the seven) is in the reason.
    const reasons = (await lint(text)).messages.filter((message) => message.ruleId === 'readability').map((message) => message.reason)
    await expect.poll(() => page.locator('#problems li[data-rule="readability"] .reason').allTextContents()).toEqual(reasons)
    // The sample again, for the tests that follow.
    await page.getByLabel('Draft text').fill(sampleDraft)
    await settled(page, sampleDraft)
  })

  it('applies a suggested fix: the text changes and the problem goes', async () => {
    const redundancy = page.locator('#problems li[data-rule="redundancy"]')
    await redundancy.getByRole('button', {name: 'Change “won an election victory” to “won the election”'}).click()
    const fixed = sampleDraft.replace('won an election victory', 'won the election')
    await expect.poll(() => draftText(page)).toBe(fixed)
    const problems = await settled(page, fixed)
    expect(problems.some((problem) => problem.rule === 'redundancy')).toBe(false)
    // Focus stays in the list, on the next fix.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('apply-fix'))).toBe(true)
  })

  it('switches a rule off and on, and shows the config to copy', async () => {
    const text = await draftText(page)
    await page.getByRole('checkbox', {name: /repeated-words/}).uncheck()
    const problems = await settled(page, text, ['repeated-words'])
    expect(problems.some((problem) => problem.rule === 'repeated-words')).toBe(false)
    await expect.poll(() => page.locator('.cm-content .cm-rule-repeated-words').count()).toBe(0)
    expect(JSON.parse((await page.locator('#config').textContent()) ?? '')).toEqual({
      preset: 'recommended',
      rules: {'repeated-words': 'off'}
    })
    await page.getByRole('checkbox', {name: /repeated-words/}).check()
    await settled(page, text)
  })

  it('lists every rule from the registry, and switches presets', async () => {
    const {ruleIds} = await import('../src/index.js')
    const listed = await page.$$eval('#rule-toggles input', (inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    expect(listed).toEqual([...ruleIds])
    await page.getByLabel('Preset').selectOption('none')
    await expect.poll(() => shownProblems(page)).toEqual([])
    expect(JSON.parse((await page.locator('#config').textContent()) ?? '')).toEqual({preset: 'none'})
    await page.getByLabel('Preset').selectOption('recommended')
  })

  it('checks Markdown as Markdown', async () => {
    const markdown = '# Ferry news\n\nThe ferry `the the` code stays.\n\nThe the islanders cheered.\n'
    await page.getByLabel('Markdown').check()
    await page.getByLabel('Draft text').fill(markdown)
    const wanted = (await lint(markdown, {format: 'markdown'})).messages.map((message) => ({
      rule: message.ruleId ?? '',
      line: message.line ?? 0,
      column: message.column ?? 0
    }))
    expect(wanted).toEqual([{rule: 'repeated-words', line: 5, column: 1}])
    await expect.poll(() => shownProblems(page), {timeout: 10000}).toEqual(wanted)
    // A fix that would break emphasis is not offered.
    const emphasised = 'The mayor *won* an election victory in May.\n'
    await page.getByLabel('Draft text').fill(emphasised)
    await expect.poll(() => shownProblems(page), {timeout: 10000}).toEqual([{rule: 'redundancy', line: 1, column: 12}])
    expect(await page.locator('#problems button.apply-fix').count()).toBe(0)
    await page.getByLabel('Plain text').check()
  })

  for (const width of [420, 1024, 1600]) {
    it(`paints every problem on its own words at ${width} px wide`, async () => {
      await page.setViewportSize({width, height: 800})
      try {
        await page.getByRole('button', {name: 'Load sample draft'}).click()
        await settled(page, sampleDraft)
        const painted = await paintedProblems(page)
        expect(painted.length).toBeGreaterThanOrEqual(4)
        for (const problem of painted) {
          expect({rule: problem.rule, painted: problem.painted}).toEqual({rule: problem.rule, painted: problem.wanted})
          expect(problem.drift, `${problem.rule} at ${width}px`).toBeLessThanOrEqual(1)
        }
      } finally {
        await page.setViewportSize({width: 1366, height: 768})
      }
    })
  }

  it('loads under 400 KB of gzipped JavaScript before the checker, which comes after', () => {
    const html = readFileSync(path.join(builtDir, 'index.html'), 'utf8')
    const firstLoad = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1])
    expect(firstLoad.length).toBeGreaterThan(0)
    const gzipped = firstLoad.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(builtDir, file))).length, 0)
    expect(gzipped).toBeLessThan(400 * 1024)
    // The English word list is not in what the page loads first.
    for (const file of firstLoad) expect(readFileSync(path.join(builtDir, file), 'utf8')).not.toContain('aardvark')
  })

  it('is usable by keyboard, and fits a 1366×768 screen', async () => {
    await page.getByRole('button', {name: 'Load sample draft'}).click()
    await settled(page, sampleDraft)
    if (process.env.COPYDESK_SCREENSHOT) await page.screenshot({path: path.join(root, 'docs/playground.png')})
    // No sideways scrolling on a laptop screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366)
    // Tab reaches the draft, and a fix button can be pressed with the keyboard.
    await page.locator('#clear-draft').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('draft')
    const fixButton = page.locator('#problems li[data-rule="repeated-words"] button.apply-fix')
    await fixButton.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => draftText(page)).toContain('\nThe harbour council')
  })
})
