#!/usr/bin/env python3
"""Signal only the pid of `yieldspec check` / `yieldspec trace` (not its process group) while
a scenario hangs in its child, and check that no child survives the parent.

usage: kill_parent_only.py YIELDSPEC

For each command and each of SIGTERM, SIGINT, SIGHUP and SIGKILL: start the command on the
fixture scenario that never yields (next/selftest_hanging_body, timeout 60 s), wait until its
scenario child exists, signal the parent alone, wait for it, then give the child up to 5 s to
disappear. A survivor is killed and reported; the exit status is the number of survivors.
"""
import os
import signal
import subprocess
import sys
import time

SCENARIO = "next/selftest_hanging_body"
SIGNALS = (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGKILL)
GRACE_SECONDS = 5.0


def children_of(pid):
    """The live processes whose parent is pid (zombies are dead already)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        state, ppid = stat[stat.rindex(")") + 2:].split()[:2]
        if int(ppid) == pid and state != "Z":
            found.append(int(entry))
    return found


def alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            stat = f.read()
    except OSError:
        return False
    return stat[stat.rindex(")") + 2] != "Z"


def default_signal_actions():
    # A non-interactive shell or ctest may have started us with SIGINT ignored;
    # the CLI must see each signal as a user's terminal would send it.
    for number in SIGNALS[:-1]:
        signal.signal(number, signal.SIG_DFL)


def survivors_after(command, number):
    parent = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              preexec_fn=default_signal_actions)
    deadline = time.monotonic() + 30
    children = []
    while not children and time.monotonic() < deadline and parent.poll() is None:
        time.sleep(0.02)
        children = children_of(parent.pid)
    if not children:
        parent.kill()
        parent.wait()
        sys.exit(f"{' '.join(command)}: no scenario child appeared within 30 s")
    os.kill(parent.pid, number)
    status = parent.wait()
    deadline = time.monotonic() + GRACE_SECONDS
    while any(alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.02)
    left = [c for c in children if alive(c)]
    for child in left:
        os.kill(child, signal.SIGKILL)
    verdict = f"child {', '.join(map(str, left))} survived" if left else "no child survived"
    print(f"{command[1]}, {signal.Signals(number).name} to the parent (exit {status}): {verdict}")
    return len(left)


def main():
    yieldspec = sys.argv[1]
    listed = subprocess.run([yieldspec, "list", "--backends"], capture_output=True, text=True, check=True)
    backend = listed.stdout.split()[0]  # whichever this build has (TSan builds: threads only)
    commands = ([yieldspec, "check", "--scenario", SCENARIO, "--timeout", "60"],
                [yieldspec, "trace", "--backend", backend, SCENARIO, "--timeout", "60"])
    return sum(survivors_after(command, number) for command in commands for number in SIGNALS)


if __name__ == "__main__":
    sys.exit(main())
