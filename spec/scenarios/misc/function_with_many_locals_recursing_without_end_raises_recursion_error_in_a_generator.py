"""A plain function with many locals recursing without end inside a generator, before or after its first yield, raises RecursionError, which the generator catches, instead of running out of stack."""


def wide(n):
    v0 = n + 0
    v1 = n + 1
    v2 = n + 2
    v3 = n + 3
    v4 = n + 4
    v5 = n + 5
    v6 = n + 6
    v7 = n + 7
    v8 = n + 8
    v9 = n + 9
    v10 = n + 10
    v11 = n + 11
    v12 = n + 12
    v13 = n + 13
    v14 = n + 14
    v15 = n + 15
    v16 = n + 16
    v17 = n + 17
    v18 = n + 18
    v19 = n + 19
    v20 = n + 20
    v21 = n + 21
    v22 = n + 22
    v23 = n + 23
    v24 = n + 24
    v25 = n + 25
    v26 = n + 26
    v27 = n + 27
    v28 = n + 28
    v29 = n + 29
    v30 = n + 30
    v31 = n + 31
    v32 = n + 32
    v33 = n + 33
    v34 = n + 34
    v35 = n + 35
    v36 = n + 36
    v37 = n + 37
    v38 = n + 38
    v39 = n + 39
    return wide(v1 - v0 + n) + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39


def runner():
    yield "started"
    try:
        yield wide(0)
    except RecursionError:
        emit("RecursionError caught")
    yield "survived"


def eager():
    try:
        wide(0)
    except RecursionError:
        emit("RecursionError caught before the first yield")
    yield "survived"


DRIVE = [
    ("new", "g", "runner"),
    ("next", "g"),
    ("next", "g"),
    ("next", "g"),
    ("new", "e", "eager"),
    ("next", "e"),
]
