#!/usr/bin/env python3
"""Reproducible helper for the labelled personal-data corpus.

  ids.py gen [SEED]   print valid (and deliberately invalid) identifiers to paste into documents
  ids.py check DIR..  verify that every checksum-typed gold label in the corpus passes its checksum,
                      so a typo in the data cannot pose as a detector miss

Checks follow docs/personal-data-facts (public rules: mod 97, 11-proof, ISO 13616, Luhn).
"""
import random
import re
import sys


def digits(s):
    return re.sub(r"\D", "", s)


def be_national_ok(s):
    d = digits(s)
    if len(d) != 11:
        return False
    body, cc = int(d[:9]), int(d[9:])
    return cc == 97 - body % 97 or cc == 97 - int("2" + d[:9]) % 97


def bsn_ok(s):
    d = digits(s).zfill(9)
    if len(d) != 9:
        return False
    total = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return total % 11 == 0 and int(d) > 0


def iban_ok(s):
    compact = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def kbo_ok(s):
    d = digits(s)
    return len(d) == 10 and 97 - int(d[:8]) % 97 == int(d[8:])


def nl_vat_ok(s):
    m = re.search(r"(\d{9})B\d{2}", s.replace(".", "").replace(" ", "").upper())
    if not m:
        return False
    if bsn_ok(m.group(1)):
        return True
    compact = "NL" + re.sub(r"[\s.]", "", s).upper().split("NL", 1)[-1]
    return int("".join(str(int(c, 36)) for c in compact)) % 97 == 1


def luhn_ok(s):
    d = [int(c) for c in digits(s)][::-1]
    total = sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d))
    return 13 <= len(d) <= 19 and total % 10 == 0


CHECKS = {
    "BE_NATIONAL_NUMBER": be_national_ok,
    "NL_BSN": bsn_ok,
    "IBAN": iban_ok,
    "BE_ENTERPRISE_NUMBER": kbo_ok,
    "VAT_NUMBER": lambda s: nl_vat_ok(s) if "NL" in s.upper() else kbo_ok(s),
    "CREDIT_CARD": luhn_ok,
}


def iban_with_check(country, bban):
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def gen(seed):
    r = random.Random(seed)
    for _ in range(6):
        yy, mm, dd, ctr = r.randint(0, 99), r.randint(1, 12), r.randint(1, 28), r.randint(1, 997)
        body = f"{yy:02d}{mm:02d}{dd:02d}{ctr:03d}"
        after_2000 = yy < 25 and r.random() < 0.5
        cc = 97 - int(("2" if after_2000 else "") + body) % 97
        print("BE_NN", f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:]}.{cc:02d}", "2000+" if after_2000 else "")
    for _ in range(6):
        while True:
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            for last in range(10):
                if bsn_ok(d + str(last)):
                    print("BSN", d + str(last))
                    break
            else:
                continue
            break
    for _ in range(4):
        acc = f"{r.randint(0, 99999999):08d}"
        bank = f"{r.randint(1, 999):03d}{acc[:7]}"
        bban = bank + f"{(int(bank) % 97) or 97:02d}"
        print("IBAN_BE", iban_with_check("BE", bban))
        print("IBAN_NL", iban_with_check("NL", r.choice(["ABNA", "INGB", "RABO", "TRIO"]) + f"{r.randint(0, 9999999999):010d}"))
    for _ in range(4):
        first = f"{r.choice([0, 1])}{r.randint(0, 9999999):07d}"
        print("KBO", f"{first}{97 - int(first) % 97:02d}")
    for _ in range(3):
        while True:
            d = "".join(str(r.randint(0, 9)) for _ in range(8))
            last = [x for x in range(10) if bsn_ok(d + str(x))]
            if last:
                print("NL_VAT", f"NL{d}{last[0]}B01")
                break
    for prefix in ["4", "51", "37", "6011"]:
        length = 15 if prefix == "37" else 16
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(length - len(prefix) - 1))
        last = next(x for x in range(10) if luhn_ok(body + str(x)))
        print("CARD", body + str(last))


LABEL = re.compile(r"\[\[\??([A-Z_]+):(.*?)\]\]")


def check(dirs):
    import pathlib
    bad = 0
    for d in dirs:
        for path in sorted(pathlib.Path(d).glob("*.txt")):
            for m in LABEL.finditer(path.read_text(encoding="utf-8")):
                check_fn = CHECKS.get(m.group(1))
                if check_fn and not check_fn(m.group(2)):
                    bad += 1
                    print(f"{path}: {m.group(1)} fails its checksum: {m.group(2)}")
    print(f"{bad} invalid checksum labels")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "gen":
        gen(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    elif len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
