#!/usr/bin/env python3
"""Names that lost their brand, on a generated corpus.

`chainkg gen-corpus` gives every company and park of every copy a fresh
brand, so a company or project label read from more than three copies is a
name that lost its brand (精密大型环锻件项目 for 晨顺迈精密大型环锻件项目) or
is no name at all. Prints how many such labels and mentions, and the worst.

    chainkg extract CORPUS > x.nq && python3 bench/lost_names.py x.nq [N]
"""

import collections
import re
import sys

LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
QUAD = re.compile(r'^<([^>]+)> <([^>]+)> "((?:[^"\\]|\\.)*)"@zh <([^>]+)> \.$')


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: lost_names.py FILE.nq [N]")
    show = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    articles = collections.defaultdict(set)
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            if LABEL not in line:
                continue
            m = QUAD.match(line.rstrip("\n"))
            if not m:
                continue
            subject, _, label, graph = m.groups()
            for kind, part in (("enterprise", "/enterprise/"), ("project", "/project/")):
                if part in subject:
                    articles[(kind, label)].add(graph)
    repeated = sorted(
        ((len(g), kind, label) for (kind, label), g in articles.items() if len(g) > 3),
        reverse=True,
    )
    print(
        f"{len(articles)} enterprise and project labels; {len(repeated)} in more than "
        f"3 articles, {sum(n for n, _, _ in repeated)} mentions"
    )
    for n, kind, label in repeated[:show]:
        print(f"{n:6}  {kind:10}  {label}")


if __name__ == "__main__":
    main()
