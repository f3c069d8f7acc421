import json

import jsonschema
import pytest

from extract.records import TABLES, as_row, json_schema
from extract.schemas import DEFAULT_DIR, render


def test_committed_schemas_match_the_code():
    for name in TABLES:
        path = DEFAULT_DIR / f"{name}.schema.json"
        assert path.exists(), f"{path} missing: run python -m extract schemas"
        assert path.read_text(encoding="utf-8") == render(name), \
            f"{path} is stale: run python -m extract schemas"


def test_no_stray_schema_files():
    names = {p.name for p in DEFAULT_DIR.glob("*.schema.json")}
    assert names == {f"{n}.schema.json" for n in TABLES}


def test_schemas_are_valid_json_schema():
    for name, spec in TABLES.items():
        schema = json.loads(render(name))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["x-primary-key"] == list(spec.key)
        for k in spec.key:
            assert k in schema["properties"]


def test_schema_rejects_a_bad_row():
    schema = json_schema(TABLES["documents"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"doc_id": "x", "status": "maybe"}, schema)


def test_every_written_row_validates(corpus_run):
    result, _ = corpus_run
    for name, spec in TABLES.items():
        schema = json_schema(spec)
        validator = jsonschema.Draft202012Validator(schema)
        for row in result.tables[name]:
            errors = list(validator.iter_errors(as_row(row)))
            assert not errors, f"{name}: {errors[0].message} in {as_row(row)}"
