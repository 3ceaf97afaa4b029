/** The text of `copydesk --help`, from names alone: printing it loads no rule, reporter or engine. */
import {defaultMaxMessages} from '../pipeline/message-limit.js'
import {reporterNames} from '../reporters/names.js'
import {ruleIds} from '../../rules/ids.js'

/** What copydesk lints in folders unless `--ext` says otherwise. */
export const extensions = ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'mkdn', 'html', 'htm']

export const help = `Usage: copydesk [options] [path | glob ...]

  A copy-quality linter for news and editorial drafts (plain text, Markdown and HTML).
  With no path, reads a draft from stdin.

Options:
  -r, --report <name>         report format: ${reporterNames.join(', ')} (default: pretty)
                              pretty goes to stderr; the others (for machines) to stdout
  -o, --output-file <path>    write the report to this file instead
      --max-warnings <n>      exit with 1 when there are more than n warnings
      --print-config <file>   print the configuration that applies to this file, as JSON, and exit
  -f, --frail                 exit with 1 on warnings too, not only errors (for hooks and CI)
  -q, --quiet                 report only files with messages
  -S, --silent                report only errors
      --color / --no-color    force or turn off colour (default: on a terminal; NO_COLOR turns it off)
  -u, --use <plugin>          use another retext plugin (repeatable)
  -s, --setting <json>        processor settings, as JSON5-free JSON
  -e, --ext <extensions>      comma-separated extensions to lint in folders (default: ${extensions.join(',')})
      --rc-path <path>        use this configuration file, not the ones found near the drafts
      --no-config             ignore configuration files (use the built-in preset)
      --no-config-code        run no code from configuration (.retextrc.js, plugins): JSON and YAML only
      --ignore-path <path>    use this ignore file, not the .retextignore files found
      --ignore-pattern <glob> ignore these files too (repeatable)
      --no-ignore             do not read ignore files
      --stdin-filename <name> name of the draft read from stdin (its extension picks the format)
      --stdin-format jsonl    read one JSON record a line from stdin ({"id", "text", "format"}) and write
                              one result record a line to stdout (for data engines: GNU parallel, Spark)
      --fix                   apply every unambiguous suggested fix to the drafts, and say what changed
      --fix-dry-run           print the fixes as a unified diff on stdout; change nothing
  -j, --jobs <n>              lint files in n worker threads (default: the number of cores, fewer for
                              under 320 KB a thread; none for one file)
      --worker-memory-mb <n>  heap of each --jobs worker, in MB (default: 256); a draft that needs more fails alone
      --shard <i/n>           lint only the i-th of n slices of the sorted file list (for CI matrices, batch jobs)
      --timing                print the time each rule took (also: COPYDESK_TIMING=1)
      --max-messages <n>      stop checking a file after n messages, with one line saying so (default: ${defaultMaxMessages}, at most 50000)
  -h, --help                  this help
  -v, --version               the version

Configuration: .retextrc.json (or .retextrc, .retextrc.yml, .retextrc.js, retextConfig in package.json)
  {"preset": "recommended", "rules": {"redundancy": "error", "readability": "off"}}
Rules: ${ruleIds.join(', ')}

Exit codes: 0 when nothing is an error (or a warning, with --frail); 1 when something is;
  2 when the run itself failed: bad arguments, a bad configuration, or a rule that crashed.
`
