/**
 * Reading the project's Markdown docs as a tree (mdast), so the tests can
 * find sections, tables and fenced code blocks the way a Markdown renderer
 * sees them rather than with line-by-line guesses.
 */
import {readFileSync} from 'node:fs'
import type {Code, Heading, Root, RootContent, Table} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import {toString} from 'mdast-util-to-string'

export function readMarkdown(file: string): Root {
  return fromMarkdown(readFileSync(file, 'utf8'), {extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()]})
}

export interface Section {
  title: string
  depth: number
  nodes: RootContent[]
}

/** The sections opened by headings of `depth`, each with the nodes up to the next heading as deep or deeper. */
export function sections(tree: Root, depth: number): Section[] {
  const found: Section[] = []
  let current: Section | undefined
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= depth) {
      current = node.depth === depth ? {title: toString(node).trim(), depth, nodes: []} : undefined
      if (current) found.push(current)
      continue
    }
    current?.nodes.push(node)
  }
  return found
}

export function headings(tree: Root): Heading[] {
  return tree.children.filter((node): node is Heading => node.type === 'heading')
}

export interface Cell {
  text: string
  /** The literal text of the cell's first inline code span. */
  code?: string
  /** Every inline code span in the cell. */
  codes: string[]
}

/** The first table among `nodes`, as rows of cells (the header row first). */
export function firstTable(nodes: RootContent[]): Cell[][] | undefined {
  const table = nodes.find((node): node is Table => node.type === 'table')
  return table?.children.map((row) =>
    row.children.map((cell) => {
      const codes: string[] = []
      const walk = (nodes: RootContent[]) => {
        for (const node of nodes) {
          if (node.type === 'inlineCode') codes.push(node.value)
          else if ('children' in node) walk(node.children as RootContent[])
        }
      }
      walk(cell.children as RootContent[])
      return {text: toString(cell).trim(), code: codes[0], codes}
    })
  )
}

export interface Block {
  code: Code
  /** The text of an HTML comment standing right before the block, if any: `not-tested: why`. */
  comment?: string
}

/** Every fenced code block, with the HTML comment (if any) just before it. */
export function codeBlocks(tree: Root): Block[] {
  const blocks: Block[] = []
  const walk = (children: RootContent[]) => {
    children.forEach((node, index) => {
      if (node.type === 'code') {
        const before = children[index - 1]
        const comment =
          before && before.type === 'html' && /^<!--[\s\S]*-->$/.test(before.value.trim())
            ? before.value.trim().slice(4, -3).trim()
            : undefined
        blocks.push({code: node, comment})
      } else if ('children' in node) {
        walk(node.children as RootContent[])
      }
    })
  }
  walk(tree.children)
  return blocks
}
