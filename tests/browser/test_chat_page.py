"""The sandbox chat page in Chromium, against the running demo: what a developer sees.

One learner in English on a desktop-sized window and one in Arabic on a 390-px phone:
each is created on the page, picks a language and answers two questions. The page's
screenshots go to POLKU_SCREENSHOTS (``make screenshots`` puts them in docs/).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot.demo import open_demo
from tests.conftest import make_settings
from tests.telegram.conftest import E2E_START, TEST_LIMITS, say

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

SETTINGS = make_settings("sqlite+aiosqlite:///unused.db")
EN_SHOT = "sandbox-chat-en.png"
AR_SHOT = "sandbox-chat-ar-phone.png"


async def create_learner(page: Page, name: str, language: str) -> None:
    form = page.locator("#new-person")
    await form.locator("input[name=first_name]").fill(name)
    await form.locator("input[name=language_code]").fill(language)
    await form.locator("select[name=role]").select_option("learner")
    await form.get_by_role("button", name="Create").click()


async def answer_two_questions(page: Page, name: str, language: str, picker: str) -> None:
    """From the welcome to the third question: language, consent, name."""
    from playwright.async_api import expect

    chat = page.locator("#messages")
    await expect(chat).to_contain_text(say("start-welcome-learner", language, name=name))
    await chat.get_by_role("button", name=picker, exact=True).click()
    await expect(chat).to_contain_text(say("intake-consent", language))
    await chat.get_by_role("button", name=say("option-consent-accepted", language)).click()
    await expect(chat).to_contain_text(say("intake-preferred-name", language))
    await page.locator("#text").fill(name)
    await page.locator("#text").press("Enter")
    await expect(chat.locator(".row.me").last).to_contain_text(name)
    await expect(chat.locator(".row.bot").last).to_contain_text(say("intake-birth-year", language))


async def test_learners_join_and_answer_on_the_page(
    tmp_path: Path, browser: Browser, screenshots: Path
):
    from playwright.async_api import expect

    async with open_demo(
        SETTINGS, database=tmp_path / "demo.db", start=E2E_START, sender_limits=TEST_LIMITS
    ) as demo:
        # A desktop window: the people beside the chat, each with the role the bot recorded.
        desktop = await browser.new_context(
            viewport={"width": 1000, "height": 720},
            locale="en-GB",
            timezone_id="Europe/Helsinki",
        )
        page = await desktop.new_page()
        await page.goto(f"{demo.server.url}/")
        people = page.locator("#people")
        await expect(people).to_contain_text("Aino — coordinator")
        await expect(people).to_contain_text("Mikko — counsellor")
        icon = await page.locator("link[rel=icon]").get_attribute("href")
        assert icon is not None and icon.startswith("data:image/svg+xml,")
        await create_learner(page, "Amal", "en")
        await answer_two_questions(page, "Amal", "en", "English")
        await expect(people).to_contain_text("Amal — learner")
        await page.screenshot(path=screenshots / EN_SHOT)
        await desktop.close()

        # A phone: the chat fills the screen; the people are behind a button.
        phone = await browser.new_context(
            viewport={"width": 390, "height": 844},
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
            locale="ar",
            timezone_id="Europe/Helsinki",
        )
        page = await phone.new_page()
        await page.goto(f"{demo.server.url}/")
        sidebar = page.locator("#sidebar")
        await expect(page.locator("#messages")).to_be_visible()
        await expect(sidebar).to_be_hidden()
        await page.get_by_role("button", name="People").click()
        await expect(sidebar).to_be_visible()
        await expect(sidebar).to_contain_text("Mikko — counsellor")
        await create_learner(page, "أمينة", "ar")
        await expect(sidebar).to_be_hidden()
        await answer_two_questions(page, "أمينة", "ar", "العربية")
        box = await page.locator(".phone").bounding_box()
        assert box is not None and box["width"] == 390
        assert await page.evaluate("document.documentElement.scrollWidth") <= 390
        await page.screenshot(path=screenshots / AR_SHOT)

        # "+1 day" moves the demo's clock: the question left open is asked about again.
        await page.get_by_role("button", name="People").click()
        await page.get_by_role("button", name="+1 day").click()
        await expect(page.locator("#toast")).to_contain_text("Demo time is now")
        await page.get_by_role("button", name="Back to chat").click()
        reminder = page.locator("#messages .row.bot").last
        await expect(reminder).to_contain_text(say("dialogue-reminder", "ar"), timeout=10_000)
        assert demo.time.now() >= E2E_START + timedelta(days=1)
        await phone.close()
