"""Rich posts end to end on the local adapter: a product post is its picture, its text and its
shop card (or mini-program card), each a paced send recorded as a replay action."""
from __future__ import annotations

import hashlib
import textwrap
from io import BytesIO

import pytest
from aiohttp import web
from PIL import Image

from bot.events import GroupInfo, Member
from tests.conftest import GROUP, ROOT

SECOND = GroupInfo("g2", "宝妈二群", "owner", (Member("owner", "王店长"), Member("staff", "小李")))


def png(color=(230, 120, 40)) -> bytes:
    out = BytesIO()
    Image.new("RGB", (32, 24), color).save(out, "PNG")
    return out.getvalue()


def config(tmp_path, products: str) -> str:
    (tmp_path / "prod.yaml").write_text(textwrap.dedent(products), "utf-8")
    (tmp_path / "lib.yaml").write_text("health: []\n", "utf-8")
    return textwrap.dedent(f"""
        send: {{jitter_seconds: 0}}
        content: {{library: {tmp_path / 'lib.yaml'}, products: {tmp_path / 'prod.yaml'}}}
        defaults:
          theme: health
          assistants: [staff]
        """)


async def test_a_product_post_is_picture_then_text_then_link_card(make_harness, tmp_path):
    (tmp_path / "wipes.png").write_bytes(picture := png())
    harness = await make_harness(config(tmp_path, f"""
        - {{id: wipes, name: 婴儿湿巾 80 抽, price: 39, promo_price: 29.9, stock: 50, story: 加厚不掉毛,
           image: {tmp_path / 'wipes.png'}, link: "https://shop.example.com/p/wipes"}}
        """), groups=[GROUP])
    out = await harness.say("g1", "staff", "/post item wipes")
    assert [a["action"] for a in out] == ["image", "say", "link"]
    image, text, card = out
    assert (image["group"], image["name"], image["bytes"]) == ("g1", "wipes.png", len(picture))
    assert image["sha256"] == hashlib.sha256(picture).hexdigest()
    assert text["text"].startswith("【好物推荐】婴儿湿巾 80 抽") and "https://" not in text["text"]
    assert (card["url"], card["title"]) == ("https://shop.example.com/p/wipes", "婴儿湿巾 80 抽")
    assert "29.9" in card["description"]
    assert image["t"] < text["t"] < card["t"]  # each piece paced like any send


async def test_a_mini_program_product_gets_its_card_and_no_link(make_harness, tmp_path):
    harness = await make_harness(config(tmp_path, """
        - {id: rice, name: 五常大米 5kg, price: 89, stock: 30,
           mini_program: {appid: wx1234567890abcdef, page_path: "pages/item?id=rice"}}
        """), groups=[GROUP])
    out = await harness.say("g1", "staff", "/post item rice")
    assert [a["action"] for a in out] == ["say", "mini_program"]
    assert {k: out[1][k] for k in ("appid", "title", "page_path")} == {
        "appid": "wx1234567890abcdef", "title": "五常大米 5kg", "page_path": "pages/item?id=rice"}


async def test_a_picture_gone_since_the_start_leaves_the_post_without_it_and_says_why(make_harness, tmp_path,
                                                                                        caplog):
    (tmp_path / "gone.jpg").write_bytes(png())
    harness = await make_harness(config(tmp_path, f"""
        - {{id: jujube, name: 大枣, price: 68, stock: 5, image: {tmp_path / 'gone.jpg'}}}
        """), groups=[GROUP])
    (tmp_path / "gone.jpg").unlink()  # check-config saw it; somebody deleted it since
    out = await harness.say("g1", "staff", "/post item jujube")
    assert [a["action"] for a in out] == ["say"]
    assert "product jujube: its picture is left out: cannot read the picture" in caplog.text
    assert "gone.jpg" in caplog.text


@pytest.fixture
async def picture_server():
    """A picture on a loopback HTTP server that counts its fetches."""
    fetched = []

    async def serve(request: web.Request) -> web.Response:
        fetched.append(request.path)
        return web.Response(body=png((10, 150, 90)), content_type="image/png")

    app = web.Application()
    app.router.add_get("/img/scarf.png", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}/img/scarf.png", fetched
    await runner.cleanup()


async def test_a_picture_url_is_fetched_once_for_every_group(make_harness, tmp_path, picture_server):
    url, fetched = picture_server
    harness = await make_harness(config(tmp_path, f"""
        - {{id: scarf, name: 羊绒围巾, price: 129, stock: 8, image: "{url}"}}
        """), groups=[GROUP, SECOND])
    first = await harness.say("g1", "staff", "/post item scarf")
    second = await harness.say("g2", "staff", "/post item scarf")
    assert [a["action"] for a in first] == [a["action"] for a in second] == ["image", "say"]
    assert first[0]["name"] == "scarf.png" and first[0]["sha256"] == second[0]["sha256"]
    assert fetched == ["/img/scarf.png"]


def test_check_config_names_a_missing_picture(tmp_path):
    from bot.config.loader import ConfigError, load_config

    (tmp_path / "config.yaml").write_text(config(tmp_path, """
        - {id: jujube, name: 大枣, price: 68, stock: 5, image: pictures/none.jpg}
        """), "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "config.yaml")
    assert f"content：商品 “jujube” 的图片文件 “{tmp_path / 'pictures' / 'none.jpg'}” 找不到" in str(info.value)


# --- cards members share: moderation reads what the card shows ---------------------------------

async def test_a_newcomers_link_card_is_read_with_its_title_and_address(make_harness):
    from bot.events import Kind
    from bot.rich import LinkCard, MiniProgramCard

    harness = await make_harness((ROOT / "config.yaml").read_text("utf-8"), groups=[GROUP])
    await harness.sim.feed(harness.adapter.join("g1", Member("x1", "小白")))
    ad = LinkCard("https://t.cn/A6xyz", "宝妈兼职日结300，加微信 abc12345 详聊", "在家也能做")
    out = await harness.say("g1", "x1", "", kind=Kind.LINK, card=ad)
    warned = [a for a in out if a["action"] == "say" and a["mentions"] == ["x1"] and "群规" in a["text"]]
    assert warned, out
    shop = MiniProgramCard("wx1234567890abcdef", "幸福里小店 · 婴儿湿巾", "pages/item?id=wipes")
    out = await harness.say("g1", "amy", "这个湿巾好用", kind=Kind.MINI_PROGRAM, card=shop)
    assert not [a for a in out if "群规" in a.get("text", "")]


async def test_a_welcome_carries_the_groups_rules_poster(make_harness, tmp_path):
    (tmp_path / "rules.png").write_bytes(poster := png((200, 40, 40)))
    harness = await make_harness(f"defaults:\n  welcome: {{picture: {tmp_path / 'rules.png'}}}\n", groups=[GROUP])
    await harness.sim.feed(harness.adapter.join("g1", Member("new", "小新")))
    await harness.sim.feed(harness.adapter.join("g1", Member("new2", "小二")))
    out = await harness.drain()
    assert [a["action"] for a in out] == ["image", "say"]  # one poster for the gathered welcome
    assert out[0]["sha256"] == hashlib.sha256(poster).hexdigest() and out[1]["mentions"] == ["new", "new2"]
