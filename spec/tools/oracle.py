#!/usr/bin/env python3
"""Run one scenario under the current interpreter and write its trace (spec/TRACE.md).

usage: oracle.py [--root DIR] SCENARIO.py [-o OUT.trace]
       oracle.py [--root DIR] --out-dir DIR SCENARIO.py...

Another implementation hosting Python objects (a compiler to extension modules, say) runs the same
driver through an Adapter subclass passed to main(), run() or trace_of(): see class Adapter.

The scenario is validated first; an invalid one is refused with its "file:line: rule" error and
exit 1, and no trace file is written. With -o the trace is written to a temporary file and renamed,
so OUT.trace is either complete or untouched.

Finalization must happen exactly when CPython's reference counting does it, so the cyclic collector
is off and the driver holds no reference a step did not ask for: a step's result is turned into text
and dropped before the step line is written, caught exceptions die with their handler (their
tracebacks would pin frames and so generators), and an old generator is dropped before `new`
creates its successor. On an interpreter without reference counting (PyPy) gc.collect() runs after
every operation, so finalizers run within the step that dropped the last reference; what still
differs from CPython is reported as a PyPy divergence by versions_report.py.
"""
import argparse
import builtins
import gc
import inspect
import json
import os
import platform
import signal
import sys
import tempfile
import traceback
import types
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from subset import MAX_INT_DIGITS, GenRef, ScenarioError, load_scenario  # noqa: E402

TRACE_VERSION = 1
SCENARIO_TIMEOUT_SECONDS = 60
REFCOUNTED = platform.python_implementation() == "CPython"


class OracleError(Exception):
    """The scenario did something the trace format cannot express."""


class Adapter:
    """What the oracle needs from the Python implementation that runs a scenario.

    The default is the interpreter running the oracle (CPython, PyPy). An implementation whose
    generators are other objects (Cython's compiled generators, say) subclasses Adapter and
    overrides what differs; conformance/impls/ has the shipped ones. The oracle calls:

    - install(emit, state) once, before load: make `emit` and `state` callable by name from the
      scenario's code (they are builtins of the subset, spec/SUBSET.md);
    - load(scenario, source): run the scenario module and return its namespace, a mapping holding
      its functions and exception classes by name;
    - is_generator(value), generator_name(generator): recognise a generator among the values a
      trace shows, and the name it is shown with (`<generator NAME>`);
    - state(generator): "GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED" or "GEN_CLOSED", as
      inspect.getgeneratorstate says; the scenario's `state(g)` calls this too;
    - module_name: the name of the module load() made, whose classes' instances a trace shows as
      `<NAME object>`.
    """

    module_name = "scenario"

    def install(self, emit, state):
        # Into the real builtins module: PyPy ignores a namespace's own __builtins__ dict.
        builtins.emit = emit
        builtins.state = state

    def load(self, scenario, source):
        namespace = {"__name__": "scenario"}
        exec(compile(source, scenario.file, "exec", dont_inherit=True), namespace)
        return namespace

    def is_generator(self, value):
        return isinstance(value, types.GeneratorType)

    def generator_name(self, generator):
        return generator.__name__

    def state(self, generator):
        return inspect.getgeneratorstate(generator)


THIS_INTERPRETER = Adapter()


def canonical(value, adapter=THIS_INTERPRETER):
    """The text of a value in a trace (spec/TRACE.md, "Canonical values")."""
    if value is None or value is True or value is False:
        return repr(value)
    if type(value) is int:
        if abs(value) >= 10 ** MAX_INT_DIGITS:  # str() refuses it (spec/SUBSET.md, Limits)
            raise OracleError(f"CPython produced an int of more than {MAX_INT_DIGITS} digits, "
                              "which its str() refuses (sys.int_info.default_max_str_digits)")
        return str(value)
    if type(value) is str:
        return json.dumps(value)
    if adapter.is_generator(value):
        return f"<generator {adapter.generator_name(value)}>"
    if isinstance(value, BaseException):
        return f"{type(value).__name__}({', '.join(canonical(a, adapter) for a in value.args)})"
    if type(value) is tuple:
        items = ", ".join(canonical(item, adapter) for item in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if is_iterator_object(value, adapter):
        return f"<{type(value).__name__} object>"
    raise OracleError(f"a value of type {type(value).__name__} has no canonical form in a trace")


# The builtin iterators the subset makes (yield from range(...), iteration over a tuple).
BUILTIN_ITERATOR_TYPES = (type(iter(range(0))), type(iter(())))


def is_iterator_object(value, adapter):
    """An iterator object of the subset: a builtin one, or an instance of a scenario's class."""
    return type(value) in BUILTIN_ITERATOR_TYPES or type(value).__module__ == adapter.module_name


def without_driver_frames(traceback_entry):
    while traceback_entry is not None and traceback_entry.tb_frame.f_code.co_filename == __file__:
        traceback_entry = traceback_entry.tb_next
    return traceback_entry


# Without reference counting, one collection finalizes only the generators unreachable before it;
# those it finalizes may release more (a generator whose frame held others), so collections go on
# until this many in a row add nothing to the trace (a silent finalizer can still free loud ones).
QUIET_COLLECTIONS = 3


def settle(trace):
    """Run the finalizers CPython would have run by now (only needed without reference counting)."""
    if REFCOUNTED:
        return
    quiet = 0
    while quiet < QUIET_COLLECTIONS:
        lines_before = len(trace.lines)
        gc.collect()
        quiet = quiet + 1 if len(trace.lines) == lines_before else 0


class Trace:
    def __init__(self, scenario_name):
        self.lines = [f"yieldspec-trace {TRACE_VERSION}", f"scenario {scenario_name}"]
        self.step_number = 0

    def event(self, text):
        self.lines.append(f"{self.step_number} {text}")

    def step(self, step_text, outcome=None):
        settle(self)
        suffix = "" if outcome is None else f" -> {outcome}"
        self.lines.append(f"{self.step_number} {step_text}{suffix}")

    def text(self):
        return "\n".join(self.lines) + "\n"


def argument_text(arg):
    """A DRIVE literal: never a generator, so the default adapter describes it."""
    return f"@{arg.name}" if isinstance(arg, GenRef) else canonical(arg)


def step_text(step):
    if step.op == "new":
        return f"new {step.gen} = {step.func}({', '.join(argument_text(a) for a in step.args)})"
    if step.op == "send":
        return f"send {step.gen} {argument_text(step.args[0])}"
    if step.op == "throw":
        thrown = f"{step.exc}({argument_text(step.args[0])})" if step.exc_has_arg else step.exc
        return f"throw {step.gen} {thrown}"
    if step.op == "throw_value":
        return f"throw {step.gen} {', '.join([step.exc] + [argument_text(a) for a in step.args])}"
    return f"{step.op} {step.gen}"


def call_method(target, name, *args):
    """target.name(*args): the lookup too is part of a step's outcome (a factory function of a
    `new` step may have returned something that is not a generator)."""
    return getattr(target, name)(*args)


def exception_chain(exc):
    """([exc and every exception reachable from it through __cause__ and __context__],
    {id: how many of those link to it})."""
    chain, referrers = [exc], {id(exc): 0}
    for linked_from in chain:  # grows while it is walked
        for linked in (linked_from.__cause__, linked_from.__context__):
            if linked is not None:
                if id(linked) not in referrers:
                    chain.append(linked)
                    referrers[id(linked)] = 0
                referrers[id(linked)] += 1
    return chain, referrers


def drop_tracebacks(exc):
    """Clear the traceback of a step's exception and of every exception chained to it that dies
    with it. A chained exception something else still holds (a scenario's frame, or an
    uncollectable cycle: fuzz seed 1045628) keeps its traceback, and so does everything it
    chains to, as under a C driver: it is not the driver's to release."""
    exc.__traceback__ = None
    chain, referrers = exception_chain(exc)
    held = [linked for linked in chain if linked is not exc and REFCOUNTED and
            sys.getrefcount(linked) > referrers[id(linked)] + CHAIN_WALK_REFERENCES]
    for holder in held:  # grows too: what a held exception chains to lives on with it
        for linked in (holder.__cause__, holder.__context__):
            if linked is not None and linked is not exc and all(linked is not h for h in held):
                held.append(linked)
    for linked in chain[1:]:
        if all(linked is not h for h in held):
            linked.__traceback__ = None


# The references drop_tracebacks itself holds to a chained exception while it counts them: its
# place in `chain`, the comprehension's variable, and getrefcount's own argument.
CHAIN_WALK_REFERENCES = 3


class Driver:
    """Performs the DRIVE steps on one executed scenario module."""

    def __init__(self, scenario, trace, adapter):
        self.scenario = scenario
        self.trace = trace
        self.adapter = adapter
        self.generators = {}
        self.first_bound = []  # names in the order a `new` first bound them: the release order
        self.namespace = None

    def run_module(self, source):
        self.adapter.install(self.emit, self.adapter.state)
        self.namespace = self.adapter.load(self.scenario, source)

    def canonical(self, value):
        return canonical(value, self.adapter)

    def emit(self, value):
        self.trace.event(f"emit {self.canonical(value)}")

    def warning(self, message, category, filename, lineno, file=None, line=None):
        """warnings.showwarning under the filter "always": the warning is an event of the step."""
        self.trace.event(f"warning {self.canonical(message)}")

    def unraisable(self, unraisable):
        exc = unraisable.exc_value
        text = self.canonical(exc) if exc is not None else f"{unraisable.exc_type.__name__}()"
        del exc, unraisable
        self.trace.event(f"unraisable {text}")

    def resolve(self, arg):
        return self.generators[arg.name] if isinstance(arg, GenRef) else arg

    def exception_class(self, name):
        found = self.namespace.get(name)
        if isinstance(found, type) and issubclass(found, BaseException):
            return found
        return getattr(builtins, name)

    def run_steps(self):
        for number, step in enumerate(self.scenario.steps, start=1):
            self.trace.step_number = number
            try:
                getattr(self, "step_" + step.op)(step)
            except OracleError as error:
                raise OracleError(f"step {number} (line {step.line}): {error}") from None
        for name in self.first_bound:
            if name in self.generators:
                self.trace.step_number += 1
                del self.generators[name]
                self.trace.step(f"release {name}", "ok")

    def outcome(self, operation, *args, verb="yield"):
        """Call operation(*args) and describe what it did: (text, whether the generator stopped).

        Nothing it returned or raised outlives this call. The driver's own frames are cut from a
        caught exception's traceback, as if a C driver had caught it: otherwise an exception the
        scenario keeps (or one the driver threw in) would pin these frames, their arguments and
        the generator in a reference cycle that CPython's refcounting never frees."""
        try:
            result = operation(*args)
        except BaseException as exc:  # any exception is an outcome to record, not an error
            exc.__traceback__ = without_driver_frames(exc.__traceback__)
            if isinstance(exc, StopIteration):
                text = f"return {self.canonical(exc.value)}"
            else:
                text = f"raise {self.canonical(exc)}"
            # The traceback goes now, not with `exc`: a frame handed over to its traceback links
            # its caller's frame object (take_ownership sets f_back), which can lead back to this
            # frame and `exc`, a cycle that kept what the scenario's frames held alive until exit
            # (seen on 3.12+ after a throw into a just-created generator; fuzz seed 594). The same
            # holds for the exceptions chained to it that die with it (fuzz seed 1033928), not for
            # one the scenario still holds (seed 1045628). A C driver keeps no traceback; the
            # exception dies here either way.
            drop_tracebacks(exc)
            return text, True
        return f"{verb} {self.canonical(result)}", False

    def step_new(self, step):
        function = self.namespace[step.func]
        args = [self.resolve(a) for a in step.args]
        # TRACE.md: the arguments are resolved first (so "@g" is still the old g), then the old
        # generator is dropped, then the new one is created. The name keeps its place in the
        # release order even if a factory function raises instead.
        self.generators.pop(step.gen, None)
        if step.gen not in self.first_bound:
            self.first_bound.append(step.gen)
        made = []
        text, failed = self.outcome(lambda: made.append(function(*args)))
        del args
        if failed:
            self.trace.step(step_text(step), text)
            return
        self.generators[step.gen] = made.pop()
        self.trace.step(step_text(step))

    def step_next(self, step):
        self.trace.step(step_text(step), self.outcome(next, self.generators[step.gen])[0])

    def step_send(self, step):
        generator = self.generators[step.gen]
        text = self.outcome(call_method, generator, "send", self.resolve(step.args[0]))[0]
        del generator
        self.trace.step(step_text(step), text)

    @staticmethod
    def throw_into(generator, exc_class, args):
        """g.throw(E) or g.throw(E(arg)); creating E(arg) may itself fail, which is the outcome then.

        The instance is held by this frame's value stack only, as by a C driver: a frame that
        ends during the throw while its traceback holds it is handed to its frame object with
        f_back set to this frame (3.11+, take_ownership), so a local holding the instance here
        would close a cycle that kept the scenario's frames alive until exit (fuzz seed 1061572)."""
        thrown = [exc_class(*args) if args else exc_class]
        return getattr(generator, "throw")(thrown.pop())

    def step_throw(self, step):
        generator = self.generators[step.gen]
        args = [self.resolve(a) for a in step.args]
        text = self.outcome(self.throw_into, generator, self.exception_class(step.exc), args)[0]
        del generator, args
        self.trace.step(step_text(step), text)

    def step_throw_value(self, step):
        generator = self.generators[step.gen]
        args = [self.resolve(a) for a in step.args]
        text = self.outcome(call_method, generator, "throw", self.exception_class(step.exc), *args)[0]
        del generator, args
        self.trace.step(step_text(step), text)

    def step_close(self, step):
        generator = self.generators[step.gen]
        text = self.outcome(call_method, generator, "close", verb="ok")[0]
        del generator
        self.trace.step(step_text(step), text)

    def step_state(self, step):
        generator = self.generators[step.gen]
        if self.adapter.is_generator(generator):
            text = f"state {self.adapter.state(generator)}"
        else:  # what a factory function returned: inspect.getgeneratorstate raises
            text = self.outcome(self.adapter.state, generator)[0]
        del generator
        self.trace.step(step_text(step), text)

    def step_drain(self, step):
        finished = False
        while not finished:
            text, finished = self.outcome(next, self.generators[step.gen])
            self.trace.step(step_text(step), text)

    def step_del(self, step):
        del self.generators[step.gen]
        self.trace.step(step_text(step), "ok")


def run(scenario, source, adapter=THIS_INTERPRETER):
    trace = Trace(scenario.name)
    driver = Driver(scenario, trace, adapter)
    gc.disable()
    previous_hook = sys.unraisablehook
    sys.unraisablehook = driver.unraisable
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = driver.warning
            driver.run_module(source)
            driver.run_steps()
    finally:
        sys.unraisablehook = previous_hook
    return trace.text()


def write_atomically(path, text):
    path = Path(path)
    if path.exists() and not path.is_file():
        raise OracleError(f"refusing to replace {path}: not a regular file")
    handle, temporary = tempfile.mkstemp(dir=str(path.parent), prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp's 0600 is for the temporary name only: the file gets the mode open() would give it.
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(handle, 0o666 & ~umask)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, str(path))
    except BaseException:
        os.unlink(temporary)
        raise


def trace_of(path, root, adapter=THIS_INTERPRETER):
    """The trace text of one scenario; ScenarioError if it is outside the subset."""
    scenario = load_scenario(path, root)
    return run(scenario, Path(path).read_text(encoding="utf-8"), adapter)


def run_isolated(path, root, out_dir, adapter=THIS_INTERPRETER):
    """Write out_dir/<category>/<name>.trace from a forked child, so that no scenario can see
    what an earlier one left behind (objects, builtins, the unraisable hook). True on success."""
    sys.stdout.flush()
    sys.stderr.flush()
    child = os.fork()
    if child == 0:
        status = 1
        try:
            signal.alarm(SCENARIO_TIMEOUT_SECONDS)
            scenario = load_scenario(path, root)
            text = run(scenario, Path(path).read_text(encoding="utf-8"), adapter)
            destination = Path(out_dir) / (scenario.name + ".trace")
            destination.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(destination, text)
            status = 0
        except (ScenarioError, OracleError) as error:
            print(error if isinstance(error, ScenarioError) else f"{path}: {error}", file=sys.stderr)
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(status)
    _, wait_status = os.waitpid(child, 0)
    if os.WIFSIGNALED(wait_status):
        signal_number = os.WTERMSIG(wait_status)
        reason = (f"timed out after {SCENARIO_TIMEOUT_SECONDS} s" if signal_number == signal.SIGALRM
                  else f"killed by signal {signal_number}")
        print(f"{path}: the oracle {reason}", file=sys.stderr)
        return False
    return os.WEXITSTATUS(wait_status) == 0


def main(argv=None, adapter=THIS_INTERPRETER):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("scenarios", type=Path, nargs="+", metavar="SCENARIO.py")
    parser.add_argument("-o", "--output", type=Path, metavar="OUT.trace",
                        help="with one scenario: write the trace there (default: stdout)")
    parser.add_argument("--out-dir", type=Path, metavar="DIR",
                        help="write DIR/<category>/<name>.trace for each scenario, each run in its own process")
    parser.add_argument("--root", type=Path, default=None,
                        help="the directory holding <category>/<name>.py (default: spec/scenarios)")
    options = parser.parse_args(argv)
    if options.out_dir is not None:
        if options.output is not None:
            parser.error("-o and --out-dir exclude each other")
        results = [run_isolated(path, options.root, options.out_dir, adapter) for path in options.scenarios]
        return 0 if all(results) else 1
    if len(options.scenarios) > 1:
        parser.error("several scenarios need --out-dir")
    path = options.scenarios[0]
    try:
        text = trace_of(path, options.root, adapter)
        if options.output is None:
            sys.stdout.write(text)
        else:
            write_atomically(options.output, text)
    except ScenarioError as error:
        print(error, file=sys.stderr)
        return 1
    except OracleError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
