"""Quiz banks: one YAML file per theme under ``bot/content/quizzes/`` (the file name is the theme).

A bank is checked on load like config.yaml: every problem names its file, YAML
path and line. Shape::

    title: 育儿知识
    questions:
      - id: p01
        question: 宝宝多大开始添加辅食比较合适？
        options: [3个月, 满6个月, 1岁]   # optional; then ``answer`` is a letter
        answer: B
        accept: [6个月]                  # other accepted forms (optional)
        explain: 世界卫生组织建议……     # shown with the answer
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from pydantic import Field, field_validator, model_validator

from bot.quiz.answers import LETTERS, is_correct, picked, strip_quote
from bot.config.issues import problem
from bot.config.schema import ID_PATTERN, Strict
from bot.config.yaml_files import parse_yaml_model


class Question(Strict):
    id: str = Field(pattern=ID_PATTERN)
    question: str = Field(min_length=2)
    options: list[str] = []
    answer: str = Field(min_length=1)
    accept: list[str] = []
    explain: str = ""

    @model_validator(mode="after")
    def _answer_fits_options(self) -> "Question":
        if self.options:
            if not 2 <= len(self.options) <= len(LETTERS):
                raise problem("quiz_options_count", most=len(LETTERS))
            letters = LETTERS[:len(self.options)]
            if self.answer.strip().upper() not in letters:
                raise problem("quiz_answer_letter", letters=list(letters), input=self.answer)
        return self

    @property
    def letter(self) -> str:
        return self.answer.strip().upper()

    @property
    def answer_text(self) -> str:
        """The answer as shown when revealed: 'B. 满6个月' or the text answer."""
        return f"{self.letter}. {self.options[LETTERS.index(self.letter)]}" if self.options else self.answer

    def accepts(self, attempt: str) -> bool:
        """Whether a member's message is a right answer (leniently: see ``bot.quiz.answers``)."""
        if self.options:
            return self.pick(attempt) == self.letter
        return is_correct(attempt, answer=self.answer, options=[], accept=self.accept)

    def pick(self, attempt: str) -> str | None:
        """The option a message picks (right or wrong), as a person reads it (``bot.quiz.picks``): "B", "选B",
        "满6个月", "我猜是第二个", "五克吧", "我觉得是C 不对 是A" (her last choice); None for chat or a free answer."""
        if not self.options:
            return None
        return picked(strip_quote(attempt), tuple(self.options), tuple(self.accept), self.letter)

    def picks_option(self, attempt: str) -> bool:
        """Whether a message picks one of the options (right or wrong)."""
        return self.pick(attempt) is not None

    def lettered_options(self) -> list[str]:
        return [f"{letter}. {text}" for letter, text in zip(LETTERS, self.options)]


class QuizBank(Strict):
    title: str
    questions: list[Question] = Field(min_length=1)

    @field_validator("questions")
    @classmethod
    def _unique_ids(cls, value: list[Question]) -> list[Question]:
        seen: set[str] = set()
        for question in value:
            if question.id in seen:
                raise problem("quiz_id_twice", id=question.id)
            seen.add(question.id)
        return value

    def get(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


def load_bank(path: Path) -> QuizBank:
    """One bank file; raises ``ConfigError`` listing every problem with its line."""
    return parse_yaml_model(path.read_text("utf-8"), QuizBank, str(path))


@lru_cache(maxsize=1)
def shipped_banks() -> dict[str, QuizBank]:
    """Every bank under ``bot/content/quizzes/``, by theme (the file name without .yaml)."""
    folder = resources.files("bot.content").joinpath("quizzes")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    return {Path(f.name).stem: load_bank(Path(str(f))) for f in files}
