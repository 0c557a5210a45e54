"""Other exports of a venue: GeoJSON per level (for GIS and public-safety platforms) and glTF/GLB of the 3D scene."""

from venueplanner.exports.geojson import CRS_NOTE, level_collection, write_geojson
from venueplanner.exports.gltf import scene_glb, write_glb

__all__ = ["CRS_NOTE", "level_collection", "scene_glb", "write_geojson", "write_glb"]
