"""Assemble a briefing pack: plan every page, draw them with reportlab, encrypt if asked, write atomically.

The same project, options and date give the same bytes: reportlab runs in its
invariant mode (no random document id, no clock), the creation date is the
pack's date at midnight UTC, the fonts are the package's own, and nothing is
iterated in an unordered way. An encrypted pack differs from run to run (AES
needs fresh random salts and initialisation vectors), its decrypted content
does not.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from models import Job, Progress, run_sync
from models.numbering import exterior_door_numbers
from routing import Route
from venueplanner import __version__
from venueplanner.briefing import annex, cover, evacuation_page, plan_pages, route_cards
from venueplanner.briefing.draw import Sheet
from venueplanner.briefing.encrypt import encrypt_pdf
from venueplanner.briefing.errors import PackOptionError, PackRouteError
from venueplanner.briefing.evacuation_page import EvacuationSummary, summarise
from venueplanner.briefing.fonts import REGULAR, register_fonts
from venueplanner.briefing.grid import make_grid
from venueplanner.briefing.i18n import tr, words
from venueplanner.briefing.options import PackOptions, RouteRequest, Section
from venueplanner.briefing.pages import PackContext, Page, draw_furniture, pdf_date
from venueplanner.briefing.redact import forbidden_texts, redact_project, sensitive_ids
from venueplanner.briefing.routes import plan_routes
from venueplanner.project import Project, model_hash
from venueplanner.project_zip import atomic_write

log = logging.getLogger(__name__)

__all__ = ["BuiltPack", "PageInfo", "build_pack", "iter_assemble", "iter_build_pack", "write_pack"]


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What one page of a built pack shows: section, title, size (points) and its plan record (level, frame)."""

    number: int
    section: Section
    title: str
    size: tuple[float, float]
    record: dict[str, Any]


@dataclass(frozen=True, slots=True)
class BuiltPack:
    """The PDF bytes, what each page holds, and the evacuation figures printed (None when not in the pack)."""

    data: bytes
    pages: tuple[PageInfo, ...]
    evacuation: EvacuationSummary | None = None


def _requests(project: Project, options: PackOptions) -> tuple[RouteRequest, ...]:
    if options.routes:
        return options.routes
    return tuple(RouteRequest.of_saved(r) for r in project.routes.values())


def _scenario(project: Project, options: PackOptions):
    if not options.scenario:
        return None
    try:
        return project.scenarios[options.scenario]
    except KeyError:
        known = ", ".join(project.scenarios) or "none"
        raise PackOptionError(
            "scenario", options.scenario, f"the project has no such scenario (known: {known})"
        ) from None


def _context(project: Project, options: PackOptions) -> PackContext:
    version = model_hash(project)
    forbidden: tuple[str, ...] = ()
    if options.redacted:
        hidden = set(sensitive_ids(project.venue))
        for request in options.routes:
            if {request.origin, request.target} & hidden:
                raise PackRouteError(request.describe(), "ends at a sensitive asset, which a redacted pack leaves out")
        forbidden = forbidden_texts(project.venue)
        project = redact_project(project, words(options.language)["uses"])
    venue = project.venue
    try:
        numbers = exterior_door_numbers(venue, main=options.main_entrance)
    except KeyError:
        raise PackOptionError("main_entrance", options.main_entrance, "is not an exit of the venue") from None
    unknown = [lv for lv in options.levels if lv not in venue.levels]
    if unknown:
        raise PackOptionError("levels", unknown[0], f"no such level; levels: {', '.join(venue.levels)}")
    return PackContext(project, options, make_grid(venue, options.orientation), numbers, version, forbidden)


def _plan_pages(ctx: PackContext) -> list[Page]:
    o = ctx.options
    sections: list[tuple[Section, Callable[[PackContext], list[Page]]]] = [
        (Section.COVER, cover.cover_pages),
        (Section.SITE, plan_pages.site_pages),
        (Section.LEVELS, plan_pages.level_pages),
        (Section.ROUTES, route_cards.route_pages),
        (Section.EVACUATION, evacuation_page.evacuation_pages),
        (Section.LOG, annex.log_pages),
    ]
    pages: list[Page] = []
    for section, make in sections:
        if o.includes(section):
            pages += make(ctx)
    for n, page in enumerate(pages, start=1):
        known = {title for title, _ in ctx.contents}
        if page.section != Section.COVER and page.record.get("toc", True) and page.title not in known:
            ctx.contents.append((page.title, n))
    return pages


def iter_assemble(
    project: Project,
    options: PackOptions,
    *,
    routes: Sequence[Route] = (),
    evacuation: EvacuationSummary | None = None,
) -> Job[BuiltPack]:
    """Build the pack as a job (see :func:`build_pack`); returns a :class:`BuiltPack` with what each page holds."""
    register_fonts()
    yield Progress(0.0, "preparing the pack")
    ctx = _context(project, options)
    if options.includes(Section.ROUTES):
        yield Progress(0.05, "computing routes")
        ctx.routes = plan_routes(
            ctx.venue,
            ctx.grid,
            _requests(ctx.project, options),
            ctx.lang,
            scenario=_scenario(ctx.project, options),
            scenarios=ctx.project.scenarios,
            routes=routes,
        )
        yield from route_cards.iter_render_views(ctx, start=0.1, end=0.45)
    if options.includes(Section.EVACUATION):
        yield Progress(0.45, "evacuation")
        if evacuation is not None:
            ctx.evacuation = evacuation
        else:
            ctx.evacuation, ctx.evacuation_problem = summarise(
                ctx, _scenario(ctx.project, options), sweep=options.exit_loss
            )
    pages = _plan_pages(ctx)
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=options.page_size,
        invariant=1,
        pageCompression=1,
        initialFontName=REGULAR,
        initialFontSize=9,
        lang=options.language,
    )
    _metadata(canvas, ctx)
    infos = []
    for n, page in enumerate(pages, start=1):
        yield Progress(0.5 + 0.45 * (n - 1) / max(len(pages), 1), f"page {n} / {len(pages)}: {page.title}")
        canvas.setPageSize(page.size)
        sheet = Sheet(canvas, page.size[0], page.size[1], ctx.lang, ctx.forbidden, where=page.title)
        draw_furniture(sheet, ctx, page, n, len(pages))
        page.paint(sheet)
        canvas.showPage()
        infos.append(PageInfo(n, page.section, page.title, page.size, dict(page.record)))
    canvas.save()
    data = buffer.getvalue()
    if options.password:
        yield Progress(0.97, "encrypting")
        data = encrypt_pdf(data, options.password)
    yield Progress(1.0, f"{len(pages)} pages")
    return BuiltPack(data, tuple(infos), ctx.evacuation)


def _metadata(canvas: Canvas, ctx: PackContext) -> None:
    title = f"{tr(ctx.lang, 'pack_title')} — {ctx.venue.name}"
    guard = Sheet(canvas, 0, 0, ctx.lang, ctx.forbidden, where="document properties")
    for text in (title, ctx.options.author, ctx.options.classification):
        guard.check(text)
    canvas.setTitle(title)
    canvas.setAuthor(ctx.options.author)
    canvas.setSubject(ctx.options.classification)
    canvas.setCreator(f"venueplanner {__version__}")
    canvas.setKeywords(f"model {ctx.version}")
    stamp = pdf_date(ctx.options.date)
    canvas.setDateFormatter(lambda *_: stamp)


def iter_build_pack(
    project: Project,
    options: PackOptions,
    *,
    routes: Sequence[Route] = (),
    evacuation: EvacuationSummary | None = None,
) -> Job[bytes]:
    """:func:`build_pack` as a job that yields :class:`models.Progress` and returns the PDF bytes."""
    built = yield from iter_assemble(project, options, routes=routes, evacuation=evacuation)
    return built.data


def build_pack(
    project: Project,
    options: PackOptions,
    *,
    routes: Sequence[Route] = (),
    evacuation: EvacuationSummary | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> bytes:
    """The briefing pack of `project` as PDF bytes.

    Parameters
    ----------
    project : Project
        The venue, its scenarios, saved routes and edit log.
    options : PackOptions
        Language, paper, sections, levels, route requests, redaction, password, marking, author, date.
    routes : sequence of routing.Route, optional
        Routes already computed (by the desktop application), printed as
        route cards after those of ``options.routes`` (or, when that is empty,
        after the project's saved routes).
    evacuation : EvacuationSummary, optional
        Evacuation results already computed; by default the pack runs them
        (with the exit-loss sweep unless ``options.exit_loss`` is False).
    on_progress : callable, optional
        Called with each :class:`models.Progress`.

    Raises
    ------
    PackOptionError, PackRouteError, RedactionError, PackError
        An option, a route or the redaction cannot be honoured; nothing is written.
    """
    return run_sync(iter_build_pack(project, options, routes=routes, evacuation=evacuation), on_progress)


def write_pack(
    path: Path | str,
    project: Project,
    options: PackOptions,
    *,
    routes: Sequence[Route] = (),
    evacuation: EvacuationSummary | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> int:
    """Build the pack and write it to `path` atomically (beside, fsync, rename); returns its size in bytes.

    A new file is readable by its owner only; a file replaced keeps its
    permissions. On any error `path` is left as it was.
    """
    data = build_pack(project, options, routes=routes, evacuation=evacuation, on_progress=on_progress)
    atomic_write(Path(path), data)
    return len(data)
