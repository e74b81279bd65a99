#!/usr/bin/env python3
"""Load test for `vraagbaak serve`: many `ask` requests through one server process.

A writer thread sends requests while the main thread reads replies; at most
--window requests are in flight at once (the writer waits for replies), so the
server is kept busy without the client queueing thousands of requests whose
"latency" would only measure the queue. Checks that every request got exactly
one reply, in order, with its own id and a result, and that the server exits
with status 0 at the end of input.

Usage:
    swift build -c release --scratch-path .build
    python3 scripts/serve_load.py --vraagbaak .build/release/vraagbaak --requests 10000

Questions come from evaluation/*.jsonl (field "question"), used round robin;
every request uses one of --sessions session ids, so follow-up reading and the
session store are exercised too. Standard library only.
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def questions_from(paths):
    questions = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                line = line.strip()
                if line:
                    questions.append(json.loads(line)["question"])
    return questions


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[index]


def main():
    parser = argparse.ArgumentParser(description="Pipelined load test of `vraagbaak serve`.")
    parser.add_argument("--vraagbaak", default=os.environ.get("VRAAGBAAK", str(REPOSITORY / ".build/release/vraagbaak")),
                        help="the command that runs vraagbaak (default: .build/release/vraagbaak)")
    parser.add_argument("--requests", type=int, default=10_000, help="how many ask requests (default 10000)")
    parser.add_argument("--window", type=int, default=16, help="most requests in flight at once (default 16)")
    parser.add_argument("--sessions", type=int, default=100, help="session ids used round robin; 0 for none (default 100)")
    parser.add_argument("--questions", nargs="*", default=sorted(str(p) for p in (REPOSITORY / "evaluation").glob("*.jsonl")),
                        help="JSON Lines files with a 'question' field (default: evaluation/*.jsonl)")
    parser.add_argument("--knowledge", help="passed on to vraagbaak serve")
    arguments = parser.parse_args()

    questions = questions_from(arguments.questions)
    if not questions:
        sys.exit("no questions found; pass --questions with a JSON Lines file")
    command = shlex.split(arguments.vraagbaak) + ["serve"]
    if arguments.knowledge:
        command += ["--knowledge", arguments.knowledge]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPOSITORY)

    # Wait until the knowledge base is open, so start-up does not count.
    server.stdin.write(b'{"jsonrpc":"2.0","id":"warm-up","method":"ping"}\n')
    server.stdin.flush()
    if json.loads(server.stdout.readline()).get("id") != "warm-up":
        sys.exit("the server did not answer ping")

    total = arguments.requests
    sent_at = [0.0] * total
    slots = threading.Semaphore(arguments.window)
    writer_error = []

    def write_requests():
        try:
            for number in range(total):
                params = {"question": questions[number % len(questions)]}
                if arguments.sessions:
                    params["session"] = f"load-{number % arguments.sessions}"
                line = json.dumps({"jsonrpc": "2.0", "id": number, "method": "ask", "params": params},
                                  ensure_ascii=False) + "\n"
                slots.acquire()
                sent_at[number] = time.perf_counter()
                server.stdin.write(line.encode("utf-8"))
                server.stdin.flush()
            server.stdin.close()
        except Exception as error:  # reported below; the reader then sees a short count
            writer_error.append(error)

    started = time.perf_counter()
    writer = threading.Thread(target=write_requests)
    writer.start()
    latencies, server_ms, problems = [], [], []
    answered = 0
    expected = 0
    for line in server.stdout:
        received = time.perf_counter()
        reply = json.loads(line)
        identifier = reply.get("id")
        if identifier != expected:
            problems.append(f"reply {len(latencies)}: id {identifier!r}, expected {expected}")
        if "result" not in reply:
            problems.append(f"id {identifier!r}: {reply.get('error')}")
        else:
            server_ms.append(reply["result"]["took_ms"])
            answered += reply["result"]["answered"]
        if isinstance(identifier, int) and 0 <= identifier < total:
            latencies.append((received - sent_at[identifier]) * 1000)
        expected += 1
        slots.release()
    elapsed = time.perf_counter() - started
    writer.join()
    status = server.wait(timeout=30)

    if len(latencies) != total:
        problems.append(f"{total - len(latencies)} replies lost ({len(latencies)} of {total})")
    if status != 0:
        problems.append(f"server exit status {status}")
    problems += [f"writer: {error}" for error in writer_error]

    latencies.sort()
    server_ms.sort()
    print(f"requests        {total} ask, window {arguments.window}, {arguments.sessions} sessions, "
          f"{len(questions)} questions round robin")
    print(f"replies         {len(latencies)} ({answered} answered, {len(latencies) - answered} not answered)")
    print(f"elapsed         {elapsed:.2f} s")
    print(f"throughput      {total / elapsed:.1f} requests/s")
    print("latency (ms)    p50 {:.2f}  p95 {:.2f}  p99 {:.2f}  max {:.2f}  mean {:.2f}".format(
        percentile(latencies, 0.50), percentile(latencies, 0.95), percentile(latencies, 0.99),
        latencies[-1] if latencies else float("nan"), statistics.fmean(latencies) if latencies else float("nan")))
    print("server took_ms  p50 {:.2f}  p95 {:.2f}  p99 {:.2f}  max {:.2f}".format(
        percentile(server_ms, 0.50), percentile(server_ms, 0.95), percentile(server_ms, 0.99),
        server_ms[-1] if server_ms else float("nan")))
    print(f"exit status     {status}")
    if problems:
        print(f"FAILED: {len(problems)} problems", file=sys.stderr)
        for problem in problems[:20]:
            print("  " + problem, file=sys.stderr)
        return 1
    print("check           every id answered once, in order, no errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
