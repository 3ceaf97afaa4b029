/**
 * Inline switches in Markdown and HTML drafts, through unified-message-control:
 *
 *   <!-- copydesk disable unattributed-claim -->  …  <!-- copydesk enable -->
 *   <!-- copydesk ignore name-consistency -->     (the next block only)
 *
 * Runs after every rule, and covers third-party plugins' messages too. A rule
 * name the comment does not know is reported where the comment is, since a
 * typo there would otherwise leave the rule on without a word.
 */
import type {Root} from 'nlcst'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {docsBaseUrl} from '../meta.js'
import {ruleIds} from '../../rules/index.js'
import {didYouMean} from '../config/suggest.js'
import '../types.js'

/** The rule id of the message about a comment that names an unknown rule. */
export const inlineCommentRuleId = 'inline-comment'

interface Marker {
  name: string
  attributes: string
  parameters: Record<string, never>
  node: unknown
}

interface CommentNode {
  type: string
  value?: string
}

interface ControlNode extends CommentNode {
  position?: unknown
  children?: ControlNode[]
}

export function messageControlPlugin() {
  return function (_tree: Root, file: VFile) {
    applyInlineComments(file)
    // Reports list messages in document order, whatever order the rules ran in.
    file.messages.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  }
}

function applyInlineComments(file: VFile): void {
  const source = file.data.copydeskSourceTree
  if (!source) return
  const tree = source.tree as never
  if (source.format === 'html') prepareHtmlTree(tree)
  messageControl(tree, {
    file,
    marker: markerFor(file) as never,
    name: 'copydesk',
    // From the registry, so every rule (ours, wrapped third-party ones, new ones) can be named.
    known: [...ruleIds],
    source: messageSources(file),
    test: source.format === 'html' ? 'comment' : 'html'
  })
  for (const message of file.messages) rewordUnknownRule(message)
}

/** The sources of every message a copydesk rule made, whatever plugin made it. */
function messageSources(file: VFile): string[] {
  const known = new Set(ruleIds)
  const sources = new Set(['copydesk'])
  for (const message of file.messages) {
    if (message.ruleId && known.has(message.ruleId) && message.source) sources.add(message.source)
  }
  return [...sources]
}

const verbs = new Set(['enable', 'disable', 'ignore'])

/**
 * Comments for `copydesk`, as unified-message-control wants them, for one file:
 *
 * - a bare `disable` / `enable` is given every rule id: unified-message-control
 *   handles a bare one by flipping a `reset` flag while it reads the comments,
 *   which then also silences every message *before* a late bare `disable`;
 * - an unknown verb (`silence`) is reported like an unknown rule name, instead
 *   of the whole file failing.
 */
export function markerFor(file: VFile) {
  return function (node: CommentNode): Marker | undefined {
    const marker = commentMarker(node)
    if (!marker || marker.name !== 'copydesk') return marker
    const [verb, ...names] = marker.attributes.split(' ').filter(Boolean)
    if (verb === undefined || !verbs.has(verb)) {
      const message = file.message(
        `This copydesk comment does nothing: start it with \`disable\`, \`enable\` or \`ignore\`, then the rule names (or none, for every rule)`,
        {place: (node as {position?: never}).position, ruleId: inlineCommentRuleId, source: 'copydesk'}
      )
      message.url = inlineCommentUrl()
      message.actual = verb ?? ''
      ;(message as VFileMessage & {messageId?: string}).messageId = inlineCommentRuleId + '/unknown-verb'
      return undefined
    }
    if (names.length === 0 && verb !== 'ignore') return {...marker, attributes: [verb, ...ruleIds].join(' ')}
    return marker
  }
}

/**
 * `<!-- copydesk disable repeated-words -->` in Markdown (an `html` node holding
 * the whole comment) or HTML (a `comment` node holding its inside). Split by
 * hand, not by a regular expression, to stay linear on any comment.
 */
export function commentMarker(node: CommentNode): Marker | undefined {
  let text: string
  if (node.type === 'comment' && typeof node.value === 'string') {
    text = node.value
  } else if (node.type === 'html' && typeof node.value === 'string') {
    const value = node.value.trim()
    if (!value.startsWith('<!--') || !value.endsWith('-->') || value.length < 7) return undefined
    text = value.slice(4, -3)
    if (text.includes('-->')) return undefined
  } else {
    return undefined
  }
  const words = text.trim().split(/\s+/)
  const name = words.shift()
  if (!name) return undefined
  return {name, attributes: words.join(' '), parameters: {}, node}
}

function inlineCommentUrl(): string {
  return new URL('../docs/integrations.md#inline-disable-comments', docsBaseUrl).href
}

/**
 * Shape the HTML tree (kept only for comments, so nothing else reads it) the
 * way message control expects:
 * - elements parse5 implied (`html`, `head`, `body`, `tbody` with no tag in
 *   the source) have no position, which message control takes for a gap in
 *   the document and drops every message in it: they give way to their children;
 * - the sibling after a comment is usually a line break, but `ignore` must
 *   reach the next element: white-space text goes.
 */
function prepareHtmlTree(tree: ControlNode): void {
  const stack = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (!node.children) continue
    node.children = flattenImplied(node.children).filter((child) => !(child.type === 'text' && (child.value ?? '').trim() === ''))
    for (const child of node.children) stack.push(child)
  }
}

function flattenImplied(children: ControlNode[], result: ControlNode[] = []): ControlNode[] {
  for (const child of children) {
    // Implied elements nest only a few deep (`html` > `body`, `table` > `tbody`).
    if (child.type === 'element' && !child.position) flattenImplied(child.children ?? [], result)
    else result.push(child)
  }
  return result
}

/** unified-message-control's own wording is for programmers; say what happened and what to do. */
function rewordUnknownRule(message: VFileMessage): void {
  if (message.source !== 'unified-message-control' || message.ruleId !== 'known') return
  const match = /^Cannot (\w+) `'(.*)'`/.exec(message.reason)
  const verb = match?.[1] ?? 'switch'
  const name = match?.[2] ?? ''
  message.reason = `This comment tries to ${verb} \`${name}\`, which is not a copydesk rule${didYouMean(name, ruleIds)}, so it changes nothing; use one of: ${ruleIds.join(', ')}`
  message.message = message.reason
  message.ruleId = inlineCommentRuleId
  ;(message as VFileMessage & {messageId?: string}).messageId = inlineCommentRuleId + '/unknown-rule'
  message.source = 'copydesk'
  message.url = inlineCommentUrl()
  message.actual = name
  message.fatal = false
  delete message.ancestors
}
