#!/usr/bin/env python3
"""Run a CLI transcript and compare what the commands print with what it records.

usage: transcript.py --bin DIR --fixtures DIR [--update] FILE.t

A transcript is a cram-style session:

    # comment lines describe what is checked
    $ yieldspec check --backend nope
    ! yieldspec: unknown backend "nope" (known: ...)
    ? 2

`$ ` starts a command (run by /bin/sh, with DIR first on PATH, from a fresh
temporary directory); the lines after it are its expected stdout (`| `),
stderr (`! `) and exit status (`? `), in that order. `$FIXTURES` and `$TMP`
in commands are the fixtures and temporary directories, and the same paths in
the output are written back as `$FIXTURES` and `$TMP`. With --update the file
is rewritten with what the commands printed (review the diff before committing).
"""
import argparse
import difflib
import os
import subprocess
import sys
import tempfile


def parse(path):
    """[(leading comment lines, command)] in file order."""
    sessions, comments = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip("\n")
            if line.startswith("$ "):
                sessions.append((comments, line[2:]))
                comments = []
            elif line.startswith(("| ", "! ", "? ")) or line in ("|", "!"):
                if not sessions:
                    sys.exit(f"{path}:{number}: output before the first command")
            elif line.startswith("#") or line == "":
                comments.append(line)
            else:
                sys.exit(f"{path}:{number}: expected '$ ', '| ', '! ', '? ' or '#', found {line!r}")
    return sessions


def render(comments, command, stdout, stderr, status):
    lines = list(comments) + [f"$ {command}"]
    lines += [f"| {l}".rstrip() for l in stdout.splitlines()]
    lines += [f"! {l}".rstrip() for l in stderr.splitlines()]
    lines.append(f"? {status}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", required=True)
    parser.add_argument("--fixtures", required=True)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("transcript")
    options = parser.parse_args()

    with open(options.transcript, encoding="utf-8") as f:
        recorded = f.read().splitlines()
    actual = []
    with tempfile.TemporaryDirectory(prefix="yieldspec-transcript-") as tmp:
        env = dict(os.environ, PATH=os.path.abspath(options.bin) + os.pathsep + os.environ["PATH"],
                   FIXTURES=os.path.abspath(options.fixtures), TMP=tmp, LC_ALL="C")
        for comments, command in parse(options.transcript):
            done = subprocess.run(["/bin/sh", "-c", command], cwd=tmp, env=env,
                                  capture_output=True, text=True, timeout=120)
            outputs = []
            for text in (done.stdout, done.stderr):
                text = text.replace(env["FIXTURES"], "$FIXTURES").replace(tmp, "$TMP")
                outputs.append(text)
            actual += render(comments, command, outputs[0], outputs[1], done.returncode)

    if options.update:
        with open(options.transcript, "w", encoding="utf-8") as f:
            f.write("\n".join(actual) + "\n")
        return 0
    if actual != recorded:
        sys.stdout.writelines(difflib.unified_diff(
            [l + "\n" for l in recorded], [l + "\n" for l in actual],
            options.transcript, "actual output"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
