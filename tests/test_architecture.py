"""The house's shape: the core and the store never import Telegram."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TELEGRAM_SIDE = {"telegram", "sandbox"}
# Entry points that assemble everything may see every layer.
ASSEMBLY = {"cli.py", "commands.py", "demo.py"}


def imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def core_modules() -> list[Path]:
    modules = [
        p
        for p in (ROOT / "bot").rglob("*.py")
        if not TELEGRAM_SIDE & set(p.relative_to(ROOT / "bot").parts[:-1])
        and p.name not in ASSEMBLY
    ]
    return modules + list((ROOT / "store").rglob("*.py"))


def test_core_and_store_never_import_telegram():
    offenders = {
        str(p.relative_to(ROOT)): sorted(
            m for m in imports(p) if m.split(".")[0] == "telegram" or m.startswith("bot.telegram")
        )
        for p in core_modules()
    }
    assert {k: v for k, v in offenders.items() if v} == {}
    assert len(offenders) > 10


def test_store_never_imports_bot():
    for path in (ROOT / "store").rglob("*.py"):
        assert not any(m.split(".")[0] == "bot" for m in imports(path)), path
