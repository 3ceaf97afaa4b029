/**
 * The playground page: the copydesk pipeline (src/index.ts) running in the
 * browser on whatever is in the editor. Nothing leaves the page.
 *
 * The editor is CodeMirror 6; @codemirror/lint paints each problem on its
 * words, shows its reason on hover, and offers its fix as an action. The
 * list beside the editor says the same for readers who prefer a list.
 */
import {defaultKeymap, history, historyKeymap} from '@codemirror/commands'
import {forceLinting, linter, lintKeymap, type Action, type Diagnostic} from '@codemirror/lint'
import {EditorState, StateEffect} from '@codemirror/state'
import {EditorView, keymap} from '@codemirror/view'
import type {CopydeskConfig} from '../src/index.js'
import {sampleDraft} from './sample.js'

type Engine = typeof import('./engine.js')
type Severity = 'off' | 'info' | 'warn' | 'error'
type Format = 'text' | 'markdown'
type Message = Awaited<ReturnType<Engine['lintForFix']>>['messages'][number]

/** A problem as the page shows it: offsets into the editor's text. */
interface Problem {
  message: Message
  start: number
  end: number
  severity: Exclude<Severity, 'off'>
  /** The fix to apply, when there is one and it leaves Markdown syntax intact. */
  fix?: {start: number; end: number; replacement: string; original: string}
}

const lintDelay = 250

const problemsList = element<HTMLOListElement>('problems')
const problemsHeading = element<HTMLHeadingElement>('problems-heading')
const status = element<HTMLParagraphElement>('status')
const presetSelect = element<HTMLSelectElement>('preset')
const toggles = element<HTMLDivElement>('rule-toggles')
const configView = element<HTMLPreElement>('config')

const state = {
  format: 'text' as Format,
  preset: 'recommended',
  /** Rule settings the user changed from the preset. */
  overrides: {} as Record<string, Severity>,
  problems: [] as Problem[]
}

const enginePromise: Promise<Engine> = import('./engine.js')
/** Settings changed (preset, rules, format): the same text must be checked again. */
const settingsEffect = StateEffect.define<null>()

const view = new EditorView({
  parent: element<HTMLDivElement>('editor'),
  state: EditorState.create({
    doc: sampleDraft,
    extensions: [
      history(),
      keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({'aria-label': 'Draft text', 'aria-describedby': 'status', id: 'draft', spellcheck: 'false'}),
      linter(lintSource, {
        delay: lintDelay,
        needsRefresh: (update) => update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(settingsEffect)))
      }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) status.textContent = 'Checking…'
      })
    ]
  })
})

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id)
  if (!found) throw new Error(`missing #${id}`)
  return found as Type
}

/** The configuration a user would save as `.retextrc.json`. */
function currentConfig(): CopydeskConfig {
  const config: CopydeskConfig = {preset: state.preset}
  if (Object.keys(state.overrides).length > 0) config.rules = {...state.overrides}
  return config
}

function presetSeverity(engine: Engine, ruleId: string): Severity {
  const setting = engine.presets[state.preset]?.[ruleId]
  const severity = Array.isArray(setting) ? setting[0] : setting
  return typeof severity === 'string' ? (severity as Severity) : 'off'
}

function effectiveSeverity(engine: Engine, ruleId: string): Severity {
  return state.overrides[ruleId] ?? presetSeverity(engine, ruleId)
}

function severityOf(message: Message): Exclude<Severity, 'off'> {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warn' : 'info'
}

// ---- linting -------------------------------------------------------------

/** The lint source CodeMirror calls after each pause in typing: problems become diagnostics. */
async function lintSource(editor: EditorView): Promise<Diagnostic[]> {
  const engine = await enginePromise
  const text = editor.state.doc.toString()
  let problems: Problem[] = []
  let note = ''
  if (text.trim() === '') {
    note = 'Nothing to check yet: paste or type a draft.'
  } else {
    try {
      const linted = await engine.lintForFix(engine.createProcessor(currentConfig()), {format: state.format}, text)
      problems = linted.messages.flatMap((message) => {
        const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
        const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
        if (typeof start !== 'number' || typeof end !== 'number') return []
        const found = engine.fixOf(message, text)
        const fix = found && !engine.touchesAny(found.flagged, linted.markup) ? found : undefined
        return [{message, start, end, severity: severityOf(message), fix}]
      })
      note = problems.length === 0 ? 'No problems found.' : `${plural(problems.length, 'problem')} found.`
    } catch (error) {
      note = `Could not check this draft: ${(error as Error).message}`
    }
  }
  // A newer text is already waiting: CodeMirror drops this result, so should the list.
  if (editor.state.doc.toString() !== text) return []
  state.problems = problems
  status.textContent = note
  renderProblems()
  return problems.map((problem, index) => diagnosticOf(problem, index))
}

function diagnosticOf(problem: Problem, index: number): Diagnostic {
  const {message} = problem
  const actions: Action[] = []
  if (problem.fix) {
    actions.push({name: fixLabel(problem.fix), apply: () => applySuggestedFix(problem)})
  }
  return {
    from: problem.start,
    to: problem.end,
    severity: problem.severity === 'warn' ? 'warning' : problem.severity,
    message: message.reason,
    source: message.ruleId ?? undefined,
    // One class a problem, so a test (or a stylesheet) can find where each is painted.
    markClass: `cm-problem-${index} cm-rule-${message.ruleId ?? 'none'}`,
    actions
  }
}

function fixLabel(fix: NonNullable<Problem['fix']>): string {
  return fix.replacement === '' ? 'Delete it' : `Change to “${fix.replacement}”`
}

/** Check the draft now, not after the typing pause: settings changed, or a fix or a new draft went in. */
function relint(): void {
  status.textContent = 'Checking…'
  view.dispatch({effects: settingsEffect.of(null)})
  forceLinting(view)
}

// ---- the problem list ----------------------------------------------------

function renderProblems(): void {
  const items = state.problems.map((problem, index) => renderProblem(problem, index))
  if (items.length === 0) {
    const empty = document.createElement('li')
    empty.className = 'empty'
    empty.textContent = view.state.doc.toString().trim() === '' ? 'Problems will be listed here.' : 'No problems found.'
    items.push(empty)
  }
  problemsList.replaceChildren(...items)
  problemsHeading.textContent = state.problems.length === 0 ? 'Problems' : `Problems (${state.problems.length})`
}

function markProblem(index: number | undefined): void {
  for (const mark of view.contentDOM.querySelectorAll('.cm-problem-current')) mark.classList.remove('cm-problem-current')
  if (index === undefined) return
  for (const mark of view.contentDOM.querySelectorAll(`.cm-problem-${index}`)) mark.classList.add('cm-problem-current')
}

function renderProblem(problem: Problem, index: number): HTMLLIElement {
  const {message} = problem
  const item = document.createElement('li')
  item.className = `problem severity-${problem.severity}`
  item.dataset.rule = message.ruleId ?? ''
  item.dataset.line = String(message.line ?? '')
  item.dataset.column = String(message.column ?? '')
  item.dataset.start = String(problem.start)
  item.dataset.end = String(problem.end)
  item.addEventListener('mouseenter', () => markProblem(index))
  item.addEventListener('mouseleave', () => markProblem(undefined))
  item.addEventListener('focusin', () => markProblem(index))
  item.addEventListener('focusout', () => markProblem(undefined))

  const head = document.createElement('div')
  head.className = 'problem-head'
  const severity = document.createElement('span')
  severity.className = 'severity'
  severity.textContent = problem.severity === 'warn' ? 'warning' : problem.severity
  const place = document.createElement('span')
  place.className = 'place'
  place.textContent = `line ${message.line}, column ${message.column}`
  const rule = document.createElement('span')
  rule.className = 'rule-id'
  rule.textContent = message.ruleId ?? ''
  head.append(severity, place, rule)

  const reason = document.createElement('p')
  reason.className = 'reason'
  reason.append(...withCode(message.reason))

  const actions = document.createElement('div')
  actions.className = 'problem-actions'
  const show = button('Show in draft', `Select line ${message.line}, column ${message.column} in the draft`, () => {
    view.dispatch({selection: {anchor: problem.start, head: problem.end}, scrollIntoView: true})
    view.focus()
  })
  actions.append(show)
  const fix = problem.fix
  if (fix) {
    const described = fix.replacement === '' ? `Delete “${fix.original.trim()}”` : `Change “${fix.original}” to “${fix.replacement}”`
    const apply = button(fixLabel(fix), described, () => applySuggestedFix(problem))
    apply.classList.add('apply-fix')
    actions.append(apply)
  }
  if (message.url) {
    const link = document.createElement('a')
    link.href = message.url
    link.target = '_blank'
    link.rel = 'noopener noreferrer'
    link.textContent = 'About this rule'
    link.setAttribute('aria-label', `About the ${message.ruleId} rule (opens in a new tab)`)
    actions.append(link)
  }

  item.append(head, reason, actions)
  return item
}

/** Reasons quote the draft between backticks: show those parts as quoted text. */
function withCode(text: string): Node[] {
  return text.split('`').map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part)
    const code = document.createElement('q')
    code.className = 'quoted'
    code.textContent = part
    return code
  })
}

function button(label: string, accessibleName: string, onClick: () => void): HTMLButtonElement {
  const created = document.createElement('button')
  created.type = 'button'
  created.textContent = label
  if (accessibleName !== label) created.setAttribute('aria-label', accessibleName)
  created.addEventListener('click', onClick)
  return created
}

/** Apply a problem's fix as one editor change (undo takes it back), then check again. */
function applySuggestedFix(problem: Problem): void {
  const fix = problem.fix
  if (!fix || view.state.sliceDoc(fix.start, fix.end) !== fix.original) return
  view.dispatch({changes: {from: fix.start, to: fix.end, insert: fix.replacement}})
  const ruleId = problem.message.ruleId
  relint()
  // Keep keyboard users in the list rather than dropping focus on the page.
  const waitForList = new MutationObserver(() => {
    waitForList.disconnect()
    status.textContent = `Fixed (${ruleId}). ${status.textContent}`
    const next = problemsList.querySelector<HTMLButtonElement>('button.apply-fix')
    ;(next ?? problemsHeading).focus()
  })
  waitForList.observe(problemsList, {childList: true})
}

// ---- settings ------------------------------------------------------------

function renderPresetChoices(engine: Engine): void {
  for (const name of Object.keys(engine.presets)) {
    const option = document.createElement('option')
    option.value = name
    option.textContent = name
    presetSelect.append(option)
  }
  presetSelect.value = state.preset
}

function renderRuleToggles(engine: Engine): void {
  const rows = engine.ruleIds.map((ruleId) => {
    const label = document.createElement('label')
    const checkbox = document.createElement('input')
    checkbox.type = 'checkbox'
    checkbox.name = 'rule'
    checkbox.value = ruleId
    checkbox.checked = effectiveSeverity(engine, ruleId) !== 'off'
    checkbox.addEventListener('change', () => toggleRule(engine, ruleId, checkbox.checked))
    const name = document.createElement('span')
    name.className = 'rule-id'
    name.textContent = ruleId
    const description = document.createElement('span')
    description.className = 'rule-description'
    description.append(...withCode(`${engine.rules[ruleId].description ?? ''} (${effectiveSeverity(engine, ruleId)})`))
    label.append(checkbox, ' ', name, description)
    return label
  })
  toggles.replaceChildren(...rows)
}

function toggleRule(engine: Engine, ruleId: string, on: boolean): void {
  const fromPreset = presetSeverity(engine, ruleId)
  if (on) {
    // Back to the preset's setting if it has one, else a warning.
    if (fromPreset !== 'off') delete state.overrides[ruleId]
    else state.overrides[ruleId] = 'warn'
  } else if (fromPreset === 'off') {
    delete state.overrides[ruleId]
  } else {
    state.overrides[ruleId] = 'off'
  }
  settingsChanged(engine)
}

function settingsChanged(engine: Engine): void {
  renderRuleToggles(engine)
  configView.textContent = JSON.stringify(currentConfig(), null, 2) + '\n'
  relint()
}

/** Replace the whole draft (sample, clear): one change, so undo brings the old draft back. */
function setDraft(text: string): void {
  view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}})
  relint()
}

// ---- wiring --------------------------------------------------------------

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="format"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return
    state.format = radio.value === 'markdown' ? 'markdown' : 'text'
    relint()
  })
}

element<HTMLButtonElement>('load-sample').addEventListener('click', () => setDraft(sampleDraft))
element<HTMLButtonElement>('clear-draft').addEventListener('click', () => {
  setDraft('')
  view.focus()
})
element<HTMLButtonElement>('copy-config').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(configView.textContent ?? '')
    status.textContent = 'Configuration copied.'
  } catch {
    // No clipboard access (an insecure page, or a refusal): select the text to copy by hand.
    const range = document.createRange()
    range.selectNodeContents(configView)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
    status.textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected configuration.'
  }
})

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

status.textContent = 'Loading the checker…'
void enginePromise.then(
  (engine) => {
    renderPresetChoices(engine)
    presetSelect.addEventListener('change', () => {
      state.preset = presetSelect.value
      state.overrides = {}
      settingsChanged(engine)
    })
    settingsChanged(engine)
  },
  (error: Error) => {
    status.textContent = `Could not load the checker: ${error.message}`
  }
)

/** For the browser tests: the editor's text, read the way CodeMirror holds it. */
declare global {
  interface Window {
    copydeskPlayground: {text(): string; boxOf(from: number, to: number): {left: number; top: number; right: number; bottom: number}}
  }
}
window.copydeskPlayground = {
  text: () => view.state.doc.toString(),
  /** Where the editor lays out the characters from..to: the box around their client rectangles. */
  boxOf(from, to) {
    const start = view.domAtPos(from)
    const end = view.domAtPos(to)
    const range = document.createRange()
    range.setStart(start.node, start.offset)
    range.setEnd(end.node, end.offset)
    return unionBox([...range.getClientRects()].filter((rect) => rect.width > 0))
  }
}

function unionBox(rects: DOMRect[]): {left: number; top: number; right: number; bottom: number} {
  return {
    left: Math.min(...rects.map((rect) => rect.left)),
    top: Math.min(...rects.map((rect) => rect.top)),
    right: Math.max(...rects.map((rect) => rect.right)),
    bottom: Math.max(...rects.map((rect) => rect.bottom))
  }
}
