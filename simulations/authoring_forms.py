"""HR's forms for building simulations: the simulation itself, one form per kind of item (each turns
its fields into the item's columns and ``data`` as ``simulations.library`` describes them), and
attaching a simulation to a stage of a requisition."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Column, Layout, Row
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from simulations.library import MINUTES_MAX, MINUTES_MIN, MOODS, ROWS_MAX, ROWS_MIN, SECONDS_MAX, SECONDS_MIN
from simulations.models import Item, Simulation

TEXT_MAX = 5_000
OPTION_MAX = 500
OPTION_KEYS = ("a", "b", "c", "d", "e")
OPTIONS_REQUIRED = 3
ROW_SIDE_MAX = 200

# The moods of a customer message (``simulations.library.MOODS``), as HR reads them.
MOOD_LABELS = {
    "angry": _("Angry customer"),
    "confused": _("Confused customer"),
    "multi_issue": _("Several issues in one message"),
    "policy": _("Asks for something the policy does not allow"),
}
MOOD_CHOICES = [(mood, MOOD_LABELS[mood]) for mood in MOODS]


def _side_by_side(form) -> FormHelper:
    """A helper (the template renders the ``<form>``) that puts each English field beside its Chinese
    twin, and the judgement's best and worst choosers side by side."""
    names, parts, done = list(form.fields), [], set()
    twins = {name: name[:-3] + "_zh" for name in names if name.endswith("_en")} | {"best": "worst"}
    for name in names:
        if name in done:
            continue
        twin = twins.get(name)
        if twin in form.fields:
            parts.append(Row(Column(name, css_class="col-md-6"), Column(twin, css_class="col-md-6")))
            done.add(twin)
        else:
            parts.append(name)
    helper = FormHelper()
    helper.form_tag = False
    helper.layout = Layout(*parts)
    return helper


def _text(label, *, rows=3, max_length=TEXT_MAX, required=True, help_text=""):
    return forms.CharField(label=label, max_length=max_length, required=required, help_text=help_text,
                           widget=forms.Textarea(attrs={"rows": rows}))  # fmt: skip


class SimulationForm(forms.ModelForm):
    minutes = forms.IntegerField(
        label=_("Time limit (minutes)"),
        min_value=MINUTES_MIN,
        max_value=MINUTES_MAX,
        initial=30,
        help_text=_("The timed run; the practice item is not counted."),
    )

    class Meta:
        model = Simulation
        fields = ["title_en", "title_zh", "industry", "minutes", "instructions_en", "instructions_zh",
                  "knowledge_base_en", "knowledge_base_zh"]  # fmt: skip
        widgets = {
            "instructions_en": forms.Textarea(attrs={"rows": 4}),
            "instructions_zh": forms.Textarea(attrs={"rows": 4}),
            "knowledge_base_en": forms.Textarea(attrs={"rows": 8}),
            "knowledge_base_zh": forms.Textarea(attrs={"rows": 8}),
        }
        help_texts = {
            "knowledge_base_en": _("The policies and facts the candidate may look up while replying."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = _side_by_side(self)


class ItemForm(forms.Form):
    """The fields every kind has (a title in both languages); a subclass adds its own and says how
    they become the item's ``prompt``, ``channel``, ``practice`` and ``data``."""

    kind: str = ""
    prompt_label_en = _("Text (English)")
    prompt_label_zh = _("Text (Chinese)")

    title_en = forms.CharField(label=_("Title (English)"), max_length=200)
    title_zh = forms.CharField(label=_("Title (Chinese)"), max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        prompts = {
            "prompt_en": _text(self.prompt_label_en, rows=4),
            "prompt_zh": _text(self.prompt_label_zh, rows=4),
        }
        # The prompt pair goes right after the titles.
        fields = list(self.fields.items())
        self.fields = dict(fields[:2] + list(prompts.items()) + fields[2:])

    @property
    def helper(self) -> FormHelper:
        return _side_by_side(self)

    @classmethod
    def initial_from(cls, item: Item) -> dict:
        return {"title_en": item.title_en, "title_zh": item.title_zh, "prompt_en": item.prompt_en,
                "prompt_zh": item.prompt_zh}  # fmt: skip

    def item_fields(self) -> dict:
        """The item's columns, for ``item_save``: call after ``is_valid()``."""
        data = self.cleaned_data
        return {
            "title_en": data["title_en"],
            "title_zh": data["title_zh"],
            "prompt_en": data["prompt_en"],
            "prompt_zh": data["prompt_zh"],
            "channel": "",
            "practice": False,
            "data": self.item_data(),
        }

    def item_data(self) -> dict:
        raise NotImplementedError


class MessageForm(ItemForm):
    kind = Item.Kind.MESSAGE
    prompt_label_en = _("Customer's message (English)")
    prompt_label_zh = _("Customer's message (Chinese)")

    channel = forms.ChoiceField(label=_("Channel"), choices=Item.Channel.choices)
    mood = forms.ChoiceField(label=_("Mood"), choices=MOOD_CHOICES)

    @classmethod
    def initial_from(cls, item):
        return super().initial_from(item) | {"channel": item.channel, "mood": item.data.get("mood")}

    def item_fields(self):
        return super().item_fields() | {"channel": self.cleaned_data["channel"]}

    def item_data(self):
        return {"mood": self.cleaned_data["mood"]}


def _letter(key: str) -> str:
    return key.upper()


class JudgementForm(ItemForm):
    """Up to five options, the first three required; HR picks the best and the worst response by
    letter. Empty rows are dropped and the rest keyed a, b, c… in order."""

    kind = Item.Kind.JUDGEMENT
    prompt_label_en = _("Situation (English)")
    prompt_label_zh = _("Situation (Chinese)")

    best = forms.ChoiceField(label=_("Best response"))
    worst = forms.ChoiceField(label=_("Worst response"))
    practice = forms.BooleanField(
        label=_("Practice item"),
        required=False,
        help_text=_("Shown before the timed run and never scored; a simulation has one."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        options = {}
        for index, key in enumerate(OPTION_KEYS):
            required = index < OPTIONS_REQUIRED
            for language, label in (("en", _("Option %(letter)s (English)")), ("zh", _("Option %(letter)s (Chinese)"))):
                options[f"option_{key}_{language}"] = _text(
                    label % {"letter": _letter(key)}, rows=2, max_length=OPTION_MAX, required=required
                )
        choices = [("", "—")] + [(key, _("Option %(letter)s") % {"letter": _letter(key)}) for key in OPTION_KEYS]
        self.fields["best"].choices = choices
        self.fields["worst"].choices = choices
        fields = list(self.fields.items())
        self.fields = dict(fields[:4] + list(options.items()) + fields[4:])

    @classmethod
    def initial_from(cls, item):
        initial = super().initial_from(item) | {"practice": item.practice}
        # The stored keys map to the rows in order, so the form shows them as A, B, C…
        by_key = {}
        for key, option in zip(OPTION_KEYS, item.data.get("options", []), strict=False):
            initial[f"option_{key}_en"] = option["en"]
            initial[f"option_{key}_zh"] = option["zh"]
            by_key[option["key"]] = key
        initial["best"] = by_key.get(item.data.get("best"), "")
        initial["worst"] = by_key.get(item.data.get("worst"), "")
        return initial

    def clean(self):
        data = super().clean()
        filled, broken = [], set()
        for key in OPTION_KEYS:
            en, zh = data.get(f"option_{key}_en", ""), data.get(f"option_{key}_zh", "")
            if f"option_{key}_en" in self.errors or f"option_{key}_zh" in self.errors:
                broken.add(key)
            elif en and not zh:
                self.add_error(f"option_{key}_zh", _("Give this option in Chinese too."))
                broken.add(key)
            elif zh and not en:
                self.add_error(f"option_{key}_en", _("Give this option in English too."))
                broken.add(key)
            elif en:
                filled.append(key)
        best, worst = data.get("best"), data.get("worst")
        for name in ("best", "worst"):
            key = data.get(name)
            if key and key not in filled and key not in broken:  # a broken row has its own error already
                self.add_error(name, _("Option %(letter)s is empty.") % {"letter": _letter(key)})
        if best and worst and best == worst:
            self.add_error("worst", _("The best and the worst response must be different options."))
        self.filled = filled
        return data

    def item_fields(self):
        return super().item_fields() | {"practice": self.cleaned_data["practice"]}

    def item_data(self):
        data = self.cleaned_data
        keys = dict(zip(self.filled, OPTION_KEYS, strict=False))  # the rows given, keyed again in order
        options = [
            {"key": keys[row], "en": data[f"option_{row}_en"], "zh": data[f"option_{row}_zh"]} for row in self.filled
        ]
        return {"options": options, "best": keys[data["best"]], "worst": keys[data["worst"]]}


class TypingForm(ItemForm):
    kind = Item.Kind.TYPING
    prompt_label_en = _("Passage to type (English)")
    prompt_label_zh = _("Passage to type (Chinese)")

    seconds = forms.IntegerField(label=_("Time allowed (seconds)"), min_value=SECONDS_MIN, max_value=SECONDS_MAX,
                                 initial=120)  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limits = {"min": SECONDS_MIN, "max": SECONDS_MAX}
        self.fields["seconds"].help_text = _("Between %(min)s and %(max)s seconds.") % limits

    @classmethod
    def initial_from(cls, item):
        return super().initial_from(item) | {"seconds": item.data.get("seconds")}

    def item_data(self):
        return {"seconds": self.cleaned_data["seconds"]}


def parse_rows(text: str) -> list[dict]:
    """``left | right`` per line (blank lines skipped) into rows; a ValidationError names every bad
    line by its number in the text HR typed."""
    rows, errors = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("|")
        if len(parts) != 2:
            errors.append(_("Line %(n)s: write the two values separated by one “|”.") % {"n": number})
            continue
        left, right = (part.strip() for part in parts)
        if not left or not right:
            errors.append(_("Line %(n)s: both sides of “|” need a value.") % {"n": number})
        elif len(left) > ROW_SIDE_MAX or len(right) > ROW_SIDE_MAX:
            limit = {"n": number, "max": ROW_SIDE_MAX}
            errors.append(_("Line %(n)s: a value has at most %(max)s characters.") % limit)
        else:
            rows.append({"left": left, "right": right})
    if errors:
        raise ValidationError(errors)
    if not ROWS_MIN <= len(rows) <= ROWS_MAX:
        raise ValidationError(
            _("Give between %(min)s and %(max)s rows (there are %(n)s).")
            % {"min": ROWS_MIN, "max": ROWS_MAX, "n": len(rows)}
        )
    return rows


class RepetitiveForm(ItemForm):
    """The rows as text, one ``left | right`` per line; the key (whether the two sides agree) is
    worked out from them, so it cannot be wrong."""

    kind = Item.Kind.REPETITIVE
    prompt_label_en = _("Instructions (English)")
    prompt_label_zh = _("Instructions (Chinese)")

    rows = _text(_("Rows to compare"), rows=14, max_length=20_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rows"].help_text = _(
            "One row a line, the two values separated by “|”, e.g. “ORD-10482 | ORD-10428”; between %(min)s and "
            "%(max)s rows. Rows whose two sides are exactly the same are the ones that agree."
        ) % {"min": ROWS_MIN, "max": ROWS_MAX}

    @classmethod
    def initial_from(cls, item):
        lines = "\n".join(f"{row['left']} | {row['right']}" for row in item.data.get("rows", []))
        return super().initial_from(item) | {"rows": lines}

    def clean_rows(self):
        return parse_rows(self.cleaned_data["rows"])

    def item_data(self):
        rows = self.cleaned_data["rows"]
        return {"rows": rows, "key": [row["left"] == row["right"] for row in rows]}


ITEM_FORMS: dict[str, type[ItemForm]] = {
    form.kind: form for form in (MessageForm, JudgementForm, TypingForm, RepetitiveForm)
}


class AttachForm(forms.Form):
    """One stage's simulation; the choices are read once by the view and shared by every stage's form."""

    simulation = forms.TypedChoiceField(label=_("Simulation"), coerce=int, empty_value=None)

    def __init__(self, *args, simulations, **kwargs):
        super().__init__(*args, **kwargs)
        self.simulations = {s.pk: s for s in simulations}
        self.fields["simulation"].choices = [("", "—")] + [
            (s.pk, _("%(title)s (library)") % {"title": s.title} if s.from_library else s.title) for s in simulations
        ]

    def clean_simulation(self):
        return self.simulations[self.cleaned_data["simulation"]]
