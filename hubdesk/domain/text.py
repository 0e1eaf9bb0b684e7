"""The text door: what typed, imported or scripted text becomes before it is kept.

DOMAIN.md: text is NFKC-normalised at the door; control and bidi-override characters
are refused; a value of only invisible characters is empty.

- NFKC folds full-width letters and digits, half-width forms, ligatures, the
  ideographic and no-break spaces into their plain forms (``ＡＢＣ１２３`` → ``ABC123``),
  except for the symbols Korean documents are written with, kept as typed: Hangul
  compatibility jamo (``ㄱ.`` list markers, ``ㆍ`` as a middle dot), which NFKC would
  turn into conjoining jamo, and the enclosed and squared forms (``①`` paragraph
  numbers of an agreement, ``㈜``, ``㎡``), which NFKC would turn into ``1``, ``(주)``
  and ``m2``.
- Characters that show nothing (zero-width space, joiners, word joiner, byte-order
  mark, soft hyphen, variation selectors, Hangul fillers, …) are dropped wherever they
  are: they cannot make a name look filled, nor hide a resident number, nor make two
  names that read alike differ.
- Refused with a ``ValidationError`` naming the field: control characters (NUL
  included), bidirectional controls (U+202E and its kin reorder what the reader sees)
  and lone surrogates (half of a UTF-16 pair: no file or database can store it).
  Tab and line breaks are text in multi-line fields (descriptions, summaries, notes,
  article texts) and refused inside a one-line field such as a name.
"""

from __future__ import annotations

import re
import unicodedata

from hubdesk.domain.errors import ValidationError

# Default-ignorable characters that render as nothing (the bidi controls among the
# Unicode default-ignorables are refused instead, see BIDI_CONTROLS).
INVISIBLE: frozenset[str] = frozenset(
    chr(point)
    for first, last in (
        (0x00AD, 0x00AD),  # soft hyphen
        (0x034F, 0x034F),  # combining grapheme joiner
        (0x115F, 0x1160),  # Hangul choseong / jungseong fillers
        (0x17B4, 0x17B5),  # Khmer inherent vowels
        (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator
        (0x200B, 0x200D),  # zero-width space, non-joiner, joiner
        (0x2060, 0x2065),  # word joiner, invisible operators
        (0x206A, 0x206F),  # deprecated format characters
        (0x3164, 0x3164),  # Hangul filler
        (0xFE00, 0xFE0F),  # variation selectors
        (0xFEFF, 0xFEFF),  # zero-width no-break space (byte-order mark)
        (0xFFA0, 0xFFA0),  # half-width Hangul filler
        (0x1BCA0, 0x1BCA3),  # shorthand format controls
        (0x1D173, 0x1D17A),  # musical format controls
        (0xE0000, 0xE0FFF),  # tags and variation selectors supplement
    )
    for point in range(first, last + 1)
)
# Unicode's Bidi_Control characters: marks, embeddings, overrides and isolates.
BIDI_CONTROLS: frozenset[str] = frozenset(
    chr(point) for point in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
)
MULTILINE_CONTROLS = frozenset("\t\n\r")
LINE_SEPARATORS = frozenset("\n\r\u2028\u2029")
_DROP = {ord(char): None for char in INVISIBLE}


def without_invisible(text: str) -> str:
    """``text`` with every character that shows nothing removed."""
    return text.translate(_DROP)


# Hangul compatibility jamo; enclosed alphanumerics; enclosed CJK letters and months and
# CJK compatibility (squared units); enclosed alphanumeric supplement.
_KEPT_SYMBOLS = re.compile("([\u3131-\u318e\u2460-\u24ff\u3200-\u33ff\U0001f100-\U0001f1ff]+)")


def _nfkc(text: str) -> str:
    """NFKC of everything but the runs of kept symbols (see the module's docstring)."""
    parts = _KEPT_SYMBOLS.split(text)  # odd indexes hold the kept runs
    return "".join(
        part if index % 2 else unicodedata.normalize("NFKC", part)
        for index, part in enumerate(parts)
    )


def normalised(text: str) -> str:
    """NFKC (keeping Korean document symbols) without invisible characters; NFKC again,
    since a dropped character may have stood between two that compose (and half-width
    fillers fold into dropped ones)."""
    return _nfkc(without_invisible(_nfkc(without_invisible(text))))


def refusal(text: str, *, multiline: bool = True) -> str | None:
    """Why ``text`` cannot be kept (its first bad character), or None when it can.

    ``multiline`` allows tab and line breaks; a one-line field refuses them.
    """
    for char in text:
        reason = _refused_character(char, multiline)
        if reason is not None:
            return reason
    return None


def _refused_character(char: str, multiline: bool) -> str | None:
    point = ord(char)
    if 0xD800 <= point <= 0xDFFF:
        return f"contains the broken character U+{point:04X}"
    if char in BIDI_CONTROLS:
        return f"contains the text-direction control U+{point:04X}"
    if not multiline and char in LINE_SEPARATORS:
        return "must be one line"
    if unicodedata.category(char) == "Cc" and not (multiline and char in MULTILINE_CONTROLS):
        return f"contains the control character U+{point:04X}"
    return None


def storable(text: str) -> bool:
    """False when ``text`` holds a NUL or a lone surrogate (no file or database keeps it)."""
    return "\0" not in text and not any(0xD800 <= ord(char) <= 0xDFFF for char in text)


def check_characters(text: str, field: str, *, multiline: bool = True) -> None:
    """Raise ``ValidationError(field=...)`` when ``text`` holds a refused character."""
    reason = refusal(text, multiline=multiline)
    if reason is not None:
        raise ValidationError(field=field, reason=reason)


def door_text(text: str, field: str, *, multiline: bool = False) -> str:
    """``text`` checked, normalised and stripped: what the door lets in.

    Surrounding white space (a pasted trailing newline too) is stripped before a
    one-line field is checked for line breaks.
    """
    check_characters(text, field, multiline=True)
    kept = normalised(text).strip()
    check_characters(kept, field, multiline=multiline)
    return kept
