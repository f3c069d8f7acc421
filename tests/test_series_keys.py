"""Series keys (extract/dataset/names.py): plural words made singular so that "Crimes" and
"crime" are one series, but never the words of a place ("South Wales" is not "south wale",
"Dumfries and Galloway" not "dumfry and galloway": both seen as row labels of Hansard and
Scottish Parliament written answers) nor a noun whose singular is another word."""
import pytest

from extract.dataset.names import metric_key, series_names, subject_keys


@pytest.mark.parametrize("label, key", [
    ("South Wales", "south wales"),
    ("North Wales", "north wales"),
    ("Thames Valley", "thames valley"),
    ("West Midlands", "west midlands"),
    ("Dumfries and Galloway", "dumfries and galloway"),
    ("Lothian and Borders", "lothian and borders"),
    ("Highlands and Islands", "highlands and islands"),
    ("Tunbridge Wells", "tunbridge wells"),
    ("St Albans", "st albans"),
    ("Licensed premises", "licensed premises"),
    ("Stolen goods", "stolen goods"),
    ("Proceeds of crime", "proceeds of crime"),
    ("Council tax arrears", "council tax arrears"),
])
def test_place_words_and_invariant_nouns_are_kept(label, key):
    assert metric_key(label) == key


@pytest.mark.parametrize("label, key", [
    ("Offences", "offence"),
    ("Crimes recorded", "crime recorded"),
    ("Policies", "policy"),
    ("Arrests", "arrest"),
    ("Officers", "officer"),
    ("Victims of crime", "victim of crime"),
    ("Business crime", "business crime"),     # -ss stays
    ("Status", "status"),                     # -us stays
    ("Analysis", "analysis"),                 # -is stays
])
def test_ordinary_plurals_still_singular(label, key):
    assert metric_key(label) == key


def test_singular_and_plural_land_in_one_series():
    assert metric_key("Arrests made") == metric_key("Arrest made")
    assert subject_keys("Hate crimes") == subject_keys("Hate crime")


def test_place_subject_key_of_a_table_row():
    # a statistics table's row "Dumfries and Galloway" under "Sale of fireworks to under 18s"
    _, subject = series_names("Sale of fireworks to under 18s", "Dumfries and Galloway", table=True)
    assert subject == "dumfries_and_galloway"
