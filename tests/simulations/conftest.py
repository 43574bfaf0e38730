import pytest

from simulations.models import Item, Simulation
from simulations.services.authoring import assignment_set


def _item(simulation, position, kind, **values):
    values.setdefault("title_en", f"{kind} {position}")
    values.setdefault("title_zh", f"题目{position}")
    values.setdefault("prompt_en", f"Prompt {position}")
    values.setdefault("prompt_zh", f"提示{position}")
    return Item.objects.create(simulation=simulation, position=position, kind=kind, **values)


JUDGEMENT = {
    "options": [{"key": k, "en": f"Option {k}", "zh": f"选项{k}"} for k in "abcd"],
    "best": "b",
    "worst": "d",
}


@pytest.fixture
def simulation(db, hr):
    """A small simulation of every kind: practice, two messages, two judgement items, typing and a
    repetitive task of ten rows (rows 3 and 7 differ)."""
    sim = Simulation.objects.create(code="test-sim", title_en="Test run", title_zh="测试", instructions_en="Do it.",
                                    instructions_zh="做吧。", knowledge_base_en="## Returns\n- 7 days",
                                    knowledge_base_zh="## 退货\n- 7 天", minutes=20, created_by=hr)  # fmt: skip
    _item(sim, 1, "judgement", practice=True, data=JUDGEMENT)
    _item(sim, 2, "message", channel="chat", prompt_en="My parcel is late!", data={"mood": "angry"})
    _item(sim, 3, "message", channel="email", prompt_en="How do I return this?", data={"mood": "confused"})
    _item(sim, 4, "judgement", data=JUDGEMENT)
    _item(sim, 5, "judgement", data={**JUDGEMENT, "best": "a", "worst": "c"})
    _item(sim, 6, "typing", prompt_en="Thank you for waiting.", prompt_zh="感谢您的耐心等待。", data={"seconds": 60})
    rows = [{"left": f"SO-{i}", "right": f"SO-{i}" if i not in (3, 7) else f"SO-{i}9"} for i in range(10)]
    _item(sim, 7, "repetitive", data={"rows": rows, "key": [r["left"] == r["right"] for r in rows]})
    return sim


@pytest.fixture
def attached(simulation, make_application, hr):
    """An application in the first interview, on a requisition whose first interview has the simulation."""
    from candidates.services.pipeline import application_transition

    application = make_application(name="Wang Fang", email="wang.fang@example.com")
    application_transition(actor=hr, application=application, target="first_interview")
    assignment_set(actor=hr, requisition=application.requisition, stage="first_interview", simulation=simulation)
    application.refresh_from_db()
    return application
