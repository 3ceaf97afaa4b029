#!/usr/bin/env node
/**
 * The `copydesk` command. `--help`, `--version` and bad flags are answered
 * here from names alone; only a real run loads the engine, the pipeline, the
 * rules and their word lists (run.ts), so the answers come at once.
 */
import process from 'node:process'
import {packageName, version} from '../meta.js'
import {parseCommandLine} from './args.js'
import {help} from './help.js'

const commandLine = parseCommandLine()
if (commandLine.values.help) process.stdout.write(help)
else if (commandLine.values.version) process.stdout.write(`${packageName} ${version}\n`)
else {
  const {run} = await import('./run.js')
  run(commandLine)
}
