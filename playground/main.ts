/**
 * The playground page: the copydesk pipeline (src/index.ts) running in the
 * browser on whatever is in the text area. Nothing leaves the page.
 */
import {applyFix, fixOf, touchesAny, type TextRange} from '../src/fix/fix.js'
import {lintForFix} from '../src/fix/fix-lint.js'
import {createProcessor, presets, rules, ruleIds, type CopydeskConfig} from '../src/index.js'
import {sampleDraft} from './sample.js'

type Severity = 'off' | 'info' | 'warn' | 'error'
type Format = 'text' | 'markdown'
type Message = Awaited<ReturnType<typeof lintForFix>>['messages'][number]

/** A problem as the page shows it: offsets into the text area's value. */
interface Problem {
  message: Message
  start: number
  end: number
  severity: Exclude<Severity, 'off'>
  /** Whether its fix can be applied: there is one, and it leaves Markdown syntax intact. */
  fixable: boolean
}

const lintDelay = 250

const draft = element<HTMLTextAreaElement>('draft')
const backdrop = element<HTMLDivElement>('backdrop')
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
  problems: [] as Problem[],
  /** Only the latest lint may paint the page. */
  run: 0
}

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

function presetSeverity(ruleId: string): Severity {
  const setting = presets[state.preset]?.[ruleId]
  const severity = Array.isArray(setting) ? setting[0] : setting
  return typeof severity === 'string' ? (severity as Severity) : 'off'
}

function effectiveSeverity(ruleId: string): Severity {
  return state.overrides[ruleId] ?? presetSeverity(ruleId)
}

/** Quotations are left to the editor here (a click is a decision); markup never changes. */
function canFix(message: Message, text: string, markup: readonly TextRange[]): boolean {
  const fix = fixOf(message, text)
  return fix !== undefined && !touchesAny(fix.flagged, markup)
}

function severityOf(message: Message): Exclude<Severity, 'off'> {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warn' : 'info'
}

// ---- linting -------------------------------------------------------------

let timer: ReturnType<typeof setTimeout> | undefined

function scheduleLint(): void {
  clearTimeout(timer)
  timer = setTimeout(runLint, lintDelay)
}

async function runLint(): Promise<void> {
  clearTimeout(timer)
  const run = ++state.run
  const text = draft.value
  let problems: Problem[] = []
  let note = ''
  if (text.trim() === '') {
    note = 'Nothing to check yet: paste or type a draft.'
  } else {
    try {
      const linted = await lintForFix(createProcessor(currentConfig()), {format: state.format}, text)
      problems = linted.messages.flatMap((message) => {
        const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
        const end = message.place && 'end' in message.place ? message.place.end.offset : undefined
        if (typeof start !== 'number' || typeof end !== 'number') return []
        return [{message, start, end, severity: severityOf(message), fixable: canFix(message, text, linted.markup)}]
      })
      note = problems.length === 0 ? 'No problems found.' : `${plural(problems.length, 'problem')} found.`
    } catch (error) {
      note = `Could not check this draft: ${(error as Error).message}`
    }
  }
  if (run !== state.run) return
  state.problems = problems
  status.textContent = note
  paintHighlights()
  renderProblems()
}

// ---- highlights ----------------------------------------------------------

/** Paint the mirror behind the text area: the same text, problems marked. */
function paintHighlights(): void {
  const text = draft.value
  const fragment = document.createDocumentFragment()
  // Split the text at every problem boundary; each piece carries the problems covering it.
  const cuts = new Set<number>([0, text.length])
  for (const problem of state.problems) {
    cuts.add(Math.min(problem.start, text.length))
    cuts.add(Math.min(problem.end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]
    const to = points[index + 1]
    const piece = text.slice(from, to)
    const covering = state.problems.filter((problem) => problem.start <= from && problem.end >= to && problem.end > problem.start)
    if (covering.length === 0) {
      fragment.append(piece)
      continue
    }
    const mark = document.createElement('mark')
    mark.className = `severity-${strongest(covering)}`
    mark.dataset.rules = [...new Set(covering.map((problem) => problem.message.ruleId ?? ''))].join(' ')
    mark.dataset.problems = covering.map((problem) => state.problems.indexOf(problem)).join(' ')
    mark.textContent = piece
    fragment.append(mark)
  }
  // A trailing line break needs a character after it to take up room, as in the text area.
  fragment.append('\n ')
  backdrop.replaceChildren(fragment)
  backdrop.scrollTop = draft.scrollTop
}

function strongest(problems: Problem[]): Problem['severity'] {
  if (problems.some((problem) => problem.severity === 'error')) return 'error'
  if (problems.some((problem) => problem.severity === 'warn')) return 'warn'
  return 'info'
}

function markProblem(index: number | undefined): void {
  for (const mark of backdrop.querySelectorAll('mark')) {
    const indexes = (mark.dataset.problems ?? '').split(' ').map(Number)
    mark.classList.toggle('current', index !== undefined && indexes.includes(index))
  }
}

// ---- the problem list ----------------------------------------------------

function renderProblems(): void {
  const items = state.problems.map((problem, index) => renderProblem(problem, index))
  if (items.length === 0) {
    const empty = document.createElement('li')
    empty.className = 'empty'
    empty.textContent = draft.value.trim() === '' ? 'Problems will be listed here.' : 'No problems found.'
    items.push(empty)
  }
  problemsList.replaceChildren(...items)
  problemsHeading.textContent = state.problems.length === 0 ? 'Problems' : `Problems (${state.problems.length})`
}

function renderProblem(problem: Problem, index: number): HTMLLIElement {
  const {message} = problem
  const item = document.createElement('li')
  item.className = `problem severity-${problem.severity}`
  item.dataset.rule = message.ruleId ?? ''
  item.dataset.line = String(message.line ?? '')
  item.dataset.column = String(message.column ?? '')
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
    draft.focus()
    draft.setSelectionRange(problem.start, problem.end)
  })
  actions.append(show)
  const fix = problem.fixable ? fixOf(message, draft.value) : undefined
  if (fix) {
    const label = fix.replacement === '' ? 'Delete it' : `Change to “${fix.replacement}”`
    const described = fix.replacement === '' ? `Delete “${fix.original.trim()}”` : `Change “${fix.original}” to “${fix.replacement}”`
    const apply = button(label, described, () => applySuggestedFix(problem))
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

async function applySuggestedFix(problem: Problem): Promise<void> {
  const fixed = applyFix(draft.value, problem.message)
  if (fixed === undefined) return
  const scroll = draft.scrollTop
  draft.value = fixed
  draft.scrollTop = scroll
  await runLint()
  status.textContent = `Fixed (${problem.message.ruleId}). ${status.textContent}`
  // Keep keyboard users in the list rather than dropping focus on the page.
  const next = problemsList.querySelector<HTMLButtonElement>('button.apply-fix')
  ;(next ?? problemsHeading).focus()
}

// ---- settings ------------------------------------------------------------

function renderPresetChoices(): void {
  for (const name of Object.keys(presets)) {
    const option = document.createElement('option')
    option.value = name
    option.textContent = name
    presetSelect.append(option)
  }
  presetSelect.value = state.preset
}

function renderRuleToggles(): void {
  const rows = ruleIds.map((ruleId) => {
    const label = document.createElement('label')
    const checkbox = document.createElement('input')
    checkbox.type = 'checkbox'
    checkbox.name = 'rule'
    checkbox.value = ruleId
    checkbox.checked = effectiveSeverity(ruleId) !== 'off'
    checkbox.addEventListener('change', () => toggleRule(ruleId, checkbox.checked))
    const name = document.createElement('span')
    name.className = 'rule-id'
    name.textContent = ruleId
    const description = document.createElement('span')
    description.className = 'rule-description'
    description.append(...withCode(`${rules[ruleId].description ?? ''} (${effectiveSeverity(ruleId)})`))
    label.append(checkbox, ' ', name, description)
    return label
  })
  toggles.replaceChildren(...rows)
}

function toggleRule(ruleId: string, on: boolean): void {
  const fromPreset = presetSeverity(ruleId)
  if (on) {
    // Back to the preset's setting if it has one, else a warning.
    if (fromPreset !== 'off') delete state.overrides[ruleId]
    else state.overrides[ruleId] = 'warn'
  } else if (fromPreset === 'off') {
    delete state.overrides[ruleId]
  } else {
    state.overrides[ruleId] = 'off'
  }
  settingsChanged()
}

function settingsChanged(): void {
  renderRuleToggles()
  configView.textContent = JSON.stringify(currentConfig(), null, 2) + '\n'
  void runLint()
}

// ---- wiring --------------------------------------------------------------

draft.addEventListener('input', () => {
  // A pasted byte order mark would shift every offset by one.
  if (draft.value.charCodeAt(0) === 0xfeff) draft.value = draft.value.slice(1)
  paintHighlightsAfterEdit()
  scheduleLint()
})
draft.addEventListener('scroll', () => {
  backdrop.scrollTop = draft.scrollTop
})

/** While typing, old marks would sit on the wrong words: clear them until the next lint. */
function paintHighlightsAfterEdit(): void {
  state.problems = []
  paintHighlights()
}

for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="format"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return
    state.format = radio.value === 'markdown' ? 'markdown' : 'text'
    void runLint()
  })
}

presetSelect.addEventListener('change', () => {
  state.preset = presetSelect.value
  state.overrides = {}
  settingsChanged()
})

element<HTMLButtonElement>('load-sample').addEventListener('click', () => {
  draft.value = sampleDraft
  void runLint()
})
element<HTMLButtonElement>('clear-draft').addEventListener('click', () => {
  draft.value = ''
  draft.focus()
  void runLint()
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

renderPresetChoices()
draft.value = sampleDraft
settingsChanged()
