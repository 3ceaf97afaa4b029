/**
 * Rule option schemas, and the one place a rule's options are checked.
 *
 * A rule declares each option's schema in its meta: a scalar type name, or,
 * for a list of objects, the shape of every object in it. Options are
 * checked once per run, when the configuration is resolved; unknown keys are
 * rejected, because a typo (`phrasee`) would otherwise be a silently ignored
 * setting or a crash deep inside the rule.
 */

/** Scalar option types. */
export type ScalarType = 'boolean' | 'number' | 'string' | 'string[]' | 'severity'

/** A field of an object in an `object[]` option. */
export interface FieldSchema {
  type: 'boolean' | 'number' | 'string' | 'string[]'
  /** The object is rejected without this field. */
  required?: boolean
  /** For strings: the only values allowed. */
  oneOf?: readonly string[]
}

/** A list of objects, each of this shape. */
export interface ObjectListSchema {
  type: 'object[]'
  fields: Readonly<Record<string, FieldSchema>>
}

export type OptionSchema = ScalarType | ObjectListSchema

/** The type name of an option (`object[]` for a list of objects), as doc pages list it. */
export function optionType(schema: OptionSchema): ScalarType | 'object[]' {
  return typeof schema === 'string' ? schema : schema.type
}

/** A configuration that cannot be used: the message is one line, for the user. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** The severities a configuration may write, and what each means. */
const severityNames = new Map<string, 'off' | 'info' | 'warn' | 'error'>([
  ['off', 'off'],
  ['0', 'off'],
  ['false', 'off'],
  ['info', 'info'],
  ['suggestion', 'info'],
  ['warn', 'warn'],
  ['warning', 'warn'],
  ['on', 'warn'],
  ['1', 'warn'],
  ['true', 'warn'],
  ['error', 'error'],
  ['2', 'error']
])

export function severityOf(value: unknown): 'off' | 'info' | 'warn' | 'error' | undefined {
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return undefined
  return severityNames.get(String(value))
}

/**
 * Check `given` against the rule's schemas and return the options with the
 * defaults filled in. Throws a ConfigError naming the rule and the option.
 */
export function checkOptions<Options extends object>(
  ruleId: string,
  schemas: Readonly<Record<string, OptionSchema>>,
  defaults: Readonly<Options>,
  given: unknown
): Options {
  if (given === undefined || given === null) return {...defaults}
  if (!isPlainObject(given)) {
    throw new ConfigError(`${ruleId}: options must be an object such as {"${Object.keys(schemas)[0] ?? 'option'}": …}, not ${shown(given)}`)
  }
  const names = Object.keys(schemas)
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(schemas, key)) {
      throw new ConfigError(
        `${ruleId}: unknown option ${quote(key)}` +
          (names.length > 0 ? ` (it takes ${names.map(quote).join(', ')})` : ' (it takes no options)')
      )
    }
    checkValue(ruleId, key, schemas[key], (given as Record<string, unknown>)[key])
  }
  return {...defaults, ...(given as Options)}
}

function checkValue(ruleId: string, key: string, schema: OptionSchema, value: unknown): void {
  if (typeof schema !== 'string') {
    checkObjectList(ruleId, key, schema, value)
    return
  }
  if (!fitsScalar(value, schema)) throw new ConfigError(`${ruleId}: option ${quote(key)} must be ${describe(schema)}, not ${shown(value)}`)
}

function checkObjectList(ruleId: string, key: string, schema: ObjectListSchema, value: unknown): void {
  const fields = Object.keys(schema.fields)
  const example = `{${fields
    .filter((field) => schema.fields[field].required)
    .map((field) => `"${field}": …`)
    .join(', ')}}`
  if (!Array.isArray(value))
    throw new ConfigError(`${ruleId}: option ${quote(key)} must be a list of objects like ${example}, not ${shown(value)}`)
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index]
    const at = `${key}[${index}]`
    if (!isPlainObject(item)) throw new ConfigError(`${ruleId}: option ${quote(at)} must be an object like ${example}, not ${shown(item)}`)
    for (const field of Object.keys(item)) {
      if (!Object.hasOwn(schema.fields, field)) {
        throw new ConfigError(`${ruleId}: option ${quote(at)} has unknown key ${quote(field)} (it takes ${fields.map(quote).join(', ')})`)
      }
      const fieldSchema = schema.fields[field]
      const fieldValue = (item as Record<string, unknown>)[field]
      if (!fitsScalar(fieldValue, fieldSchema.type)) {
        throw new ConfigError(
          `${ruleId}: option ${quote(`${at}.${field}`)} must be ${describe(fieldSchema.type)}, not ${shown(fieldValue)}`
        )
      }
      if (fieldSchema.oneOf && !fieldSchema.oneOf.includes(fieldValue as string)) {
        throw new ConfigError(
          `${ruleId}: option ${quote(`${at}.${field}`)} must be one of ${fieldSchema.oneOf.map(quote).join(', ')}, not ${shown(fieldValue)}`
        )
      }
    }
    for (const field of fields) {
      if (schema.fields[field].required && !Object.hasOwn(item, field)) {
        throw new ConfigError(`${ruleId}: option ${quote(at)} lacks the key ${quote(field)} (${describe(schema.fields[field].type)})`)
      }
    }
  }
}

function fitsScalar(value: unknown, type: ScalarType): boolean {
  switch (type) {
    case 'boolean':
      return typeof value === 'boolean'
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'string':
      return typeof value === 'string'
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
    case 'severity':
      return typeof value === 'string' && severityOf(value) !== undefined
  }
}

function describe(type: ScalarType): string {
  switch (type) {
    case 'string[]':
      return 'a list of strings'
    case 'severity':
      return 'one of "off", "info", "warn", "error"'
    default:
      return 'a ' + type
  }
}

function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function quote(name: string): string {
  return JSON.stringify(name)
}

/** A value as the config file wrote it, cut short. */
export function shown(value: unknown): string {
  let text: string
  try {
    text = JSON.stringify(value) ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > 60 ? text.slice(0, 57) + '…' : text
}
