#!/usr/bin/env python3
"""Re-scores recorded candidate passages with other ranking weights, and fits them.

Input: reports of `vraagbaak eval FILE --json --passages`, which list for
every case each candidate passage retrieval scored, in retrieval order, with
its BM25, coverage, proximity, title match, ordinal and the factor of its
document in the conversation so far. Offline, a passage's score is

    (bm25 × (bm25Floor + coverage) + coverageSquared × coverage²
     + proximity × proximity + titleMatch × titleMatch) × (leadPassageFactor if ordinal 0)
    × factor

(`factor` is what the program multiplied the score by beyond these weights:
the page opening's coverage of the question and a defined subject, see
RetrievalOptions; recorded per passage, 1 in reports that lack it)

and a document's score is its best passage plus secondPassageShare × its
second best, times its context factor (DocumentRanking). The offline figures
judge the retrieval order only (the first ten passages' documents, as the
program ranks them); the program's hit@1 puts the answer's sources first, so
the two can differ a little (see `check`).

    scripts/fit_ranking_weights.py check RUN.json [RUN.json ...] [--weights "..."]
    scripts/fit_ranking_weights.py score RUN.json --weights "0.4, 2, 0.6, 0.6, 0.3, 1.15"
    scripts/fit_ranking_weights.py cv --train policyqa.json [--train bundled.json] [--check bundled.json] [--folds 5]
    scripts/fit_ranking_weights.py fit --train policyqa.json [--train bundled.json] [--check bundled.json]
    scripts/fit_ranking_weights.py close RUN.json [--ratio 0.8]

`cv` fits on four fifths of the cases of every --train set (folds by case,
fixed seed) and reports the figures of the held-out fifth, per fold and on
average, beside the hand-set weights; the --check sets are scored with each
fold's weights. `fit` fits on all the cases and prints the weights as
`vraagbaak eval --ranking-weights` takes them (RankingWeights). `close`
counts the cases whose second document scores at least --ratio of the first
(with the hand-set weights) and how many of those have a right document first.

The fit is a coordinate search on the mean of hit@1 and MRR@10 (each
training set counting equally): each weight in turn tries a grid of values
with the others fixed and keeps the best, until a whole round changes
nothing; among equally good values it keeps the one nearest the current
value, so weights the data does not speak for stay hand-set.

Needs Python 3 and numpy.
"""
import argparse
import json

import numpy as np

NAMES = ["bm25Floor", "coverageSquared", "proximity", "titleMatch", "secondPassageShare", "leadPassageFactor"]
HAND_SET = np.array([0.4, 2.0, 0.4, 0.6, 0.3, 1.15])
# The values each weight tries in the coordinate search.
GRIDS = [
    np.round(np.arange(0.0, 1.51, 0.05), 2),
    np.round(np.arange(0.0, 6.01, 0.25), 2),
    np.round(np.arange(0.0, 3.01, 0.1), 2),
    np.round(np.arange(0.0, 3.01, 0.1), 2),
    np.round(np.arange(0.0, 1.01, 0.05), 2),
    np.round(np.arange(0.8, 2.01, 0.05), 2),
]
PASSAGES_RANKED = 10  # the program ranks the documents of its first ten passages


class RunSet:
    """The answerable cases of one report, as padded arrays (cases × passages)."""

    def __init__(self, path):
        with open(path) as handle:
            report = json.load(handle)
        self.path = path
        self.summary = report["summary"]
        cases = [case["result"] for case in report["cases"] if case["result"]["answerable"]]
        if any(case.get("passages") is None for case in cases):
            raise SystemExit(f"{path}: no passages recorded; run `vraagbaak eval ... --json --passages`.")
        self.ids = [case["id"] for case in cases]
        self.program_ranking = [case["ranking"] for case in cases]
        width = max(1, max(len(case["passages"]) for case in cases))
        shape = (len(cases), width)
        self.valid = np.zeros(shape, bool)
        self.bm25, self.coverage, self.proximity, self.title = (np.zeros(shape) for _ in range(4))
        self.lead, self.context, self.recorded = np.zeros(shape, bool), np.ones(shape), np.zeros(shape)
        self.factor = np.ones(shape)
        self.document = np.full(shape, -1)  # the passage's document, numbered per case
        self.right = np.zeros(shape, bool)  # whether that document is an expected source
        self.recorded_order = []
        for row, case in enumerate(cases):
            numbers = {}
            expected = set(case["expectedSources"])
            for column, passage in enumerate(case["passages"]):
                number = numbers.setdefault(passage["document"], len(numbers))
                self.valid[row, column] = True
                self.bm25[row, column] = passage["bm25"]
                self.coverage[row, column] = passage["coverage"]
                self.proximity[row, column] = passage["proximity"]
                self.title[row, column] = passage["titleMatch"]
                self.lead[row, column] = passage["ordinal"] == 0
                self.context[row, column] = passage["contextFactor"]
                self.factor[row, column] = passage.get("factor", 1.0)
                self.recorded[row, column] = passage["score"]
                self.document[row, column] = number
                self.right[row, column] = passage["document"] in expected
            self.recorded_order.append([p["document"] for p in case["passages"]][:PASSAGES_RANKED])
        self.documents = int(self.document.max()) + 1 if self.document.size else 1

    def subset(self, rows):
        part = object.__new__(RunSet)
        part.__dict__.update(self.__dict__)
        for name in ["valid", "bm25", "coverage", "proximity", "title", "lead", "context", "factor", "recorded", "document", "right"]:
            setattr(part, name, getattr(self, name)[rows])
        return part

    def scores(self, weights):
        floor, squared, proximity, title, _, lead = weights
        score = (self.bm25 * (floor + self.coverage) + squared * self.coverage ** 2
                 + proximity * self.proximity + title * self.title)
        return np.where(self.lead, score * lead, score) * self.factor

    def listwise_loss(self, weights, temperature=0.1):
        """The mean negative log probability of the right documents under a
        softmax over the document scores, each case's scores divided by its best."""
        document_score, right = self.ranks(weights, listwise=True)
        usable = right.any(1)
        top = np.max(document_score, 1, keepdims=True)
        scaled = np.where(np.isfinite(document_score), document_score / np.maximum(top, 1e-9) / temperature, -np.inf)
        scaled -= scaled.max(1, keepdims=True)
        p = np.exp(scaled)
        p_right = np.where(right, p, 0).sum(1) / p.sum(1)
        return float(-np.mean(np.log(np.maximum(p_right[usable], 1e-12))))

    def ranks(self, weights, listwise=False):
        """Per case, the 1-based rank of the first right document among the
        documents of the first ten passages in DocumentRanking's order (0: none)."""
        score = np.where(self.valid, self.scores(weights), -np.inf)
        cases, width = score.shape
        # Passages by score, best first, ties to the earlier one (Swift's sort keeps their order).
        order = np.argsort(-score, axis=1, kind="stable")
        sorted_score = np.take_along_axis(score, order, 1)
        sorted_document = np.take_along_axis(self.document, order, 1)
        sorted_valid = np.take_along_axis(self.valid, order, 1)
        # Each passage's place among its document's passages (0 best, 1 second, ...).
        same = (sorted_document[:, :, None] == sorted_document[:, None, :]) & sorted_valid[:, None, :]
        earlier = np.tril(np.ones((width, width), bool), -1)
        place = (same & earlier[None]).sum(2)
        share = weights[4]
        finite = np.where(sorted_valid, sorted_score, 0.0)
        contribution = np.where(place == 0, finite, np.where(place == 1, share * finite, 0.0))
        documents = self.documents
        document_score = np.zeros((cases, documents))
        first_offset = np.full((cases, documents), width)
        passages = np.zeros((cases, documents), int)
        right = np.zeros((cases, documents), bool)
        rows = np.repeat(np.arange(cases)[:, None], width, 1)
        index = np.where(sorted_valid, sorted_document, 0)
        np.add.at(document_score, (rows[sorted_valid], index[sorted_valid]), contribution[sorted_valid])
        offsets = np.repeat(np.arange(width)[None], cases, 0)
        np.minimum.at(first_offset, (rows[sorted_valid], index[sorted_valid]), offsets[sorted_valid])
        np.add.at(passages, (rows[sorted_valid], index[sorted_valid]), 1)
        sorted_right = np.take_along_axis(self.right, order, 1)
        right[rows[sorted_valid], index[sorted_valid]] = sorted_right[sorted_valid]
        context = np.ones((cases, documents))
        sorted_context = np.take_along_axis(self.context, order, 1)
        context[rows[sorted_valid], index[sorted_valid]] = sorted_context[sorted_valid]
        present = passages > 0
        document_score = np.where(present, document_score * context, -np.inf)
        if listwise:
            return document_score, right & present
        # Documents by score, ties to the one whose best passage came first.
        document_order = np.lexsort((first_offset, -document_score), axis=1)
        ordered_passages = np.take_along_axis(passages, document_order, 1)
        ordered_right = np.take_along_axis(right & present, document_order, 1)
        before = np.cumsum(ordered_passages, 1) - ordered_passages
        shown = (before < PASSAGES_RANKED) & np.take_along_axis(present, document_order, 1)
        hits = ordered_right & shown
        first = np.argmax(hits, 1)
        return np.where(hits.any(1), first + 1, 0)

    def order(self, weights, row):
        """The first ten passages' documents of one case, as the program lists them (for the check)."""
        score = self.scores(weights)[row][self.valid[row]]
        documents = self.document[row][self.valid[row]]
        context = self.context[row][self.valid[row]]
        passages = sorted(range(len(score)), key=lambda i: -score[i])
        totals, seen, factor = {}, {}, {}
        for i in passages:
            d = documents[i]
            count = seen.get(d, 0)
            if count == 0:
                totals[d] = score[i]
            elif count == 1:
                totals[d] += weights[4] * score[i]
            seen[d] = count + 1
            factor[d] = context[i]
        ordered = sorted(enumerate(passages), key=lambda pair: (-totals[documents[pair[1]]] * factor[documents[pair[1]]], pair[0]))
        return [int(documents[i]) for _, i in ordered][:PASSAGES_RANKED]


def figures(ranks):
    hit = float(np.mean(ranks == 1)) if len(ranks) else 0.0
    mrr = float(np.mean(np.where((ranks > 0) & (ranks <= 10), 1.0 / np.maximum(ranks, 1), 0.0))) if len(ranks) else 0.0
    return hit, mrr


LISTWISE = False  # set by --listwise


def objective(weights, sets, kept=(), floors=()):
    """The mean of hit@1 and MRR@10 over `sets` (with --listwise: minus the
    mean listwise loss); -inf when a `kept` set falls below its floors."""
    for run, floor in zip(kept, floors):
        if any(value < bound - 1e-12 for value, bound in zip(figures(run.ranks(weights)), floor)):
            return -np.inf
    if LISTWISE:
        return -sum(s.listwise_loss(weights) for s in sets) / len(sets)
    return sum(sum(figures(s.ranks(weights))) / 2 for s in sets) / len(sets)


def fit(sets, kept=(), vary=None, start=HAND_SET, rounds=6):
    """Coordinate search on `sets`; each `kept` set must keep its hand-set hit@1 and MRR@10.
    `vary` lists the numbers of the weights that may change (all by default)."""
    floors = [figures(run.ranks(start)) for run in kept]
    weights = start.copy()
    best = objective(weights, sets, kept, floors)
    for _ in range(rounds):
        changed = False
        for k, grid in enumerate(GRIDS):
            if vary is not None and k not in vary:
                continue
            values = []
            for value in grid:
                trial = weights.copy()
                trial[k] = value
                values.append((objective(trial, sets, kept, floors), -abs(value - weights[k]), value))
            value_objective, _, value = max(values)
            if value_objective > best + 1e-12 and value != weights[k]:
                weights[k], best, changed = value, value_objective, True
        if not changed:
            break
    return weights


def folds(count, number, seed=7):
    order = np.random.default_rng(seed).permutation(count)
    return [np.sort(order[k::number]) for k in range(number)]


def describe(weights):
    return ", ".join(f"{name} {value:g}" for name, value in zip(NAMES, weights))


def command_check(arguments):
    weights = parse_weights(arguments.weights) if arguments.weights else HAND_SET
    for path in arguments.runs:
        run = RunSet(path)
        score_error = float(np.max(np.abs(np.where(run.valid, run.scores(weights) - run.recorded, 0))))
        same_order = sum(
            int(run.order(weights, row) == list(map(int, run.document[row][run.valid[row]][:PASSAGES_RANKED])))
            for row in range(len(run.ids)))
        ranks = run.ranks(weights)
        hit, mrr = figures(ranks)
        # The fast ranking against the plain loop, with these and with random weights.
        rng = np.random.default_rng(1)
        trials = [weights] + [np.array([rng.choice(grid) for grid in GRIDS]) for _ in range(5)]
        agree = all(np.array_equal(run.ranks(w), loop_ranks(run, w)) for w in trials)
        program_hit, program_mrr = run.summary["hit_at_1"], run.summary["mrr_at_10"]
        print(f"{path}: {len(run.ids)} answerable cases")
        print(f"  largest score difference, offline vs recorded: {score_error:.2e}")
        print(f"  cases whose first ten passages come in the recorded order: {same_order}/{len(run.ids)}")
        print(f"  fast ranking equals the plain loop's for these and 5 random weight sets: {agree}")
        print(f"  retrieval order (offline): hit@1 {hit:.3f}, MRR@10 {mrr:.3f}")
        print(f"  program (answer's sources first): hit@1 {program_hit:.3f}, MRR@10 {program_mrr:.3f}")


def loop_ranks(run, weights):
    ranks = []
    for row in range(len(run.ids)):
        right = {int(d) for d, r in zip(run.document[row], run.right[row]) if r}
        order = list(dict.fromkeys(run.order(weights, row)))
        ranks.append(next((i + 1 for i, d in enumerate(order) if d in right), 0))
    return np.array(ranks)


def command_score(arguments):
    weights = parse_weights(arguments.weights)
    for path in arguments.runs:
        run = RunSet(path)
        hand = figures(run.ranks(HAND_SET))
        other = figures(run.ranks(weights))
        print(f"{path}: hit@1 {hand[0]:.3f} -> {other[0]:.3f}, MRR@10 {hand[1]:.3f} -> {other[1]:.3f}")


def command_cv(arguments):
    training = [RunSet(path) for path in arguments.train]
    checks = [RunSet(path) for path in arguments.check]
    vary = varied(arguments.vary)
    # A --keep set: its training part must keep the hand-set figures; its held-out part is reported.
    kept_sets = [RunSet(path) for path in arguments.keep]
    kept_splits = [folds(len(run.ids), arguments.folds) for run in kept_sets]
    kept_held = {run.path: ([], []) for run in kept_sets}
    splits = [folds(len(run.ids), arguments.folds) for run in training]
    held = {run.path: ([], []) for run in training}  # ranks with hand-set and fitted weights, held-out cases
    check_figures = {run.path: [] for run in checks}
    print("fold  " + "  ".join(f"{run.path} hand-set -> fitted (hit@1, MRR@10)" for run in training))
    for k in range(arguments.folds):
        train_parts, test_parts = [], []
        for run, split in zip(training, splits):
            test_rows = split[k]
            train_rows = np.setdiff1d(np.arange(len(run.ids)), test_rows)
            train_parts.append(run.subset(train_rows))
            test_parts.append(run.subset(test_rows))
        kept_train, kept_test = [], []
        for run, split in zip(kept_sets, kept_splits):
            kept_train.append(run.subset(np.setdiff1d(np.arange(len(run.ids)), split[k])))
            kept_test.append(run.subset(split[k]))
        weights = fit(train_parts, kept_train, vary)
        for run, part in zip(kept_sets, kept_test):
            kept_held[run.path][0].append(part.ranks(HAND_SET))
            kept_held[run.path][1].append(part.ranks(weights))
        cells = []
        for run, part in zip(training, test_parts):
            hand_ranks, fitted_ranks = part.ranks(HAND_SET), part.ranks(weights)
            held[run.path][0].append(hand_ranks)
            held[run.path][1].append(fitted_ranks)
            h, f = figures(hand_ranks), figures(fitted_ranks)
            cells.append(f"{h[0]:.3f} {h[1]:.3f} -> {f[0]:.3f} {f[1]:.3f}")
        for run in checks:
            check_figures[run.path].append(figures(run.ranks(weights)))
        print(f"{k + 1:4}  " + "  ".join(cells) + f"   [{describe(weights)}]")
    for run in training:
        hand = figures(np.concatenate(held[run.path][0]))
        fitted = figures(np.concatenate(held[run.path][1]))
        print(f"held out, all folds, {run.path}: hit@1 {hand[0]:.3f} -> {fitted[0]:.3f}, MRR@10 {hand[1]:.3f} -> {fitted[1]:.3f}")
    for run in kept_sets:
        hand = figures(np.concatenate(kept_held[run.path][0]))
        fitted = figures(np.concatenate(kept_held[run.path][1]))
        print(f"kept, held out, all folds, {run.path}: hit@1 {hand[0]:.3f} -> {fitted[0]:.3f}, MRR@10 {hand[1]:.3f} -> {fitted[1]:.3f}")
    for run in checks:
        hand = figures(run.ranks(HAND_SET))
        values = check_figures[run.path]
        print(f"check {run.path}: hand-set hit@1 {hand[0]:.3f}, MRR@10 {hand[1]:.3f}; "
              f"fold weights hit@1 " + " ".join(f"{v[0]:.3f}" for v in values)
              + ", MRR@10 " + " ".join(f"{v[1]:.3f}" for v in values))


def command_fit(arguments):
    training = [RunSet(path) for path in arguments.train]
    kept_sets = [RunSet(path) for path in arguments.keep]
    weights = fit(training, kept_sets, varied(arguments.vary))
    print(describe(weights))
    print("--ranking-weights \"" + ", ".join(f"{w:g}" for w in weights) + "\"")
    for path in arguments.train + arguments.keep + arguments.check:
        run = RunSet(path)
        hand, fitted = figures(run.ranks(HAND_SET)), figures(run.ranks(weights))
        role = "train" if path in arguments.train else "keep" if path in arguments.keep else "check"
        print(f"{role} {path}: hit@1 {hand[0]:.3f} -> {fitted[0]:.3f}, MRR@10 {hand[1]:.3f} -> {fitted[1]:.3f}")


def command_close(arguments):
    for path in arguments.runs:
        run = RunSet(path)
        document_score, right = run.ranks(HAND_SET, listwise=True)
        close = right_first = 0
        for scores, rights in zip(document_score, right):
            order = np.argsort(-scores, kind="stable")
            if len(order) < 2 or not np.isfinite(scores[order[1]]) or scores[order[1]] < arguments.ratio * scores[order[0]]:
                continue
            close += 1
            right_first += bool(rights[order[0]])
        print(f"{path}: {close} cases whose second document scores at least {arguments.ratio:g} of the first; "
              f"a right document first in {right_first}, another in {close - right_first}")


def varied(text):
    if not text:
        return None
    names = [name.strip() for name in text.split(",")]
    unknown = [name for name in names if name not in NAMES]
    if unknown:
        raise SystemExit(f"--vary takes {', '.join(NAMES)}; not {', '.join(unknown)}.")
    return {NAMES.index(name) for name in names}


def parse_weights(text):
    values = [float(part) for part in text.strip("[] ").split(",")]
    if len(values) != len(NAMES):
        raise SystemExit(f"--weights needs {len(NAMES)} numbers ({', '.join(NAMES)}), not '{text}'.")
    return np.array(values)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="reproduce the program's scores and order (of a run made with --weights)")
    check.add_argument("runs", nargs="+")
    check.add_argument("--weights", help="the weights the runs were made with (default: the hand-set ones)")
    score = commands.add_parser("score", help="the figures with other weights")
    score.add_argument("runs", nargs="+")
    score.add_argument("--weights", required=True, help="six numbers: " + ", ".join(NAMES))
    close = commands.add_parser("close", help="count the cases whose first two documents score close together")
    close.add_argument("runs", nargs="+")
    close.add_argument("--ratio", type=float, default=0.8, help="the second's share of the first's score (default 0.8)")
    for name in ["cv", "fit"]:
        sub = commands.add_parser(name)
        sub.add_argument("--train", action="append", required=True, help="an eval report to fit on")
        sub.add_argument("--check", action="append", default=[], help="an eval report to score only")
        sub.add_argument("--keep", action="append", default=[],
                         help="an eval report whose hit@1 and MRR@10 the fit may not lower (in cv: its training folds)")
        sub.add_argument("--listwise", action="store_true",
                         help="fit a softmax over each case's document scores instead of hit@1 and MRR@10 themselves")
        sub.add_argument("--vary", help="the weights the fit may change, comma-separated (default: all)")
        if name == "cv":
            sub.add_argument("--folds", type=int, default=5)
    arguments = parser.parse_args()
    global LISTWISE
    LISTWISE = getattr(arguments, "listwise", False)
    {"check": command_check, "score": command_score, "cv": command_cv, "fit": command_fit,
     "close": command_close}[arguments.command](arguments)


if __name__ == "__main__":
    main()
