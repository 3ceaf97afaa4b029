#!/bin/sh
# A plain git pre-commit hook: refuse a commit when a staged draft has an
# error or (with --frail) a warning. Install it with:
#
#   cp docs/examples/pre-commit.sh .git/hooks/pre-commit && chmod +x .git/hooks/pre-commit
#
# It lints the staged drafts as they are in the working tree. Set COPYDESK to
# run another copydesk (default: the one installed in the project, via npx).
copydesk=${COPYDESK:-"npx --no-install copydesk"}

git diff --cached --name-only --diff-filter=ACMR -z -- \
  '*.md' '*.markdown' '*.txt' '*.html' '*.htm' |
  xargs -0 -r $copydesk --frail
