"""Find corpus texts copied verbatim into code, comments or tests.

Code built from the corpus's own lines measures nothing: a test that pins a corpus line passes because the line was
read, not because the phrasing is understood. This lists every quoted string (or whole comment) of at least
``--min`` characters that is exactly a corpus text, with the split the text sits in.

    python -m corpus.tools.copied                 # lines added since main (committed or not)
    python -m corpus.tools.copied --base HEAD~3   # lines added since another revision
    python -m corpus.tools.copied bot tests       # every file under these paths, whole

Exit status 1 when a copy is found, so a branch can check itself before it is reviewed.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import corpus

_QUOTED = re.compile(r'"([^"\n]{1,400})"|\'([^\'\n]{1,400})\'|「([^」\n]{1,400})」|“([^”\n]{1,400})”')
_COMMENT = re.compile(r"#\s*(.{1,400})$")
_SOURCES = (".py", ".yaml", ".yml", ".md", ".j2", ".txt", ".json")


def corpus_texts(min_chars: int) -> dict[str, str]:
    """{text: "file (split)"} for every corpus text, unseen batches included."""
    found: dict[str, str] = {}
    held = corpus.heldout()
    for area in ("intents", "moderation"):
        for name in corpus.files(area):
            for record in corpus.read(name, held):
                if len(record.text) >= min_chars:
                    found.setdefault(record.text, f"{name} ({record.split})")
    unseen = corpus.ROOT / "unseen" / "intents"
    for path in sorted(unseen.glob("*.jsonl")):
        for text in _unseen_texts(path):
            if len(text) >= min_chars:
                found.setdefault(text, f"unseen/{path.name} (unseen)")
    return found


def _unseen_texts(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            yield json.loads(line)["text"]


def candidates(line: str) -> list[str]:
    """The quoted strings of a line and its comment, each as written."""
    spans = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(line)]
    comment = _COMMENT.search(line)
    if comment:
        spans.append(comment.group(1).strip())
    return spans


def added_lines(base: str) -> list[tuple[str, str]]:
    """(file, line) for every line added since ``base``, the working tree's changes included."""
    diff = subprocess.run(["git", "diff", "-U0", base, "--", "."], capture_output=True, text=True, check=True).stdout
    rows, path = [], ""
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else ""
        elif line.startswith("+") and path and not path.startswith("corpus/") and path.endswith(_SOURCES):
            rows.append((path, line[1:]))
    return rows


def file_lines(paths: list[str]) -> list[tuple[str, str]]:
    rows = []
    for root in map(Path, paths):
        for path in [root] if root.is_file() else sorted(root.rglob("*")):
            if path.is_file() and path.suffix in _SOURCES and "corpus" not in path.parts:
                rows += [(str(path), line) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--base", default="main")
    parser.add_argument("--min", type=int, default=8, dest="min_chars")
    args = parser.parse_args(argv)
    texts = corpus_texts(args.min_chars)
    rows = file_lines(args.paths) if args.paths else added_lines(args.base)
    copies = [(path, text, texts[text]) for path, line in rows for text in candidates(line) if text in texts]
    for path, text, where in copies:
        print(f"{path}: {text}  <- {where}")
    print(f"{len(copies)} corpus texts copied ({len({c[1] for c in copies})} distinct)", file=sys.stderr)
    return 1 if copies else 0


if __name__ == "__main__":
    sys.exit(main())
