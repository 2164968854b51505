"""The content library and the product catalogue: what scheduled posts are made of.

``library.yaml`` maps a series (a theme such as ``health``) to items: tips,
stories, greetings, each optionally tied to seasons or to a festival, with an
optional image or link. ``products.yaml`` lists products with price, promotion,
stock, story, target segments and tags, and the dates they may be pushed.
Which item comes next for a group is decided by the rotation in
``storage/content.py``; this module only says which items are eligible on a day.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from lunar_python import Solar
from pydantic import Field, TypeAdapter, ValidationError, model_validator

from bot.config.schema import ID_PATTERN, ContentSettings, Strict
from bot.config.issues import problem
from bot.config.yaml_files import ConfigError, ConfigIssue, error_message, load_yaml_model, read_text

SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}


class ContentItem(Strict):
    id: str = Field(pattern=ID_PATTERN)
    text: str = Field(min_length=1)
    image: str | None = Field(None, description="a picture file (relative to this file) or URL, sent before the text")
    link: str | None = None
    seasons: list[str] = Field([], description="only in these seasons: spring, summer, autumn, winter")
    festival: str | None = Field(None, description="only on this festival, e.g. 中秋节, 冬至, 春节")

    @model_validator(mode="after")
    def _known_seasons(self) -> "ContentItem":
        unknown = [s for s in self.seasons if s not in SEASONS]
        if unknown:
            raise problem("season_unknown", input=unknown[0], known=list(SEASONS))
        return self


class MiniProgramRef(Strict):
    """The store's mini-program page for a product, sent as a mini-program card under the post."""

    appid: str = Field(pattern=r"^wx[0-9a-f]{16}$", description="the mini-program's AppID (wx + 16 hex digits)")
    page_path: str = Field("", description="the page to open, e.g. pages/item?id=42")
    title: str | None = Field(None, description="the card's title (default: the product's name)")


class Product(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    price: float = Field(gt=0)
    promo_price: float | None = Field(None, gt=0)
    stock: int = Field(ge=0)
    story: str = ""
    link: str | None = Field(None, description="the shop page: sent as a link card under the post")
    image: str | None = Field(None, description="a picture file (relative to this file) or URL, sent before the text")
    mini_program: MiniProgramRef | None = Field(None, description="sent as a mini-program card instead of the link")
    segments: list[str] = Field([], description="group themes it is for; empty: every group")
    tags: list[str] = Field([], description="members tagged so are @-mentioned when it is posted")
    valid_from: date | None = None
    valid_to: date | None = None

    @model_validator(mode="after")
    def _consistent(self) -> "Product":
        if self.promo_price is not None and self.promo_price >= self.price:
            raise problem("promo_price_not_below", promo_price=self.promo_price, price=self.price)
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise problem("valid_to_before_from", valid_from=str(self.valid_from), valid_to=str(self.valid_to))
        return self

    def why_not(self, day: date) -> str | None:
        """Why this product cannot be pushed on ``day`` (a member-facing phrase), or None."""
        if self.stock <= 0:
            return "已售罄"
        if self.valid_from and day < self.valid_from:
            return f"{self.valid_from.isoformat()} 才开始推广"
        if self.valid_to and day > self.valid_to:
            return f"推广已于 {self.valid_to.isoformat()} 结束"
        return None

    def fits(self, segment: str, tags: list[str]) -> bool:
        return (not self.segments or segment in self.segments) and (not tags or bool(set(tags) & set(self.tags)))


LIBRARY = TypeAdapter(dict[str, list[ContentItem]])
CATALOGUE = TypeAdapter(list[Product])


@dataclass(frozen=True)
class Content:
    library: dict[str, list[ContentItem]] = field(default_factory=dict)
    products: list[Product] = field(default_factory=list)

    def product(self, product_id: str) -> Product | None:
        return next((p for p in self.products if p.id == product_id), None)

    def candidates(self, series: str, day: date) -> list[tuple[str, ContentItem]]:
        """Items of ``series`` that may go out on ``day``, as (rotation key, item): today's festival first.

        A festival item's key carries the year, so it comes back next year.
        """
        items = self.library.get(series, [])
        today = festivals(day)
        festive = [(f"{i.id}@{day.year}", i) for i in items if i.festival and i.festival in today]
        usual = [(i.id, i) for i in items if not i.festival and (not i.seasons or season_of(day) in i.seasons)]
        return festive + usual


def season_of(day: date) -> str:
    return next(name for name, months in SEASONS.items() if day.month in months)


@lru_cache(maxsize=512)
def festivals(day: date) -> frozenset[str]:
    """Chinese names of the festivals and solar terms on ``day``: 春节, 中秋节, 冬至, 国庆节, 圣诞节..."""
    solar = Solar.fromYmd(day.year, day.month, day.day)
    lunar = solar.getLunar()
    names = set(solar.getFestivals()) | set(lunar.getFestivals())
    if lunar.getJieQi():
        names.add(lunar.getJieQi())
    return frozenset(names)


SHIPPED = Path(__file__).resolve().parent / "content"


def content_paths(settings: ContentSettings, base_dir: Path) -> tuple[Path, Path]:
    """The library and products named in config (relative to it), else the shipped ones."""
    return (base_dir / settings.library if settings.library else SHIPPED / "library.yaml",
            base_dir / settings.products if settings.products else SHIPPED / "products.yaml")


def load_content(library_path: Path, products_path: Path) -> Content:
    """Both files, validated; raises ``bot.config.yaml_files.ConfigError`` naming file, line and item."""
    library = load_yaml_model(library_path, LIBRARY) if library_path.is_file() else {}
    if not products_path.is_file():
        products = []
    elif products_path.suffix.lower() == ".csv":
        products = load_products_csv(products_path)
    else:
        products = load_yaml_model(products_path, CATALOGUE)
    festivals(date(2000, 1, 1))  # the calendar tables load on first use: not in the middle of a fan-out
    library = {series: [_beside(item, library_path) for item in items] for series, items in (library or {}).items()}
    return Content(library, [_beside(product, products_path) for product in products or []])


def _beside(entry: ContentItem | Product, path: Path) -> ContentItem | Product:
    """A picture's relative path is relative to the file that names it."""
    image = entry.image
    if not image or image.startswith(("http://", "https://")) or Path(image).is_absolute():
        return entry
    return entry.model_copy(update={"image": str(path.parent / image)})


LIST_COLUMNS = ("segments", "tags")


def load_products_csv(path: Path) -> list[Product]:
    """Products from a spreadsheet export: a header row with the YAML keys; lists split on | 、 or ,.

    UTF-8 (with or without the BOM Excel writes). Errors name the row's line and the column.
    """
    text = read_text(path, "utf-8-sig")
    products, issues, seen = [], [], set()
    for line, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        data = {key.strip(): _cell(key.strip(), value) for key, value in row.items() if key and value and value.strip()}
        try:
            product = Product.model_validate(data)
        except ValidationError as exc:
            names = set(Product.model_fields)
            issues += [ConfigIssue(".".join(map(str, e["loc"])), line, *error_message(e, names)) for e in exc.errors()]
            continue
        if product.id in seen:
            issues.append(ConfigIssue("id", line, "duplicate_id", {"id": product.id}))
        seen.add(product.id)
        products.append(product)
    if issues:
        raise ConfigError(str(path), issues)
    return products


def _cell(key: str, value: str) -> str | list[str]:
    value = value.strip()
    return [v.strip() for v in re.split(r"[|、,，]", value) if v.strip()] if key in LIST_COLUMNS else value
