/**
 * The article model the bench renders and plants defects into: blocks
 * (headline, dateline, paragraphs, short lines) made of units (sentences),
 * each with an id that stays the same in every shape. Sentence splitting is
 * the bench's own (a plain splitter with abbreviations), independent of
 * copydesk's analysis, so a parsing bug in copydesk cannot hide itself.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

export interface Unit {
  /** Stable id: `b<block>s<sentence>` for corpus text, `x…` for planted text. */
  id: string
  text: string
}

export type BlockKind = 'headline' | 'dateline' | 'prose' | 'line'

export interface Block {
  id: string
  kind: BlockKind
  units: Unit[]
}

export interface Article {
  name: string
  blocks: Block[]
}

const weekday = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /

/** Read one corpus file: headline, blank, dateline, blank, one paragraph a line. */
export function parseArticle(name: string, source: string): Article {
  const lines = source
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const blocks: Block[] = []
  lines.forEach((line, index) => {
    const id = `b${index}`
    const kind: BlockKind = index === 0 ? 'headline' : index === 1 && weekday.test(line) ? 'dateline' : 'prose'
    const texts = kind === 'prose' ? splitSentences(line) : [line]
    const units = texts.map((text, sentence) => ({id: `${id}s${sentence}`, text}))
    const short = units.length < 2 && line.length < 100
    blocks.push({id, kind: kind === 'prose' && (short || !/[.!?"”’)]$/.test(line)) ? 'line' : kind, units})
  })
  return {name, blocks}
}

/** Words after whose full stop a sentence does not end. */
const abbreviations = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cpl maj adm rep sen gov pres rev hon fr no nos vs etc inc ltd co corp ' +
    'dept univ est approx fig vol op ft mt ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec al'
  ).split(' ')
)
/** Abbreviations that end a sentence only when a common sentence opener follows (`at 5 p.m. The …`). */
const dottedAbbreviation = /(?:^|[\s(])(?:[A-Za-z]\.){2,}$/
const openers = new Set(
  'The A An He She It They We I In On At This That These Those There But And However After Before When While His Her Their Its Our'.split(
    ' '
  )
)

/** Split a paragraph into sentences: a terminal mark (and closing quotes) then a space and a capital, digit or opening quote. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = []
  let start = 0
  const pattern = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])/gu
  for (const match of paragraph.matchAll(pattern)) {
    const end = match.index + match[0].length
    const before = paragraph.slice(start, match.index + 1)
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1] ?? ''
    if (match[0].startsWith('.') && match[0].length === 1) {
      if (abbreviations.has(word.toLowerCase())) continue
      // An initial (`J. Smith`).
      if (/^\p{Lu}$/u.test(word)) continue
      if (dottedAbbreviation.test(before)) {
        const next = /^\s+["“]?([\p{L}]+)/u.exec(paragraph.slice(end))?.[1] ?? ''
        if (!openers.has(next)) continue
      }
    }
    sentences.push(paragraph.slice(start, end).trim())
    start = end
  }
  const rest = paragraph.slice(start).trim()
  if (rest) sentences.push(rest)
  return sentences
}

/** Change of quotation depth over a text: straight marks toggle, curly marks and guillemets open and close. */
export function quoteDepthAfter(text: string, depth: number): number {
  for (const character of text) {
    if (character === '"') depth = depth > 0 ? depth - 1 : depth + 1
    else if (character === '\u201c' || character === '\u00ab') depth++
    else if ((character === '\u201d' || character === '\u00bb') && depth > 0) depth--
  }
  return depth
}

/** For each unit of a block, whether a quotation is open where it starts; and whether one is open at the block's end. */
export function quoteState(block: Block): {openAt: boolean[]; openAtEnd: boolean} {
  let depth = 0
  const openAt: boolean[] = []
  for (const unit of block.units) {
    openAt.push(depth > 0)
    depth = quoteDepthAfter(unit.text, depth)
  }
  return {openAt, openAtEnd: depth > 0}
}

/** Which characters of a text lie outside quotation marks, given whether a quotation is open where it starts. */
export function outsideQuotes(text: string, openAtStart = false): boolean[] {
  const outside: boolean[] = []
  let depth = openAtStart ? 1 : 0
  for (let index = 0; index < text.length; index++) {
    const before = depth
    depth = quoteDepthAfter(text[index], depth)
    outside.push(before === 0 && depth === 0)
  }
  return outside
}

/**
 * The shared folder (seed, corpus): `COPYDESK_SHARED`, else `../shared` from
 * the working directory, else `../shared` next to the main checkout when this
 * is a git worktree.
 */
export function sharedFolder(root = process.cwd()): string | undefined {
  const candidates = [process.env.COPYDESK_SHARED, path.resolve(root, '../shared')]
  const gitFile = path.join(root, '.git')
  try {
    const pointer = /^gitdir: (.*)$/m.exec(readFileSync(gitFile, 'utf8'))?.[1]
    // `<main>/.git/worktrees/<name>` → `<main>/../shared`.
    if (pointer) candidates.push(path.resolve(pointer, '../../../../shared'))
  } catch {
    // A normal checkout (.git is a folder) or no git at all.
  }
  return candidates.find((candidate) => candidate && existsSync(path.join(candidate, 'corpus', 'wikinews')))
}

/** Every corpus article, sorted by file name. */
export function loadCorpus(folder: string): Article[] {
  const directory = path.join(folder, 'corpus', 'wikinews')
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseArticle(name, readFileSync(path.join(directory, name), 'utf8')))
}

/** Every `step`-th article: the fixed sample of the CI runs. */
export function sample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items]
  const step = items.length / count
  return Array.from({length: count}, (_, index) => items[Math.floor(index * step)])
}
