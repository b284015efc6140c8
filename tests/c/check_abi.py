#!/usr/bin/env python3
"""The C ABI may grow but never lose or change a function: every declaration recorded in
capi/jdpipe.abi must still be in jdpipe.h, word for word (whitespace aside), and every function
the header declares must be defined in the built library.

Usage: check_abi.py HEADER ABI_FILE LIBRARY [--update]
"""
import re
import subprocess
import sys


def declarations(header_text):
    text = re.sub(r"/\*.*?\*/", " ", header_text, flags=re.S)  # comments
    out = []
    # Declarations start a line; "#define JDP_EXTERN ..." lines do not match.
    for m in re.finditer(r"^[ \t]*JDP_EXTERN\s+([^;#]*?\))\s*;", text, flags=re.S | re.M):
        out.append(" ".join(m.group(1).split()))
    return out


def function_name(decl):
    return re.search(r"(\w+)\s*\(", decl).group(1)


def defined_symbols(library):
    nm = subprocess.run(["nm", "-g", "--defined-only", library], capture_output=True, text=True, check=True)
    return {line.split()[-1] for line in nm.stdout.splitlines() if len(line.split()) >= 3}


def main():
    header, abi_file, library = sys.argv[1:4]
    decls = declarations(open(header).read())
    if "--update" in sys.argv:
        with open(abi_file, "w") as f:
            f.write("# The C ABI of jdpipe: one declaration a line. Only ever add lines (tests/c/check_abi.py).\n")
            f.writelines(d + "\n" for d in decls)
        return 0
    recorded = [l.strip() for l in open(abi_file) if l.strip() and not l.startswith("#")]
    problems = [f"removed or changed: {d}" for d in recorded if d not in decls]
    symbols = defined_symbols(library)
    problems += [f"declared but not defined in {library}: {function_name(d)}" for d in decls
                 if function_name(d) not in symbols]
    new = [d for d in decls if d not in recorded]
    for d in new:
        print(f"new (record it with --update): {d}")
    for p in problems:
        print(p)
    print(f"{len(recorded) - len([p for p in problems if p.startswith('removed')])} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
