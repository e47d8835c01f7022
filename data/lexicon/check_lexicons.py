#!/usr/bin/env python3
"""Validate the chainkg lexicon files in this folder.

Checks every non-comment, non-blank line: column count, no leading/trailing
whitespace, no empty required field, allowed kind/category/tag values, no
duplicates, no single-character names (except the documented ones), suffix
files ordered longest first, and place aliases that are unique and never
equal to another place's name. Prints one line per problem and a count per
file; exits 1 if any problem was found.

Usage: python3 check_lexicons.py [DIR]   (DIR defaults to this script's folder)
"""
import os
import sys

DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))

# file -> (separator, number of columns, single-char entries allowed, longest-first)
SUFFIX_SINGLE = {"厂", "局", "厅"}
INDUSTRY_SINGLE = None  # any: heads only count before 产业/产业链/行业 (documented in the file)
FILES = {
    "places.tsv": ("\t", 3, set(), False),
    "legal_suffixes.txt": (None, 1, SUFFIX_SINGLE, True),
    "enterprise_core_suffixes.txt": (None, 1, set(), True),
    "zone_suffixes.tsv": ("\t", 2, set(), True),
    "institution_suffixes.txt": (None, 1, set(), True),
    "gov_suffixes.txt": (None, 1, SUFFIX_SINGLE, True),
    "gov_bare.txt": (None, 1, set(), False),
    "industries.txt": (None, 1, INDUSTRY_SINGLE, False),
    "products.txt": ("\t", 2, {"苯"}, False),
    "enterprises.txt": (None, 1, set(), False),
    "jieba_user_dict.txt": (" ", 3, set(), False),
    "anaphors.txt": (None, 1, set(), False),
    "product_heads.txt": (None, 1, set(), False),
}
PLACE_KINDS = {"country", "province", "city", "county", "district", "region"}
PRODUCT_CATS = {"energy", "chemical", "metal", "material", "agri", "food", "equipment",
                "electronic", "pharma", "consumer", "other"}
JIEBA_TAGS = {"n", "nz", "ns", "nt", "nr", "vn", "v", "a", "j", "l", "i"}

problems = 0


def bad(fname, lineno, msg):
    global problems
    problems += 1
    print(f"{fname}:{lineno}: {msg}")


def data_lines(path):
    with open(path, "rb") as f:
        raw = f.read()
    if raw.startswith(b"\xef\xbb\xbf"):
        bad(os.path.basename(path), 1, "UTF-8 byte-order mark")
    text = raw.decode("utf-8")  # raises on invalid UTF-8
    for i, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield i, line


def single_ok(word, allowed):
    return allowed is None or len(word) >= 2 or word in allowed


counts = {}
place_names, place_aliases = {}, {}
for fname, (sep, ncol, single, longest_first) in FILES.items():
    path = os.path.join(DIR, fname)
    if not os.path.exists(path):
        bad(fname, 0, "missing file")
        continue
    n = 0
    seen = {}
    prev_len = None
    for lineno, line in data_lines(path):
        n += 1
        # a TSV line may end with a TAB when its last column (aliases) is empty
        edge = " \u3000\r" if sep == "\t" else " \t\u3000\r"
        if line != line.strip(edge) or (sep == "\t" and line.startswith("\t")):
            bad(fname, lineno, "leading/trailing whitespace")
        cols = [line] if sep is None else line.split(sep)
        if sep is None and "\t" in line:
            bad(fname, lineno, "TAB in a one-column file")
        if len(cols) != ncol:
            bad(fname, lineno, f"{len(cols)} columns, expected {ncol}")
            continue
        if sep == " " and "\t" in line:
            bad(fname, lineno, "TAB in a space-separated file")
        for j, c in enumerate(cols):
            if c != c.strip():
                bad(fname, lineno, f"column {j + 1} has surrounding whitespace")
            if not c and not (fname == "places.tsv" and j == 2):
                bad(fname, lineno, f"column {j + 1} is empty")
        key = cols[0]
        if key in seen:
            bad(fname, lineno, f"duplicate {key!r} (first on line {seen[key]})")
        seen.setdefault(key, lineno)
        if not single_ok(key, single):
            bad(fname, lineno, f"single-character entry {key!r}")
        if longest_first:
            if prev_len is not None and len(key) > prev_len:
                bad(fname, lineno, f"{key!r} is longer than the line before (longest first)")
            prev_len = len(key)
        if fname == "places.tsv":
            if cols[1] not in PLACE_KINDS:
                bad(fname, lineno, f"unknown kind {cols[1]!r}")
            place_names[key] = lineno
            if cols[2]:
                if "，" in cols[2] or " " in cols[2]:
                    bad(fname, lineno, "aliases must be separated by ASCII commas, no spaces")
                for a in cols[2].split(","):
                    if not a:
                        bad(fname, lineno, "empty alias")
                    elif len(a) < 2:
                        bad(fname, lineno, f"single-character alias {a!r}")
                    elif a in place_aliases:
                        bad(fname, lineno, f"alias {a!r} also given on line {place_aliases[a][1]}")
                    else:
                        place_aliases[a] = (key, lineno)
        elif fname == "zone_suffixes.tsv":
            if not cols[1].isascii() or not cols[1].isidentifier():
                bad(fname, lineno, f"family key {cols[1]!r} should be a lowercase ASCII word")
        elif fname == "products.txt":
            if cols[1] not in PRODUCT_CATS:
                bad(fname, lineno, f"unknown category {cols[1]!r}")
        elif fname == "jieba_user_dict.txt":
            if not cols[1].isdigit():
                bad(fname, lineno, f"frequency {cols[1]!r} is not a whole number")
            if cols[2] not in JIEBA_TAGS:
                bad(fname, lineno, f"unusual tag {cols[2]!r}")
    counts[fname] = n

for a, (owner, lineno) in place_aliases.items():
    if a in place_names and place_names[a] != lineno:
        bad("places.tsv", lineno, f"alias {a!r} of {owner} is the name on line {place_names[a]}")

for fname in FILES:
    if fname in counts:
        print(f"{counts[fname]:6d}  {fname}")
print(f"{problems} problem(s)")
sys.exit(1 if problems else 0)
