#!/usr/bin/env python3
"""The file and function size picture of the sources (docs/conventions.md, "Small files with one purpose").

Prints, per folder group, the number of files, the median and largest line counts, and every function longer
than --max-function lines. A function is found as clang-format lays it out in this project: a definition at
column 0 whose body opens with "{" alone at column 0 and closes with "}" alone at column 0.

Run: python3 scripts/code-size.py [--max-function 80] [folders...]   (default: core ui app)
"""
import argparse
import os
import statistics
import sys


def sources(folder):
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith((".cpp", ".h")):
                yield os.path.join(root, name)


def long_functions(path, lines, limit):
    found, start = [], None
    for number, line in enumerate(lines, 1):
        if line.rstrip("\n") == "{" and number > 1:
            start = number
            head = number - 1
            while head > 1 and lines[head - 1].strip() and not lines[head - 1].startswith((" ", "}", "#", "/")):
                head -= 1
            signature = lines[head].strip() if head < number - 1 else lines[number - 2].strip()
            if not signature or signature.startswith(("namespace", "class ", "struct ", "enum ")):
                start = None
        elif line.rstrip("\n") in ("}", "};") and start is not None:
            length = number - start + 1
            if length > limit:
                found.append((length, "%s:%d" % (path, start), signature))
            start = None
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-function", type=int, default=80)
    parser.add_argument("folders", nargs="*", default=["core", "ui", "app"])
    args = parser.parse_args()
    everything, functions = [], []
    for folder in args.folders:
        counts = []
        for path in sources(folder):
            with open(path, encoding="utf-8") as f:
                lines = f.readlines()
            counts.append((len(lines), path))
            if path.endswith(".cpp"):
                functions += long_functions(path, lines, args.max_function)
        if counts:
            largest = max(counts)
            print("%-6s files %4d  median %5.0f lines  max %4d (%s)" % (
                folder, len(counts), statistics.median(c for c, _ in counts), largest[0], largest[1]))
            everything += counts
    if everything:
        print("all    files %4d  median %5.0f lines" % (len(everything), statistics.median(c for c, _ in everything)))
    print("functions over %d lines: %d" % (args.max_function, len(functions)))
    for length, where, signature in sorted(functions, reverse=True):
        print("  %4d  %s  %s" % (length, where, signature[:80]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
