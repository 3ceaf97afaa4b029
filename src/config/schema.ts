/**
 * The JSON Schema of `.retextrc.json` (shipped as schema/retextrc.schema.json,
 * for editor completion and checking), built from the rule registry and the
 * presets so that it names every rule and option there is. A test keeps the
 * shipped file equal to this; `npm run schema` writes it.
 */
import {presets} from './presets.js'
import {optionType, type OptionSchema} from '../rule-kit/schema.js'
import {rules, ruleIds} from '../../rules/index.js'

const severityNames = ['off', 'info', 'warn', 'error']

const optionSchemas: Record<ReturnType<typeof optionType>, Record<string, unknown>> = {
  boolean: {type: 'boolean'},
  number: {type: 'number'},
  string: {type: 'string'},
  'string[]': {type: 'array', items: {type: 'string'}},
  'object[]': {type: 'array', items: {type: 'object'}},
  severity: {enum: severityNames}
}

export function configSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {}
  for (const id of ruleIds) {
    const meta = rules[id].meta
    const options = {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        Object.entries(meta.options as Record<string, OptionSchema>).map(([name, schema]) => [name, optionSchemas[optionType(schema)]])
      )
    }
    ruleProperties[id] = {
      description: meta.description,
      anyOf: [
        {$ref: '#/definitions/severity'},
        {type: 'array', items: [{$ref: '#/definitions/severity'}, options], additionalItems: false, minItems: 1},
        options
      ]
    }
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/copydesk/copydesk/blob/main/schema/retextrc.schema.json',
    title: 'copydesk configuration (.retextrc.json, retextConfig in package.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      preset: {description: 'The rules to start from.', enum: Object.keys(presets)},
      rules: {
        description: 'Per rule: a severity, [severity, options], or an options object.',
        type: 'object',
        additionalProperties: false,
        properties: ruleProperties
      },
      plugins: {
        description: 'More unified/retext plugins: names, or [name, options].',
        anyOf: [{type: 'array'}, {type: 'object'}]
      },
      settings: {description: 'Settings for the processor.', type: 'object'},
      docsBaseUrl: {
        description: "Where the rule pages live (a newsroom's own doc host): messages link to <docsBaseUrl><rule-id>/README.md.",
        type: 'string',
        pattern: '^https?://'
      }
    },
    definitions: {
      severity: {
        description: 'off, info (advice), warn (warning) or error; also 0, 1, 2, true, false.',
        anyOf: [{enum: [...severityNames, 'warning', 'suggestion', 'on']}, {enum: [0, 1, 2]}, {type: 'boolean'}]
      }
    }
  }
}
