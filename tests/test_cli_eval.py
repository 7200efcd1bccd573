"""`dyad eval dates|events` print the documented JSON shapes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyad.cli.main import app

runner = CliRunner()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["dates", "events"])
def test_eval_json_shape(kind, seeds_dir, gold_dir):
    gold = sorted(str(p) for p in gold_dir.glob(f"{kind}-*.jsonl"))
    result = runner.invoke(app, ["eval", kind, "--corpus", str(seeds_dir), *gold, "--format", "json"])
    assert result.exit_code == 0, result.output
    res = json.loads(result.stdout)
    assert set(res["detection"]) >= {"p", "r", "f1"}
    assert set(res["by_lang"]) == {"en", "ko", "zh"}
    if kind == "dates":
        assert set(res["value_accuracy"]) == {"explicit", "context", "all"}
    else:
        for k in ("category_accuracy", "pair_accuracy", "direction_accuracy", "date_accuracy",
                  "factuality_accuracy"):
            assert 0.0 <= res[k] <= 1.0
        assert "confusion" in res


def test_eval_bad_corpus_is_an_error(tmp_path, gold_dir):
    result = runner.invoke(app, ["eval", "events", "--corpus", str(tmp_path / "none"),
                                 str(gold_dir / "events-en-wiki-iran-russia.jsonl")])
    assert result.exit_code != 0
