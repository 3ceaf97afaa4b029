/**
 * Every data file in one shape, valid against its schema (data/schema/), with
 * a meaningful origin on every entry, no duplicate entries, and its text
 * normalised as the code that reads it expects.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const dataDir = path.join(root, 'data')
const schemaDir = path.join(dataDir, 'schema')
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))

const dataFiles = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort()

const ajv = new Ajv({allErrors: true, strict: true})
ajv.addSchema(readJson(path.join(schemaDir, 'common.schema.json')) as object)
const validators = new Map(dataFiles.map((name) => [name, ajv.compile(readJson(path.join(schemaDir, name + '.schema.json')) as object)]))

type Entry = Record<string, unknown>

/** What makes two entries of a file the same entry. */
const entryKeys: Record<string, (entry: Entry) => string> = {
  'attribution-words': (entry) => String(entry.list),
  boilerplate: (entry) => `${entry.text} (${entry.match})`,
  capitals: (entry) => String(entry.id),
  'country-aliases': (entry) => String(entry.id),
  demonyms: (entry) => String(entry.id),
  'entity-relations': (entry) => `${entry.text} (${entry.kind})`,
  hedges: (entry) => `${entry.phrase} (${entry.kind})`,
  'name-lookalikes': (entry) => [...(entry.names as string[])].sort().join(' / '),
  'name-titles': (entry) => String(entry.text),
  'place-named-organisations': (entry) => String(entry.word),
  pleonasms: (entry) => String(entry.phrase).toLowerCase(),
  'preferred-names': (entry) => (entry.variants as string[]).join(' / '),
  'repeated-words-allowed': (entry) => String(entry.word),
  'reporting-verbs': (entry) => `${entry.lemma} ${entry.particle ?? ''}`,
  'seats-of-government': (entry) => String(entry.name),
  'vague-sources': (entry) => `${entry.text} (${entry.list})`,
  'figure-frames': (entry) => `${entry.word} (${entry.kind})`,
  'person-titles': (entry) => `${entry.word} (${entry.kind})`,
  'event-words': (entry) => `${entry.word} (${entry.kind})`,
  'function-words': (entry) => String(entry.word),
  abbreviations: (entry) => `${entry.text} (${entry.kind})`,
  'speaker-words': (entry) => `${entry.word} (${entry.kind})`
}

/** Origins that only the team could decode, or that say nothing. */
const placeholder =
  /^(?:own|brief|todo|tbd|fixme|xxx|copydesk|misc|various|unknown|none|n\/a|see above|same as above|as above)\b|lead's list/i

/** Every problem with one data file; none for a good one. */
function problemsOf(name: string, data: unknown): string[] {
  const problems: string[] = []
  const validate = validators.get(name)
  if (!validate) return [`${name}: no schema in data/schema/${name}.schema.json`]
  if (!validate(data)) {
    for (const error of validate.errors ?? []) problems.push(`${name}${error.instancePath}: ${error.message}`)
    return problems
  }
  const {_doc: doc, entries} = data as {_doc: {fields: Record<string, string>}; entries: Entry[]}
  // `_doc.fields` explains exactly the fields the entries use, and the schema allows no other.
  const used = new Set(entries.flatMap((entry) => Object.keys(entry)))
  const documented = Object.keys(doc.fields)
  for (const field of used) if (!documented.includes(field)) problems.push(`${name}/_doc/fields: \`${field}\` is used but not explained`)
  for (const field of documented) if (!used.has(field)) problems.push(`${name}/_doc/fields: \`${field}\` is explained but no entry has it`)
  const keyOf = entryKeys[name]
  if (!keyOf) return [`${name}: no duplicate key in test/data.test.ts`]
  const seen = new Map<string, number>()
  entries.forEach((entry, index) => {
    const origin = String(entry.origin)
    if (placeholder.test(origin.trim()))
      problems.push(`${name}/entries/${index}: origin \`${origin}\` is a placeholder: say what the entry is and why it is there`)
    const key = keyOf(entry)
    const first = seen.get(key)
    if (first !== undefined) problems.push(`${name}/entries/${index}: duplicates entry ${first} (\`${key}\`)`)
    else seen.set(key, index)
    for (const text of strings(entry)) {
      if (text.normalize('NFC') !== text) problems.push(`${name}/entries/${index}: \`${text}\` is not in Unicode NFC`)
    }
    // A word list may not repeat a word either.
    for (const [field, value] of Object.entries(entry)) {
      if (Array.isArray(value) && new Set(value.map((item) => JSON.stringify(item))).size !== value.length) {
        problems.push(`${name}/entries/${index}/${field}: a value is listed twice`)
      }
    }
  })
  return problems
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

describe('data files', () => {
  it('has a schema for every data file and a data file for every schema', () => {
    const schemas = readdirSync(schemaDir)
      .filter((name) => name.endsWith('.schema.json') && name !== 'common.schema.json')
      .map((name) => name.slice(0, -'.schema.json'.length))
      .sort()
    expect(schemas).toEqual(dataFiles)
    expect(Object.keys(entryKeys).sort()).toEqual(dataFiles)
  })

  it('has schemas that allow exactly the fields each _doc explains', () => {
    for (const name of dataFiles) {
      const schema = readJson(path.join(schemaDir, name + '.schema.json')) as {properties: {entries: {items: {properties: object}}}}
      const doc = (readJson(path.join(dataDir, name + '.json')) as {_doc: {fields: object}})._doc
      expect(Object.keys(schema.properties.entries.items.properties).sort(), name).toEqual(Object.keys(doc.fields).sort())
    }
  })

  for (const name of dataFiles) {
    it(`data/${name}.json validates: schema, origins, no duplicates, normalised text`, () => {
      expect(problemsOf(name, readJson(path.join(dataDir, name + '.json')))).toEqual([])
    })
  }
})

describe('a broken data file fails', () => {
  const good = () =>
    structuredClone(readJson(path.join(dataDir, 'repeated-words-allowed.json'))) as {_doc: Record<string, unknown>; entries: Entry[]}

  it('without an origin', () => {
    const data = good()
    delete data.entries[0].origin
    expect(problemsOf('repeated-words-allowed', data)).toEqual(["repeated-words-allowed/entries/0: must have required property 'origin'"])
  })

  it('with a placeholder origin', () => {
    const data = good()
    data.entries[1].origin = 'own: seen in quoted speech often'
    data.entries[2].origin = "brief (lead's list) of words"
    expect(problemsOf('repeated-words-allowed', data)).toEqual([
      'repeated-words-allowed/entries/1: origin `own: seen in quoted speech often` is a placeholder: say what the entry is and why it is there',
      "repeated-words-allowed/entries/2: origin `brief (lead's list) of words` is a placeholder: say what the entry is and why it is there"
    ])
  })

  it('with an origin too short to say anything', () => {
    const data = good()
    data.entries[0].origin = 'own'
    expect(problemsOf('repeated-words-allowed', data)).toEqual([
      'repeated-words-allowed/entries/0/origin: must NOT have fewer than 20 characters',
      'repeated-words-allowed/entries/0/origin: must match pattern "^\\S+(?: \\S+){3,}"'
    ])
  })

  it('with a duplicate entry', () => {
    const data = good()
    data.entries.push({...data.entries[0]})
    expect(problemsOf('repeated-words-allowed', data)).toEqual([
      `repeated-words-allowed/entries/${data.entries.length - 1}: duplicates entry 0 (\`${data.entries[0].word}\`)`
    ])
  })

  it('with text not in normalised case or spacing', () => {
    const data = good()
    data.entries[0].word = 'Very'
    data.entries[1].word = ' really'
    const problems = problemsOf('repeated-words-allowed', data)
    expect(problems).toContain('repeated-words-allowed/entries/0/word: must match pattern "^[^\\p{Lu}\\u2018\\u2019\\u02bc]*$"')
    expect(problems.some((problem) => problem.startsWith('repeated-words-allowed/entries/1/word: must match pattern'))).toBe(true)
  })

  it('with an unknown field, or a _doc without its licence', () => {
    const data = good()
    data.entries[0].wrod = 'very'
    delete data._doc.licence
    expect(problemsOf('repeated-words-allowed', data)).toEqual([
      "repeated-words-allowed/_doc: must have required property 'licence'",
      'repeated-words-allowed/entries/0: must NOT have additional properties'
    ])
  })

  it('with a field its _doc does not explain, or explaining one no entry has', () => {
    const data = good()
    data._doc.fields = {
      word: 'The word, lower case.',
      origin: 'Why it is doubled on purpose.',
      onlyAfter: 'Words one of which must come before.',
      weight: 'How heavy it is.'
    }
    expect(problemsOf('repeated-words-allowed', data)).toEqual([
      'repeated-words-allowed/_doc/fields: `weight` is explained but no entry has it'
    ])
    delete (data._doc.fields as Record<string, string>).word
    expect(problemsOf('repeated-words-allowed', data)).toContain('repeated-words-allowed/_doc/fields: `word` is used but not explained')
  })

  it('with a word listed twice in one list', () => {
    const data = structuredClone(readJson(path.join(dataDir, 'attribution-words.json'))) as {entries: Entry[]}
    const words = data.entries[0].words as string[]
    words.push(words[0])
    expect(problemsOf('attribution-words', data)).toEqual([
      'attribution-words/entries/0/words: must NOT have duplicate items (items ## 0 and 6 are identical)'
    ])
  })

  it('when an entity-relations word that is matched lower-cased is written with capitals', () => {
    const data = structuredClone(readJson(path.join(dataDir, 'entity-relations.json'))) as {entries: Entry[]}
    const relation = data.entries.findIndex((entry) => entry.kind === 'relation')
    const organ = data.entries.findIndex((entry) => entry.kind === 'state-organ')
    data.entries[relation].text = 'Relations'
    expect(
      problemsOf('entity-relations', data).some((problem) =>
        problem.startsWith(`entity-relations/entries/${relation}/text: must match pattern`)
      )
    ).toBe(true)
    expect(problemsOf('entity-relations', data).some((problem) => problem.startsWith(`entity-relations/entries/${organ}`))).toBe(false)
  })
})

describe('the lexicon', () => {
  const sources = (folder: string): string[] =>
    readdirSync(folder, {recursive: true, encoding: 'utf8'})
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(folder, name))
  const importsOf = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1])

  it('loads every data file, and is the only code that reads data/', () => {
    const loaded = new Set<string>()
    for (const file of [...sources(path.join(root, 'src')), ...sources(path.join(root, 'rules'))]) {
      for (const specifier of importsOf(file).filter((item) => item.endsWith('.json') && item.includes('/data/'))) {
        expect(path.relative(root, file), `${specifier} is read outside src/lexicon`).toMatch(/^src\/lexicon\//)
        loaded.add(path.basename(specifier, '.json'))
      }
    }
    expect([...loaded].sort()).toEqual(dataFiles)
  })

  it('depends on nothing in src/analysis', () => {
    for (const file of sources(path.join(root, 'src', 'lexicon'))) {
      expect(
        importsOf(file).filter((specifier) => specifier.includes('analysis/')),
        path.relative(root, file)
      ).toEqual([])
    }
  })
})
