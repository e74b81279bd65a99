#!/bin/sh
# Builds one libFuzzer target from the core's analysis and knowledge sources
# and runs it for a while.
#
#   Fuzz/run.sh TARGET [SECONDS]     TARGET: FrontMatter, HTML, Analyzer, SentenceSplitter, Protocol
#
# Needs a Swift toolchain with libFuzzer (Linux: swiftc -sanitize=fuzzer).
# Not part of the SwiftPM package, so `swift build` and `swift test` never
# build it. The seed corpus in Fuzz/Corpus/TARGET is copied to
# .build/fuzz/TARGET/corpus, where new inputs accumulate between runs; a
# crashing input is written to .build/fuzz/TARGET/crash-<sha1>.
set -eu
target=${1:?usage: Fuzz/run.sh TARGET [SECONDS]}
seconds=${2:-180}
root=$(cd "$(dirname "$0")/.." && pwd)
entry="$root/Fuzz/Targets/Fuzz$target.swift"
[ -f "$entry" ] || { echo "No fuzz target '$target'; see Fuzz/Targets/." >&2; exit 2; }
work="$root/.build/fuzz/$target"
mkdir -p "$work/corpus"
rm -f "$work/fuzz-$target"
# Only the core folders without GRDB or swift-log: analysis, knowledge files, support;
# for the protocol target, the JSON value, request and error types.
extra=""
[ "$target" = Protocol ] && extra="$root/Sources/VraagbaakCore/Protocol/JSONValue.swift $root/Sources/VraagbaakCore/Protocol/RPCRequest.swift $root/Sources/VraagbaakCore/Protocol/RPCError.swift $root/Sources/VraagbaakCore/Answering/AnswerJSON.swift"
# shellcheck disable=SC2086
swiftc -parse-as-library -module-name VraagbaakCore -sanitize=fuzzer,address -O -g \
    "$root"/Sources/VraagbaakCore/Analysis/*.swift \
    "$root"/Sources/VraagbaakCore/Knowledge/*.swift \
    "$root"/Sources/VraagbaakCore/Support/*.swift $extra \
    "$entry" -o "$work/fuzz-$target" 2>&1 | grep -v "Cannot export local symbol" || true
[ -x "$work/fuzz-$target" ] || { echo "Building the fuzz target failed." >&2; exit 1; }
[ -d "$root/Fuzz/Corpus/$target" ] && cp -n "$root/Fuzz/Corpus/$target"/* "$work/corpus/" 2>/dev/null || true
cd "$work"
exec "./fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$work/" corpus
