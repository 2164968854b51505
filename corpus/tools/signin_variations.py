"""The sign-in reader on text nobody wrote yet: each train (or dev) sign-in and each look-alike with a trigger in it,
varied the way members vary what they type, scored as the corpus labels the line it came from.

``python -m corpus.tools.signin_variations [--split train|dev|both] [--list KIND] [--limit N] [--families K]``
``python -m corpus.tools.signin_variations --leave-out FILE,FILE… [--split …]``

The reader's rules were written from train and dev, so on those lines it reads ~99%; fresh text misses 4-7% of its
sign-ins, mostly in wrappings and spellings the corpus lines never put together. Each variation below is a mechanism
(a greeting before, after or both, December's holidays, the weather, voice input's lost or spoken punctuation, emoji
between the words, the trigger said twice, a typo of 签/到/打/卡 by sound, a numbered 接龙 of sign-ins, a sign-in
for a parent), with wrappings written for this tool, never corpus lines. A sign-in varied must stay a sign-in; a
look-alike (talk about signing in, another 打卡, 补签) varied by what does not change its meaning must stay silent.
With ``--families K`` the learned 打卡 score (``bot.language.signin_model``) is
fitted out of fold: each train line read with the score fitted on the other folds' train lines (K-fold by family), dev
with the score fitted on all of train. With ``--leave-out`` the named files' own lines (train and dev) are read as
they are, by the rules and by the 打卡 and whole-decision scores fitted on train without those files (by the shipped
scores beside it), and each line read wrongly is listed: the newest writers' text out of fold, as far as a score can
be (the rules were written from those files). It reads no test or held-out line. Deterministic: each line's wrappings are chosen by a hash of its text.
"""
from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter

import corpus
from bot.language.signins import read_signin
from corpus.eval_intents import TRIGGERS

# Written for this tool: how members open and close a morning's message in December.
GREETINGS = ("早上好", "大家早上好", "各位邻居早安", "家人们早", "姐妹们早上好呀", "群主早", "早早早", "大家中午好", "晚上好",
             "亲们早安", "王姐早", "早安各位", "哈喽大家好")
HOLIDAYS = ("冬至快乐", "祝大家冬至快乐", "今天冬至记得吃饺子", "圣诞快乐🎄", "祝大家圣诞节快乐", "平安夜平安",
            "元旦快乐", "提前祝大家元旦快乐", "新年快乐", "腊八节快乐", "大雪节气到了")
WEATHER = ("今天好冷啊", "外面下雪了", "今天降温大家多穿点", "雾好大", "太阳出来了暖和", "零下五度冻死了", "风好大出门戴帽子",
           "天冷路滑大家小心")
DAY = ("我去买菜了", "送孙子上学去咯", "今天要去医院复查", "刚跳完广场舞", "准备做早饭了", "老头子还在睡")
EMOJI = ("🌹", "[玫瑰]", "☀️", "👍", "[太阳]", "🙏", "❤️", "✌️", "[爱心]", "🎄")
# Homophones and slips of each trigger character, as pinyin and voice input type them.
SLIPS = {"签": "千欠谦钱迁", "到": "道倒", "打": "达大", "卡": "咔"}
PARENTS = ("帮我妈", "替我老伴", "帮我爸也", "给我婆婆")
LIST_HEAD = "1. 张阿姨 签到\n2. 老李 签到\n3. "
SPOKEN_STOPS = ("逗号", "句号")


def _pick(options: tuple[str, ...], text: str, salt: str) -> str:
    digest = hashlib.sha1((salt + text).encode("utf-8")).digest()
    return options[digest[0] % len(options)]


def _sep(text: str, salt: str) -> str:
    return _pick(("", "，", " ", "！", "~", "。"), text, salt)


def _unpunctuated(text: str) -> str:
    return re.sub(r"[，。！？,.!?~～、]+", "", text)


def _slipped(text: str) -> str | None:
    """One trigger character typed by its sound (签到 -> 千到, 打卡 -> 达卡); None without a trigger to slip."""
    at = next((m for m in re.finditer(r"签(?=个?到)|(?<=签)到|(?<=签个)到|打(?=个?卡)|(?<=打)卡|(?<=打个)卡", text)), None)
    if at is None:
        return None
    options = SLIPS[at.group()]
    return text[:at.start()] + _pick(tuple(options), text, "slip") + text[at.end():]


def _emoji_between(text: str) -> str:
    """An emoji after the first clause or, in one clause, after the trigger."""
    mark = _pick(EMOJI, text, "emoji")
    found = re.search(r"签个?到|打个?卡|[，,。！!\s]", text)
    return text[:found.end()] + mark + text[found.end():] if found else text + mark


def variations(text: str, signin: bool) -> dict[str, str]:
    """The kinds of variation of one line. A look-alike gets only those that keep its meaning."""
    g, h, w = _pick(GREETINGS, text, "g"), _pick(HOLIDAYS, text, "h"), _pick(WEATHER, text, "w")
    out = {
        "greeting before": g + _sep(text, "s1") + text,
        "holiday after": text + _sep(text, "s2") + h,
        "greeting and holiday": g + _sep(text, "s3") + text + _sep(text, "s4") + h,
        "weather after": text + _sep(text, "s5") + w,
        "holiday before": h + _sep(text, "s6") + text,
        "voice, unpunctuated": _unpunctuated(g + text + w),
        "emoji between": _emoji_between(text),
    }
    if signin:
        out["day after"] = text + _sep(text, "s7") + _pick(DAY, text, "d")
        out["said twice"] = text + " " + text
        out["numbered list"] = LIST_HEAD + text
        out["spoken stop"] = text + _pick(SPOKEN_STOPS, text, "stop") + g
    if (slipped := _slipped(text)) is not None:
        out["typo by sound"] = slipped  # a look-alike misspelt is still what it was
    return {kind: varied for kind, varied in out.items() if varied != text}


def _bare(text: str) -> bool:
    return bool(re.fullmatch(r"(?:签个?到|打个?卡)[了啦呀哦]?", text))


def fold_models(k: int) -> dict[str, object]:
    """The 打卡 score fitted out of fold: for each family of train, the score fitted on the train lines of the other
    folds (K-fold by family); for dev, the score fitted on all of train (``qunbot train --signins``'s)."""
    from bot.language.signin_training import fit

    train = corpus.load("intents", split="train")
    fold = {r["family"]: int(hashlib.sha1(r["family"].encode("utf-8")).hexdigest()[:8], 16) % k for r in train}
    fitted = [fit([r for r in train if fold[r["family"]] != f]) for f in range(k)]
    return {"": fit(train), **{family: fitted[f] for family, f in fold.items()}}


def run(splits: tuple[str, ...], listing: str | None, limit: int, families: int = 0) -> str:
    records = [r for s in splits for r in corpus.load("intents", split=s)]
    models = fold_models(families) if families else {}
    lines, lost, tried = [], Counter(), Counter()
    for record in records:
        signin = record["intent"] == "signin"
        partner = models.get(record["family"] if record.split == "train" else "", True) if models else True
        said = read_signin(record.text, TRIGGERS, partner) is not None
        if said != signin or not signin and not re.search(r"签|打卡|打个卡|报到", record.text):
            continue  # only lines the reader reads right, and look-alikes that name signing in
        varied = variations(record.text, signin)
        if signin and _bare(record.text):
            varied["for a parent"] = _pick(PARENTS, record.text, "p") + record.text
        for kind, text in varied.items():
            key = ("sign-in" if signin else "look-alike", kind)
            tried[key] += 1
            if (read_signin(text, TRIGGERS, partner) is not None) != signin:
                lost[key] += 1
                if listing and listing in kind and len(lines) < limit:
                    lines.append(f"{'missed' if signin else 'false '}  {record.source}  {text!r}")
    table = [f"{'':12}{'variation':24}{'tried':>7}{'wrong':>7}{'share':>8}"]
    for key in sorted(tried):
        table.append(f"{key[0]:12}{key[1]:24}{tried[key]:>7}{lost[key]:>7}{lost[key] / tried[key]:>8.1%}")
    for who in ("sign-in", "look-alike"):
        t = sum(n for k, n in tried.items() if k[0] == who)
        x = sum(n for k, n in lost.items() if k[0] == who)
        table.append(f"{who:12}{'all':24}{t:>7}{x:>7}{x / t if t else 0:>8.1%}")
    return "\n".join(lines + table)


def left_out(stems: list[str], splits: tuple[str, ...]) -> str:
    """The named files' train/dev lines read by the rules with the scores fitted without them (and with the shipped
    scores): sign-ins recall / precision each way, and every line either gets wrong."""
    from bot.language.signin_training import fit

    files = {f"intents/{stem}.jsonl" for stem in stems}
    own = lambda r: r.source.rsplit(":", 1)[0] in files  # noqa: E731
    model = fit([r for r in corpus.load("intents", split="train") if not own(r)])
    records = [r for s in splits for r in corpus.load("intents", split=s) if own(r)]
    readings = {name: [read_signin(r.text, TRIGGERS, partner) is not None for r in records]
                for name, partner in (("out of fold", model), ("shipped", True))}
    out = [f"{'missed' if r['intent'] == 'signin' else 'false '}  {r.source}  {r.text!r}"
           + ("" if oof == shipped else "  (out of fold only)" if shipped == gold else "  (shipped only)")
           for r, oof, shipped in zip(records, readings["out of fold"], readings["shipped"])
           if (gold := r["intent"] == "signin") != oof or gold != shipped]
    for name, said in readings.items():
        gold = [r["intent"] == "signin" for r in records]
        hit = sum(s and g for s, g in zip(said, gold))
        false, missed = sum(said) - hit, sum(gold) - hit
        out.append(f"{name:12} sign-ins {sum(gold):5}  recall {hit / max(sum(gold), 1):6.1%}  precision "
                   f"{hit / max(hit + false, 1):6.1%}  missed {missed}  false {false}")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument("--list", dest="listing", help="print the lines a variation kind reads wrongly (a substring)")
    parser.add_argument("--limit", type=int, default=60)
    parser.add_argument("--families", type=int, default=0, metavar="K",
                        help="the learned 打卡 score out of fold: K-fold by family on train (dev: fitted on all of train)")
    parser.add_argument("--leave-out", metavar="FILES", help="comma-separated file stems read out of fold (their lines listed)")
    args = parser.parse_args()
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    if args.leave_out:
        print(left_out(args.leave_out.split(","), splits))
        return
    print(run(splits, args.listing, args.limit, args.families))


if __name__ == "__main__":
    main()
