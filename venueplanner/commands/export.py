"""``venueplanner export VENUE --geojson DIR | --gltf FILE.glb``: the venue for GIS and 3D viewers."""

from __future__ import annotations

from pathlib import Path

import click

from models.errors import VenuePlannerError
from routing import build_graph
from venueplanner.briefing.errors import PackRouteError
from venueplanner.briefing.options import parse_route
from venueplanner.commands._common import open_file, venue_file


def _routes(venue, texts):
    if not texts:
        return []
    from routing import RoutingError, access_route

    graph = build_graph(venue)
    routes = []
    for text in texts:
        request = parse_route(text)
        try:
            routes.append(access_route(graph, request.origin, request.target, profile=request.profile or None))
        except (RoutingError, KeyError) as e:
            raise PackRouteError(request.describe(), str(e)) from None
    return routes


@click.command()
@venue_file
@click.option(
    "--geojson",
    "geojson_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="Folder to write one <level>.geojson per level into.",
)
@click.option(
    "--gltf", "gltf_file", type=click.Path(path_type=Path, dir_okay=False), help="GLB file to write the 3D scene to."
)
@click.option(
    "--route", "routes", multiple=True, metavar="FROM:TO[:PROFILE]", help="A route to add to the GeoJSON (repeatable)."
)
@click.option("--redacted", is_flag=True, help="Leave out the sensitive assets (security post, cut-offs, fire panel).")
def export(file: Path, geojson_dir: Path | None, gltf_file: Path | None, routes, redacted: bool) -> None:
    """Export FILE as GeoJSON per level (local metric frame) and/or as a glTF binary (GLB) 3D scene."""
    if geojson_dir is None and gltf_file is None:
        raise VenuePlannerError("export: give --geojson DIR, --gltf FILE.glb or both")
    if gltf_file is not None and gltf_file.suffix.lower() != ".glb":
        raise VenuePlannerError(f"{gltf_file.name}: the 3D scene is written as glTF binary: name it .glb")
    venue = open_file(file).venue
    if redacted:
        from venueplanner.briefing.i18n import words
        from venueplanner.briefing.redact import redact_venue

        venue = redact_venue(venue, words("en")["uses"])
    if geojson_dir is not None:
        from venueplanner.exports import write_geojson

        paths = write_geojson(geojson_dir, venue, _routes(venue, routes))
        click.echo(f"wrote {len(paths)} GeoJSON file(s) to {geojson_dir}: {', '.join(p.name for p in paths)}")
    if gltf_file is not None:
        from venueplanner.exports import write_glb

        size = write_glb(gltf_file, venue)
        click.echo(f"wrote {gltf_file}: {size:,} bytes")
