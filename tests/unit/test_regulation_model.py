"""Tests of the learned correction of the regulation classifier and of its training."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

from services.news.regulation import classify, read_rules
from services.news.regulation_model import (
    CORRECTION_LIMIT,
    KIND_MODEL_PATH,
    KINDS,
    MODEL_PATH,
    Contribution,
    KindModel,
    Model,
    features,
    load_kind_model,
    load_model,
)
from services.news.regulation_training import (
    Example,
    KindExample,
    KindSettings,
    Settings,
    cross_validate,
    cross_validate_kinds,
    example,
    kind_example,
    log_odds,
    read_labelled,
    read_scopes,
    scores,
    train,
    train_kinds,
)

ROOT = Path(__file__).resolve().parents[2]
TUNE = ROOT / "tests" / "data" / "regulation_tune.tsv"


def stories(limit: int = 400) -> list[tuple[str, str]]:
    """Titles and summaries of the tune file (every fourth row, up to ``limit``)."""
    lines = TUNE.read_text(encoding="utf-8").splitlines()[::4][:limit]
    return [(line.split("\t")[1], line.split("\t")[2]) for line in lines]


# --------------------------------------------------------------------------------------
# Features and scoring.
# --------------------------------------------------------------------------------------


def test_features_name_words_pairs_opening_words_and_signals() -> None:
    found = features("SEC sues Binance, SEC says", ["title actor subject"])
    assert found == {
        "sig:title actor subject": 1.0,
        "w:sec": 1.0,
        "w:sues": 1.0,
        "w:binance": 1.0,
        "w:says": 1.0,
        "f:sec": 1.0,
        "f:sues": 1.0,
        "f:binance": 1.0,
        "b:sec sues": 1.0,
        "b:sues binance": 1.0,
        "b:binance sec": 1.0,
        "b:sec says": 1.0,
    }


def test_features_keep_amounts_and_joined_words() -> None:
    found = features("U.S. fines anti-CBDC firm $45M, 15% more", [])
    assert {"w:u.s", "w:anti-cbdc", "w:$45m", "w:15%"} <= found.keys()


def test_fast_correction_is_the_sum_over_the_features() -> None:
    model = load_model()
    for title, summary in stories():
        reading = read_rules(title, summary)
        correction, _parts = model.correct(reading.title, reading.signals())
        expected = model.raw(features(reading.title, reading.signals()))
        limited = max(-CORRECTION_LIMIT, min(CORRECTION_LIMIT, expected))
        assert correction == pytest.approx(limited, abs=1e-9), title


def test_correction_is_limited_both_ways() -> None:
    up = Model(bias=0.0, weights={"w:sues": 9.0})
    down = Model(bias=0.0, weights={"w:sues": -9.0})
    assert up.correct("SEC sues", [])[0] == CORRECTION_LIMIT
    assert down.correct("SEC sues", [])[0] == -CORRECTION_LIMIT
    assert up.raw(features("SEC sues", [])) == 9.0


def test_contributions_are_the_largest_three_and_read_plainly() -> None:
    model = Model(
        bias=0.1,
        weights={
            "w:sues": 0.9,
            "f:sec": 0.2,
            "b:sec sues": -0.5,
            "sig:title legal": 0.3,
            "w:binance": 0.01,
        },
    )
    correction, parts = model.correct("SEC sues Binance", ["title legal"])
    assert correction == pytest.approx(0.1 + 0.9 + 0.2 - 0.5 + 0.3 + 0.01)
    assert [p.describe() for p in parts] == [
        "'sues' +0.90",
        "'sec sues' -0.50",
        "title legal +0.30",
    ]
    assert Contribution("f:sec", 0.2).describe() == "opening 'sec' +0.20"


def test_model_json_round_trip_is_stable() -> None:
    model = Model(bias=-0.25, weights={"w:b": 0.5, "w:a": -0.125}, meta={"stories": 2})
    text = model.to_json()
    again = Model.from_json(text)
    assert again.bias == model.bias
    assert dict(again.weights) == dict(model.weights)
    assert again.meta == {"stories": 2}
    assert again.to_json() == text
    assert list(json.loads(text)["weights"]) == ["w:a", "w:b"]


# --------------------------------------------------------------------------------------
# How classify uses it.
# --------------------------------------------------------------------------------------


def test_a_sure_reading_of_the_rules_is_not_corrected() -> None:
    for title, summary in stories():
        reading = read_rules(title, summary)
        verdict = classify(title, summary)
        if not -CORRECTION_LIMIT <= reading.log_odds < CORRECTION_LIMIT:
            assert verdict.is_regulation is (reading.log_odds >= 0), title
            assert "learned:" not in verdict.reason, title
        else:
            assert "learned:" in verdict.reason, title


def test_an_unsure_reading_is_decided_with_the_correction() -> None:
    # The rules read a staff statement as not quite regulation; what the labelled stories
    # teach about such readings tips it over, and the reason says so.
    title = "SEC Staff: Meme Coins Aren't Securities"
    reading = read_rules(title)
    assert -CORRECTION_LIMIT <= reading.log_odds < 0
    verdict = classify(title)
    correction, _parts = load_model().correct(reading.title, reading.signals())
    assert verdict.is_regulation, verdict.reason
    assert verdict.score == pytest.approx(
        1 / (1 + math.exp(-reading.log_odds - correction)), abs=1e-4
    )
    assert f"learned: {correction:+.2f}" in verdict.reason


# --------------------------------------------------------------------------------------
# Training.
# --------------------------------------------------------------------------------------


def toy(count: int) -> list[Example]:
    """Stories whose label a word tells ("sues" yes, "pumps" no), rules undecided."""
    return [
        Example({"w:sues" if i % 2 else "w:pumps": 1.0, f"w:id{i}": 1.0}, 0.0, bool(i % 2))
        for i in range(count)
    ]


def test_training_learns_which_words_tell_and_drops_rare_ones() -> None:
    model = train(toy(40), Settings(epochs=10, min_count=2))
    assert model.weights["w:sues"] > 0.5
    assert model.weights["w:pumps"] < -0.5
    assert not any(name.startswith("w:id") for name in model.weights)
    assert model.meta["stories"] == 40
    assert model.meta["regulation"] == 20


def test_training_is_repeatable() -> None:
    first = train(toy(30), Settings(epochs=5)).to_json()
    assert train(toy(30), Settings(epochs=5)).to_json() == first
    assert train(toy(30), Settings(epochs=5, seed=1)).to_json() != first


def test_the_offset_is_what_the_correction_adds_to() -> None:
    # Every story is labelled as its rules' reading says: nothing is left to learn.
    examples = [Example({"w:x": 1.0}, 4.0 if i % 2 else -4.0, bool(i % 2)) for i in range(20)]
    model = train(examples, Settings(epochs=10))
    assert abs(model.raw({"w:x": 1.0})) < 0.5
    assert log_odds(model, examples[1]) > 3
    assert log_odds(model, examples[0]) < -3


def test_cross_validation_scores_each_story_with_a_model_that_did_not_see_it() -> None:
    # Each story's only telling feature is its own: seen in training it decides the
    # story, unseen (out of fold) it cannot, and the offset (0) leaves it undecided.
    examples = [Example({f"w:id{i}": 1.0}, 0.0, bool(i % 2)) for i in range(20)]
    settings = Settings(epochs=20, rate=0.5, l2=0.0, min_count=1)
    model = train(examples, settings)
    assert all((log_odds(model, ex) > 0) is ex.is_regulation for ex in examples)
    assert all(abs(log_odds(model, ex)) > 1 for ex in examples)
    held_out = cross_validate(examples, folds=5, settings=settings)
    assert len(held_out) == len(examples)
    # Out of fold only the bias is left: nothing tells a story's label.
    assert all(abs(value) < 0.5 for value in held_out)


def test_scores_count_the_confusion() -> None:
    result = scores([True, True, False, False], [True, False, True, False])
    assert (result.tp, result.fp, result.fn, result.tn) == (1, 1, 1, 1)
    assert result.precision == result.recall == result.f1 == 0.5
    assert "P=0.500 R=0.500 F1=0.500" in result.line()
    assert scores([False], [False]).f1 == 0.0


def test_labelled_files_may_carry_a_jurisdiction_and_a_kind(tmp_path: Path) -> None:
    path = tmp_path / "labelled.tsv"
    path.write_text(
        "regulation\tSEC sues Binance\t\n"
        "regulation\tMAS licenses Coinbase\tThe licence covers payments.\tSG\tlicensing\n"
        "regulation\tFATF updates travel rule guidance\t\t\tpolicy\n"
        "other\tBitcoin tops $100,000\tPrices rose.\t\t\n",
        encoding="utf-8",
    )
    assert read_labelled(path) == [
        (True, "SEC sues Binance", ""),
        (True, "MAS licenses Coinbase", "The licence covers payments."),
        (True, "FATF updates travel rule guidance", ""),
        (False, "Bitcoin tops $100,000", "Prices rose."),
    ]
    assert [(s.title, s.jurisdiction, s.kind) for s in read_scopes(path)] == [
        ("MAS licenses Coinbase", "SG", "licensing"),
        ("FATF updates travel rule guidance", None, "policy"),
    ]


@pytest.mark.parametrize("line", ["maybe\tSEC sues Binance\t", "other\tno summary field", "x"])
def test_a_malformed_labelled_row_names_its_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "labelled.tsv"
    path.write_text(f"other\tBitcoin tops $100,000\t\n{line}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"labelled\.tsv:2:"):
        read_labelled(path)


def test_example_reads_the_story_with_the_rules() -> None:
    ex = example("SEC sues Binance over unregistered securities", "", True)
    assert ex.offset > CORRECTION_LIMIT
    assert "sig:title actor subject" in ex.features
    assert "w:binance" in ex.features


def training_script() -> object:
    spec = importlib.util.spec_from_file_location(
        "train_regulation", ROOT / "scripts" / "train_regulation.py"
    )
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_shipped_model_is_what_training_on_the_data_gives() -> None:
    # A change to the rules or to the labelled data needs a retrained model:
    # .venv/bin/python scripts/train_regulation.py
    script = training_script()
    assert MODEL_PATH.read_text(encoding="utf-8") == script.trained_model_json()  # type: ignore[attr-defined]


def test_shipped_kind_model_is_what_training_on_the_data_gives() -> None:
    script = training_script()
    shipped = KIND_MODEL_PATH.read_text(encoding="utf-8")
    assert shipped == script.trained_kind_model_json()  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------
# The kind model.
# --------------------------------------------------------------------------------------


def kind_toy(count: int) -> list[KindExample]:
    """Stories whose kind one word tells, each with a word of its own."""
    telling = {"enforcement": "sues", "licensing": "licenses", "ruling": "sentenced"}
    kinds = list(telling)
    return [
        KindExample({f"w:{telling[kinds[i % 3]]}": 1.0, f"w:id{i}": 1.0}, kinds[i % 3])
        for i in range(count)
    ]


def test_kind_training_learns_the_telling_words_and_drops_rare_ones() -> None:
    model = train_kinds(kind_toy(60), KindSettings(epochs=10))
    assert model.predict({"w:sues": 1.0}) == "enforcement"
    assert model.predict({"w:licenses": 1.0}) == "licensing"
    assert model.predict({"w:sentenced": 1.0}) == "ruling"
    assert not any(name.startswith("w:id") for name in model.weights)
    assert model.meta["stories"] == 60


def test_kind_training_is_repeatable_and_seeded() -> None:
    first = train_kinds(kind_toy(30), KindSettings(epochs=5)).to_json()
    assert train_kinds(kind_toy(30), KindSettings(epochs=5)).to_json() == first
    assert train_kinds(kind_toy(30), KindSettings(epochs=5, seed=1)).to_json() != first


def test_kind_model_scores_sum_the_weights_and_ties_go_to_the_first_kind() -> None:
    model = KindModel(
        bias=(0.0, 0.0, 0.0, 0.0, 0.5),
        weights={"w:sues": (2.0, 0.0, 0.0, 0.0, 0.0), "w:says": (0.0, 0.0, 0.0, 0.0, 1.0)},
    )
    assert model.scores({"w:sues": 1.0, "w:unknown": 1.0}) == [2.0, 0.0, 0.0, 0.0, 0.5]
    assert model.predict({"w:sues": 1.0}) == "enforcement"
    assert model.predict({"w:says": 1.0}) == "policy"
    assert model.predict({}) == "policy"
    assert KindModel(bias=(0.0,) * 5, weights={}).predict({}) == KINDS[0]


def test_kind_model_json_round_trip_is_stable_one_feature_a_line() -> None:
    model = train_kinds(kind_toy(30), KindSettings(epochs=5))
    text = model.to_json()
    again = KindModel.from_json(text)
    assert again.to_json() == text
    assert json.loads(text)["kinds"] == list(KINDS)
    assert all(line.count("w:") <= 1 for line in text.splitlines())
    document = json.loads(text)
    document["kinds"] = ["ruling", *KINDS[:4]]
    with pytest.raises(ValueError, match="kind model"):
        KindModel.from_json(json.dumps(document))


def test_kind_cross_validation_predicts_each_story_with_a_model_that_did_not_see_it() -> None:
    # Each story's only telling feature is its own: out of fold, only the kinds'
    # frequencies are left, and the commonest kind is given to every story.
    examples = [
        KindExample({f"w:id{i}": 1.0}, "policy" if i < 14 else "ruling") for i in range(20)
    ]
    settings = KindSettings(epochs=20, rate=0.5, l2=0.0, min_count=1)
    model = train_kinds(examples, settings)
    assert all(model.predict(ex.features) == ex.kind for ex in examples)
    held_out = cross_validate_kinds(examples, folds=5, settings=settings)
    assert held_out == ["policy"] * 20


def test_kind_example_reads_the_rules_and_checks_the_kind() -> None:
    ex = kind_example(
        "SEC sues Binance", "The regulator alleges an unregistered exchange.", "enforcement"
    )
    assert ex.features["rules enforcement"] == 1.0
    assert ex.features["title first trigger enforcement"] == 1.0
    assert "w:binance" in ex.features
    assert "s:regulator" in ex.features
    with pytest.raises(ValueError, match="unknown kind"):
        kind_example("SEC sues Binance", "", "lawsuit")


def test_the_verdict_gives_the_learned_kind() -> None:
    title, summary = "Thailand's SEC approves first spot bitcoin ETF", ""
    reading = read_rules(title, summary)
    verdict = classify(title, summary)
    assert verdict.is_regulation
    assert verdict.kind == load_kind_model().predict(reading.kind_features()) == "licensing"
