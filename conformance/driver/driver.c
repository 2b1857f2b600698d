/* Performs a scenario's DRIVE steps and writes its trace (spec/TRACE.md). */
#define _GNU_SOURCE /* asprintf, open_memstream */
#include "yieldspec/driver.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* A name the driver holds a generator under. The table keeps every name ever
 * bound, in the order of its first binding (the release order of TRACE.md, as
 * the oracle keeps it): `del` unbinds a name but keeps its place, and a later
 * `new` of that name binds it there again. */
typedef struct binding {
    const char *name;
    bool bound;
    ys_value value; /* YS_NULL while unbound */
} binding;

typedef struct drive {
    const ys_scenario *scenario;
    FILE *out;
    size_t step_no; /* the step running: events are numbered with it */
    binding *bindings;
    size_t nbindings;
    size_t capacity;
} drive;

/* ys_emit has no context parameter (compiled bodies call it directly), so the
 * drive in progress is process-wide; one runtime per process makes it unique. */
static drive *current_drive;

static void write_line(drive *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void write_line(drive *d, const char *fmt, ...)
{
    va_list ap;
    fprintf(d->out, "%zu ", d->step_no);
    va_start(ap, fmt);
    vfprintf(d->out, fmt, ap);
    va_end(ap);
    fputc('\n', d->out);
}

static void write_value_event(drive *d, const char *event, ys_value v)
{
    char *text = ys_repr(v);
    write_line(d, "%s %s", event, text);
    free(text);
}

ys_value ys_emit(ys_value v)
{
    /* Outside a drive there is no trace to record the value in. */
    if (current_drive)
        write_value_event(current_drive, "emit", v);
    return ys_none();
}

static void record_unraisable(ys_value exc, ys_gen *gen, void *ctx)
{
    /* After the last release step the trace is complete: what the runtime
     * finalizes at shutdown (uncollectable frames) is not part of it, as
     * CPython's collection at interpreter exit is not part of the oracle's. */
    if (current_drive)
        write_value_event(ctx, "unraisable", exc);
}

/* A warning is an event of the step that caused it, as the oracle records
 * what CPython's warnings.showwarning receives under the filter "always". */
static void record_warning(ys_value warning, void *ctx)
{
    if (current_drive)
        write_value_event(ctx, "warning", warning);
}

static int drive_error(const drive *d, const ys_drive_step *step, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int drive_error(const drive *d, const ys_drive_step *step, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: cannot drive %s: ", d->scenario->source_file, step->line,
            d->scenario->path);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    return -1;
}

static binding *find_name(drive *d, const char *name)
{
    for (size_t i = 0; i < d->nbindings; i++)
        if (strcmp(d->bindings[i].name, name) == 0)
            return &d->bindings[i];
    return NULL;
}

static binding *find_binding(drive *d, const char *name)
{
    binding *b = find_name(d, name);
    return b && b->bound ? b : NULL;
}

static binding *append_binding(drive *d, const char *name)
{
    if (d->nbindings == d->capacity) {
        d->capacity = d->capacity ? 2 * d->capacity : 8;
        d->bindings = realloc(d->bindings, d->capacity * sizeof *d->bindings);
        if (!d->bindings) {
            perror("yieldspec driver");
            abort();
        }
    }
    binding *b = &d->bindings[d->nbindings++];
    b->name = name;
    b->bound = false;
    b->value = ys_null();
    return b;
}

/* Drop the driver's reference; the generator may be finalized right here, its
 * events belonging to the step running. */
static void unbind(binding *b)
{
    ys_value dropped = b->value;
    b->bound = false;
    b->value = ys_null();
    ys_decref(dropped);
}

static const ys_function *find_function(const ys_scenario *sc, const char *name)
{
    for (size_t i = 0; i < sc->nfunctions; i++)
        if (strcmp(sc->functions[i].name, name) == 0)
            return &sc->functions[i];
    return NULL;
}

/* The value a DRIVE literal stands for (new reference), or YS_NULL after an
 * error message when it names no generator. */
static ys_value literal_value(drive *d, const ys_drive_step *step, const ys_lit *lit)
{
    switch (lit->kind) {
    case YS_LIT_NONE: return ys_none();
    case YS_LIT_BOOL: return ys_bool(lit->i != 0);
    case YS_LIT_INT: {
        if (!lit->s)
            return ys_int(lit->i);
        ys_value big = ys_int_from_decimal(lit->s); /* beyond 64 bits: its digits */
        if (ys_is_null(big)) {
            ys_decref(ys_err_fetch());
            drive_error(d, step, "no memory for the int %s", lit->s);
        }
        return big;
    }
    case YS_LIT_STR: return ys_str_new(lit->s, lit->len);
    case YS_LIT_GENREF: {
        binding *b = find_binding(d, lit->s);
        if (!b) {
            drive_error(d, step, "\"@%s\" names no generator", lit->s);
            return ys_null();
        }
        ys_incref(b->value);
        return b->value;
    }
    }
    abort();
}

/* A literal as the step text shows it: "@h" for a generator reference, the
 * canonical value text otherwise. Returns a malloc'd string. */
static char *literal_text(const ys_lit *lit, ys_value v)
{
    if (lit->kind != YS_LIT_GENREF)
        return ys_repr(v);
    char *text = malloc(strlen(lit->s) + 2);
    if (!text)
        abort();
    text[0] = '@';
    strcpy(text + 1, lit->s);
    return text;
}

/* The outcome part of a step line for the result of next/send/throw/close:
 * `success_word V` when the operation returned V, `return V` when it raised
 * StopIteration (V its .value), `raise E` for any other exception. Consumes
 * `result` (and the pending exception): TRACE.md wants whatever a step
 * produced dropped before its step line, so that finalizations it causes are
 * events of the step. Sets *finished when the generator returned or raised.
 * Returns a malloc'd string. */
static char *outcome_text(const char *success_word, ys_value result, bool *finished)
{
    char *text, *value_text;
    const char *word = success_word;
    *finished = ys_is_null(result);
    if (!*finished) {
        value_text = ys_repr(result);
        ys_decref(result);
    } else {
        ys_value exc = ys_err_fetch();
        if (ys_exc_matches(exc, YS_EXC(StopIteration))) {
            ys_value value = ys_exc_stop_value(exc);
            value_text = ys_repr(value);
            ys_decref(value);
            word = "return";
        } else {
            value_text = ys_repr(exc);
            word = "raise";
        }
        ys_decref(exc);
    }
    if (asprintf(&text, "%s %s", word, value_text) < 0)
        abort();
    free(value_text);
    return text;
}

static void write_step(drive *d, const char *step_text, char *outcome)
{
    write_line(d, "%s -> %s", step_text, outcome);
    free(outcome);
}

static int step_new(drive *d, const ys_drive_step *step)
{
    const ys_function *fn = find_function(d->scenario, step->func);
    if (!fn)
        return drive_error(d, step, "no function named \"%s\"", step->func);
    if (fn->nparams != step->nargs)
        return drive_error(d, step, "%s() takes %zu arguments, the step passes %zu", fn->name,
                           fn->nparams, step->nargs);

    ys_value *args = calloc(step->nargs ? step->nargs : 1, sizeof *args);
    char *step_text = NULL;
    size_t text_len = 0;
    FILE *text = open_memstream(&step_text, &text_len);
    if (!args || !text)
        abort();
    fprintf(text, "new %s = %s(", step->gen, fn->name);
    int rc = 0;
    size_t resolved = 0;
    for (; resolved < step->nargs; resolved++) {
        args[resolved] = literal_value(d, step, &step->args[resolved]);
        if (ys_is_null(args[resolved])) {
            rc = -1;
            break;
        }
        char *arg_text = literal_text(&step->args[resolved], args[resolved]);
        fprintf(text, "%s%s", resolved ? ", " : "", arg_text);
        free(arg_text);
    }
    fputc(')', text);
    fclose(text);

    if (rc == 0) {
        /* The arguments are resolved first (so "@g" is still the old g), then
         * the old generator is dropped, then the new one is created. */
        binding *b = find_name(d, step->gen);
        if (!b)
            b = append_binding(d, step->gen);
        else if (b->bound)
            unbind(b);
        ys_value made = fn->call(args);
        for (size_t i = 0; i < resolved; i++)
            ys_decref(args[i]);
        resolved = 0;
        if (ys_is_null(made)) {
            bool finished;
            write_step(d, step_text, outcome_text("", made, &finished));
        } else {
            b->bound = true;
            b->value = made;
            write_line(d, "%s", step_text);
        }
    }
    for (size_t i = 0; i < resolved; i++)
        ys_decref(args[i]);
    free(args);
    free(step_text);
    return rc;
}

static int step_send(drive *d, const ys_drive_step *step, binding *b)
{
    if (step->nargs != 1)
        return drive_error(d, step, "send takes one value, the step has %zu", step->nargs);
    ys_value arg = literal_value(d, step, &step->args[0]);
    if (ys_is_null(arg))
        return -1;
    char *arg_text = literal_text(&step->args[0], arg);
    char *step_text;
    if (asprintf(&step_text, "send %s %s", step->gen, arg_text) < 0)
        abort();
    bool finished;
    char *outcome = outcome_text("yield", ys_send(b->value, arg), &finished);
    ys_decref(arg);
    write_step(d, step_text, outcome);
    free(arg_text);
    free(step_text);
    return 0;
}

/* "throw g E" throws E() (what g.throw(E) does with a class), "throw g E arg"
 * throws E(arg); the step text shows the class name, or E(arg) with the
 * argument as the DRIVE tuple gave it. */
static int step_throw(drive *d, const ys_drive_step *step, binding *b)
{
    const ys_exc_type *type = ys_exc_type_lookup(step->exc);
    if (!type)
        return drive_error(d, step, "no exception class named \"%s\"", step->exc);
    if (step->exc_has_arg != (step->nargs == 1))
        return drive_error(d, step, "throw of %s has %zu arguments", step->exc, step->nargs);
    char *step_text;
    ys_value arg = ys_none();
    if (step->exc_has_arg) {
        arg = literal_value(d, step, &step->args[0]);
        if (ys_is_null(arg))
            return -1;
        char *arg_text = literal_text(&step->args[0], arg);
        if (asprintf(&step_text, "throw %s %s(%s)", step->gen, step->exc, arg_text) < 0)
            abort();
        free(arg_text);
    } else if (asprintf(&step_text, "throw %s %s", step->gen, step->exc) < 0) {
        abort();
    }
    ys_value exc = ys_exc_new(type, step->exc_has_arg ? 1 : 0, &arg);
    ys_decref(arg);
    bool finished;
    char *outcome = outcome_text("yield", ys_throw(b->value, exc), &finished);
    ys_decref(exc);
    write_step(d, step_text, outcome);
    free(step_text);
    return 0;
}

/* "throw_value g E value [tb]": g.throw(E, value) or g.throw(E, value, tb);
 * the step text shows the arguments as the DRIVE tuple gave them. */
static int step_throw_value(drive *d, const ys_drive_step *step, binding *b)
{
    const ys_exc_type *type = ys_exc_type_lookup(step->exc);
    if (!type)
        return drive_error(d, step, "no exception class named \"%s\"", step->exc);
    if (step->nargs != 1 && step->nargs != 2)
        return drive_error(d, step, "throw_value of %s has %zu arguments", step->exc, step->nargs);
    ys_value args[2] = {ys_null(), ys_null()};
    char *step_text = NULL;
    size_t text_len = 0;
    FILE *text = open_memstream(&step_text, &text_len);
    if (!text)
        abort();
    fprintf(text, "throw %s %s", step->gen, step->exc);
    int rc = 0;
    for (size_t i = 0; i < step->nargs; i++) {
        args[i] = literal_value(d, step, &step->args[i]);
        if (ys_is_null(args[i])) {
            rc = -1;
            break;
        }
        char *arg_text = literal_text(&step->args[i], args[i]);
        fprintf(text, ", %s", arg_text);
        free(arg_text);
    }
    fclose(text);
    char *outcome = NULL;
    if (rc == 0) {
        bool finished;
        outcome = outcome_text("yield", ys_throw_args(b->value, type, ys_null(), args[0], args[1]),
                               &finished);
    }
    ys_decref(args[0]);
    ys_decref(args[1]);
    if (outcome)
        write_step(d, step_text, outcome);
    free(step_text);
    return rc;
}

static void step_state(drive *d, const char *step_text, binding *b)
{
    ys_value state = ys_state(b->value);
    if (ys_is_null(state)) {
        bool finished;
        write_step(d, step_text, outcome_text("", state, &finished));
        return;
    }
    size_t len;
    const char *name = ys_str_data(state, &len);
    write_line(d, "%s -> state %.*s", step_text, (int)len, name);
    ys_decref(state);
}

static int run_step(drive *d, const ys_drive_step *step)
{
    if (step->op == YS_DRIVE_NEW)
        return step_new(d, step);

    binding *b = find_binding(d, step->gen);
    if (!b)
        return drive_error(d, step, "no generator named \"%s\"", step->gen);
    char step_text[256];
    bool finished;
    switch (step->op) {
    case YS_DRIVE_NEXT:
        snprintf(step_text, sizeof step_text, "next %s", step->gen);
        write_step(d, step_text, outcome_text("yield", ys_next(b->value), &finished));
        return 0;
    case YS_DRIVE_SEND:
        return step_send(d, step, b);
    case YS_DRIVE_THROW:
        return step_throw(d, step, b);
    case YS_DRIVE_THROW_VALUE:
        return step_throw_value(d, step, b);
    case YS_DRIVE_CLOSE:
        snprintf(step_text, sizeof step_text, "close %s", step->gen);
        write_step(d, step_text, outcome_text("ok", ys_close(b->value), &finished));
        return 0;
    case YS_DRIVE_STATE:
        snprintf(step_text, sizeof step_text, "state %s", step->gen);
        step_state(d, step_text, b);
        return 0;
    case YS_DRIVE_DRAIN:
        snprintf(step_text, sizeof step_text, "drain %s", step->gen);
        do
            write_step(d, step_text, outcome_text("yield", ys_next(b->value), &finished));
        while (!finished);
        return 0;
    case YS_DRIVE_DEL:
        unbind(b);
        write_line(d, "del %s -> ok", step->gen);
        return 0;
    case YS_DRIVE_NEW:
        break;
    }
    return drive_error(d, step, "unknown DRIVE operation %d", (int)step->op);
}

int ys_drive_scenario(const ys_scenario *sc, const ys_backend *backend, int python_minor,
                      FILE *trace_out)
{
    drive d = {.scenario = sc, .out = trace_out};
    ys_config cfg = {
        .backend = backend,
        .python_minor = python_minor,
        .unraisable = record_unraisable,
        .unraisable_ctx = &d,
        .warning = record_warning,
        .warning_ctx = &d,
    };
    if (ys_runtime_init(&cfg) != 0)
        return -1;
    current_drive = &d;
    if (sc->setup)
        sc->setup();

    fprintf(trace_out, "yieldspec-trace 1\nscenario %s\n", sc->path);
    int rc = 0;
    for (size_t i = 0; i < sc->nsteps && rc == 0; i++) {
        d.step_no = i + 1;
        rc = run_step(&d, &sc->steps[i]);
    }
    /* End of DRIVE: drop the remaining references one by one, in the order
     * their names were first bound, each as a numbered release step. */
    for (size_t i = 0; i < d.nbindings; i++) {
        if (!d.bindings[i].bound)
            continue;
        d.step_no++;
        unbind(&d.bindings[i]);
        if (rc == 0)
            write_line(&d, "release %s -> ok", d.bindings[i].name);
    }
    current_drive = NULL;
    free(d.bindings);
    if (sc->teardown)
        sc->teardown();
    ys_runtime_shutdown();
    return rc;
}
