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
Standard library only.
"""
import json
import sys


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with open(sys.argv[1]) as handle:
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


if __name__ == "__main__":
    main()
