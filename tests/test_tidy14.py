"""Review round 14: one home for each idea (the small words of a sentence, the council-type suffixes,
the words that are no place, a sentence's end)."""
from extract.extractors.document.titles import _running_text


def test_a_summons_in_capitals_is_running_text_by_the_words_no_sentence_ends_with():
    # Dyfed-Powys Police and Crime Panel's summons (Carmarthenshire County Council, 2020): 32 words in
    # capitals, 9 of them a sentence's small words (YOU TO A OF THE AND WHICH WILL BE ...)
    assert _running_text("I HEREBY SUMMON YOU TO ATTEND A VIRTUAL MEETING OF THE DYFED POWYS POLICE AND CRIME PANEL "
                         "WHICH WILL BE HELD AT 10.00 AM, ON FRIDAY, 24TH JULY, 2020 FOR THE TRANSACTION OF THE "
                         "BUSINESS OUTLINED ON THE ATTACHED AGENDA")
    # a title in capitals naming places and bodies, 20 words, only two small words: no running text
    assert not _running_text("NORTH WALES POLICE DYFED POWYS POLICE GWENT POLICE SOUTH WALES POLICE BRITISH TRANSPORT "
                             "POLICE WELSH GOVERNMENT HOME OFFICE PANEL AND COMMISSIONER OF REPORT")
