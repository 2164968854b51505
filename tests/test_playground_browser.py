"""The playground in a real browser: headless Chromium driven by Playwright.

Needs Chromium at /usr/bin/chromium (Debian: apt-get install chromium). Where it is
missing these tests are skipped with that reason in the summary; CI installs it.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from tests.browser import WAIT_MS, browser, chromium_endpoint, browser_test  # noqa: F401 (fixtures)
from tests.conftest import ROOT

pytestmark = browser_test
SHOTS = Path(tempfile.gettempdir()) / "qunbot-screenshots"  # to look at; not part of the repository
SHOTS.mkdir(exist_ok=True)


@pytest.fixture
async def page(served, browser):
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    await page.goto(served.url + "/")
    await page.wait_for_selector("#status.ok", timeout=WAIT_MS)
    yield page
    assert errors == [], errors
    await context.close()


async def say(page, member: str, text: str) -> None:
    await page.select_option("#member", member)
    await page.fill("#text", text)
    await page.click("#say-form button")


async def test_a_member_signs_in_and_sees_the_reply_live(page):
    await say(page, "m-xiaomei", "签到")
    reply = page.locator("#log li.bot .bubble").first
    await reply.wait_for(timeout=WAIT_MS)
    assert (await reply.text_content()).startswith("@小美妈妈 签到成功")
    assert await page.input_value("#text") == ""

    await say(page, "m-xiaomei", "签到")
    await page.locator("#log li.bot").nth(1).wait_for(timeout=WAIT_MS)
    assert "已经签到过" in await page.locator("#log li.bot .bubble").nth(1).text_content()


async def test_join_with_inviter_then_leave_updates_the_roster(page):
    await page.click("button[data-group=demo-young]")
    assert await page.text_content("#group-title") == "潮流青年群"
    await page.fill("#join-name", "新朋友")
    await page.select_option("#join-inviter", "m-kiki")
    await page.click("#join-form button")
    await page.locator("#member-list li", has_text="新朋友").wait_for(timeout=WAIT_MS)
    assert "“Kiki”邀请“新朋友”加入了群聊" in await page.text_content("#log")
    assert "5 人" in await page.text_content("button[data-group=demo-young]")

    await page.locator("#member-list li", has_text="新朋友").get_by_role("button").click()
    await page.locator("#member-list li", has_text="新朋友").wait_for(state="detached", timeout=WAIT_MS)
    assert "新朋友 退出了群聊" in await page.text_content("#log")


async def test_a_bad_request_shows_a_message(page):
    await page.select_option("#member", "m-xiaomei")
    await page.evaluate("document.getElementById('member').add(new Option('x', 'ghost')); document.getElementById('member').value = 'ghost'")
    await page.fill("#text", "你好")
    await page.click("#say-form button")
    await page.wait_for_function("document.getElementById('error').textContent.includes('请先选择群里的一位成员')", timeout=WAIT_MS)


async def test_a_product_post_shows_as_picture_text_and_card(page, served):
    from bot.handlers.content import product_pieces
    from bot.send_queue import Priority

    # /post item queues a post, which waits out quiet hours on the real clock: send it as a reply
    ctx = served.bot.ctx
    product = ctx.content.product("p-millet")
    text = ctx.renderer.render("product_post", **product.model_dump())
    served.bot.outbox.say("demo-moms", text, (), Priority.REPLY, rich=await product_pieces(ctx, product))
    card = page.locator("#log li.bot .link-card")
    await card.wait_for(timeout=WAIT_MS)
    picture = page.locator("#log li.bot img.picture")
    await page.wait_for_function("document.querySelector('#log img.picture')?.naturalWidth > 0", timeout=WAIT_MS)
    assert await picture.count() == 1 and (await picture.get_attribute("alt")) == "millet.png"
    bubbles = [await b.text_content() for b in await page.locator("#log li.bot .bubble").all()]
    assert any(b.startswith("【好物推荐】东北五常小米") for b in bubbles)
    assert "东北五常小米 2.5kg" in await card.locator(".card-title").text_content()
    await page.screenshot(path=str(SHOTS / "playground-product-post.png"))


async def test_a_multi_line_chain_a_waiting_welcome_suggestions_and_roles(page):
    await page.select_option("#member", "m-xiaomei")
    await page.click("#text")
    await page.keyboard.type("#接龙")
    await page.keyboard.press("Shift+Enter")  # a new line, not a send
    await page.keyboard.type("鸡蛋30枚")
    assert await page.input_value("#text") == "#接龙\n鸡蛋30枚"
    await page.keyboard.press("Enter")
    echo = page.locator("#log li:not(.bot):not(.system) .bubble").last
    await echo.wait_for(timeout=WAIT_MS)
    assert await echo.text_content() == "#接龙\n鸡蛋30枚"
    assert await page.input_value("#text") == ""

    assert "群主" in await page.text_content("#member-list") and "店员" in await page.text_content("#member-list")
    await page.click(".suggestions [data-for=demo-moms] .suggest >> nth=0")
    assert await page.input_value("#text") == "签到"

    await page.fill("#join-name", "新朋友")
    await page.click("#join-form button")
    await page.wait_for_function("document.getElementById('waiting').textContent.includes('欢迎新成员')", timeout=WAIT_MS)
    (ROOT / "build" / "playground").mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ROOT / "build" / "playground" / "playground-1280.png"), full_page=True)


async def test_a_member_posts_a_picture_and_shares_a_link_card(page, tmp_path):
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 30), (20, 160, 90)).save(buffer, "PNG")
    (tmp_path / "photo.png").write_bytes(buffer.getvalue())
    await page.select_option("#member", "m-xiaomei")
    await page.set_input_files("#picture", str(tmp_path / "photo.png"))
    await page.wait_for_function(
        "[...document.querySelectorAll('#log li:not(.bot) img.picture')].some(i => i.naturalWidth > 0)", timeout=WAIT_MS)
    answers = iter(["https://www.xiaohongshu.com/explore/123", "冬天宝宝穿搭"])
    page.on("dialog", lambda dialog: dialog.accept(next(answers)))
    await page.click("#share-link")
    card = page.locator("#log li:not(.bot) .link-card")
    await card.wait_for(timeout=WAIT_MS)
    assert "冬天宝宝穿搭" in await card.text_content()


PHONE = {"width": 390, "height": 844}


async def on_screen(page, selector: str, viewport: dict) -> dict:
    """Where ``selector`` is, and whether all of it is inside the visible screen."""
    box = await page.locator(selector).bounding_box()
    assert box is not None, f"{selector} is not shown"
    box["inside"] = (box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= viewport["width"]
                     and box["y"] + box["height"] <= viewport["height"])
    return box


async def test_on_a_phone_the_chat_fills_the_screen_and_the_input_stays_in_reach(served, browser):
    context = await browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = await context.new_page()
    await page.goto(served.url + "/")
    await page.wait_for_selector("#status.ok", timeout=WAIT_MS)
    await say(page, "m-xiaomei", "签到")
    await page.locator("#log li.bot .bubble").first.wait_for(timeout=WAIT_MS)
    (ROOT / "build" / "playground").mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ROOT / "build" / "playground" / "playground-390.png"))
    assert await page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # no sideways scrolling
    for control in ("#text", "#say-form button[type=submit]", "#member", "#say-form label.attach", "#share-link"):
        box = await on_screen(page, control, PHONE)
        assert box["inside"] and box["height"] >= 40, (control, box)  # on the screen, and big enough for a thumb
    assert (await on_screen(page, "#log", PHONE))["height"] >= PHONE["height"] / 2  # the chat is most of the screen
    assert await page.evaluate("[...document.querySelectorAll('#say-form button')].every(b => b.scrollWidth <= b.clientWidth)")

    keyboard = {"width": 390, "height": 500}  # the on-screen keyboard takes the bottom 344 px
    await page.set_viewport_size(keyboard)
    await page.click("#text")
    assert (await on_screen(page, "#text", keyboard))["inside"]
    assert (await on_screen(page, "#say-form button[type=submit]", keyboard))["inside"]
    await page.screenshot(path=str(ROOT / "build" / "playground" / "playground-390-keyboard.png"))

    await page.set_viewport_size(PHONE)
    await page.click(".to-members")  # the member list opens over the chat, and closes back to it
    await page.locator("#member-list li", has_text="小美妈妈").wait_for(timeout=WAIT_MS)
    assert (await on_screen(page, "#join-form button", PHONE))["inside"]
    await page.screenshot(path=str(ROOT / "build" / "playground" / "playground-390-members.png"))
    await page.click(".close-members")
    assert await page.locator("#members").is_hidden() and (await on_screen(page, "#text", PHONE))["inside"]
    await context.close()
