/**
 * LSP positions in the encoding the client and server agreed on.
 *
 * vfile offsets and columns count UTF-16 code units (JavaScript string
 * indexes); LSP 3.17 lets a client offer `general.positionEncodings`, and the
 * server picks one. copydesk takes `utf-8` when offered (Neovim 0.10+, Helix,
 * Zed count bytes natively), else the protocol's default `utf-16`. A character
 * outside the Basic Multilingual Plane (an emoji) is 2 UTF-16 units and 4 bytes,
 * so the two encodings disagree on every column after one.
 */
import type {Position, Range} from 'vscode-languageserver'

export type PositionEncoding = 'utf-16' | 'utf-8'

/** The encoding to use, from the client's capabilities. */
export function negotiateEncoding(capabilities: {general?: {positionEncodings?: string[]}}): PositionEncoding {
  const offered = capabilities.general?.positionEncodings ?? []
  return offered.includes('utf-8') ? 'utf-8' : 'utf-16'
}

/** A text with its line starts, to turn offsets into positions and back. */
export class PositionMap {
  private readonly lineStarts: number[] = [0]

  constructor(
    readonly text: string,
    readonly encoding: PositionEncoding
  ) {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10) this.lineStarts.push(index + 1)
      else if (code === 13 && text.charCodeAt(index + 1) !== 10) this.lineStarts.push(index + 1)
    }
  }

  /** The position of a UTF-16 offset. */
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length))
    const line = this.lineOf(clamped)
    const start = this.lineStarts[line]
    const character = this.encoding === 'utf-16' ? clamped - start : utf8Length(this.text, start, clamped)
    return {line, character}
  }

  range(start: number, end: number): Range {
    return {start: this.position(start), end: this.position(end)}
  }

  /** The UTF-16 offset of a position (a character past the line's end stops at it). */
  offset(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length
    const start = this.lineStarts[Math.max(0, position.line)]
    const lineEnd = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length
    if (this.encoding === 'utf-16') return Math.min(start + position.character, lineEnd)
    let bytes = 0
    let index = start
    while (index < lineEnd && bytes < position.character) {
      const code = this.text.codePointAt(index)!
      bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
      index += code >= 0x10000 ? 2 : 1
    }
    return index
  }

  private lineOf(offset: number): number {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}

/** UTF-8 bytes of text[start, end). */
function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
      // A surrogate pair: one code point of 4 bytes.
      bytes += 4
      index++
    } else bytes += 3
  }
  return bytes
}
