"""The project's one tokenizer, and the spaCy pipeline that finds the facts.

``facts_nlp()`` is the extractor's spaCy pipeline: ``spacy.blank("zh")`` with its character
segmenter (every character a token), a ``SpanRuler`` holding the lexicons' terms as phrase
patterns (channels, posts, office suffixes, cue phrases: ``doc.spans["lexicon"]``, label =
the lexicon and role, ``id`` = the term), then the narrative steps as registered components
(``nianbao_officials``, ``nianbao_offices``, ``nianbao_channels``, ``nianbao_section5``),
each adding labelled spans to ``doc.spans["facts"]`` (label = the fact's kind, ``kb_id`` =
its value). Characters, not jieba words, are the tokens here because a lexicon term that
straddles one of jieba's word boundaries (政府门户网站 inside 人民政府门户网站, 政府办公室 in
人民政府办公室) never becomes a jieba token and would be missed; the character Doc finds them
all, and costs no jieba dictionary load (~0.8 s) at start-up. Built once per process, lazily.

``tokenizer()`` is the single jieba tokenizer of the project (a private ``jieba.Tokenizer``
whose dictionary holds the lexicons' terms); other packages add their words with
``add_words`` and cut with ``cut`` instead of building their own. ``get_nlp`` is spaCy's
blank Chinese pipeline on it, for word-level display: ``fact_doc`` maps a record's facts onto
whole jieba tokens with ``doc.char_span(s, e, alignment_mode="expand")``.
"""
from __future__ import annotations

import os
import tempfile
import threading
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from .lexicon import load

# every lexicon whose terms should be single tokens: (file, column)
_DICT_SOURCES = (("channels", "alias"), ("posts", "post"), ("cues", "cue"))


@lru_cache(maxsize=1)
def user_terms() -> tuple[str, ...]:
    terms: set[str] = set()
    for name, col in _DICT_SOURCES:
        terms.update(r[col] for r in load(name, required=(col,)) if r[col])
    return tuple(sorted(terms))


_lock = threading.Lock()


def _cache_dir() -> str:
    """Where jieba keeps its dictionary cache (its own temp-folder default is shared)."""
    path = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nianbao"
    try:
        path.mkdir(parents=True, exist_ok=True)
        return str(path)
    except OSError:
        return tempfile.gettempdir()


@lru_cache(maxsize=1)
def tokenizer():
    """The project's one jieba tokenizer: a private ``jieba.Tokenizer`` whose dictionary
    holds every term of the extractor's lexicons (channels, posts, cues). Built once per
    process, on first use only (~0.5 s). Other packages add their own words with
    ``add_words`` and cut with ``cut``; nothing should build a second tokenizer."""
    import logging

    import jieba

    with _lock:
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.setLogLevel(60)
        tok = jieba.Tokenizer()
        tok.tmp_dir = _cache_dir()
        jieba.dt.tmp_dir = tok.tmp_dir
        tok.initialize()
        for term in user_terms():
            if len(term) > 1:
                tok.add_word(term, freq=2000)
    return tok


def add_words(words, freq: int = 2_000_000) -> None:
    """Put ``words`` in the shared tokenizer's dictionary (idempotent; words of one
    character are left out: they would only split the text more)."""
    tok = tokenizer()
    with _lock:
        for w in sorted(set(words)):
            if len(w) > 1 and tok.FREQ.get(w, 0) < freq:
                tok.add_word(w, freq=freq)


def cut(text: str, hmm: bool = False) -> list[str]:
    """The text's words by the shared tokenizer (jieba without HMM by default: known words
    only, so the lexicons decide)."""
    return tokenizer().lcut(text, HMM=hmm)


_import_lock = threading.Lock()


def import_spacy():
    """``import spacy`` without its command line. spaCy's ``__init__`` imports ``spacy.cli``
    for one name (``spacy.info``), and the CLI's packages (typer, click, weasel, the download
    and project commands) are 0.3-0.4 s of a one-file ``extract``'s ~1 s start-up while a
    pipeline never uses them. So while spaCy is first imported, ``spacy.cli`` and
    ``spacy.cli.info`` are placeholders whose ``info`` imports the real command on call;
    they are taken out of ``sys.modules`` at once, so a later ``import spacy.cli`` loads the
    real package as usual (``bench/startup.py`` measures the start-up)."""
    import sys

    with _import_lock:
        if "spacy" in sys.modules:
            return sys.modules["spacy"]
        import types

        def info(*args, **kwargs):  # the real command, loaded only when it is called
            sys.modules.pop("spacy.cli.info", None)
            from spacy.cli.info import info as real
            return real(*args, **kwargs)

        cli = types.ModuleType("spacy.cli")
        cli.__path__ = []  # a package, so that ``spacy.cli.info`` is importable from it
        cli_info = types.ModuleType("spacy.cli.info")
        cli_info.info = info
        placeholders = {"spacy.cli": cli, "spacy.cli.info": cli_info}
        for name, module in placeholders.items():
            sys.modules.setdefault(name, module)
        try:
            import spacy
        finally:
            for name, module in placeholders.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
        if getattr(spacy, "cli", None) is cli:
            del spacy.cli  # ``spacy.cli`` is then the real package once imported
        return spacy


@lru_cache(maxsize=1)
def get_nlp():
    """spacy.blank('zh') whose jieba segmenter is the shared ``tokenizer()`` (once per
    process, and only when a caller needs tokens: extraction itself matches on characters)."""
    spacy = import_spacy()

    tok = tokenizer()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer.jieba_seg = tok
    return nlp


def make_doc(text: str):
    """A tokenised spaCy Doc of ``text`` (offsets are ``text``'s own)."""
    return get_nlp().make_doc(text[:999_999])


def token_span(doc, start: int, end: int) -> tuple[int, int]:
    """The character span of the tokens covering [start, end) (never narrower than it)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end <= len(doc.text) else None
    if span is None:
        return start, end
    return min(start, span.start_char), max(end, span.end_char)


def fact_doc(text: str, facts=(), figures=()):
    """A spaCy ``Doc`` of ``text`` whose ``doc.spans["facts"]`` holds the record's facts and
    figures as labelled spans (label: the fact's kind or the figure's key), each widened to
    whole jieba tokens. For display (``displacy.render(doc, style="span",
    options={"spans_key": "facts"})``): extraction itself matches on characters and never
    builds spaCy. ``facts``/``figures`` are record dataclasses or their dicts."""
    doc = make_doc(text)
    spans = []
    for item in list(facts) + list(figures):
        get = item.get if isinstance(item, dict) else (lambda k, _i=item: getattr(_i, k, None))
        span, label = get("span"), get("kind") or get("key")
        if not span or span[1] > len(doc.text):
            continue
        sp = doc.char_span(span[0], span[1], label=label, alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["facts"] = spans
    return doc


def _facts_component(doc):
    """For display on jieba words: the document's facts (officials, offices, channels,
    problems, remedies) and narrative figures as labelled spans in ``doc.spans["facts"]``."""
    from .document import Document
    from .narrative import extract_narrative

    facts, figures = extract_narrative(Document(path="", format="txt", text=doc.text, sha256=""))
    spans = []
    for item in list(facts) + list(figures):
        sp = doc.char_span(item.span[0], item.span[1], label=getattr(item, "kind", None) or item.key,
                           alignment_mode="expand")
        if sp is not None:
            spans.append(sp)
    doc.spans["facts"] = spans
    return doc


@lru_cache(maxsize=1)
def pipeline():
    """``get_nlp()`` with a SpanRuler of the lexicons' terms (``doc.spans["lexicon"]``) and
    the registered ``nianbao_facts`` component (``doc.spans["facts"]``: what extraction
    finds, on whole jieba words). For display, built on demand; extraction uses
    ``facts_nlp()``."""
    from spacy.language import Language

    if "nianbao_facts" not in Language.factories:
        Language.component("nianbao_facts", func=_facts_component)
    nlp = get_nlp()
    if "lexicon_ruler" not in nlp.pipe_names:
        # the lexicons' terms as SpanRuler phrase patterns (tokenised by the shared tokenizer,
        # whose dictionary already holds them): doc.spans["lexicon"], labels channel / post
        ruler = nlp.add_pipe("span_ruler", name="lexicon_ruler", config={"spans_key": "lexicon"})
        ruler.add_patterns([{"label": "channel", "pattern": a}
                            for a in sorted({r["alias"] for r in load("channels", required=("alias",))})]
                           + [{"label": "post", "pattern": p}
                              for p in sorted({r["post"] for r in load("posts", required=("post",))})])
    if "nianbao_facts" not in nlp.pipe_names:
        nlp.add_pipe("nianbao_facts")
    return nlp


# ---------------------------------------------------------------- the facts pipeline
LEXICON = "lexicon"   # doc.spans key of the lexicons' terms
FACTS = "facts"       # doc.spans key of the facts found

# the narrative steps, in order: component name -> function in extractor.narrative
STEPS = (("nianbao_officials", "officials_step"), ("nianbao_offices", "offices_step"),
         ("nianbao_channels", "channels_step"), ("nianbao_section5", "section5_step"))


# the cue roles the facts steps look up as spans (the figures' and section 五's cues are not)
FACT_CUES = ("official", "official_of_work", "official_except", "not_charge", "charged_check", "post_prefix",
             "post_thing", "other_unit", "office", "office_assist", "office_apply", "not_channel", "other_body_channel",
             "contact_call")


def lexicon_patterns(directory: str | None = None) -> list[dict]:
    """The lexicons' terms as SpanRuler phrase patterns: label ``channel`` (channels.tsv,
    from ``directory`` when given), ``post`` (posts.tsv), ``office_suffix`` (offices.tsv)
    and ``cue:<role>`` (cues.tsv, the roles of ``FACT_CUES``); every pattern's ``id`` is its
    term."""
    from .narrative_lex import channel_table, cue_table

    table, _ = channel_table(directory)
    rows = [("channel", a) for a in table]
    rows += [("post", r["post"]) for r in load("posts", required=("post",), unique=("post",))]
    rows += [("office_suffix", r["suffix"])
             for r in load("offices", required=("suffix",), unique=("suffix",))]
    rows += [(f"cue:{role}", c) for role, cues in cue_table().items() if role in FACT_CUES
             for c in cues]
    return [{"label": lab, "pattern": t, "id": t} for lab, t in rows if t]


_PIPES: dict = {}


def facts_nlp(directory: str | None = None):
    """The facts pipeline (see the module's doc), built once per process and per lexicon
    version (a reloaded lexicon, ``load.cache_clear()``, builds it anew)."""
    rows = load("channels", required=("alias", "channel"), unique=("alias",), directory=directory)
    with _lock:
        kept = _PIPES.get(directory)
        if kept is None or kept[0] is not rows:  # the rows are kept: their id is not reused
            kept = _PIPES[directory] = (rows, _build_facts_nlp(directory))
    return kept[1]


def _build_facts_nlp(directory):
    spacy = import_spacy()
    from spacy.language import Language

    from . import narrative

    nlp = spacy.blank("zh")
    nlp.tokenizer = CharTokenizer(nlp.vocab)  # one token per character, whitespace too
    nlp.max_length = 10 ** 9  # a blank pipeline keeps no per-token model state
    if "nianbao_simplify" not in Language.factories:
        Language.component("nianbao_simplify", func=simplify)
    nlp.add_pipe("nianbao_simplify")
    # the terms are matched on NORM: the simplified character (and lower case for Latin)
    ruler = nlp.add_pipe("span_ruler", name="nianbao_lexicon",
                         config={"spans_key": LEXICON, "phrase_matcher_attr": "NORM"})
    ruler.add_patterns(lexicon_patterns(directory))
    for name, func in STEPS:
        if name not in Language.factories:
            Language.component(name, func=getattr(narrative, func))
        nlp.add_pipe(name)
    return nlp


class CharTokenizer:
    """One token per character, whitespace included, so token i is character i and
    ``doc.text`` is the text itself. (spaCy's own "char" segmenter aligns the characters back
    onto the text one by one, which cost 5 times the whole extraction of a report.) The text
    is kept in ``doc.user_data["source"]``: the steps then never rebuild ``doc.text``."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        from spacy.tokens import Doc

        doc = Doc(self.vocab, words=list(text), spaces=[False] * len(text))
        doc.user_data["source"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)


def simplify(doc):
    """Component ``nianbao_simplify``: every traditional character's token gets the simplified
    character as its NORM (the lexicons' terms are matched on NORM), and the text the steps
    read (``text_of``) is the simplified text; both keep every position, so spans into it are
    spans into ``doc.text``, which keeps the characters as written."""
    from .labels import to_simplified

    text = doc.user_data.get("source")
    if text is None:
        text = doc.user_data["source"] = doc.text
    simple = to_simplified(text)
    doc.user_data["text"] = simple
    if simple != text:
        for i, (a, b) in enumerate(zip(text, simple)):
            if a != b:
                span = doc.char_span(i, i + 1)
                if span is not None:
                    span[0].norm_ = b
    return doc


def text_of(doc) -> str:
    """The text the steps read: ``doc.text`` with traditional characters simplified (same
    length), built once per Doc (spaCy joins the tokens anew on every ``doc.text``, and the
    narrative helpers remember positions per text object)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def run(text: str, directory: str | None = None):
    """``text`` through the facts pipeline: the Doc, with ``doc.spans["facts"]``."""
    return facts_nlp(directory)(text)


def lexicon_doc(text: str, directory: str | None = None):
    """A character Doc of ``text`` with only the lexicons' terms in ``doc.spans["lexicon"]``."""
    nlp = facts_nlp(directory)
    return nlp.get_pipe("nianbao_lexicon")(simplify(nlp.make_doc(text)))


def _index(doc) -> dict[str, list[tuple[int, int, str]]]:
    """label -> (start_char, end_char, term) of the doc's lexicon spans, sorted; built once."""
    idx = doc.user_data.get("lexicon_index")
    if idx is None:
        idx = {}
        for sp in doc.spans.get(LEXICON, ()):
            idx.setdefault(sp.label_, []).append((sp.start_char, sp.end_char, sp.id_))
        for found in idx.values():
            found.sort()
        doc.user_data["lexicon_index"] = idx
    return idx


def terms(doc, label: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every lexicon span labelled ``label`` inside [start, end), overlapping ones too."""
    found = _index(doc).get(label, [])
    end = len(text_of(doc)) if end is None else end
    out = []
    for k in range(bisect_left(found, (start, -1, "")), len(found)):
        s, e, t = found[k]
        if s >= end:
            break
        if e <= end:
            out.append((s, e, t))
    return out


def has_term(doc, label: str, start: int, end: int, avoid=()) -> bool:
    """Whether a lexicon span labelled ``label`` lies inside [start, end), overlapping none
    of the ``avoid`` spans (a cue is never looked for inside the post it is about)."""
    return any(not any(a < e and s < b for a, b in avoid) for s, e, _ in terms(doc, label, start, end))


def hits(doc, label: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start_char, end_char, term) of the ``doc.spans["lexicon"]`` terms labelled ``label``
    inside [start, end), leftmost first and the longest at a place, never overlapping (what a
    regex alternation of the terms, longest first, finds)."""
    found = sorted(terms(doc, label, start, end), key=lambda h: (h[0], -h[1]))
    out, last = [], -1
    for s, e, term in found:
        if s >= last:
            out.append((s, e, term))
            last = e
    return out


def fact_spans(doc, kind: str) -> list[tuple[int, int]]:
    """(start_char, end_char) of the facts of ``kind`` an earlier step put in the Doc."""
    return [(sp.start_char, sp.end_char) for sp in doc.spans.get(FACTS, ()) if sp.label_ == kind]


def add_fact(doc, kind: str, start: int, end: int, value: str | None) -> bool:
    """Put a fact in ``doc.spans["facts"]`` as a span labelled ``kind`` (``kb_id`` = value)."""
    sp = doc.char_span(start, end, label=kind, kb_id=value or "")
    if sp is None:
        return False
    if FACTS not in doc.spans:
        doc.spans[FACTS] = []
    doc.spans[FACTS].append(sp)
    return True
