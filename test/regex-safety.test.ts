/**
 * Every regular expression in copydesk's own code must run in linear time:
 * no nested quantifiers (star height above one), which is what makes a
 * pattern backtrack catastrophically. Literals and `new RegExp("…")` are
 * found with the TypeScript parser; a RegExp built from a variable cannot
 * be checked here and must be listed below with the reason it is safe.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import safeRegex from 'safe-regex2'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'
import {root} from './helpers/fixtures.js'

const folders = ['src', 'rules', 'scripts']

/** `file:line` of RegExps built at run time, with why each is safe. Empty today. */
const reviewedDynamic: Record<string, string> = {}

interface Found {
  where: string
  source?: string
  flags?: string
}

function sourceFiles(folder: string): string[] {
  const full = path.join(root, folder)
  const files: string[] = []
  for (const name of readdirSync(full)) {
    const entry = path.join(full, name)
    if (statSync(entry).isDirectory()) files.push(...sourceFiles(path.join(folder, name)))
    else if (name.endsWith('.ts')) files.push(entry)
  }
  return files
}

export function findRegexps(fileName: string, text: string): Found[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const found: Found[] = []
  const where = (node: ts.Node) => `${path.relative(root, fileName)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const literal = node.text
      const end = literal.lastIndexOf('/')
      found.push({where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1)})
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? []
      if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
        found.push({where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : ''})
      } else {
        found.push({where: where(node)})
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function isSafe(found: Found): boolean {
  return safeRegex(new RegExp(found.source!, found.flags))
}

describe('regular expressions', () => {
  const all = folders.flatMap((folder) => sourceFiles(folder)).flatMap((file) => findRegexps(file, readFileSync(file, 'utf8')))

  it('finds the project’s regular expressions (the scan works)', () => {
    expect(all.length).toBeGreaterThan(3)
  })

  it('has no pattern with nested quantifiers or too many repetitions', () => {
    const unsafe = all.filter((found) => found.source !== undefined && !isSafe(found)).map((found) => `${found.where} /${found.source}/`)
    expect(unsafe).toEqual([])
  })

  it('builds no RegExp from a variable unless reviewed', () => {
    const dynamic = all.filter((found) => found.source === undefined && !(found.where in reviewedDynamic)).map((found) => found.where)
    expect(dynamic).toEqual([])
  })

  it('catches the classic catastrophic patterns', () => {
    const examples = findRegexps(
      'example.ts',
      'const a = /(a+)+$/\nconst b = new RegExp("(x|xy)*z*(\\\\w+)*")\nconst c = new RegExp(name)\nconst d = /^\\d{1,9}$/'
    )
    expect(examples.map((found) => (found.source === undefined ? 'dynamic' : isSafe(found) ? 'safe' : 'unsafe'))).toEqual([
      'unsafe',
      'unsafe',
      'dynamic',
      'safe'
    ])
  })
})
