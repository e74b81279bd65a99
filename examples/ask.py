#!/usr/bin/env python3
"""Ask Vraagbaak a question through `vraagbaak serve` (JSON-RPC 2.0, one JSON object a line).

Usage:
    python3 examples/ask.py "Wat is het granieten bestand?"
    python3 examples/ask.py            # then type questions; they share one session, so follow-ups work
    python3 examples/ask.py --vraagbaak .build/release/vraagbaak "En in Leerdam?"

The program to start is --vraagbaak, else $VRAAGBAAK, else .build/debug/vraagbaak when it
exists, else `swift run vraagbaak`. --knowledge FOLDER is passed on to `vraagbaak serve`.
Standard library only.
"""

import argparse
import itertools
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def server_command(given):
    if given:
        return shlex.split(given)
    built = REPOSITORY / ".build" / "debug" / "vraagbaak"
    if built.exists():
        return [str(built)]
    return ["swift", "run", "--package-path", str(REPOSITORY), "vraagbaak"]


class Vraagbaak:
    """One `vraagbaak serve` process; requests go one at a time."""

    def __init__(self, command, serve_options):
        self.process = subprocess.Popen(
            command + ["serve"] + serve_options,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=REPOSITORY,
            text=True, encoding="utf-8", bufsize=1)
        self.ids = itertools.count(1)

    def call(self, method, params=None):
        request = {"jsonrpc": "2.0", "id": next(self.ids), "method": method}
        if params is not None:
            request["params"] = params
        self.process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("vraagbaak serve stopped without replying; see its messages above")
        reply = json.loads(line)
        if reply.get("id") != request["id"]:
            raise RuntimeError(f"reply to id {reply.get('id')} while waiting for {request['id']}")
        if "error" in reply:
            raise RuntimeError(f"error {reply['error']['code']}: {reply['error']['message']}")
        return reply["result"]

    def close(self):
        self.process.stdin.close()  # end of input: the server exits with status 0
        return self.process.wait(timeout=30)


def show(answer):
    print(answer["answer"])
    if answer["sources"]:
        print("\nBronnen:" if answer["answered"] else "\nMisschien helpen deze artikelen:")
        for number, source in enumerate(answer["sources"], start=1):
            publisher = f" — {source['publisher']}" if source["publisher"] else ""
            print(f"[{number}] {source['title']}{publisher} — {source['url'] or source['id']}")
    print(f"(zekerheid {answer['confidence']:.2f}, {answer['took_ms']:.1f} ms)\n")


def main():
    parser = argparse.ArgumentParser(description="Ask Vraagbaak through `vraagbaak serve`.")
    parser.add_argument("question", nargs="*", help="the question; without one, read questions from standard input")
    parser.add_argument("--vraagbaak", default=os.environ.get("VRAAGBAAK"),
                        help="the command that runs vraagbaak (default: $VRAAGBAAK, .build/debug/vraagbaak, swift run)")
    parser.add_argument("--session", default="ask.py", help="the session id, so follow-up questions work")
    parser.add_argument("--knowledge", help="the folder of articles (default: the server's own default)")
    arguments = parser.parse_args()
    serve_options = ["--knowledge", arguments.knowledge] if arguments.knowledge else []

    vraagbaak = Vraagbaak(server_command(arguments.vraagbaak), serve_options)
    try:
        if arguments.question:
            questions = [" ".join(arguments.question)]
        else:
            if sys.stdin.isatty():
                print("Stel een vraag (lege regel of Ctrl-D stopt).")
            questions = (line.strip() for line in sys.stdin)
        for question in questions:
            if not question:
                break
            show(vraagbaak.call("ask", {"question": question, "session": arguments.session}))
    finally:
        status = vraagbaak.close()
    return status


if __name__ == "__main__":
    sys.exit(main())
