"""Turn the bytes of a file into text: BOMs, UTF-8/16/32, CP949, GB18030, CP1251, or a clear error.

Order: a byte-order mark decides; otherwise strict UTF-8; otherwise (or for NUL-heavy data
without a BOM) UTF-16 by the position of its zero bytes; otherwise the legacy code pages that
decode strictly are scored by how plausible their text is (script proportions, no control or
private-use characters, Korean is spaced and Chinese is not) and the best one wins.
The BOM is never part of the returned text, so offset 0 is the first real character.
"""

from __future__ import annotations

import codecs
import re

from dyad.read.errors import DecodeError

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats, to name them in the error message.
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ", "xz data"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# C0 controls other than TAB LF VT FF CR, plus DEL: never in text. In UTF-8, CP949, GB18030
# and CP1251 these bytes are never part of a multibyte character, so counting bytes is exact.
_CONTROL_BYTES = bytes(list(range(0, 9)) + list(range(14, 32)) + [127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01

_SAMPLE = 1 << 16  # characters of each of the start, middle and end looked at for scoring

_HANGUL_RE = re.compile("[\uac00-\ud7a3]")
_HAN_RE = re.compile("[\u4e00-\u9fff\uf900-\ufaff]")
_CYR_RE = re.compile("[\u0400-\u04ff]")
_CYR_LOWER_RE = re.compile("[\u0430-\u045f]")
_CYR_BASIC_RE = re.compile("[\u0410-\u044f\u0401\u0451]")
_LATIN_RE = re.compile("[A-Za-z\u00c0-\u024f]")
# a space next to a CJK syllable/character: Korean separates words by spaces, Chinese does not
_SPACED_CJK_RE = re.compile("[\uac00-\ud7a3\u4e00-\u9fff] | (?=[\uac00-\ud7a3\u4e00-\u9fff])")
# characters a wrong legacy decoding tends to produce: private use, CJK extension A,
# Hangul jamo, squared unit symbols, replacement
_ODD_RE = re.compile("[\ue000-\uf8ff\u3400-\u4dbf\u1100-\u11ff\u3380-\u33ff\ufffd\U000f0000-\U0010ffff]")

# characters of running text in the scripts dyad reads: what UTF-16 read right consists of
_COMMON_RE = re.compile("[\x00-\xff\u0300-\u036f\u0400-\u04ff\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
                        "\uff00-\uffef]")

LEGACY = ("cp949", "gb18030", "cp1251")


def binary_kind(data: bytes) -> str | None:
    """Why `data` looks binary rather than text (a short phrase), or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return f"binary file ({name})"
    if b"\x00" in data:
        return "binary file (contains NUL bytes)"
    n = len(data)
    ctrl = len(data.translate(None, _NOT_CONTROL))  # deletes everything but the controls
    if ctrl and ctrl > _MAX_CONTROL_RATIO * n:
        return f"binary file ({ctrl} control bytes in {n})"
    return None


def _sample(text: str) -> str:
    if len(text) <= 3 * _SAMPLE:
        return text
    mid = len(text) // 2
    return text[:_SAMPLE] + "\n" + text[mid:mid + _SAMPLE] + "\n" + text[-_SAMPLE:]


def _text_problem(text: str) -> str | None:
    sample = _sample(text)
    ctrl = len(_CONTROL_CHARS_RE.findall(sample))
    if ctrl and ctrl > _MAX_CONTROL_RATIO * len(sample):
        return f"binary file ({ctrl} control characters in the first {len(sample)})"
    return None


def plausibility(encoding: str, text: str) -> float:
    """How much `text` looks like real text in `encoding` (0 = garbage, 1 = clearly right)."""
    s = _sample(text)
    n = len(s) or 1
    odd = len(_ODD_RE.findall(s)) + len(_CONTROL_CHARS_RE.findall(s))
    if odd > 0.01 * n:
        return 0.0
    hangul = len(_HANGUL_RE.findall(s))
    han = len(_HAN_RE.findall(s))
    cyr = len(_CYR_RE.findall(s))
    latin = len(_LATIN_RE.findall(s))
    cjk = hangul + han
    spaced = len(_SPACED_CJK_RE.findall(s)) / cjk if cjk else 0.0
    if encoding == "cp949":
        if not hangul or hangul < han:
            return 0.0
        score = (hangul / (cjk + cyr)) ** 2  # Chinese read as CP949 mixes Hangul and Hanja
        # Korean separates words by spaces; long unspaced runs are more likely Chinese bytes
        return score if (spaced >= 0.08 or hangul < 8) else score * 0.5
    if encoding == "gb18030":
        if not han or han < hangul:
            return 0.0
        score = han / (cjk + cyr)
        return score * 0.3 if spaced >= 0.08 else score * 0.9
    if encoding == "cp1251":
        letters = cyr + latin
        if cyr < 0.3 * letters or not cyr or cjk:
            return 0.0
        # running Russian text is mostly lower case; CJK bytes read as CP1251 are mixed case
        lower = len(_CYR_LOWER_RE.findall(s)) / cyr
        basic = len(_CYR_BASIC_RE.findall(s)) / cyr  # the letters of Russian, not ѓ, ї, ў ...
        return 0.8 if lower >= 0.5 and basic >= 0.9 else 0.0
    return 0.0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM, told apart from binary data with NUL bytes; None if not."""
    if len(data) % 2:
        return None
    best, best_ascii = None, -1
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        s = _sample(text)
        if _CONTROL_CHARS_RE.search(s) or len(_ODD_RE.findall(s)) > 0.01 * len(s):
            continue
        if len(_COMMON_RE.findall(s)) < 0.95 * len(s):
            continue
        # read with the wrong byte order, ASCII characters turn into U+xx00, never ASCII
        ascii_count = len(s.encode("ascii", "ignore"))
        if ascii_count > best_ascii:
            best, best_ascii = text, ascii_count
    return best


def _charset_hint(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_:.-]{2,40})""", data[:4096], re.I)
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, html: bool = False) -> str:
    """Decoded text of a file's bytes without the BOM; raises DecodeError with a one-line reason."""
    if not data:
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as e:
                raise DecodeError(f"not valid {enc.upper()} despite its byte-order mark "
                                  f"(bad bytes at offset {e.start + len(bom)})") from None
            return _checked(text, enc)
    kind = binary_kind(data)
    if kind:
        # UTF-16 without a BOM has NUL or control bytes too; binary data does not decode cleanly
        text = _utf16_without_bom(data)
        if text is not None and not is_blank(text):
            return text
        raise DecodeError(kind)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    declared = _charset_hint(data) if html else None
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return _checked(data.decode(declared), declared)
        except (UnicodeDecodeError, LookupError):
            pass
    best, best_score = None, 0.0
    for enc in LEGACY:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = plausibility(enc, text)
        if score > best_score:
            best, best_score = text, score
    if best is not None and best_score >= 0.4:
        return best
    raise DecodeError(f"cannot decode: not UTF-8 (bad byte 0x{data[utf8_error.start]:02x} at offset "
                      f"{utf8_error.start}) and not plausible {', '.join(x.upper() for x in LEGACY)} text")


def _checked(text: str, enc: str) -> str:
    problem = _text_problem(text)
    if problem:
        raise DecodeError(f"{problem}, decoded as {enc.upper()}")
    return text


def is_blank(text: str) -> bool:
    """True for text with nothing but whitespace (including NBSP, ideographic space, BOMs)."""
    return not text.strip().strip("\ufeff\u200b\u200c\u200d\u2060")
