"""Builds public/fonts/bri-pdf-sans-{regular,bold}.ttf, the fonts the deck and briefing PDFs are set in.

jsPDF's built-in Helvetica prints only Windows-1252, so Cyrillic and Chinese names came out as "?". These files are
Liberation Sans 2 (Latin, Cyrillic; metric-compatible with Helvetica, so text wraps where it did), with the few
symbols it lacks (such as the rouble sign) from DejaVu Sans and the Chinese and Japanese characters from Noto Sans CJK
SC, all cut down to the characters in data/*.json and the app's own source (src/**/*.ts, *.tsx), plus all of Basic
Latin, Latin-1, Latin Extended-A, the Cyrillic block and general punctuation for text a user types. jsPDF embeds
TrueType outlines only, so Noto's CFF outlines are converted to quadratic curves and scaled to 2048 units per em.

Regenerate after data/ gains a character (src/app/pdf-font-coverage.test.ts and `npm run validate:data` name it):
    apt-get install fonts-liberation2 fonts-dejavu-core fonts-noto-cjk python3-fonttools
    /usr/bin/python3 scripts/pdf-font-subset.py
Then commit the two .ttf files. Debian's fontTools lives in /usr/bin/python3, not in a pyenv python.
"""
import pathlib
import re
import unicodedata

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.transformPen import TransformPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "public" / "fonts"
FAMILY = "BRI PDF Sans"  # the three licences ask a modified font to carry another name.
LIBERATION = "/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans{}.ttf"
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
WEIGHTS = {
    "regular": (LIBERATION.format("Regular"), DEJAVU.format(""), NOTO.format("Regular"), "Regular"),
    "bold": (LIBERATION.format("Bold"), DEJAVU.format("-Bold"), NOTO.format("Bold"), "Bold"),
}
ALWAYS = set(range(0x20, 0x7F)) | set(range(0xA0, 0x180)) | set(range(0x400, 0x460)) | set(range(0x2010, 0x2027))


def used_code_points() -> set[int]:
    files = sorted((ROOT / "data").glob("*.json"))
    files += [p for p in sorted((ROOT / "src").rglob("*.ts*")) if not re.search(r"\.test\.tsx?$", p.name)]
    points = set(ALWAYS)
    for path in files:
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        points.update(ord(ch) for ch in text if ord(ch) >= 0x20)
    return points


def noto_sc(path: str) -> TTFont:
    for font in TTCollection(path).fonts:
        if font["name"].getDebugName(1).endswith("CJK SC"):
            return font
    raise SystemExit(f"no Noto Sans CJK SC in {path}")


def add_glyphs(base: TTFont, source: TTFont, points: set[int], cff: bool) -> set[int]:
    """Copies the glyphs of `points` from `source` into `base` (scaled to its units per em); returns those copied."""
    source_cmap, glyphs = source.getBestCmap(), source.getGlyphSet()
    scale = base["head"].unitsPerEm / source["head"].unitsPerEm
    cmap = base.getBestCmap()
    order = list(base.getGlyphOrder())
    added = set()
    for point in sorted(p for p in points if p not in cmap and p in source_cmap):
        name = f"uni{point:04X}.{'cjk' if cff else 'dv'}"
        pen = TTGlyphPen(None)
        # CFF draws outer contours anticlockwise, TrueType clockwise; composites are drawn decomposed.
        cu2qu = Cu2QuPen(pen, max_err=1.0, reverse_direction=cff)
        outline = DecomposingRecordingPen(glyphs)
        glyphs[source_cmap[point]].draw(outline)
        outline.replay(TransformPen(cu2qu, (scale, 0, 0, scale, 0, 0)))
        glyph = pen.glyph()
        base["glyf"][name] = glyph
        glyph.recalcBounds(base["glyf"])
        base["hmtx"][name] = (round(source["hmtx"][source_cmap[point]][0] * scale), getattr(glyph, "xMin", 0))
        if name not in order:
            order.append(name)
        for table in base["cmap"].tables:
            if table.isUnicode():
                table.cmap[point] = name
        added.add(point)
    base.setGlyphOrder(order)
    base["glyf"].glyphOrder = order
    base["maxp"].numGlyphs = len(order)
    return added


def build(weight: str, points: set[int]) -> None:
    liberation_path, dejavu_path, noto_path, style = WEIGHTS[weight]
    base = TTFont(liberation_path)
    options = subset.Options()
    options.layout_features = []  # jsPDF neither shapes nor kerns
    options.hinting = False
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(base)

    noto = noto_sc(noto_path)
    from_dejavu = add_glyphs(base, TTFont(dejavu_path), {p for p in points if p < 0x2E80}, cff=False)
    add_glyphs(base, noto, points, cff=True)

    names = base["name"]
    for record in list(names.names):
        if record.nameID in (0, 1, 3, 4, 6, 13, 16, 17):
            names.removeNames(nameID=record.nameID)
    dejavu = " ".join(f"U+{p:04X}" for p in sorted(from_dejavu))
    copyright = (f"Liberation Sans: {names.getDebugName(0)} Symbols {dejavu} from DejaVu Sans: Copyright (c) 2003 by"
                 f" Bitstream, Inc.; DejaVu changes are in public domain. Chinese from Noto Sans CJK SC:"
                 f" {noto['name'].getDebugName(0)}")
    names.setName(copyright, 0, 3, 1, 0x409)
    names.setName("Liberation Sans and Noto Sans CJK: SIL Open Font Licence 1.1; DejaVu Sans symbols: Bitstream Vera licence. See LICENSE.txt beside this file.", 13, 3, 1, 0x409)
    names.setName(FAMILY, 1, 3, 1, 0x409)
    names.setName(style, 2, 3, 1, 0x409)
    names.setName(f"{FAMILY} {style}; subset for the BRI dashboard's PDFs", 3, 3, 1, 0x409)
    names.setName(f"{FAMILY} {style}", 4, 3, 1, 0x409)
    names.setName(f"BRIPDFSans-{style}", 6, 3, 1, 0x409)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"bri-pdf-sans-{weight}.ttf"
    base.save(target)
    lacking = sorted(p for p in points if p not in TTFont(target).getBestCmap() and p >= 0x20)
    print(f"{target.relative_to(ROOT)}: {len(base.getGlyphOrder())} glyphs, {target.stat().st_size // 1024} kB; not in either font: "
          + (" ".join(f"U+{p:04X}" for p in lacking) or "none"))


if __name__ == "__main__":
    wanted = used_code_points()
    for w in WEIGHTS:
        build(w, wanted)
