/**
 * The per-document model every rule reads. Each layer is computed on first
 * use and then kept, so a document is analysed once however many rules run,
 * and a layer no enabled rule needs costs nothing.
 */
import type {Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {pointAt} from '../parse/points.js'
import {findQuotations, type Quotation} from './quotes.js'
import {lastStartingBefore} from './spans.js'
import {copyLines, readStructure, type Line, type Paragraph, type Sentence, type TextStructure} from './text.js'

/**
 * A derived layer of the document model (`names`, `entities`): how to build
 * it, and its value for each document, built on first use. The handle is
 * typed, so a layer's readers get its type without a cast.
 */
/** Layers made so far: each gets the next slot in every document's list of built layers. */
let layerCount = 0

export class Layer<Value> {
  readonly name: string
  readonly #build: (document: DocumentModel) => Value
  readonly #slot = layerCount++

  constructor(name: string, build: (document: DocumentModel) => Value) {
    this.name = name
    this.#build = build
  }

  /** The layer of `document`, built on first request and then kept for the document's life. */
  of(document: DocumentModel): Value {
    // A slot in the document, not a weak map: rules ask for layers in their inner loops.
    return document.builtLayer(this.#slot, this.#build)
  }
}

export class DocumentModel {
  readonly tree: Root
  readonly file: VFile
  readonly text: string
  #structure?: TextStructure
  #quotations?: Quotation[]
  #lines?: Line[]
  #place?: ReturnType<typeof location>
  /** Built layers by slot (see `Layer`), each boxed so that a layer may be `undefined`. */
  readonly #layers: Array<{value: unknown} | undefined> = []

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

  /**
   * Lines of copy: a paragraph is one line whatever its layout (hard-wrapped,
   * one sentence a line), unless its lines were typed apart (see `copyLines`).
   */
  get lines(): Line[] {
    this.#lines ??= this.paragraphs.flatMap((paragraph) => copyLines(paragraph, this.text))
    return this.#lines
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

  /** A derived layer of this document (see `Layer`). */
  layer<Value>(layer: Layer<Value>): Value {
    return layer.of(this)
  }

  /** The layer in `slot`, built with `build` on first request (for `Layer.of`). */
  builtLayer<Value>(slot: number, build: (document: DocumentModel) => Value): Value {
    let built = this.#layers[slot]
    if (!built) {
      built = {value: build(this)}
      this.#layers[slot] = built
    }
    return built.value as Value
  }

  /** Line and column of a file offset. */
  point(offset: number): Point {
    this.#place ??= location(this.file)
    return pointAt(this.#place.toPoint, offset)
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
