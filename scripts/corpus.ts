/**
 * How often each rule fires on professionally edited news.
 *
 *   npm run corpus                      # table for ../shared/corpus/wikinews
 *   npm run corpus -- --rule unattributed-claim --show   # and every message of one rule
 *   npm run corpus -- --dir some/folder --json
 *
 * Counts messages per 1,000 sentences (sentences as copydesk's analysis sees them).
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {lint} from '../src/index.js'
import {levelOf} from '../src/reporters/shared.js'

const {values} = parseArgs({
  options: {
    dir: {type: 'string', default: '../shared/corpus/wikinews'},
    rule: {type: 'string', multiple: true},
    show: {type: 'boolean', default: false},
    json: {type: 'boolean', default: false}
  }
})

const folder = path.resolve(values.dir!)
if (!existsSync(folder)) {
  console.error(`corpus: no folder ${folder}`)
  process.exit(1)
}
const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt') || name.endsWith('.md'))
  .sort()
const counts = new Map<string, number>()
const shown: string[] = []
let sentences = 0

for (const name of names) {
  const file = await lint(new VFile({path: path.join(folder, name), value: readFileSync(path.join(folder, name), 'utf8')}))
  sentences += file.data.copydeskDocument?.sentences.length ?? 0
  for (const message of file.messages) {
    const rule = message.ruleId ?? message.source ?? 'unknown'
    if (values.rule && !values.rule.includes(rule)) continue
    counts.set(rule, (counts.get(rule) ?? 0) + 1)
    if (values.show) {
      const severity = levelOf(message)
      shown.push(`${name}:${message.line}:${message.column} ${severity} ${rule}: ${message.reason}`)
    }
  }
}

if (values.json) {
  console.log(JSON.stringify({files: names.length, sentences, rules: Object.fromEntries(counts)}))
} else {
  for (const line of shown) console.log(line)
  console.log(`\n${names.length} files, ${sentences} sentences`)
  console.log('rule'.padEnd(26) + 'messages'.padStart(10) + '  per 1,000 sentences')
  for (const [rule, count] of [...counts].sort()) {
    console.log(rule.padEnd(26) + String(count).padStart(10) + '  ' + ((count * 1000) / Math.max(sentences, 1)).toFixed(2))
  }
}
