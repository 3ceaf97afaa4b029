/** Write schema/retextrc.schema.json from the rule registry (`npm run schema`). */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {configSchema} from '../src/config/schema.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
mkdirSync(path.join(root, 'schema'), {recursive: true})
writeFileSync(path.join(root, 'schema/retextrc.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n')
