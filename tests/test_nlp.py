"""The project's one tokenizer (extractor.nlp) and the pipeline built on it."""
from __future__ import annotations

from extractor import nlp


def test_lexicon_terms_are_single_words():
    # in a fresh process: the assistant adds longer question words (微信公众号发布信息) to the
    # same shared tokenizer when it is loaded in this one
    import json
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", "import json; from extractor import nlp; "
                          "print(json.dumps(nlp.cut('由党委副书记分管，通过微信公众号发布信息')))"],
                         capture_output=True, text=True, check=True)
    words = json.loads(out.stdout)
    assert "党委副书记" in words and "微信公众号" in words


def test_added_words_are_kept_whole_and_the_tokenizer_is_shared():
    assert nlp.tokenizer() is nlp.tokenizer()
    assert "依申请公开件数" not in nlp.cut("本年依申请公开件数为零")
    nlp.add_words(["依申请公开件数"])
    assert "依申请公开件数" in nlp.cut("本年依申请公开件数为零")


def test_spacy_doc_uses_the_shared_tokenizer():
    doc = nlp.make_doc("通过政府门户网站和微信公众号公开")
    assert "微信公众号" in [t.text for t in doc]
    # a character hit inside a token maps onto whole tokens
    s = doc.text.index("门户")
    assert nlp.token_span(doc, s, s + 2)[0] <= s


def test_extraction_runs_spacy_on_characters_without_jieba():
    import subprocess
    import sys
    code = ("import sys;from extractor.document import Document;from extractor.pipeline import extract_document;"
            "extract_document(Document(path='t.txt',format='txt',text='一、总体情况\\n全年主动公开信息5条。',sha256=''));"
            "print('spacy' in sys.modules, 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # the facts pipeline is spaCy on a character Doc: no jieba dictionary load at start-up
    assert out.split() == ["True", "False"]


def test_facts_as_labelled_spans_for_display():
    from extractor.record import Fact
    text = "由党委副书记分管，全年主动公开信息12条。"
    s = text.index("党委副书记")
    n = text.index("12条")
    doc = nlp.fact_doc(text, [Fact("responsible_official", "党委副书记", "党委副书记", [s, s + 5])],
                       [{"key": "n.active_published", "span": [n, n + 3]}])
    labels = {sp.label_: sp.text for sp in doc.spans["facts"]}
    assert labels["responsible_official"] == "党委副书记"
    assert "12" in labels["n.active_published"]


def test_the_registered_component_puts_facts_in_doc_spans():
    doc = nlp.pipeline()("政务公开工作由党委副书记分管，党政办公室具体负责。全年主动公开信息12条。")
    labels = {sp.label_ for sp in doc.spans["facts"]}
    assert {"responsible_official", "responsible_office", "n.active_published"} <= labels
    lex = {(sp.label_, sp.text) for sp in doc.spans["lexicon"]}
    assert ("post", "党委副书记") in lex


# ---------------------------------------------------------------- the facts pipeline
def test_facts_pipeline_is_spacy_with_registered_steps_built_once():
    nlp_ = nlp.facts_nlp()
    assert nlp_ is nlp.facts_nlp()
    assert nlp_.pipe_names == ["nianbao_simplify", "nianbao_lexicon"] + [name for name, _ in nlp.STEPS]
    assert nlp_.get_pipe("nianbao_lexicon").__class__.__name__ == "SpanRuler"


def test_terms_straddling_jieba_words_are_found_on_characters():
    # jieba cuts 人民政府网站 and 人民政府办公室 so that 政府网站 / 政府办公室 are no tokens
    text = "县人民政府网站和人民政府办公室"
    doc = nlp.lexicon_doc(text)
    found = {(sp.label_, sp.text) for sp in doc.spans[nlp.LEXICON]}
    assert ("channel", "政府网站") in found and ("channel", "网站") in found
    assert ("cue:post_prefix", "政府办公室") in found and ("office_suffix", "办公室") in found
    # leftmost, longest, never overlapping: what the channels step reads
    assert [t for _, _, t in nlp.hits(doc, "channel")] == ["政府网站"]


def test_facts_are_labelled_spans_with_their_values():
    text = "一、总体情况\n政务公开工作由党委副书记分管，党政办公室具体负责，通过两微发布信息。\n"
    doc = nlp.run(text)
    spans = [(sp.label_, sp.text, sp.kb_id_) for sp in doc.spans[nlp.FACTS]]
    assert ("responsible_official", "党委副书记", "党委副书记") in spans
    assert ("responsible_office", "党政办公室", "党政办公室") in spans
    # one word naming two channels gives two spans over the same characters
    assert ("channel", "两微", "wechat") in spans and ("channel", "两微", "weibo") in spans


def test_cue_roles_of_the_facts_are_patterns():
    labels = {p["label"] for p in nlp.lexicon_patterns()}
    assert {"channel", "post", "office_suffix", "cue:official", "cue:office", "cue:not_charge"} <= labels
    assert "cue:distractor" not in labels  # the figures' cues are not the facts'


def test_every_character_is_a_token_and_the_text_is_kept():
    text = "通过 门户网站\n\n和APP  公开\xa0发布"
    doc = nlp.run(text)
    assert doc.text == text and len(doc) == len(text)
    assert [(sp.label_, sp.text) for sp in doc.spans[nlp.FACTS]] == [("channel", "门户网站"), ("channel", "APP")]


def test_spacy_is_imported_without_its_command_line():
    """import_spacy() leaves spaCy's CLI packages unloaded (start-up), the facts pipeline
    works, and the real CLI is importable afterwards (spacy.info calls it)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from extractor.nlp import import_spacy, facts_nlp\n"
        "spacy = import_spacy()\n"
        "assert 'typer' not in sys.modules and 'spacy.cli' not in sys.modules, 'cli loaded'\n"
        "doc = facts_nlp()('本机关通过政府网站公开信息。')\n"
        "assert 'lexicon' in doc.spans\n"
        "import spacy.cli\n"
        "assert spacy.cli.__file__.endswith('__init__.py')\n"
        "assert 'spacy_version' in str(spacy.info()) or spacy.info()\n"
        "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
