/**
 * The per-document model every rule reads. Each layer is computed on first
 * use and then kept, so a document is analysed once however many rules run,
 * and a layer no enabled rule needs costs nothing.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {lastStartingBefore} from './spans.js'
import {findQuotations, type Quotation} from './quotes.js'
import {paragraphLines, readStructure, type Line, type Paragraph, type Sentence, type TextStructure} from './text.js'
import type {Point} from 'unist'

export class DocumentModel {
  readonly tree: Root
  readonly file: VFile
  readonly text: string
  #structure?: TextStructure
  #quotations?: Quotation[]
  #place?: ReturnType<typeof location>
  /** Layers added by later analysis modules, keyed by name (see `layer`). */
  #layers = new Map<string, unknown>()

  constructor(tree: Root, file: VFile) {
    this.tree = tree
    this.file = file
    this.text = String(file.value ?? '')
  }

  get paragraphs(): Paragraph[] {
    return this.structure.paragraphs
  }

  get sentences(): Sentence[] {
    return this.structure.sentences
  }

  /** Lines of prose (a paragraph of wrapped text has several). */
  get lines(): Line[] {
    return this.layer('lines', () => this.paragraphs.flatMap((paragraph) => paragraphLines(paragraph, this.text)))
  }

  get quotations(): Quotation[] {
    this.#quotations ??= findQuotations(this.paragraphs, this.sentences)
    return this.#quotations
  }

  /** True when the range lies inside the marks of a direct quotation (words a copy editor may not change). */
  insideQuotation(start: number, end: number): boolean {
    const quotations = this.quotations
    // Quotations are in document order and do not overlap.
    const found = lastStartingBefore(quotations, start, (quotation) => quotation.innerStart)
    return found !== -1 && end <= quotations[found].innerEnd
  }

  /** A derived layer, computed once per document by `build`. */
  layer<Value>(name: string, build: (document: DocumentModel) => Value): Value {
    if (!this.#layers.has(name)) this.#layers.set(name, build(this))
    return this.#layers.get(name) as Value
  }

  /** Line and column of a file offset. */
  point(offset: number): Point {
    this.#place ??= location(this.file)
    const found = this.#place.toPoint(offset)
    return {line: found?.line ?? 1, column: found?.column ?? 1, offset}
  }

  private get structure(): TextStructure {
    this.#structure ??= readStructure(this.tree)
    return this.#structure
  }
}

/** The model of a file, made on first request and kept on `file.data`. */
export function documentOf(tree: Root, file: VFile): DocumentModel {
  const existing = file.data.copydeskDocument
  if (existing && existing.tree === tree) return existing
  const document = new DocumentModel(tree, file)
  file.data.copydeskDocument = document
  return document
}
