"""The docs stay true: committed schema, generated vocabulary table, every diagnostic code, and
the module table of docs/architecture.md (what each module imports from referat)."""

from __future__ import annotations

import ast
from pathlib import Path
import re

from referat.cli import schema_text
from referat.diagnostics import SEVERITY, Code
from referat.vocabulary import markdown_tables

from support import ROOT

DOCS = ROOT / "docs"


def test_committed_schema_is_current() -> None:
    committed = (DOCS / "schema" / "meeting.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: referat schema > docs/schema/meeting.schema.json"


def test_format_doc_embeds_the_vocabulary() -> None:
    text = (DOCS / "format.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- vocabulary:start -->\n(.*?)<!-- vocabulary:end -->", text, re.DOTALL)
    assert m is not None, "docs/format.md lacks the vocabulary markers"
    assert m.group(1).strip() == markdown_tables().strip(), (
        "regenerate the block with: python -m referat.vocabulary"
    )


def test_every_code_is_documented_with_its_severity() -> None:
    text = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    for code in Code:
        assert f"## `{code.value}`" in text, f"docs/diagnostics.md lacks {code.value}"
        assert code in SEVERITY


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make demo" in first_block
    assert "make test" in first_block


def _referat_imports(path: Path) -> set[str]:
    """The referat modules a source file imports (``from referat import x``, ``referat.x``)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "referat":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("referat."):
            found.add((node.module or "").split(".")[1])
    return {name for name in found if (path.parent / f"{name}.py").exists()} - {path.stem}


def test_architecture_module_table_lists_what_each_module_imports() -> None:
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)\.py` \|[^|]*\|([^|]*)\|[^|]*\|$", text, re.MULTILINE)
    modules = {p.stem for p in (ROOT / "src" / "referat").glob("*.py")} - {"__main__"}
    assert {module for module, _ in rows} == modules, "a module without a row, or a row without one"
    for module, listed in rows:
        if module == "_extract":  # "the stages above"
            continue
        documented = {name.strip() for name in listed.split(",") if name.strip()}
        actual = _referat_imports(ROOT / "src" / "referat" / f"{module}.py")
        assert documented == actual, f"docs/architecture.md, row {module}.py"
