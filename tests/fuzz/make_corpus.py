#!/usr/bin/env python3
"""Builds the seed corpora in tests/fuzz/corpus/<target>/ from the dev corpus (labels stripped),
the AI corpus and the example policies. Run once when those change; the result is committed.
libFuzzer adds what it finds to a scratch copy (run.sh), never to these directories."""
import hashlib
import json
import pathlib
import re
import shutil

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LABEL = re.compile(r"\[\[[A-Z_]+:(.*?)\]\]")


def documents():
    for path in sorted((ROOT / "tests/corpus/pii/dev").glob("*.txt")):
        for chunk in re.split(r"^@@@ .*$", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
            text = LABEL.sub(r"\1", chunk).strip()
            if text:
                yield text


def passages():
    for name in ("ai_passages.txt", "human_passages.txt"):
        text = (ROOT / "tests/corpus/ai" / name).read_text(encoding="utf-8")
        yield from (p.strip() for p in re.split(r"^### .*$", text, flags=re.M)[1:] if p.strip())
    for line in (ROOT / "tests/corpus/ai/disclosures.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            yield line.split("\t", 1)[1]


def as_outlook_html(text):
    """Wraps plain text the way Outlook and Word send it: conditional comments, o:p, entities."""
    body = "".join(
        f'<p class="MsoNormal">{p.replace("&", "&amp;").replace("<", "&lt;")}<o:p></o:p></p>\n'
        for p in text.split("\n\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p{margin:0}</style>'
            '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head>'
            f'<body><div class="WordSection1">{body}</div>'
            '<div id="divRplyFwdMsg"><b>Van:</b>&nbsp;afzender</div><blockquote>vorig bericht</blockquote>'
            '</body></html>')


# Small hand-made edge cases every text target starts from.
EDGES = ["", "<", "<<<<", "<!--", "<![if !supportLists]>", "&#x110000;&#0;&amp", "0" * 64,
         "BE68 5390 0754 7034 " * 3, "Geachte heer, Geachte heer, Geachte heer,",
         "Met vriendelijke groet,\n\n", "Een deel van deze inhoud is opgesteld met behulp van {tool}."]


def write(target, seeds):
    out = HERE / "corpus" / target
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for seed in seeds:
        data = seed.encode("utf-8") if isinstance(seed, str) else seed
        (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main():
    docs, texts = list(documents()), list(passages())
    write("recognizers_fuzzer", docs + EDGES)
    write("disclosure_fuzzer", texts + docs[::4] + EDGES)
    write("html_to_text_fuzzer", [as_outlook_html(d) for d in docs[::2]] + EDGES)
    write("analyze_text_fuzzer", docs[1::3] + [as_outlook_html(d) for d in docs[::5]] + texts[::6] + EDGES)
    bodies = [json.dumps({"text": d, "format": "text", "host": "outlook"}, ensure_ascii=False)
              for d in docs[::3]]
    bodies += [json.dumps({"text": as_outlook_html(d), "format": "html", "host": "word"}) for d in docs[1::6]]
    bodies += ['{"text": "\\ud800"}', '{"text": 1}', '{"format": "pdf", "text": ""}', "[]", '{"text": "a"', ""]
    write("analyze_request_fuzzer", bodies)
    policies = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/policies").glob("*.json"))]
    write("policy_fuzzer", policies + ["{}", "[]", '{"tools": [{"id": 1}]}', policies[0][: len(policies[0]) // 2]])


if __name__ == "__main__":
    main()
