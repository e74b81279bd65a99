#!/bin/sh
# Prints a digest of every table of a Vraagbaak index that a build decides
# (documents, passages with their packed term ids, positions, sentences,
# answer types and word counts; terms with their ids; words; meta without
# the build time), so two builds can be compared: the same digest means the
# same index. Usage: scripts/index_digest.sh INDEX.sqlite
set -eu
db="$1"
for query in \
    "SELECT * FROM documents ORDER BY id" \
    "SELECT * FROM passages ORDER BY id" \
    "SELECT * FROM terms ORDER BY id" \
    "SELECT * FROM words ORDER BY word" \
    "SELECT key, value FROM meta WHERE key NOT IN ('built_at', 'file_stamp') ORDER BY key"
do
    printf '%s\t%s\n' "$(sqlite3 -readonly "$db" ".mode quote" "$query" | sha256sum | cut -c1-16)" "$query"
done
