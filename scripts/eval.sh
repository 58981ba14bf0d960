#!/usr/bin/env bash
# Scores warta on the labelled corpora in ../shared/corpus: ingests each
# set into a throwaway database and runs `warta eval clusters`.
# usage: scripts/eval.sh [WARTA_BINARY]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-}
if [ -z "$bin" ]; then
  bin=$(mktemp -d)/warta
  go build -o "$bin" ./cmd/warta
fi
corpus=../shared/corpus
[ -d "$corpus" ] || { echo "no corpus at $corpus" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for set in ecbplus id-hoax-600; do
  db="$tmp/$set.db"
  echo "## $set"
  "$bin" ingest --db "$db" "$corpus/$set/articles.jsonl" 2>&1 | tail -n 1
  "$bin" eval clusters --db "$db" --gold "$corpus/$set/gold.tsv" --level event
  "$bin" eval clusters --db "$db" --gold "$corpus/$set/gold.tsv" --level story
done
