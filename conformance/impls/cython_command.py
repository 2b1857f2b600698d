#!/usr/bin/python3
"""The implementation command of Cython: each scenario module compiled by cython3 (language_level=3)
into an extension module for the Python running this file (Debian's python3 for Debian's cython3),
then driven by spec/tools/oracle.py through an adapter.

usage: cython_command.py --python-version | ROOT/CATEGORY/NAME.py

Compiled modules are cached by the hash of what goes into them (scenario source, Cython and Python
versions, the recipe below) in $YIELDSPEC_CACHE_DIR/cython/, default
${XDG_CACHE_HOME:-~/.cache}/yieldspec/cython/: a scenario is compiled once, whoever runs it
(`yieldspec check --jobs N` compiles N at a time), and an edited scenario gets a new module. A
build is made in a temporary folder and renamed into the cache, so concurrent runs never see half
of one.

Cython's generators are not types.GeneratorType and have no gi_suspended, so
inspect.getgeneratorstate fails on them: the adapter reads the state from the generator object
itself, through a C function appended to the generated module (STATE_HELPER).
"""
import ctypes
import hashlib
import importlib.util
import inspect
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import Cython

sys.path.insert(0, str(Path(__file__).resolve().parent))
import oracle_command  # noqa: E402
from oracle_command import oracle  # noqa: E402

# cython3's compiler, told that a name it cannot resolve is looked up at run time (as Python does)
# instead of being an error: `emit` and `state` are builtins only once the oracle installs them.
# Pythran is kept out: the compiler would import it (and NumPy) for nothing, 1 s a scenario.
CYTHON = [sys.executable, "-c", "import sys; sys.modules['pythran'] = None; "
          "from Cython.Compiler import Options; "
          "Options.error_on_unknown_names = False; "
          "from Cython.Compiler.Main import setuptools_main; sys.exit(setuptools_main())"]
# Bump when the way a module is built changes, so cached modules are rebuilt.
RECIPE = "cython -3, unknown names allowed; cc -shared -fPIC -O0; state helper v1"
STATES = {0: "GEN_CREATED", 1: "GEN_RUNNING", 2: "GEN_SUSPENDED", 3: "GEN_CLOSED"}
STATE_HELPER = r"""
/* Appended by conformance/impls/cython_command.py: the state of one of this
 * module's generators as inspect.getgeneratorstate names it (see STATES), or
 * -1 for any other object. resume_label is 0 before the first resume and -1
 * once the body finished. */
__attribute__((visibility("default"))) int yieldspec_generator_state(PyObject *object)
{
#ifdef __Pyx_Generator_USED
    if (__Pyx_Generator_CheckExact(object)) {
        __pyx_CoroutineObject *gen = (__pyx_CoroutineObject *)object;
        if (gen->is_running)
            return 1;
        if (gen->resume_label == 0)
            return 0;
        return gen->resume_label < 0 ? 3 : 2;
    }
#endif
    return -1;
}
"""


class BuildError(Exception):
    pass


def cache_root():
    configured = os.environ.get("YIELDSPEC_CACHE_DIR")
    if configured:
        return Path(configured)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "yieldspec"


def run_tool(command, what):
    try:
        done = subprocess.run(command, capture_output=True, text=True)
    except OSError as error:
        raise BuildError(f"cannot run {command[0]}: {error.strerror}") from None
    if done.returncode != 0:
        problems = [line for line in done.stderr.splitlines() if line.strip()]
        raise BuildError(f"{what} failed: {problems[-1] if problems else f'exit status {done.returncode}'}")


def build(source):
    """The path of the compiled module of this scenario source, and the module's name."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    key = hashlib.sha256("\0".join([RECIPE, STATE_HELPER, Cython.__version__, sys.version, suffix,
                                    source]).encode()).hexdigest()
    name = f"scenario_{key[:16]}"
    done = cache_root() / "cython" / key
    module = done / (name + suffix)
    if module.exists():
        return module, name
    done.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=done.parent, prefix=f".{key[:16]}."))
    try:
        (work / f"{name}.py").write_text(source, encoding="utf-8")
        c_file = work / f"{name}.c"
        run_tool(CYTHON + ["-3", "-o", str(c_file), str(work / f"{name}.py")], "cython3")
        with open(c_file, "a", encoding="utf-8") as c:
            c.write(STATE_HELPER)
        compiler = sysconfig.get_config_var("CC").split()
        run_tool(compiler + ["-shared", "-fPIC", "-O0", "-w", "-I", sysconfig.get_paths()["include"],
                             "-o", str(work / module.name), str(c_file)], "compiling the generated C")
        try:
            os.rename(work, done)
        except OSError:
            if not module.exists():  # not a concurrent build of the same module that won
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return module, name


class CythonAdapter(oracle.Adapter):
    def __init__(self):
        self.state_of = None

    def load(self, scenario, source):
        module_file, name = build(source)
        self.module_name = name
        spec = importlib.util.spec_from_file_location(name, module_file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        self.state_of = ctypes.PyDLL(str(module_file)).yieldspec_generator_state
        self.state_of.argtypes = [ctypes.py_object]
        self.state_of.restype = ctypes.c_int
        return vars(module)

    def is_generator(self, value):
        return self.state_of is not None and self.state_of(value) >= 0

    def state(self, generator):
        code = self.state_of(generator)
        if code < 0:  # what a factory function returned: inspect's AttributeError (gi_running)
            return inspect.getgeneratorstate(generator)
        return STATES[code]


def main():
    try:
        return oracle_command.main(adapter=CythonAdapter())
    except BuildError as error:
        print(f"{sys.argv[-1]}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
