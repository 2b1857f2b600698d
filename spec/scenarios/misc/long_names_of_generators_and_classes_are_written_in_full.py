"""A generator, an exception and an instance whose function or class names run to hundreds of characters are written with every character of the name."""


class AnExceptionClassWhoseNameRunsOnAndOnPastEveryBufferTheTraceWriterStartsWithSoThatItsReprMustGrowTheBufferBeforeTheNameIsCopiedIntoItNotAfterwardsError(Exception):
    pass


class AnIteratorClassWhoseNameRunsOnAndOnPastEveryBufferTheTraceWriterStartsWithSoThatItsReprMustGrowTheBufferBeforeTheNameIsCopiedIntoItNotAfterwards:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


def a_generator_function_whose_name_runs_on_and_on_past_every_buffer_the_trace_writer_starts_with_so_that_its_repr_must_grow_the_buffer_before_the_name_is_copied():
    yield 1


def names():
    inner = a_generator_function_whose_name_runs_on_and_on_past_every_buffer_the_trace_writer_starts_with_so_that_its_repr_must_grow_the_buffer_before_the_name_is_copied()
    yield inner
    try:
        raise AnExceptionClassWhoseNameRunsOnAndOnPastEveryBufferTheTraceWriterStartsWithSoThatItsReprMustGrowTheBufferBeforeTheNameIsCopiedIntoItNotAfterwardsError("x")
    except Exception as e:
        yield e
    yield AnIteratorClassWhoseNameRunsOnAndOnPastEveryBufferTheTraceWriterStartsWithSoThatItsReprMustGrowTheBufferBeforeTheNameIsCopiedIntoItNotAfterwards()
    yield (inner, inner)


DRIVE = [
    ("new", "g", "names"),
    ("drain", "g"),
]
