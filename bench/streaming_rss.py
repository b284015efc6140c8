#!/usr/bin/env python3
"""Memory of `jdpipe run --jsonl ... --jsonl-out` as it streams a large input: it should stay flat.

Writes a JSON Lines file of job descriptions of about --mb MB into /tmp (the SkillSpan postings
of ../shared/data/dev and the project's tests/data/jds/*.txt, repeated with distinct ids; never
commit it), runs jdpipe on it with the output to /dev/null, and samples the process every
0.25 s: how far it has read the input (/proc/PID/fdinfo of the input's descriptor), its RSS
and its peak RSS (VmHWM). Prints a markdown row each time the input read passes a checkpoint,
then the totals (peak RSS from wait4's ru_maxrss).

usage: bench/streaming_rss.py BUILD/jdpipe [--mb 1000] [--at 100,500,1000] [--threads 2]
                              [--input /tmp/jdpipe-stream.jsonl] [--keep] [--text-field text]
                              [-- more jdpipe options]

--text-field body names the texts' key "body": every line is then parsed but reported as a
failure (no string "text") without running the pipeline, which measures the streaming itself
(reader, window, ordered writer) over a large input in little time.
"""
import argparse
import bisect
import glob
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)


def skillspan_postings(path):
    """Postings of a SkillSpan file: sentences with the same consecutive idx, tokens joined by spaces."""
    postings, prev = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            sentence = " ".join(d["tokens"])
            if postings and d["idx"] == prev:
                postings[-1] += "\n" + sentence
            else:
                postings.append(sentence)
            prev = d["idx"]
    return postings


def load_texts(data_dir):
    texts = []
    for name in ("skillspan-train.jsonl", "skillspan-dev.jsonl"):
        p = os.path.join(data_dir, name)
        if os.path.exists(p):
            texts += skillspan_postings(p)
    for p in sorted(glob.glob(os.path.join(SOURCE, "tests", "data", "jds", "*.txt"))):
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def generate(path, texts, target_bytes, field):
    """Writes lines until the file reaches target_bytes; returns the end offset of each line."""
    lines = [json.dumps({"id": f"jd-{i:07d}", field: t}) + "\n" for i, t in enumerate(texts)]
    ends, size, i = [], 0, 0
    with open(path, "w", encoding="utf-8") as f:
        while size < target_bytes:
            k = i % len(texts)
            line = lines[k] if i < len(texts) else lines[k].replace(f'"jd-{k:07d}"', f'"jd-{i:07d}"', 1)
            f.write(line)
            size += len(line.encode("utf-8"))
            ends.append(size)
            i += 1
    return ends


def proc_status(pid):
    rss = hwm = 0
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
            elif line.startswith("VmHWM:"):
                hwm = int(line.split()[1])
    return rss, hwm  # KiB


def input_position(pid, path, fd_cache):
    """Offset of the process's descriptor on `path` (found once), or None."""
    if fd_cache.get("fd") is None:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") == path:
                    fd_cache["fd"] = fd
                    break
            except OSError:
                pass
    if fd_cache.get("fd") is None:
        return None
    try:
        with open(f"/proc/{pid}/fdinfo/{fd_cache['fd']}") as f:
            for line in f:
                if line.startswith("pos:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jdpipe")
    ap.add_argument("--mb", type=float, default=1000, help="input size in MB (10^6 bytes)")
    ap.add_argument("--at", default="100,500,1000", help="checkpoints in MB of input read")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--input", default="/tmp/jdpipe-stream.jsonl")
    ap.add_argument("--data", default=os.path.join(SOURCE, "..", "shared", "data", "dev"))
    ap.add_argument("--keep", action="store_true", help="keep the generated input")
    ap.add_argument("--text-field", default="text", help="the key of the texts in the generated lines")
    ap.add_argument("extra", nargs="*", help="more jdpipe run options (after --)")
    a = ap.parse_args()

    texts = load_texts(a.data)
    t0 = time.time()
    ends = generate(a.input, texts, int(a.mb * 1e6), a.text_field)
    print(f"generated {a.input}: {ends[-1] / 1e6:.1f} MB, {len(ends)} JDs from {len(texts)} distinct texts "
          f"(mean {ends[-1] / len(ends):.0f} bytes a line) in {time.time() - t0:.1f} s", file=sys.stderr)

    checkpoints = sorted(float(x) * 1e6 for x in a.at.split(","))
    cmd = [a.jdpipe, "run", "--jsonl", a.input, "--jsonl-out", "--no-timings", "--threads", str(a.threads)] + a.extra
    print("command: " + " ".join(cmd) + " > /dev/null", file=sys.stderr)
    start = time.time()
    err_path = a.input + ".stderr"  # failures are reported there, one line each
    with open(os.devnull, "w") as devnull, open(err_path, "w") as err:
        p = subprocess.Popen(cmd, stdout=devnull, stderr=err)
    rows, fd_cache, result = [], {}, None
    try:
        while result is None:
            time.sleep(0.25)
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)  # reaps it at the end, with its ru_maxrss
            if pid:
                result = status, usage
                break
            try:
                rss, hwm = proc_status(p.pid)
                pos = input_position(p.pid, a.input, fd_cache)
            except OSError:
                continue
            while pos is not None and checkpoints and pos >= checkpoints[0]:
                elapsed = time.time() - start
                jds = bisect.bisect_right(ends, pos)
                rows.append((checkpoints.pop(0) / 1e6, pos / 1e6, jds, elapsed, rss / 1024, hwm / 1024))
    finally:
        if result is None:
            p.kill()
            _, status, usage = os.wait4(p.pid, 0)
            result = status, usage
    status, usage = result
    elapsed = time.time() - start
    with open(err_path) as f:
        failures = sum(1 for _ in f)
    os.remove(err_path)
    if not a.keep:
        os.remove(a.input)

    print("| input read (MB) | JDs read | elapsed (s) | JDs/s | RSS (MiB) | peak RSS so far (MiB) |")
    print("|---:|---:|---:|---:|---:|---:|")
    for _, mb, jds, t, rss, hwm in rows:
        print(f"| {mb:.0f} | {jds} | {t:.0f} | {jds / t:.0f} | {rss:.1f} | {hwm:.1f} |")
    print(f"\nexit status {os.waitstatus_to_exitcode(status)}, {failures} lines on stderr; {len(ends)} JDs, {ends[-1] / 1e6:.1f} MB in "
          f"{elapsed:.0f} s ({len(ends) / elapsed:.0f} JDs/s, {ends[-1] / 1e6 / elapsed:.2f} MB/s); "
          f"peak RSS (ru_maxrss) {usage.ru_maxrss / 1024:.1f} MiB; user {usage.ru_utime:.0f} s, sys {usage.ru_stime:.0f} s")
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
