/**
 * The copydesk pipeline as the playground uses it, loaded after the page
 * is up: the rules and their word lists (the English word list alone is
 * several megabytes) are a separate chunk, so the editor appears at once.
 */
export {fixOf, touchesAny} from '../src/fix/fix.js'
export {lintForFix} from '../src/fix/fix-lint.js'
// Not from src/index.js: the page needs no reporters (the SARIF builder is Node-only).
export {createProcessor} from '../src/pipeline/create-processor.js'
export {presets} from '../src/config/presets.js'
export {rules, ruleIds} from '../rules/index.js'
