"""A recursive sieve of Eratosthenes stacks one filtering generator per prime over an endless integer source and yields the primes in order (CPython: test_generators doctest fun "Build up to a recursive Sieve of Eratosthenes generator")."""


def intsfrom(i):
    while True:
        yield i
        i += 1


def exclude_multiples(n, ints):
    for i in ints:
        if i % n:
            yield i


def sieve(ints):
    prime = next(ints)
    yield prime
    not_divisible_by_prime = exclude_multiples(prime, ints)
    for p in sieve(not_divisible_by_prime):
        yield p


def firstn(g, n):
    for i in range(n):
        yield next(g)


DRIVE = [
    ("new", "src", "intsfrom", 2),
    ("new", "primes", "sieve", "@src"),
    ("new", "first", "firstn", "@primes", 12),
    ("drain", "first"),
    ("next", "primes"),
]
