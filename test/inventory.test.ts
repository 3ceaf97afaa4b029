/**
 * The rule inventory: everything a rule needs besides its code, checked from
 * the registry (`rules/index.ts`) so that a newcomer who copies a rule folder
 * and registers it is told, one line at a time, what is still missing.
 *
 * A rule `<id>` needs:
 * - `rules/<id>/index.ts`, registered under its own id;
 * - a flagged fixture (a draft with a `.expected.json`) and a clean one (a draft without);
 * - `rules/<id>/README.md` with the standard sections, in order;
 * - an options table on that page matching `meta.options` and `meta.defaults`;
 * - a "Default severity" section and a row in the README's rule table that
 *   agree with the presets (`src/config/presets.ts`);
 * - examples on its page, flagged and clean, that the rule really flags
 *   (with the messages shown) and really leaves alone.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Code} from 'mdast'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../rules/ids.js'
import {rules} from '../rules/index.js'
import {presets} from '../src/config/presets.js'
import {lint} from '../src/index.js'
import type {DraftFormat} from '../src/pipeline/processor.js'
import {codeBlocks, firstTable, readMarkdown, sections, type Cell} from './helpers/doc-blocks.js'
import {listFixtures, root, rulesDir} from './helpers/fixtures.js'

const standardSections = ['What it catches', 'Why it matters', 'How it decides', 'Options', 'Default severity', 'Examples']

const ids = Object.keys(rules)
const fixtures = listFixtures()

/** What the options table says for each option type. */
function typeName(type: unknown): string {
  const name = typeof type === 'object' && type !== null && 'type' in type ? String((type as {type: unknown}).type) : String(type)
  const names: Record<string, string> = {'string[]': 'list of strings', 'object[]': 'list of objects'}
  return names[name] ?? name
}

/** A default as the table gives it: the first code span, JSON or a fraction (`5/7`). */
function parseDefault(code: string | undefined): unknown {
  if (code === undefined) return undefined
  const fraction = /^(\d+)\/(\d+)$/.exec(code)
  if (fraction) return Number(fraction[1]) / Number(fraction[2])
  try {
    return JSON.parse(code)
  } catch {
    return Symbol(`not JSON: ${code}`)
  }
}

/** `'warn'`, `['error', {…}]` or absent → the severity name. */
function presetSeverity(preset: string, id: string): string {
  const setting = presets[preset]?.[id]
  const value = Array.isArray(setting) ? setting[0] : setting
  if (value === undefined) return 'off'
  const aliases: Record<string, string> = {
    warning: 'warn',
    on: 'warn',
    '1': 'warn',
    true: 'warn',
    '2': 'error',
    '0': 'off',
    false: 'off',
    suggestion: 'info'
  }
  return aliases[String(value)] ?? String(value)
}

const shippedPresets = ['recommended', 'strict']

function page(id: string): string {
  return path.join(rulesDir, id, 'README.md')
}

function pageSections(id: string) {
  return existsSync(page(id)) ? sections(readMarkdown(page(id)), 2) : []
}

describe('rule inventory', () => {
  it('registers every rule folder, each under its own id', () => {
    const problems: string[] = []
    for (const entry of readdirSync(rulesDir)) {
      const folder = path.join(rulesDir, entry)
      if (!statSync(folder).isDirectory()) continue
      if (!(entry in rules)) problems.push(`rules/${entry}/ is a rule folder but rules/index.ts does not register it`)
    }
    for (const id of ids) {
      if (!existsSync(path.join(rulesDir, id, 'index.ts'))) problems.push(`rule ${id} has no rules/${id}/index.ts`)
      const meta = rules[id]!.meta
      if (meta.id !== id) problems.push(`rules/index.ts registers ${id} but its code says meta.id ${JSON.stringify(meta.id)}`)
      if (!meta.description) problems.push(`rules/${id}/index.ts has no meta.description`)
    }
    expect(problems).toEqual([])
  })

  it('lists in rules/ids.ts (what --help names without loading the rules) exactly the registered ids, in order', () => {
    expect([...ruleIds]).toEqual(ids)
  })

  for (const id of ids) {
    describe(id, () => {
      it('has a flagged fixture and a clean fixture', () => {
        const own = fixtures.filter((fixture) => fixture.rule === id)
        const problems: string[] = []
        if (!own.some((fixture) => fixture.expected.length > 0)) {
          problems.push(
            `rules/${id}/fixtures/ lacks a flagged fixture (a draft such as flagged.txt with its messages in flagged.expected.json)`
          )
        }
        if (!own.some((fixture) => fixture.expected.length === 0)) {
          problems.push(`rules/${id}/fixtures/ lacks a clean fixture (a draft with no .expected.json, which must give no message)`)
        }
        expect(problems).toEqual([])
      })

      it('has a doc page with the standard sections, in order', () => {
        if (!existsSync(page(id))) {
          expect.fail(`rules/${id}/README.md is missing: copy docs/adding-a-rule.md's page template`)
        }
        const titles = pageSections(id).map((section) => section.title)
        const problems = standardSections
          .filter((title) => !titles.includes(title))
          .map((title) => `rules/${id}/README.md lacks the section '${title}' (a "## ${title}" heading)`)
        const order = titles.filter((title) => standardSections.includes(title))
        if (problems.length === 0 && order.join('|') !== standardSections.join('|')) {
          problems.push(`rules/${id}/README.md has its sections in the order ${order.join(', ')}; use ${standardSections.join(', ')}`)
        }
        for (const section of pageSections(id)) {
          if (standardSections.includes(section.title) && section.nodes.length === 0) {
            problems.push(`rules/${id}/README.md has an empty section '${section.title}'`)
          }
        }
        expect(problems).toEqual([])
      })

      it('has an options table that matches meta.options and meta.defaults', () => {
        const meta = rules[id]!.meta
        const declared = Object.keys(meta.options)
        const section = pageSections(id).find((candidate) => candidate.title === 'Options')
        if (!section) expect.fail(`rules/${id}/README.md lacks the section 'Options'`)
        const table = firstTable(section.nodes)
        if (declared.length === 0) {
          expect(
            table,
            `rules/${id}/README.md: ${id} takes no options, so its Options section should say "None." and hold no table`
          ).toBeUndefined()
          return
        }
        if (!table) expect.fail(`rules/${id}/README.md: the Options section lacks a table (| option | type | default | meaning |)`)
        const header = table[0]!.map((cell) => cell.text.toLowerCase())
        expect(header.slice(0, 3), `rules/${id}/README.md: the options table's columns must start option | type | default`).toEqual([
          'option',
          'type',
          'default'
        ])
        const problems: string[] = []
        const rows = new Map<string, Cell[]>()
        for (const row of table.slice(1)) rows.set(row[0]!.code ?? row[0]!.text, row)
        for (const name of declared) {
          const row = rows.get(name)
          if (!row) {
            problems.push(`rules/${id}/README.md: the options table lacks the option \`${name}\``)
            continue
          }
          const type = typeName((meta.options as Record<string, unknown>)[name])
          if (row[1]!.text !== type)
            problems.push(`rules/${id}/README.md: option \`${name}\` has type "${row[1]!.text}" in the table; the code says "${type}"`)
          const wanted = (meta.defaults as Record<string, unknown>)[name]
          if (
            !Object.is(JSON.stringify(parseDefault(row[2]!.code)), JSON.stringify(wanted)) ||
            typeof parseDefault(row[2]!.code) === 'symbol'
          ) {
            problems.push(
              `rules/${id}/README.md: option \`${name}\` has default ${row[2]!.text || '(none)'} in the table; the code says \`${JSON.stringify(wanted)}\``
            )
          }
        }
        for (const name of rows.keys()) {
          if (!declared.includes(name))
            problems.push(`rules/${id}/README.md: the options table lists \`${name}\`, which ${id} does not declare in meta.options`)
        }
        expect(problems).toEqual([])
      })

      it('states the severity each preset gives it', () => {
        const section = pageSections(id).find((candidate) => candidate.title === 'Default severity')
        if (!section) expect.fail(`rules/${id}/README.md lacks the section 'Default severity'`)
        const source = readFileSync(page(id), 'utf8')
        const text = source.slice(section.nodes[0]?.position?.start.offset ?? 0, section.nodes.at(-1)?.position?.end.offset ?? 0)
        const problems: string[] = []
        for (const preset of shippedPresets) {
          const severity = presetSeverity(preset, id)
          const stated = new RegExp('`(\\w+)` in `' + preset + '`').exec(text)?.[1]
          if (stated !== severity) {
            problems.push(
              `rules/${id}/README.md: 'Default severity' should say "\`${severity}\` in \`${preset}\`" (src/config/presets.ts)` +
                (stated ? `, not \`${stated}\`` : '')
            )
          }
        }
        expect(problems).toEqual([])
      })

      it('has examples, flagged and clean', () => {
        const examples = pageExamples(id)
        const problems: string[] = [...examples.problems]
        if (!examples.flagged.length)
          problems.push(
            `rules/${id}/README.md: the Examples section lacks a flagged example (\`\`\`text flagged, then \`\`\`text messages)`
          )
        if (!examples.clean.length) problems.push(`rules/${id}/README.md: the Examples section lacks a clean example (\`\`\`text clean)`)
        expect(problems).toEqual([])
      })

      for (const [index, example] of pageExamples(id).flagged.entries()) {
        it(`flags example ${index + 1} (line ${example.code.position?.start.line}) with the messages shown`, async () => {
          const seen = await messagesOf(id, example.code)
          expect(seen, `rules/${id}/README.md line ${example.code.position?.start.line}`).toEqual(example.messages)
        })
      }
      for (const [index, example] of pageExamples(id).clean.entries()) {
        it(`leaves clean example ${index + 1} (line ${example.position?.start.line}) alone`, async () => {
          const seen = await messagesOf(id, example)
          expect(seen, `rules/${id}/README.md line ${example.position?.start.line}: a clean example must give no ${id} message`).toEqual([])
        })
      }
    })
  }

  it("matches the README's rule table to the registry and the presets", () => {
    const readme = path.join(root, 'README.md')
    const section = sections(readMarkdown(readme), 2).find((candidate) => candidate.title === 'Rules')
    if (!section) expect.fail('README.md lacks the section "## Rules"')
    const table = firstTable(section.nodes)
    if (!table) expect.fail('README.md: the Rules section lacks its rule table')
    const header = table[0]!.map((cell) => cell.code ?? cell.text)
    const columns = shippedPresets.map((preset) => header.indexOf(preset))
    const problems: string[] = []
    columns.forEach((column, index) => {
      if (column < 0) problems.push(`README.md: the rule table lacks a \`${shippedPresets[index]}\` column`)
    })
    const listed = new Map(table.slice(1).map((row) => [row[0]!.code ?? row[0]!.text, row]))
    for (const id of ids) {
      const row = listed.get(id)
      if (!row) {
        problems.push(`README.md: the rule table lacks a row for \`${id}\``)
        continue
      }
      shippedPresets.forEach((preset, index) => {
        const cell = row[columns[index]!]
        const severity = presetSeverity(preset, id)
        if (cell && (cell.code ?? cell.text) !== severity) {
          problems.push(
            `README.md: the rule table gives \`${id}\` ${cell.text} in \`${preset}\`; src/config/presets.ts says \`${severity}\``
          )
        }
      })
    }
    for (const id of listed.keys())
      if (!(id in rules)) problems.push(`README.md: the rule table lists \`${id}\`, which rules/index.ts does not register`)
    expect(problems).toEqual([])
  })
})

interface FlaggedExample {
  code: Code
  messages: string[]
}

const examplesCache = new Map<string, {flagged: FlaggedExample[]; clean: Code[]; problems: string[]}>()

/**
 * The examples of a rule page: ```` ```text flagged ```` blocks, each followed by a
 * ```` ```text messages ```` block (one `line:column-line:column reason` a line),
 * and ```` ```text clean ```` blocks. `markdown` or `html` instead of `text` lints
 * the example in that format.
 */
function pageExamples(id: string) {
  const cached = examplesCache.get(id)
  if (cached) return cached
  const found = {flagged: [] as FlaggedExample[], clean: [] as Code[], problems: [] as string[]}
  examplesCache.set(id, found)
  const section = pageSections(id).find((candidate) => candidate.title === 'Examples')
  if (!section) return found
  const blocks = codeBlocks({type: 'root', children: section.nodes})
  blocks.forEach(({code}, index) => {
    const kind = code.meta?.trim().split(/\s+/)[0]
    const where = `rules/${id}/README.md line ${code.position?.start.line}`
    if (kind === 'flagged') {
      const next = blocks[index + 1]?.code
      if (next?.meta?.trim() !== 'messages') {
        found.problems.push(`${where}: a flagged example must be followed by a \`\`\`text messages block with the messages it gives`)
        return
      }
      found.flagged.push({code, messages: next.value.split('\n').filter((line) => line.trim() !== '')})
    } else if (kind === 'clean') {
      found.clean.push(code)
    } else if (kind !== 'messages' && !['json', 'jsonc'].includes(code.lang ?? '')) {
      found.problems.push(`${where}: an example block must be marked \`flagged\`, \`messages\` or \`clean\` after its language`)
    }
  })
  return found
}

const formats: Record<string, DraftFormat> = {text: 'text', txt: 'text', markdown: 'markdown', md: 'markdown', html: 'html'}

/** The rule's messages on an example, under the recommended preset, as `line:column-line:column reason`. */
async function messagesOf(id: string, code: Code): Promise<string[]> {
  const file = await lint(code.value + '\n', {format: formats[code.lang ?? 'text'] ?? 'text'})
  return file.messages
    .filter((message) => message.ruleId === id || (message.fatal === true && !message.ruleId))
    .map((message) => {
      const {start, end} = message.place && 'start' in message.place ? message.place : {start: message.place, end: message.place}
      return `${start?.line}:${start?.column}-${end?.line}:${end?.column} ${message.reason}`
    })
}
