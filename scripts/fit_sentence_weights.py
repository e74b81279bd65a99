#!/usr/bin/env python3
"""Fits the composer's sentence weights (SentenceWeights) on evaluation runs.

Input: one or more reports of `vraagbaak eval FILE --json --candidates`. For
every answerable case that has a candidate sentence satisfying the most
`answer_contains` groups, the sentence choice is a softmax over the case's
candidates (a conditional logit); the weights maximise the likelihood of
choosing a right sentence, with an L2 penalty pulling them towards the
hand-set weights. Prints the weights as a Swift array and, for every report,
how often the best-scoring sentence is a right one with the hand-set and
with the fitted weights.

    scripts/fit_sentence_weights.py --train a.json [--train b.json] [--check c.json] [--l2 0.01]

Needs Python 3 and numpy.
"""
import argparse
import json

import numpy as np

HAND_SET = [0.6, 0.4, 0.15, 0.3, 0.2, 0.2, 0, 0, 0, 0, 0, 0, 0]


def load(path):
    """Each usable case as (features, offsets, right) arrays."""
    with open(path) as handle:
        report = json.load(handle)
    hand = np.array(HAND_SET)
    cases = []
    for case in report["cases"]:
        result = case["result"]
        candidates = result.get("candidates") or []
        if not result["answerable"] or not candidates:
            continue
        satisfied = np.array([c["satisfiedGroups"] for c in candidates])
        if satisfied.max() == 0:
            continue
        features = np.array([c["features"] for c in candidates])
        # What the score holds beyond the features (the follow-up anchor bonus).
        offsets = np.array([c["score"] for c in candidates]) - features @ hand
        cases.append((features, offsets, satisfied == satisfied.max()))
    return cases


def loss_and_gradient(weights, sets, l2, prior):
    """Each training set counts equally, whatever its number of cases."""
    loss = l2 * np.sum((weights - prior) ** 2)
    gradient = 2 * l2 * (weights - prior)
    for cases in sets:
        case_loss, case_gradient = set_loss_and_gradient(weights, cases)
        loss += case_loss / len(sets)
        gradient += case_gradient / len(sets)
    return loss, gradient


def set_loss_and_gradient(weights, cases):
    loss = 0.0
    gradient = np.zeros_like(weights)
    for features, offsets, right in cases:
        scores = features @ weights + offsets
        scores -= scores.max()
        p = np.exp(scores)
        p /= p.sum()
        p_right = p[right].sum()
        loss -= np.log(max(p_right, 1e-12)) / len(cases)
        q = np.where(right, p, 0) / max(p_right, 1e-12)
        gradient -= (features.T @ (q - p)) / len(cases)
    return loss, gradient


def fit(sets, l2, prior, steps=2000, rate=0.5):
    weights = prior.copy()
    for _ in range(steps):
        _, gradient = loss_and_gradient(weights, sets, l2, prior)
        weights -= rate * gradient
    return weights


def accuracy(weights, cases):
    hits = sum(bool(right[np.argmax(features @ weights + offsets)]) for features, offsets, right in cases)
    return hits / max(len(cases), 1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", action="append", required=True, help="an eval report to fit on")
    parser.add_argument("--check", action="append", default=[], help="an eval report to check on only")
    parser.add_argument("--l2", type=float, default=0.01, help="pull towards the hand-set weights (default 0.01)")
    arguments = parser.parse_args()
    prior = np.array(HAND_SET, dtype=float)
    training = [load(path) for path in arguments.train]
    weights = fit(training, arguments.l2, prior)
    names = ["ownCoverage", "contextCoverage", "typeMatch", "passageScore", "passageCoverage", "lead", "orderedPairs",
             "asks", "previousCoverage", "nextCoverage", "passageRank", "conceptShare", "short"]
    for name, value in zip(names, weights):
        print(f"  {name:18} {value:7.3f}")
    print("Swift:", "[" + ", ".join(f"{w:.3f}" for w in weights) + "]")
    for path in arguments.train + arguments.check:
        cases = load(path)
        role = "train" if path in arguments.train else "check"
        print(f"{role} {path}: {len(cases)} cases with a right sentence; best sentence right: "
              f"hand-set {accuracy(prior, cases):.3f}, fitted {accuracy(weights, cases):.3f}")


if __name__ == "__main__":
    main()
