"""The ``qunbot`` command: run, replay, check-config, verify-draw, export, db, train."""
from __future__ import annotations

import argparse
import logging
import sys


DB_HELP = ("SQLite file or database URL, e.g. postgresql://qunbot@127.0.0.1/qunbot (default: QUNBOT_DATABASE_URL, "
           "else config's database.url, else storage.path: data/qunbot.db)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="qunbot", description="Qunbot: a WeChat group assistant for retail stores.")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the bot: the local adapter with the web playground, or real WeChat")
    run.add_argument("--transport", choices=["local", "wechaty"], default="local",
                     help="local: the playground (default); wechaty: a real account through the gateway "
                          "named by WECHATY_PUPPET_SERVICE_ENDPOINT and WECHATY_PUPPET_SERVICE_TOKEN")
    run.add_argument("--config", help="config file (default: ./config.yaml)")
    run.add_argument("--host", help="playground address (default from config: 127.0.0.1)")
    run.add_argument("--port", type=int, help="playground port (default from config: 8080)")
    run.add_argument("--db", help=DB_HELP)
    run.add_argument("--account", help="with accounts: in the config, the WeChat account this worker serves "
                                       "(one worker per account, all on one database)")

    replay = commands.add_parser("replay", help="run a JSONL chat transcript on a virtual clock")
    replay.add_argument("transcript", help="JSON Lines file, or - for stdin")
    replay.add_argument("--config", help="config file (default: the shipped config.yaml)")
    replay.add_argument("--until", help="keep the virtual clock running to this ISO time")
    replay.add_argument("--db", help="SQLite file or database URL to keep (default: a temporary SQLite file)")
    replay.add_argument("--report", action="store_true",
                        help="print how many messages each moderation rule hit, in all and per group (stderr)")
    replay.add_argument("--sequential", action="store_true",
                        help="one event at a time (slower; the same output: the reference for the concurrent replay)")
    replay.add_argument("--max-days", type=float, default=31.0,
                        help="refuse a transcript (or --until) spanning more virtual days than this (default 31)")

    check = commands.add_parser("check-config", help="validate a config file and list every problem")
    check.add_argument("path", nargs="?", help="config file (default: ./config.yaml)")

    verify = commands.add_parser("verify-draw", help="recompute a lottery's winners from its revealed seed")
    verify.add_argument("--seed", help="the seed the bot revealed at the draw")
    verify.add_argument("--hash", help="the SHA-256 the bot published at open (checked against the seed)")
    verify.add_argument("--winners", type=int, help="how many winners the draw had")
    verify.add_argument("entrants", nargs="*", help="entrant member ids (any order)")
    verify.add_argument("--draw", type=int, help="a drawn lottery's number, read from --db")
    verify.add_argument("--db", help=DB_HELP)

    export = commands.add_parser("export", help="write the group-buy pick list: one CSV per pickup point")
    export.add_argument("what", choices=["orders"], help="orders: every live order line of the group-buys")
    export.add_argument("--db", help=DB_HELP)
    export.add_argument("--out", default="exports", help="folder for the CSV files (default: ./exports)")
    export.add_argument("--buy", type=int, action="append", default=[], help="only this group-buy (repeatable)")

    database = commands.add_parser("db", help="the database schema: current revision, upgrade, new migration")
    database.add_argument("action", choices=["current", "upgrade", "revision"],
                          help="current: the schema's revision; upgrade: migrate to the code's revision "
                               "(the bot also does this at start); revision: write a new migration from the models")
    database.add_argument("--db", help=DB_HELP)
    database.add_argument("--config", help="config file (default: ./config.yaml)")
    database.add_argument("-m", "--message", help="revision: what the migration changes")

    train = commands.add_parser("train", help="fit the learned ad score on the corpus and the owners' labels "
                                              "(--intents, --questions, --signins: the learned intent, question or 打卡 score on the corpus)")
    train.add_argument("--db", help=DB_HELP + "; its owners' labels (/ad, /pardon) are examples too")
    train.add_argument("--out", help="model file to write (default: the shipped bot/content/ad_model.json); "
                                     "a config uses it with `model: PATH` in the ads rule")
    train.add_argument("--report", action="store_true", help="print what changed on the dev split versus the shipped model")
    train.add_argument("--intents", action="store_true", help="fit the learned intent score (orders, sign-ups) on the "
                                                                "corpus' train split instead, with the order-quantity ranker (default out: bot/content/intent_model.json "
                                                                "and order_quantity_model.json; with --out, FILE and FILE_quantity.json)")
    train.add_argument("--questions", action="store_true", help="fit the learned question score and FAQ topics on the "
                                                                  "corpus' train split instead (writes bot/content/question_model.json "
                                                                  "and question_topics.json.gz; no --out)")
    train.add_argument("--signins", action="store_true", help="fit the learned 打卡 score (whether a 打卡 is this group's "
                                                                "sign-in or another habit's) on the corpus' train split instead "
                                                                "(writes bot/content/signin_model.json; no --out)")

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic logs each plugin it sets up when first imported (seven INFO lines); it is imported when a database
    # opens (storage/db.py), after this, no longer before any handler existed: keep those lines out as before.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    if args.command == "check-config":
        return check_config(args.path)
    if args.command == "verify-draw":
        from bot.lottery.verify import main as verify_main

        return verify_main(args)
    if args.command == "db":
        from bot.db_admin import main as db_main

        return db_main(args.action, args.db, args.config, args.message)
    if args.command == "export":
        from bot.chain.export_orders import main as export_main

        return export_main(args.db, args.out, args.buy)
    if args.command == "train" and args.signins:
        if args.out or args.intents or args.questions:
            parser.error("--signins writes the shipped signin_model.json: no --out, no --intents, no --questions")
        from bot.language.signin_training import main as train_signins

        return train_signins(args.report)
    if args.command == "train" and args.questions:
        if args.out or args.intents:
            parser.error("--questions writes the shipped question_model.json and question_topics.json.gz: no --out, no --intents")
        from bot.questions.training import main as train_questions

        return train_questions(args.report)
    if args.command == "train" and args.intents:
        from bot.language.intent_training import main as train_intents

        return train_intents(args.out, args.report)
    if args.command == "train":
        from bot.moderation.training import main as train_main

        return train_main(args.db, args.out, args.report)
    if args.command == "replay":
        logging.getLogger().setLevel(logging.WARNING)
        from bot.replay import main as replay_main

        return replay_main(args.transcript, args.config, args.until, args.db, args.report, args.max_days, args.sequential)
    if args.transport == "wechaty":
        from bot.adapters.wechaty_run import main as wechaty_main

        return wechaty_main(args.config, args.db, args.account)
    from bot.playground.run import main as run_main

    return run_main(args.config, args.host, args.port, args.db, args.account)


def check_config(path: str | None) -> int:
    """Every problem of the config, in Chinese (bot/content/config_messages.yaml): admins and owners read it."""
    # Imported here, like every command's code below: the config loader pulls in the handlers, the models and
    # SQLAlchemy (~2.5 s of CPU), which `qunbot --help` and a mistyped command do not need.
    from bot.config.issues import render
    from bot.config.loader import ConfigError, config_warnings, default_config_path, load_config, schedule_gaps

    config_path = default_config_path(path)
    try:
        config = load_config(config_path)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        print(render("check_failed", {"count": len(exc.issues)}), file=sys.stderr)
        return 1
    for warning in schedule_gaps(config) + config_warnings(config, config_path.read_text("utf-8")):
        print(f"{config_path}：{render('check_warning', {'text': warning})}", file=sys.stderr)
    print(f"{config_path}：" + render("check_passed", {
        "rules": len(config.defaults.rules), "posts": len(config.defaults.schedule), "groups": len(config.groups),
        "accounts": list(config.accounts)}))
    return check_database(config)


def check_database(config) -> int:
    """QUNBOT_DATABASE_URL overrides database.url: it gets the same check."""
    from bot.config.issues import render
    from storage.engine import ENV_URL, BadDatabaseURL, redact, resolve_url

    target = config.database_target()
    try:
        resolve_url(target)
    except BadDatabaseURL as exc:
        print(f"{ENV_URL}：{render(exc.code, exc.params)}", file=sys.stderr)
        return 1
    print(render("check_database", {"target": redact(target)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
