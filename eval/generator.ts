/**
 * The generator interface. A generator is one file in eval/generators/ whose
 * default export is a `Generator`: the rule it plants defects for and a list of
 * patterns, each in the tuning or the check half. A pattern plants one defect
 * through the `PlantContext` (which keeps defects out of quotations and out of
 * each other's way) and says which units the rule's message must touch.
 */
import {outsideQuotes, quoteState, type Article, type Block, type Unit} from './article.js'
import type {Rng} from './rng.js'

export type Half = 'tuning' | 'check'
export const halves: readonly Half[] = ['tuning', 'check']

export interface Planted {
  /** Units a message of the rule must overlap for the defect to count as found. */
  units: string[]
  /** What was planted, for `--show misses`. */
  text: string
  /** The words the message should point at, where the defect is smaller than its sentence (`Zinichev` → `Zinichve`). */
  span?: string
}

export interface Pattern {
  /** Short and unique within its generator: `crowd-verb-front`. */
  id: string
  half: Half
  /** Plant one defect; `undefined` when this article offers nothing to plant it on. */
  plant(context: PlantContext): Planted | undefined
}

export interface Generator {
  /** The rule id whose messages count for these defects. */
  rule: string
  /** Generators run in this order (then by rule id), so adding one leaves earlier plantings alone. */
  order?: number
  patterns: Pattern[]
}

export interface Candidate {
  block: Block
  unit: Unit
  /** Which characters of the unit's text lie outside quotation marks. */
  outside: boolean[]
}

/** What patterns may do to the draft. Every change goes through here. */
export class PlantContext {
  readonly article: Article
  readonly rng: Rng
  /** Blocks that already hold a defect (other defects go elsewhere when they can). */
  readonly #used: Set<string>
  #next = 0
  readonly #prefix: string

  constructor(article: Article, rng: Rng, used: Set<string>, prefix: string) {
    this.article = article
    this.rng = rng
    this.#used = used
    this.#prefix = prefix
  }

  /** Corpus prose blocks (not headline, dateline or short lines), unused ones first when `fresh`. */
  proseBlocks(): Block[] {
    return this.article.blocks.filter((block) => block.kind === 'prose' && !block.id.startsWith('x'))
  }

  /**
   * Insert sentences into a random prose paragraph, between two sentences (or at
   * its start or end) where no quotation is open, among the blocks `accept` allows.
   * Returns the new units' ids.
   */
  insertSentences(
    texts: string[],
    where: 'anywhere' | 'start' | 'end' = 'anywhere',
    accept: (block: Block) => boolean = () => true
  ): string[] | undefined {
    const blocks = this.#preferFresh(this.proseBlocks().filter(accept))
    for (const block of blocks) {
      const {openAt, openAtEnd} = quoteState(block)
      const gaps: number[] = []
      for (let index = 0; index <= block.units.length; index++) {
        const open = index === block.units.length ? openAtEnd : openAt[index]
        if (open) continue
        if (where === 'start' && index !== 0) continue
        if (where === 'end' && index !== block.units.length) continue
        gaps.push(index)
      }
      if (gaps.length === 0) continue
      const at = this.rng.pick(gaps)
      const units = texts.map((text) => this.#unit(text))
      block.units.splice(at, 0, ...units)
      this.#used.add(block.id)
      return units.map((unit) => unit.id)
    }
    return undefined
  }

  /**
   * Insert a paragraph between two blocks after the dateline (or at the end),
   * never between a paragraph that leaves a quotation open and its continuation.
   */
  insertParagraph(texts: string[], where: 'anywhere' | 'end' = 'anywhere'): string[] | undefined {
    const blocks = this.article.blocks
    const first = blocks.findIndex((block) => block.kind === 'prose' || block.kind === 'line')
    if (first === -1) return undefined
    const gaps: number[] = []
    for (let index = first + 1; index <= blocks.length; index++) {
      if (where === 'end' && index !== blocks.length) continue
      const before = blocks[index - 1]
      if (quoteState(before).openAtEnd) continue
      if (this.#used.has(before.id) || (index < blocks.length && this.#used.has(blocks[index].id))) continue
      gaps.push(index)
    }
    if (gaps.length === 0) return undefined
    const at = this.rng.pick(gaps)
    const block: Block = {id: `x${this.#prefix}b${this.#next++}`, kind: 'prose', units: texts.map((text) => this.#unit(text))}
    blocks.splice(at, 0, block)
    this.#used.add(block.id)
    return block.units.map((unit) => unit.id)
  }

  /** Corpus sentences of prose paragraphs, unused paragraphs first, in random order within each group. */
  candidates(): Candidate[] {
    const result: Candidate[] = []
    for (const block of this.#preferFresh(this.proseBlocks())) {
      const {openAt} = quoteState(block)
      const units = block.units.map((unit, index) => ({unit, open: openAt[index]})).filter(({unit}) => !unit.id.startsWith('x'))
      shuffle(units, this.rng)
      for (const {unit, open} of units) result.push({block, unit, outside: outsideQuotes(unit.text, open)})
    }
    return result
  }

  /** Replace a corpus sentence's text (the unit keeps its id, so it is compared with its untouched self). */
  rewrite(candidate: Candidate, text: string): string {
    candidate.unit.text = text
    this.#used.add(candidate.block.id)
    return candidate.unit.id
  }

  #unit(text: string): Unit {
    return {id: `x${this.#prefix}s${this.#next++}`, text}
  }

  #preferFresh(blocks: Block[]): Block[] {
    const fresh = blocks.filter((block) => !this.#used.has(block.id))
    const stale = blocks.filter((block) => this.#used.has(block.id))
    shuffle(fresh, this.rng)
    shuffle(stale, this.rng)
    return [...fresh, ...stale]
  }
}

export function shuffle<T>(items: T[], rng: Rng): void {
  for (let index = items.length - 1; index > 0; index--) {
    const other = rng.int(index + 1)
    ;[items[index], items[other]] = [items[other], items[index]]
  }
}

/** Fill `{slot}`s in a template from lists, choosing with the generator's rng. */
export function fill(rng: Rng, template: string, slots: Record<string, readonly string[] | (() => string)>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = slots[name]
    if (!slot) throw new Error(`fill: no slot ${name}`)
    return typeof slot === 'function' ? slot() : rng.pick(slot)
  })
}

/** First letter upper-case (a sentence opener). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
