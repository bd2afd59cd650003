"""Report writers (HTML, JSON, JUnit) and the terminal summary; WRITERS maps format to writer."""

from collections.abc import Callable
from pathlib import Path

from figcheck.model import AuditResult

from .html import render_html, write_html
from .json_report import to_dict, write_json
from .junit import render_junit, write_junit
from .markdown import append_markdown, render_markdown
from .summary import FAIL_ON, render_summary, verdict

WRITERS: dict[str, Callable[[AuditResult, Path], None]] = {
    "html": write_html,
    "json": write_json,
    "junit": write_junit,
}

__all__ = [
    "FAIL_ON",
    "append_markdown",
    "render_markdown",
    "WRITERS",
    "render_html",
    "render_junit",
    "render_summary",
    "to_dict",
    "verdict",
    "write_html",
    "write_json",
    "write_junit",
]
