#!/usr/bin/env python3
"""Answer length and how well the confidence separates right from wrong answers.

Input: the report of `vraagbaak eval FILE --json` (any threshold: every case
keeps the answer it would give at threshold 0 and its confidence).

    vraagbaak eval evaluation/dev.jsonl --json > run.json
    scripts/answer_stats.py run.json

Prints the mean number of quoted sentences and words of the answers, and the
AUC of the confidence for "the answer is right" (an answerable case whose
answer satisfies every answer_contains group; every other case counts as
wrong): the chance that a right answer has a higher confidence than a wrong one.
Then, for the answerable cases that name their sources, how many wrong
answers cite an expected source first (the right page, another sentence) and
how many do not; and how many answers still quote a flattened sub-heading's
"title:" marker (docs/evaluation.md, `InlineHeadings`).

With the test set and its knowledge folder it also tells, for the wrong
answers that cite the right page first, in which sentence of that page the
first alternative of the first answer_contains group stands (sentences counted
crudely: a ".", "?" or "!" followed by white space ends one):

    scripts/answer_stats.py run.json --cases SET.jsonl --knowledge DIR

Standard library only.
"""
import glob
import json
import os
import re
import sys


def pages_by_id(folder):
    """The text of every page of a knowledge folder, by the id in its front matter (else its file name)."""
    pages = {}
    for path in glob.glob(os.path.join(folder, "**", "*"), recursive=True):
        if not os.path.isfile(path) or not path.endswith((".md", ".txt", ".html")):
            continue
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        found = re.search(r"^id:\s*(\S+)", text, re.MULTILINE) if text.startswith("---") else None
        pages[found.group(1) if found else os.path.splitext(os.path.basename(path))[0]] = text.lower()
    return pages


def gold_positions(wrong_on_right_page, cases_path, knowledge):
    """Per sentence number (0, 1, 2, "later", "not found") how many gold spans stand there."""
    with open(cases_path, encoding="utf-8") as handle:
        gold = {case["id"]: case["answer_contains"] for case in map(json.loads, filter(str.strip, handle))}
    pages = pages_by_id(knowledge)
    counts = {}
    for result in wrong_on_right_page:
        groups = gold.get(result["id"]) or [[""]]
        page = pages.get(result["expectedSources"][0], "")
        at = page.find(groups[0][0].lower()) if groups[0][0] else -1
        key = "not found" if at < 0 else min(len(re.findall(r"[.?!]\s", page[:at])), 3)
        key = "later" if key == 3 else key
        counts[key] = counts.get(key, 0) + 1
    return counts


def main():
    arguments = sys.argv[1:]
    options = dict(zip(arguments[1::2], arguments[2::2]))
    if len(arguments) not in (1, 5) or set(options) - {"--cases", "--knowledge"} or len(options) == 1:
        sys.exit(__doc__)
    with open(arguments[0]) as handle:
        results = [case["result"] for case in json.load(handle)["cases"]]
    answers = [r for r in results if r["answerText"]]
    sentences = sum(r["quotedSentences"] for r in answers) / max(len(answers), 1)
    words = sum(len(r["answerText"].split()) for r in answers) / max(len(answers), 1)
    right = [r["confidence"] for r in results if r["answerable"] and r["containsAll"]]
    wrong = [r["confidence"] for r in results if not (r["answerable"] and r["containsAll"])]
    pairs = len(right) * len(wrong)
    wins = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    print(f"answers: {len(answers)}, mean {sentences:.2f} sentences, {words:.1f} words (citation marks included)")
    print(f"confidence AUC for a right answer: {wins / pairs:.3f} ({len(right)} right, {len(wrong)} wrong)" if pairs else
          "confidence AUC: needs right and wrong answers")
    named = [r for r in results if r["answerable"] and r["expectedSources"] and not r["containsAll"]]
    on_right_page = [r for r in named if r["ranking"][:1] and r["ranking"][0] in r["expectedSources"]]
    print(f"wrong answers to cases with sources: {len(named)}, {len(on_right_page)} citing an expected source first "
          f"(another sentence of the right page), {len(named) - len(on_right_page)} not")
    marked = sum("title:" in r["answerText"] for r in answers)
    print(f"answers quoting an inline heading's 'title:' marker: {marked} of {len(answers)}")
    if options:
        counts = gold_positions(on_right_page, options["--cases"], options["--knowledge"])
        order = [0, 1, 2, "later", "not found"]
        listed = ", ".join(f"sentence {k + 1}: {counts[k]}" if isinstance(k, int) else f"{k}: {counts[k]}"
                           for k in order if k in counts)
        print(f"where the gold span stands in the right page, for those {len(on_right_page)}: {listed}")


if __name__ == "__main__":
    main()
