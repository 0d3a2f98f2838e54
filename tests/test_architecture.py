"""The package layout: folders by role, data flowing one way (STYLE.md), checked with `ast`."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quotes"

# No class or function of the modules in SIZED runs longer than these, in lines.
MAX_CLASS_LINES = 150
MAX_FUNCTION_LINES = 60

# Every module by its dotted name under `quotes` ("engine.rules"); a package's
# `__init__` is named by the package ("engine").
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE).with_suffix("").parts).removesuffix(".__init__")
    or "__init__"
    for path in PACKAGE.rglob("*.py")
)

# What each role may import. errors and models are leaves every module may use.
LEAVES = {"errors", "models", "records", "caching"}
# The modules of the speakers package, lowest layer first: each may import only those
# before it (and the engine modules below the package, SPEAKERS_USE).
SPEAKER_LAYERS = [
    "engine.speakers.words",
    "engine.speakers.vocabulary",
    "engine.speakers.person",
    "engine.speakers.lines",
    "engine.speakers.acronyms",
    "engine.speakers.named_later",
    "engine.speakers.mention_sets",
    "engine.speakers.name_words",
    "engine.speakers.splitting",
    "engine.speakers.runs",
    "engine.speakers.forms",
    "engine.speakers.introductions",
    "engine.speakers.narrative",
    "engine.speakers.known",
    "engine.speakers.mentions",
    "engine.speakers.pairs",
    "engine.speakers.genders",
    "engine.speakers.people",
    "engine.speakers.descriptions",
    "engine.speakers.subjects",
    "engine.speakers.reported",
    "engine.speakers.replies",
    "engine.speakers.agreement",
    "engine.speakers.described",
    "engine.speakers.chains",
    "engine.speakers.groups",
    "engine.speakers.salience",
    "engine.speakers.exclusions",
    "engine.speakers.antecedents",
    "engine.speakers.sources",
    "engine.speakers.documents",
    "engine.speakers.nominals",
    "engine.speakers.named",
    "engine.speakers.joint",
    "engine.speakers.resolver",
]
SPEAKERS_USE = LEAVES | {
    "engine.analysis",
    "engine.grammar",
    "engine.rules",
    "engine.lexicon",
    "engine.language",
    "engine.marks",
    "engine.text",
    "engine.windows",
}
ENGINE = {
    "engine",
    "engine.text",
    "engine.lexicon",
    "engine.language",
    "engine.marks",
    "engine.rules",
    "engine.ruleset",
    "engine.windows",
    "engine.analysis",
    "engine.grammar",
    "engine.openings",
    "engine.inverted",
    "engine.appositives",
    "engine.subjects",
    "engine.cues",
    "engine.speakers",
    *SPEAKER_LAYERS,
    "engine.composer",
}
MAY_IMPORT: dict[str, set[str]] = {
    "errors": set(),
    "records": set(),
    "caching": set(),
    "models": {"records"},
    "engine": set(),
    "engine.text": LEAVES,
    "engine.lexicon": LEAVES,
    "engine.marks": LEAVES | {"engine.text"},
    "engine.language": LEAVES | {"engine.lexicon", "engine.marks"},
    "engine.analysis": LEAVES
    | {"engine.marks", "engine.lexicon", "engine.language", "engine.text", "engine.windows"},
    "engine.grammar": LEAVES
    | {"engine.analysis", "engine.lexicon", "engine.language", "engine.windows"},
    "engine.openings": LEAVES
    | {"engine.analysis", "engine.grammar", "engine.lexicon", "engine.windows"},
    "engine.inverted": LEAVES | {"engine.analysis", "engine.grammar", "engine.openings"},
    "engine.appositives": LEAVES
    | {"engine.analysis", "engine.grammar", "engine.inverted", "engine.windows"},
    "engine.subjects": LEAVES
    | {"engine.analysis", "engine.grammar", "engine.appositives", "engine.windows"},
    "engine.cues": LEAVES
    | {"engine.analysis", "engine.grammar", "engine.subjects", "engine.windows"},
    "engine.rules": LEAVES
    | {
        "engine.analysis",
        "engine.cues",
        "engine.grammar",
        "engine.marks",
        "engine.lexicon",
        "engine.language",
        "engine.windows",
    },
    "engine.windows": set(),
    "engine.ruleset": LEAVES
    | {
        "engine.analysis",
        "engine.rules",
        "engine.marks",
        "engine.speakers",
        "engine.text",
        "engine.windows",
    },
    "engine.speakers": SPEAKERS_USE | set(SPEAKER_LAYERS),
    **{
        module: SPEAKERS_USE | set(SPEAKER_LAYERS[:layer])
        for layer, module in enumerate(SPEAKER_LAYERS)
    },
    "engine.composer": LEAVES | ENGINE - {"engine.composer"},
    "readers": set(),
    "readers.files": LEAVES
    | {"readers.metadata", "readers.markdown", "readers.html", "readers.web", "readers.docx"},
    "readers.markdown": LEAVES | {"readers.metadata"},
    "readers.html": LEAVES | {"readers.metadata", "engine.lexicon"},
    "readers.web": LEAVES | {"readers.metadata", "readers.html"},
    "readers.docx": LEAVES | {"readers.metadata"},
    "readers.metadata": LEAVES,
    "config": LEAVES | {"engine.lexicon"},
    "identity": LEAVES,
    "writers": set(),
    "writers.atomic": LEAVES,
    "writers.jsonlines": LEAVES,
    "writers.factsheets": LEAVES | {"writers.atomic", "identity"},
    "writers.workbook": LEAVES | {"writers.atomic", "identity", "writers.factsheets"},
    "writers.html": LEAVES | {"writers.atomic", "identity"},
    "writers.parquet": LEAVES | {"writers.atomic"},
    "writers.staging": LEAVES | {"writers.atomic"},
    "writers.export": LEAVES
    | {
        "writers.atomic",
        "identity",
        "writers.factsheets",
        "writers.workbook",
        "writers.staging",
        "writers.html",
    },
    "check": set(),
    "check.coverage": LEAVES
    | {"check", "config", "engine.composer", "readers.files", "writers.jsonlines"},
    "store": set(),
    "store.schema": LEAVES,
    "store.rows": LEAVES | {"__init__"},
    "store.writing": LEAVES | {"store.rows", "store.schema"},
    "store.joins": LEAVES | {"identity", "store.rows", "store.schema"},
    "store.queries": LEAVES | {"store.rows"},
    "store.database": LEAVES
    | {"store", "store.schema", "store.rows", "store.writing", "store.joins", "store.queries"},
    "indexing": LEAVES
    | {"api", "engine.composer", "engine.lexicon", "parallel", "store.database", "store.rows"},
    "parallel": LEAVES | {"api", "engine.composer", "writers.jsonlines"},
    "cluster": LEAVES
    | {"api", "engine.composer", "readers.files", "writers.atomic", "writers.parquet"},
    "evaluation": set(),
    "evaluation.score": LEAVES | {"api", "engine.composer", "engine.language"},
    "cli": {"*"},
    "commands": LEAVES
    | {
        "check",
        "check.coverage",
        "config",
        "engine.composer",
        "engine.language",
        "parallel",
        "readers.files",
        "writers.atomic",
        "writers.jsonlines",
        "writers.parquet",
    },
    "launcher": {"caching", "check", "commands", "errors", "cli"},
    "api": LEAVES | {"engine.composer", "readers.files"},
    "__init__": LEAVES | {"api"},
    "__main__": {"launcher"},
}


def internal_imports(module: str) -> set[str]:
    """The quotes modules that `module` imports, at any depth of its code."""
    parts = module.split(".") if module != "__init__" else []
    path = PACKAGE.joinpath(*parts)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    if module == "__main__":
        path = PACKAGE / "__main__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{module}: use absolute imports (from quotes.… import …)"
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            if name == "quotes":
                found.add("__init__")
            elif name.startswith("quotes."):
                found.add(name.removeprefix("quotes."))
    return found - {module}


@pytest.mark.parametrize("module", MODULES)
def test_layering_module_has_a_row(module: str) -> None:
    assert module in MAY_IMPORT, f"add quotes/{module} to MAY_IMPORT in {__file__}"


@pytest.mark.parametrize(
    "module", [m for m in MODULES if m in MAY_IMPORT and "*" not in MAY_IMPORT[m]]
)
def test_layering_module_imports_only_what_it_may(module: str) -> None:
    assert internal_imports(module) - MAY_IMPORT[module] == set()


@pytest.mark.parametrize("module", [m for m in MODULES if m not in ("__main__", "launcher")])
def test_layering_nothing_imports_cli(module: str) -> None:
    # the launcher hands what it does not parse itself to the Typer app
    assert "cli" not in internal_imports(module)


@pytest.mark.parametrize("module", sorted(ENGINE))
def test_layering_engine_imports_only_engine(module: str) -> None:
    assert internal_imports(module) - ENGINE - LEAVES == set()


@pytest.mark.parametrize("module", MODULES)
def test_layout_every_module_says_what_it_owns(module: str) -> None:
    parts = module.split(".") if module != "__init__" else []
    path = PACKAGE.joinpath(*parts)
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    if module == "__main__":
        path = PACKAGE / "__main__.py"
    assert ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


def test_layering_has_no_cycles() -> None:
    graph = {m: internal_imports(m) - {"__init__"} for m in MODULES}
    visiting: set[str] = set()
    done: set[str] = set()

    def cycle_from(module: str) -> list[str] | None:
        if module in done:
            return None
        if module in visiting:
            return [module]
        visiting.add(module)
        for imported in sorted(graph.get(module, set())):
            path = cycle_from(imported)
            if path is not None:
                return [module, *path]
        visiting.discard(module)
        done.add(module)
        return None

    assert [cycle_from(m) for m in MODULES if cycle_from(m)] == []


def external_imports(module: str) -> set[str]:
    """The top-level packages outside `quotes` that `module` imports, at any depth."""
    path = PACKAGE.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
    return found


PLAIN = sorted(
    m for m in MODULES if m.startswith(("engine.", "readers.")) or m == "writers.jsonlines"
)


@pytest.mark.parametrize("module", PLAIN)
def test_layering_engine_and_readers_build_plain_records(module: str) -> None:
    # pydantic stays at the library's edge (models, api): a one-file run never imports it
    assert "models" not in internal_imports(module)
    assert "pydantic" not in external_imports(module)


def test_layering_speakers_layers_list_every_module_of_the_package() -> None:
    package = [m for m in MODULES if m.startswith("engine.speakers.")]
    assert sorted(package) == sorted(SPEAKER_LAYERS)


@pytest.mark.parametrize("module", SPEAKER_LAYERS)
def test_layering_speakers_modules_import_only_lower_layers(module: str) -> None:
    lower = set(SPEAKER_LAYERS[: SPEAKER_LAYERS.index(module)])
    inside = {m for m in internal_imports(module) if m.startswith("engine.speakers")}
    assert inside - lower == set()


# The modules held to MAX_CLASS_LINES and MAX_FUNCTION_LINES: every module of the package
# (issue 9: no class spans hundreds of lines, no function runs past about a screen).
SIZED = sorted(str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SIZED)
def test_layout_classes_and_functions_stay_short(path: str) -> None:
    tree = ast.parse((PACKAGE / path).read_text(encoding="utf-8"))
    too_long = [
        f"{node.name}: {node.end_lineno - node.lineno + 1} lines"
        for node in ast.walk(tree)
        if (
            isinstance(node, ast.ClassDef)
            and node.end_lineno is not None
            and node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES
        )
        or (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.end_lineno is not None
            and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
        )
    ]
    assert too_long == []
