"""Render resources/icons/sbdesk.svg into the icon files the installers need (run after editing the SVG).

    python installers/make_icons.py

Writes installers/icons/sbdesk.ico (Windows: 16–256 px, PNG-compressed entries, Windows Vista and
later), installers/icons/sbdesk.icns (macOS: 16–1024 px PNG entries) and installers/icons/sbdesk-256.png
(Linux desktop menus that want a bitmap beside the SVG). Uses Qt's SVG renderer (PySide6 is an sbdesk
dependency), so no other tool is needed. The output is committed; the build scripts only read it.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "sbdesk.svg"
OUT = ROOT / "installers" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format; ic10 is 512@2x = 1024 px).
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def render_png(size: int) -> bytes:
    """The SVG drawn at size × size pixels on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico file whose entries are PNG images (ICONDIR, ICONDIRENTRY × n, then the data)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns file: 'icns', total length, then (type, length, PNG) elements, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write the three icon files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text needs an app
    sizes = sorted({*ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(size) for size in sizes}
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "sbdesk.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (OUT / "sbdesk.icns").write_bytes(icns(pngs))
    (OUT / "sbdesk-256.png").write_bytes(pngs[256])
    for name in ("sbdesk.ico", "sbdesk.icns", "sbdesk-256.png"):
        print(OUT / name, (OUT / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
