#!/usr/bin/env python3
"""Measures what the foundation promises, the same way each time:

  cold build time of the release binary (dependencies included), its size, the idle memory of
  `dekita serve` with the demo loaded, and the bytes a phone transfers (gzip) to open the
  participant shell.

Run from anywhere: `python3 tests/measure.py` (add `--skip-build` to reuse target/release).
Figures are printed beside the machine's own limits (cores, memory) as ratios.
"""

import gzip
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "dekita")
JS_BUDGET = 60 * 1024
TOTAL_BUDGET = 150 * 1024


def mem_total_kib():
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    raise RuntimeError("no MemTotal")


def cold_build():
    # Only the release profile's output is removed: a cold build of dekita and every crate.
    shutil.rmtree(os.path.join(ROOT, "target", "release"), ignore_errors=True)
    started = time.monotonic()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return time.monotonic() - started


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def fetch(host, port, path):
    conn = http.client.HTTPConnection(host, port, timeout=10)
    conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
    res = conn.getresponse()
    body = res.read()
    if res.status != 200:
        raise RuntimeError(f"{path}: {res.status}")
    wire = len(body)
    if res.getheader("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return wire, body.decode("utf-8", "replace")


def shell_transfer(host, port):
    """Everything the participant shell loads up front: index.html, its CSS and scripts with
    their static imports (not the lazily loaded staff code), and the manifest."""
    wire, html = fetch(host, port, "/")
    files = {"/": wire}
    queue = re.findall(r'(?:src|href)="(/?[^"]+\.(?:js|css|webmanifest))"', html)
    js = 0
    while queue:
        ref = urllib.parse.urljoin("/", queue.pop())
        if ref in files:
            continue
        size, text = fetch(host, port, ref)
        files[ref] = size
        if ref.endswith(".js"):
            js += size
            base = ref.rsplit("/", 1)[0] + "/"
            for dep in re.findall(r'(?:^|[;\s}])import\s*(?:[^"\'()]*?from\s*)?["\']([^"\']+\.js)["\']', text):
                queue.append(urllib.parse.urljoin(base, dep))
    return files, js


def main():
    skip_build = "--skip-build" in sys.argv
    cores = os.cpu_count()
    mem = mem_total_kib()
    print(f"machine: {cores} cores, {mem / 1024 / 1024:.1f} GiB memory")
    if not skip_build:
        seconds = cold_build()
        print(f"cold release build: {seconds:.0f} s ({seconds * cores / 60:.1f} core-minutes on {cores} cores)")
    size = os.path.getsize(BIN)
    print(f"release binary: {size / 1024 / 1024:.1f} MiB")

    data = tempfile.mkdtemp(prefix="dekita-measure-")
    proc = subprocess.Popen(
        [BIN, "serve", "--demo", "--bind", "127.0.0.1:0", "--data-dir", data],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = ""
        while "listening on" not in line:
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError("the server did not start")
        host, port = line.strip().rsplit("http://", 1)[1].split(":")
        port = int(port)
        fetch(host, port, "/readyz")
        time.sleep(3)
        rss = status_kib(proc.pid, "VmRSS")
        print(f"idle memory of dekita serve (demo loaded): RSS {rss / 1024:.1f} MiB "
              f"= {100 * rss / mem:.3f}% of memory")
        files, js = shell_transfer(host, port)
        total = sum(files.values())
        for path, n in sorted(files.items()):
            print(f"  {path}: {n} B")
        print(f"participant shell, gzip on the wire: JS {js / 1024:.1f} KiB "
              f"({100 * js / JS_BUDGET:.0f}% of the 60 KB budget), total {total / 1024:.1f} KiB "
              f"({100 * total / TOTAL_BUDGET:.0f}% of the 150 KB budget)")
        if js > JS_BUDGET or total > TOTAL_BUDGET:
            sys.exit("over budget")
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
