#!/usr/bin/env python3
"""The C ABI may grow but never lose or change a function: every declaration recorded in
capi/jdpipe.abi must still be in jdpipe.h, word for word (whitespace aside); every function the
header declares must be exported by the built library and recorded; and the library exports no
jdp_* function the header does not declare.

Usage: check_abi.py HEADER ABI_FILE LIBRARY [--update | --selftest]
  --update    rewrite ABI_FILE from the header (after adding functions; never to drop one)
  --selftest  show that the check fails when a recorded function is removed, changed or not
              exported (exits non-zero if it would not)
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


def exported_symbols(library):
    # The dynamic symbol table: what a program linking the shared library can call.
    nm = subprocess.run(["nm", "-D", "--defined-only", library], capture_output=True, text=True, check=True)
    return {line.split()[-1] for line in nm.stdout.splitlines() if len(line.split()) >= 3}


def problems(header_text, recorded, symbols):
    decls = declarations(header_text)
    out = [f"removed or changed: {d}" for d in recorded if d not in decls]
    out += [f"declared but not exported: {function_name(d)}" for d in decls if function_name(d) not in symbols]
    declared = {function_name(d) for d in decls}
    out += [f"exported but not declared in the header: {s}" for s in sorted(symbols)
            if s.startswith("jdp_") and s not in declared]
    return decls, out


def selftest(header_text, recorded, symbols):
    victim = recorded[-1]
    name = function_name(victim)
    cases = {
        "a removed function": (re.sub(r"JDP_EXTERN[^;]*\b" + name + r"\s*\([^;]*;", "", header_text), symbols),
        "a changed parameter": (re.sub(r"(JDP_EXTERN[^;]*\b" + name + r"\s*\()", r"\1long extra, ", header_text, count=1),
                                symbols),
        "a function missing from the library": (header_text, symbols - {name}),
    }
    failed = 0
    for what, (text, syms) in cases.items():
        _, found = problems(text, recorded, syms)
        caught = any(name in p for p in found)
        print(f"{'ok' if caught else 'NOT CAUGHT'}: {what} ({name}) -> {found[:1]}")
        failed += not caught
    _, clean = problems(header_text, recorded, symbols)
    if clean:
        print("the unmodified header already fails:", clean)
        failed += 1
    print(f"{len(cases) + 1 - failed} passed, {failed} failed")
    return 1 if failed else 0


def main():
    header, abi_file, library = sys.argv[1:4]
    header_text = open(header).read()
    if "--update" in sys.argv:
        with open(abi_file, "w") as f:
            f.write("# The C ABI of jdpipe: one declaration a line. Only ever add lines (tests/c/check_abi.py).\n")
            f.writelines(d + "\n" for d in declarations(header_text))
        return 0
    recorded = [l.strip() for l in open(abi_file) if l.strip() and not l.startswith("#")]
    symbols = exported_symbols(library)
    if "--selftest" in sys.argv:
        return selftest(header_text, recorded, symbols)
    decls, found = problems(header_text, recorded, symbols)
    # A new function must be recorded too, so that the list is the whole ABI.
    found += [f"new, not recorded (record it with --update): {d}" for d in decls if d not in recorded]
    for p in found:
        print(p)
    print(f"{len(recorded) - len([p for p in found if p.startswith('removed')])} passed, {len(found)} failed")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
