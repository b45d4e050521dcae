"""Coding whole articles: dates, places, status policy and evidence offsets, on texts written for
Tidings; the work budget, measured in Python calls (not in seconds, which depend on the machine)."""
from __future__ import annotations

import json
import random
import sys

import pytest
from click.testing import CliRunner

from tidings import actors, bench, coding, nlp
from tidings.actors import ActorRegistry
from tidings.cli import cli
from tidings.records import Article
from tidings.settings import DEFAULT_MIN_CONFIDENCE
from tidings.timing import Stopwatch


@pytest.fixture(scope="module")
def registry():
    return ActorRegistry.load()


def code(registry, body, published="2025-04-24", dateline=None, dateline_date=None, publisher=None):
    article = Article(article_id="a1", doc="t.txt", index=1, body=body, published=published, dateline=dateline,
                      dateline_date=dateline_date, publisher=publisher)
    ((_, found, _),) = list(coding.code_articles([article], registry))
    return found


def keyed(found):
    return {(e.type, e.source.key, e.target.key if e.target else None, e.date, e.date_basis) for e in found}


def keyed_pairs(found):
    return {(e.type, e.source.key, e.target.key if e.target else None) for e in found}


def test_coding_explicit_date_attached_to_the_event_clause(registry):
    found = code(registry, "France and Germany held talks on Nov. 3, 2024, in Paris.")
    assert ("CONSULT", "FRA", "DEU", "2024-11-03", "explicit") in keyed(found) | {
        ("CONSULT", e.target.key, e.source.key, e.date, e.date_basis) for e in found}


def test_coding_weekday_resolves_against_publication(registry):
    (event,) = [e for e in code(registry, "Kenya and Uganda on Tuesday signed a border agreement.") if e.type == "SUPPORT"]
    assert (event.date, event.date_basis) == ("2025-04-22", "relative")


def test_coding_news_of_the_day_takes_publication_date(registry):
    (event,) = code(registry, "Egypt condemned Israel over the strike.")
    assert (event.type, event.date, event.date_basis) == ("ACCUSE", "2025-04-24", "publication")


def test_coding_news_of_the_day_takes_the_datelines_date(registry):
    (event,) = code(registry, "On Tuesday, Egypt condemned Israel over the strike.", published="2025-08-10",
                    dateline="CAIRO", dateline_date="2025-08-06")
    assert (event.date, event.date_basis) == ("2025-08-05", "relative")  # the Tuesday before Aug 6
    (event,) = code(registry, "Egypt condemned Israel over the strike.", published="2025-08-10",
                    dateline="CAIRO", dateline_date="2025-08-06")
    assert (event.date, event.date_basis) == ("2025-08-06", "publication")


def test_coding_the_same_month_has_month_precision(registry):
    body = ("Gunmen killed nine workers in Chile on Jan 27, 2024. The same month, Peru attacked "
            "Bolivian rebels.")
    found = [e for e in code(registry, body) if e.source.key == "PER"]
    assert [(e.type, e.date, e.date_basis) for e in found] == [("ASSAULT", "2024-01", "relative")]


def test_coding_an_occasion_told_in_the_background_keeps_its_date(registry):
    body = ("Kenya and Uganda signed a trade pact on Monday.\n\n"
            "Last year in October, the Kenyan president met the Ugandan president in Kampala.\n\n"
            "The two presidents agreed to expand cooperation on railways.\n\n"
            "On Monday, Kenya praised Uganda.")
    dated = {(e.type, e.date) for e in code(registry, body)}
    assert ("CONSULT", "2024-10") in dated and ("AGREE", "2024-10") in dated
    assert ("SUPPORT", "2025-04-21") in dated


def test_coding_rebels_and_their_government_are_two_sides(registry):
    found = code(registry, "The Fijian rebels said they will release Prime Minister Mahendra Chaudhry.")
    assert {(e.type, e.source.key, e.source.sector, e.target.key, e.target.sector) for e in found} == {
        ("AGREE", "FJI", "REB", "FJI", "GOV")}  # the promise to release him
    assert code(registry, "Fijian officials praised the Fijian government.") == []  # one side


def test_coding_the_parties_carry_into_an_agentless_sentence(registry):
    found = code(registry, "Kenya and Uganda held talks in Kampala on Monday. It was agreed that the border "
                           "would be reopened.")
    assert {(e.type, frozenset((e.source.key, e.target.key))) for e in found} == {
        ("CONSULT", frozenset(("KEN", "UGA"))), ("AGREE", frozenset(("KEN", "UGA")))}


def test_coding_a_reported_past_perfect_is_the_days_news(registry):
    """ "said he had met": the saying's "I met", shifted back; not background."""
    found = code(registry, "The Chilean foreign minister said he had met the Peruvian president.")
    assert keyed(found) == {("CONSULT", "CHL", "PER", "2025-04-24", "publication")}


def test_coding_a_where_clause_takes_the_date_of_the_occasion_it_tells_of(registry):
    found = code(registry, "The high point of the year, he said, was the May 12 summit in Quito, where the presidents "
                           "of Chile and Peru signed a border agreement.", published="2025-06-20")
    assert ("SUPPORT", "CHL", "PER", "2025-05-12") in {(e.type, e.source.key, e.target.key, e.date) for e in found}


@pytest.mark.parametrize("body, expected", [
    # an infinitive with no time of its own happens when the clause it hangs on says
    ("Chile and Peru fought a short border war this spring. After weeks of shelling, it took Brazilian mediation "
     "on May 10 for the two governments to agree a truce.", ("AGREE", "CHL", "PER", "2025-05-10")),
    # a clause of the same time ("as ...") dates the act it goes with
    ("As Lima shelled the border towns in mid-March, Chile shot down three Peruvian drones in reply.",
     ("ASSAULT", "CHL", "PER", "2025-03")),
    # and the other way: a "when" clause takes the time of the clause it tells the moment of
    ("Ties between Santiago and La Paz soured last year when Chile recognised Bolivian claims over the northern "
     "coast.", ("SUPPORT", "CHL", "BOL", "2024")),
])
def test_coding_an_act_with_no_time_of_its_own_takes_that_of_the_clause_it_goes_with(registry, body, expected):
    assert expected in {(e.type, e.source.key, e.target.key, e.date) for e in code(registry, body, published="2025-06-06")}


def test_coding_a_day_to_come_in_the_sentence_before_dates_no_act_told_after_it(registry):
    found = code(registry, "“The negotiations with Peru have begun. They will resume on Friday. It is an important "
                           "round,” the Chilean president told journalists during talks with the visiting Peruvian "
                           "foreign minister.", published="2025-04-08")
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2025-04-08")]  # not the Friday before


def test_coding_an_act_a_dated_clause_follows_is_of_that_time_and_what_it_follows_keeps_its_own(registry):
    found = code(registry, "The port was closed on October 11 following armed clashes between Chile and Peru.",
                 published="2025-11-01")
    assert [(e.type, e.date) for e in found] == [("ASSAULT", "2025-10-11")]
    found = code(registry, "The raid was one of many Chilean attacks on Peruvian patrols, following the lifting of a "
                           "curfew last week.", published="2025-11-01")
    assert [(e.type, e.date) for e in found] == [("ASSAULT", "2025-11-01")]  # last week is the lifting's


def test_coding_a_meeting_offered_on_a_condition_is_an_offer_made_when_said(registry):
    found = code(registry, "Peruvian guerrilla commanders said on Wednesday they would meet the Chilean mediator if he "
                           "let them keep their weapons.", published="2025-04-05")
    assert ("AGREE", "PER", "CHL", "2025-04-02") in {(e.type, e.source.key, e.target.key, e.date) for e in found}


@pytest.mark.parametrize("body, expected", [
    # being prepared to do something is an intent to do it, not the act done
    ("The Chilean minister said his government was prepared to lift its ban on Peruvian fruit.", {"AGREE"}),
    # a request announced is a request, not a promise
    ("Chile will stress the urgent need to send food to the people of Peru.", {"REQUEST"}),
    # what there is a need to do is asked for, not promised; what a plan is to do is promised
    ("Chile said there was a need to provide aid to Peru.", set()),
    ("Chile announced a plan to provide aid to Peru.", {"AGREE"}),
])
def test_coding_what_is_called_for_is_no_promise(registry, body, expected):
    assert {e.type for e in code(registry, body)} == expected


def test_coding_an_act_another_clause_is_for_takes_no_time_from_it(registry):
    found = code(registry, "The convoy sailed in mid-May to run Chile's blockade of Peru.", published="2025-06-06")
    assert [(e.type, e.date) for e in found] == [("COERCE", "2025-06-06")]


@pytest.mark.parametrize("text", ["Egypt had long accused Israel of blocking aid.",
                                  "Chile and Peru severed diplomatic ties shortly after the 1979 war."])
def test_coding_background_gets_no_date(registry, text):
    found = code(registry, text)
    assert found and all(e.date is None for e in found)


def test_coding_subjects_restoring_relations_restore_them_with_each_other(registry):
    assert keyed_pairs(code(registry, "Chile and Peru restored diplomatic relations on Monday.")) == {
        ("SUPPORT", "CHL", "PER")}


def test_coding_planned_meeting_becomes_commitment_of_the_agreement(registry):
    found = code(registry, "Chile and Peru agreed to hold talks in 2026.")
    (agree,) = [e for e in found if e.type == "AGREE"]
    assert agree.status == "planned" and agree.date == "2025-04-24"
    (promise,) = agree.commitments
    assert (promise.type, promise.due, promise.text) == ("CONSULT", "2026", "hold talks")
    assert not [e for e in found if e.type == "CONSULT"]


def test_coding_a_journey_said_to_come_is_a_plan_due_when_the_journey_is(registry):
    # "would" in what is said is what was to come; the summit is due when the journey to it is
    found = code(registry, "He said the Chilean president would travel to Lima on May 2 to attend a summit with the "
                           "leaders of Peru and Bolivia.")
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} == {
        ("AGREE", "CHL", "PER", "planned"), ("AGREE", "CHL", "BOL", "planned")}
    assert {(c.type, c.due) for e in found for c in e.commitments} == {("CONSULT", "2025-05-02")}
    # a topic to be raised is no act of the speaker's
    assert not [e for e in code(registry, "A Chilean spokeswoman said the minister would raise the shooting of a "
                                          "Chilean citizen with his Peruvian counterpart.") if e.status != "hypothetical"]


@pytest.mark.parametrize("text, expected", [
    ("The Chilean foreign minister flew to Lima on Tuesday.", {("CONSULT", "CHL", "PER")}),
    ("Chilean President Gabriel Boric arrived in Lima for a two-day stay.", {("CONSULT", "CHL", "PER")}),
    ("Chilean troops arrived in Peru in 2018.", set()),  # forces, refugees or goods make no visit
    ("Thousands of Chilean refugees arrived in Peru last month.", set()),
    ("A shipment of Chilean vaccines arrived in Lima on Friday.", set())])
def test_coding_a_guest_who_travels_to_a_state_visits_it(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_an_announced_harm_is_one_threat_dated_when_said(registry):
    """The statement is dated when it was made; the day named is when the act is due. (An
    economic measure announced on no condition is the measure, taken when announced.)"""
    found = code(registry, "Chile announced on Tuesday that it will expel Peru's diplomats from August 1.")
    (threat,) = found
    assert (threat.type, threat.status, threat.date) == ("THREATEN", "occurred", "2025-04-22")
    assert [c.due for c in threat.commitments] == ["2025-08-01"]
    (measure,) = code(registry, "Chile announced on Tuesday that it will impose a tariff on Peru from August 1.")
    assert (measure.type, measure.status, measure.date) == ("SANCTION", "occurred", "2025-04-22")


@pytest.mark.parametrize("body, expected", [
    ("Peruvian rebels vowed to attack Chilean forces.", {("THREATEN", "PER", "CHL")}),  # a promise of harm
    ("Chile promised to send aid to Peru.", {("AGREE", "CHL", "PER")}),  # stated once, not twice
    ("Chile said it will withdraw its troops from Peru unless Peru pays its debts.", {("THREATEN", "CHL", "PER")}),
])
def test_coding_a_promise_is_one_statement_and_a_promised_harm_a_threat(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_support_that_will_continue_goes_on_now_and_is_promised(registry):
    found = code(registry, "Chile will continue to support Peru with arms deliveries, the Chilean minister said.")
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} == {
        ("SUPPORT", "CHL", "PER", "occurred"), ("AGREE", "CHL", "PER", "occurred")}


def test_coding_an_upcoming_visit_is_planned(registry):
    found = code(registry, "Preparations are under way for the Chilean president's upcoming trip to Peru.")
    assert {(e.type, e.status) for e in found} == {("AGREE", "planned")}
    assert [c.type for e in found for c in e.commitments] == ["CONSULT"]


def test_coding_evidence_offsets_point_into_the_body(registry):
    body = "Oman hosted talks on Monday.\n\nJapan and Korea agreed to expand trade on Wednesday."
    for event in code(registry, body):
        for m in event.mentions:
            assert body[m.start:m.end] == m.sentence and m.trigger in m.sentence


def test_coding_date_of_an_event_noun_inside_the_trigger_phrase(registry):
    found = code(registry, "The minister conveyed Egypt’s condemnation of the Israeli attack on Gaza on April 20.")
    (accuse,) = [e for e in found if e.type == "ACCUSE"]
    assert accuse.date == "2025-04-24"


def test_coding_a_day_in_the_clause_of_what_will_happen_lies_ahead(registry):
    """ "will meet on Friday" is the coming Friday; "said on Tuesday" stays the Tuesday past."""
    (event,) = code(registry, "Chile said on Tuesday that it will meet Peru on Friday.")  # a Thursday
    assert event.date == "2025-04-22" and [c.due for c in event.commitments] == ["2025-04-25"]


def test_coding_a_noun_of_the_same_kind_of_event_does_not_take_its_date(registry):
    """The truce agreed is the agreement, so the date after it dates the agreeing."""
    found = code(registry, "Chile and Peru agreed a truce on April 10.")
    assert {(e.type, e.date) for e in found} == {("AGREE", "2025-04-10")}


def test_coding_agentless_summons_takes_the_dateline_state(registry):
    found = code(registry, "The Belarusian charge d'affaires was summoned on Friday.", dateline="VILNIUS")
    assert keyed_pairs(found) == {("ACCUSE", "LTU", "BLR")}
    assert code(registry, "The Belarusian charge d'affaires was summoned on Friday.") == []


class WorkExceeded(Exception):
    pass


def work(body: str, limit: int = 10**8) -> tuple[int, list, list]:
    """Python calls (and generator resumptions) made coding ``body`` — a count of work that does
    not depend on the machine or its load — with the events and the budget's cuts; past ``limit``
    calls the coding is stopped (``WorkExceeded``)."""
    doc = nlp.load()(body)
    article = Article(article_id="w1", doc="w.txt", index=1, body=body, published="2025-04-24")
    registry, calls = ActorRegistry.load(), 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1
            if calls > limit:
                raise WorkExceeded(f"over {limit:,} calls")

    sys.setprofile(count)
    try:
        found, cuts = coding.code_doc(article, doc, registry, Stopwatch())
    finally:
        sys.setprofile(None)
    return calls, found, cuts


def coordination(size: int) -> str:
    names = [c.name for c in bench.countries()]
    listed = [names[i % len(names)] for i in range(size)]
    return f"{', '.join(listed[:-1])} and {listed[-1]} signed a trade agreement in Geneva on Monday."


def test_coding_long_coordination_codes_within_the_budget():
    # 300 parties to one agreement would be 44,850 pairs, a hundred times the 435 of 30: the
    # sentence is coded with the first MAX_SENTENCE_ACTORS of them, and costs what reading its ten
    # times the words costs (about 4.3 times the 30), well under the pairs'.
    small, found_small, cuts_small = work(coordination(coding.MAX_SENTENCE_ACTORS))
    large, found, cuts = work(coordination(300), limit=6 * small)
    assert not cuts_small and len(found_small) == len(found) > 100
    assert {e.type for e in found} == {"SUPPORT"}
    (cut,) = cuts
    assert "a sentence naming 300 actors" in cut.reason and "coded with the first" in cut.reason
    assert large <= 6 * small


def test_coding_work_grows_linearly_with_article_length():
    articles = [record["text"] for record in bench.generate(32)]
    short, _, _ = work("\n\n".join(articles[:8]))
    long, found, cuts = work("\n\n".join(articles), limit=7 * short)
    assert len(found) > 50 and not cuts
    assert long <= 1.6 * 4 * short  # four times the text: about four times the work, not sixteen



def test_coding_work_grows_linearly_with_the_events_of_an_article():
    """Sentence after sentence of states meeting: each event was merged with the article's others,
    and dated from the narrative, by comparing it with every event before it."""
    names = [c.name for c in bench.countries()]

    def meetings(count: int) -> str:
        rng = random.Random(count)
        return " ".join(f"{', '.join(four[:3])} and {four[3]} met in Geneva."
                        for four in (rng.sample(names, 4) for _ in range(count)))

    short, found_short, _ = work(meetings(40))
    long, found, cuts = work(meetings(160), limit=7 * short)
    assert len(found) > 3 * len(found_short) > 300 and not cuts
    assert long <= 1.6 * 4 * short  # four times the meetings: about four times the work


def test_coding_overlong_sentence_is_left_out_and_the_rest_coded(monkeypatch):
    monkeypatch.setattr(coding, "MAX_SENTENCE_TOKENS", 40)
    body = f"Chile and Peru signed a border agreement on Monday. {coordination(25)}"
    _, found, cuts = work(body)
    assert keyed_pairs(found) == {("SUPPORT", "CHL", "PER")}
    (cut,) = cuts
    start = body.index(coordination(25))
    assert f"characters {start}-{len(body)}: a sentence of " in cut.reason and "not coded" in cut.reason


def test_coding_budget_cuts_are_listed_by_errors(tmp_path):
    db, source = str(tmp_path / "s.duckdb"), tmp_path / "list.jsonl"
    source.write_text(json.dumps({"doc": "list", "published": "2025-04-24", "text": coordination(300)}) + "\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "ingest", "--workers", "1", str(source)])
    assert result.exit_code == 1 and "1 new article(s) stored" in result.output
    listed = runner.invoke(cli, ["--db", db, "errors"]).output
    assert "list (article 1" not in listed and "article 1, characters" in listed and "300 actors" in listed
    assert int(runner.invoke(cli, ["--db", db, "summary"]).output.split(" event(s)")[0].split()[-1]) > 100


@pytest.mark.parametrize("body, expected", [
    # welcoming news of an act is aimed at who did it
    ("Chile welcomed the announcements on recognition of the State of Palestine by Peru and Bolivia.",
     ("SUPPORT", "CHL", "BOL")),
    # demobilising forces is a retreat, as the dictionary has only the noun in its patterns
    ("Chile began the demobilization of its forces on the border with Peru.", ("RETREAT", "CHL", "PER")),
    # leading a delegation to a state is a visit
    ("The Chilean foreign minister led a delegation to Lima on Monday.", ("CONSULT", "CHL", "PER")),
    ("Chile sent a delegation to Lima on Monday.", ("CONSULT", "CHL", "PER")),
    # a request or greeting handed to someone is addressed to them; "his" before an act is the subject's
    ("The Chilean foreign minister said he had renewed to Peru his urgent request to release the fishermen.",
     ("REQUEST", "CHL", "PER")),
    ("The Chilean minister extended his congratulations to the people of Peru on their National Day.",
     ("SUPPORT", "CHL", "PER")),
    # needing another's support asks them for it
    ("“We need Peru's support today in these difficult hours,” the Chilean minister said.", ("REQUEST", "CHL", "PER")),
    ("Chile counted on Peru's support to ensure that its term on the council went smoothly.", ("REQUEST", "CHL", "PER")),
    # "his" in a clause with no subject of its own is the subject of the clause it hangs on
    ("The Chilean president spoke to the ambassador of Bolivia in Santiago, while recalling his telephone "
     "conversation with the Peruvian president on June 24.", ("CONSULT", "CHL", "PER")),
    # investing in a state is aimed at it; a commitment's "from" is its author, not its target
    ("The visit was marked by business deals, including a $60 billion commitment from Chile to invest in the US.",
     ("AGREE", "CHL", "USA")),
    # a commitment to an act is aimed at whom the act is with
    ("The Chilean envoy reaffirmed Chile's commitment to deepening trade with Peru, recalling decades of friendship.",
     ("AGREE", "CHL", "PER")),
    # "them" after a list of actors stands for the list
    ("The Bolivian president said he had called the presidents of Chile and Peru, urging them to reopen the "
     "border.", ("REQUEST", "BOL", "PER")),
    # an actor deep in what is promised is the target when it is not the promiser's own side;
    # "in" before a clause ("in deepening ...") is no place
    ("The Chilean consul assured that she would go on doing her utmost in deepening Chile-Peru relations.",
     ("AGREE", "CHL", "PER")),
    # the subject of a participle the parser left the verb after it without ("X shooting from a bridge wounded")
    ("A Peruvian charity said Chilean police shooting from a bridge wounded a young Peruvian farmer on Sunday.",
     ("ASSAULT", "CHL", "PER")),
    # the subject the parser left hanging on a name before a quoted verb still carries the call
    ("In a telephone call with Foreign Minister Wang Yi, Mauro Vieira “emphasised the importance of open and "
     "constructive communication on a range of bilateral issues”, the ministry said.", ("CONSULT", "BRA", "CHN")),
    # a participle before the verb tells where it was said, not at whom
    ("Addressing the WTO council on Monday, the Chilean ambassador warned that Peru's tariffs would hurt trade.",
     ("THREATEN", "CHL", "PER")),
    # a third party mediating between two sides acts on both
    ("Oman has been mediating between Chile and Peru since March.", ("CONSULT", "OMN", "PER")),
    ("Qatar's emir launched a mediation effort on Saturday between Chile and Peru.", ("CONSULT", "QAT", "CHL")),
    # hatred expressed for a state is aimed at it
    ("“My views are clear,” the Chilean minister said, expressing his hatred for Peru.", ("ACCUSE", "CHL", "PER")),
    # questioning another's claim rejects it, and is aimed at whose claim it is, not at whom it names
    ("At the UN, Chile's envoy questioned Peru's assertion that his country had started the conflict.",
     ("REJECT", "CHL", "PER")),
    # whoever addresses a body's session takes part in it
    ("“Trade is growing,” the Bolivian president said while addressing the Peru-Bolivia Business Forum in Lima.",
     ("CONSULT", "BOL", "PER")),
    ("On Tuesday, Chile's foreign minister addressed a WTO session on fisheries.", ("CONSULT", "CHL", "WTO")),
    # coordinated qualifiers share their office
    ("Senior Chilean and Peruvian officials agreed on Wednesday to reopen the border.", ("AGREE", "CHL", "PER")),
    # an act whose subject is another act takes that act's author
    ("Ethiopian air strikes killed 20 Eritreans on Tuesday.", ("ASSAULT", "ETH", "ERI")),
    # an act on a territory is aimed at the country where it happens
    ("Serbia lifted a curfew in Montenegro on Sunday.", (None, "SRB", "MNE")),
    # a request whose clause goes on with a participle is still a request of its object
    ("Kenya sought Uganda's support for its candidate, receiving assurances of backing.", ("REQUEST", "KEN", "UGA")),
    # officials "in" a seat of government are that state's; "upon" is a preposition like "on"
    ("Chile called upon the authorities in Lima to act.", ("REQUEST", "CHL", "PER")),
    # a hyphenated pair of names is both parties, not a place
    ("The Chile-Peru talks ended without agreement in Quito.", ("CONSULT", "CHL", "PER")),
    # a subject the parser hung on a place before it is still the verb's subject
    ("He said that in the third round of talks in Lima, Chile and Peru discussed trade.", ("CONSULT", "CHL", "PER")),
    # an act on one's own thing is aimed at whom it is for
    ("Chile froze Chilean aid to Peru on Monday.", ("SANCTION", "CHL", "PER")),
    # "up to" hung on a particle by the parse still leads to the object
    ("Bolivian rebels have kidnapped up to 16 Peruvian engineers near the border.", ("ASSAULT", "BOL", "PER")),
    # a group "in" a state is that state's, and rebels may ask their own government
    ("Rebels in Peru announced that the Peruvian government must release their leader.", ("REQUEST", "PER", "PER")),
    # an act after "following" sets the scene of a sanction; the sanction does not undo it
    ("Chile suspended flights on Monday following border clashes between Peru and Bolivia.",
     ("ASSAULT", "PER", "BOL")),
    # "the recognition of X by Y": Y recognises, whichever noun the parser hangs "by Y" on
    ("Kenya welcomed the announcements on recognition of the State of Palestine by Chile and Peru.",
     ("SUPPORT", "CHL", "PSE")),
    # "talks between A and B", whatever the parse makes of the "and"
    ("The deal was reached during talks in Quito between Chilean Foreign Minister Ana Soto and Peru's Foreign "
     "Minister Luis Rojas.", ("CONSULT", "CHL", "PER")),
    # a visitor "received by" the host: they met
    ("The Chilean foreign minister arrived in Lima, where he was received by Peruvian President Ana Ruiz.",
     ("CONSULT", "CHL", "PER")),
    # "ties" are "relations" to the CAMEO patterns, and what two subjects share makes a joint act
    ("Chile and Peru upgraded their diplomatic ties on Monday.", ("SUPPORT", "CHL", "PER")),
    # reneging on a commitment rejects it, and the commitment is not coded as made
    ("Chile reneged on its commitment to Peru to open the border.", ("REJECT", "CHL", "PER")),
    # conferring an honour on someone is praise, conferring with them a meeting
    ("The Chilean president conferred a state medal on the Peruvian foreign minister.", ("SUPPORT", "CHL", "PER")),
    # declaring a ceasefire is a retreat (CAMEO 0871); calling off a strike eases dissent (082)
    ("Peruvian guerrillas declared a truce with Chile on Tuesday.", ("RETREAT", "PER", "CHL")),
    ("The Chilean teachers' union called off its strike against the Peruvian company.", ("CONCEDE", "CHL", "PER")),
    # withdrawing observers or inspectors ends an involvement (CAMEO 1662); troops retreat (below)
    ("Chile withdrew its observers from Peru on Monday.", ("SANCTION", "CHL", "PER")),
    # shaking hands is meeting; being open to talks with someone is an intent to meet them
    ("The Chilean president shook hands with the Peruvian president on Friday.", ("CONSULT", "CHL", "PER")),
    ("“I would be open to talks with Peru,” the Chilean president said.", ("AGREE", "CHL", "PER")),
    # inking a deal is signing it
    ("Chile and Peru inked a trade pact on Monday.", ("SUPPORT", "CHL", "PER")),
    # rejecting an attack condemns it (CAMEO 111), aimed at whoever struck
    ("Chile rejected the attack by Peru on its border post.", ("ACCUSE", "CHL", "PER")),
    # retaking a village is taking territory by force (CAMEO 192)
    ("Chilean troops have recaptured a hilltop village in northern Peru.", ("ASSAULT", "CHL", "PER")),
    # a place named with its part ("Southern Peru") is in that country
    ("Chilean troops have recaptured a hilltop village in Southern Peru.", ("ASSAULT", "CHL", "PER")),
    # an apology is support (CAMEO 055, which PLOVER's own correspondence makes SUPPORT)
    ("Chile apologized to Peru for the border incident.", ("SUPPORT", "CHL", "PER")),
    # lifting a curfew eases it (CAMEO 0813), the curfew is not imposed
    ("Chile lifted a night curfew in Peru on Sunday.", ("CONCEDE", "CHL", "PER")),
    # a promise whose complement names the pair ("cooperation between the two countries") is theirs
    ("Chile and Peru held talks on Monday. The weather was mild. The leadership reaffirmed their commitment to "
     "strengthening cooperation between the two countries.", ("AGREE", "CHL", "PER")),
    # "should" in reported speech is a demand on its subject, unless both sides are asked
    ("Chile's minister said Peru should withdraw its claim.", ("REQUEST", "CHL", "PER")),
    # welcoming or condemning an act done "by" someone is aimed at who did it
    ("Chile welcomed the recognition of Palestine by Peru.", ("SUPPORT", "CHL", "PER")),
    # whom a verb acts on in a meeting is a party to it
    ("Chile's president joined Peru's president virtually in the meeting.", ("CONSULT", "CHL", "PER")),
    # a gerund after "after", "by", "while" ... is done by the subject of the verb it follows
    ("The Chilean president struck a calm tone after accusing Peru of spreading falsehoods.", ("ACCUSE", "CHL", "PER")),
    # a threatened act is aimed at whom the act would hit
    ("Chile threatened new tariffs on Peruvian goods.", ("THREATEN", "CHL", "PER")),
    # one's own thing offered "to" someone: the offer is aimed at them
    ("Chile and Peru clashed again. Bolivia offered its good offices to the two neighbouring countries.",
     ("AGREE", "BOL", "PER")),
    # an act that goes on is still an act; "arms" are weapons to the CAMEO patterns
    ("Chile continued to send arms to Peru last year.", ("AID", "CHL", "PER")),
    # one's own thing taken from a state is aimed at it
    ("Chile withdrew its troops from Peru.", ("RETREAT", "CHL", "PER")),
    # "at the request of X, Y will ...": Y is asked
    ("At the request of Chile's president, the UN Security Council will hold an emergency meeting.",
     ("REQUEST", "CHL", "UN")),
    # a participle hung on a noun is done by what the noun names
    ("The Chilean ambassador on Thursday, while handing over an aid consignment to Peru's authorities, praised "
     "the ties.", ("AID", "CHL", "PER")),
    # an act done again and again is still done ("continued to", "repeatedly")
    ("“We have been repeatedly calling upon the authorities in Lima to act,” the Chilean spokesperson said.",
     ("REQUEST", "CHL", "PER")),
    # "the ministers of A, B and C" are each state's
    ("The foreign ministers of Chile, Peru and Bolivia met in Lima.", ("CONSULT", "PER", "BOL")),
    # "called for X to ...": X is asked
    ("Chile and Peru clashed on the border. The Security Council called for both parties to show restraint.",
     ("REQUEST", "UN", "PER")),
    # a participle on a thing someone made is theirs: "issued a statement demanding ..."
    ("Chilean rebels issued a declaration demanding that the Chilean government release their leader.",
     ("REQUEST", "CHL", "CHL")),
    # a pattern whose event noun is only what the act is about: "defended X against criticism"
    ("The Chilean president defended Peru on Friday against Western criticism.", ("SUPPORT", "CHL", "PER")),
    # a meeting the act is for: "return to Geneva for talks"
    ("Chilean and Peruvian negotiators return to Geneva this week for talks on the border.",
     ("CONSULT", "CHL", "PER")),
    # a statement or resolution speaks for whoever issued it: here the speaker
    ("The joint statement condemned the Peruvian attacks on civilians, the Chilean foreign ministry said.",
     ("ACCUSE", "CHL", "PER")),
    # "both" is the pair just named, never the speaker alone
    ("The Chilean foreign minister spoke to his Peruvian counterpart by phone on the matter and both “declared "
     "their readiness for constructive talks,” the ministry said.", ("AGREE", "PER", "CHL")),
])
def test_coding_general_argument_rules(registry, body, expected):
    found = keyed_pairs(code(registry, body))
    kind, source, target = expected
    assert any((kind is None or t == kind) and {s, g} == {source, target} for t, s, g in found), found


def test_coding_a_participle_in_a_name_tells_no_act(registry):
    found = code(registry, "Chile said Peru had made efforts to suppress the wishes of the people of Peruvian "
                           "Illegally Occupied Bolivia.")
    assert "ASSAULT" not in {e.type for e in found}
    found = code(registry, "Chilean forces occupied the Peruvian town of Tacna on Monday.")
    assert ("ASSAULT", "CHL", "PER") in keyed_pairs(found)


def test_coding_a_body_named_by_its_kind_speaks_for_who_tells_of_it(registry):
    found = code(registry, "The UN mission in Peru said its convoy was attacked on Friday. The mission demanded a full "
                           "investigation by Peruvian authorities, it said in a statement.")
    assert ("REQUEST", "UN", "PER") in keyed_pairs(found)


def test_coding_a_quotation_over_several_sentences_is_given_to_who_says_it(registry):
    found = code(registry, "“We regret the decision taken last week. Peru must immediately release the fishermen. Our "
                           "patience is not endless,” the Chilean foreign minister said.")
    assert ("REQUEST", "CHL", "PER") in keyed_pairs(found)


def test_coding_a_protest_that_says_something_is_a_complaint(registry):
    found = code(registry, "Chile protested that Peru had violated its airspace.")
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(found)
    for body in ("The Chilean minister said Chile's policies demonstrate that it respects its minorities.",
                 "The Chilean minister said new exports to Peru demonstrate the strength of the partnership.",
                 "The Chilean president rallied support for his plan in Lima on Monday."):
        assert "PROTEST" not in {e.type for e in code(registry, body)}, body


def test_coding_a_similar_act_is_aimed_like_the_last_of_its_kind(registry):
    found = code(registry, "The United States imposed sanctions on Peru on Friday. Canada imposed similar sanctions on "
                           "Monday.")
    assert ("SANCTION", "CAN", "PER") in keyed_pairs(found)


def test_coding_a_harm_a_speaker_says_another_did_is_an_accusation(registry):
    found = code(registry, "“Peru’s expansionist designs have destabilised the entire region,” the Chilean minister "
                           "remarked.")
    assert keyed_pairs(found) == {("ACCUSE", "CHL", "PER")}
    found = code(registry, "“Any speculation about Peru and Bolivia working to destabilise the region I would reject,” "
                           "the Chilean minister said.")
    assert "ACCUSE" not in {e.type for e in found}  # a claim the speaker answers, not his own


def test_coding_a_refused_meeting_is_refused_to_the_other_side_of_the_last_one(registry):
    found = code(registry, "Chile and Peru held talks in Quito on Saturday. Chile will not negotiate away its right "
                           "to the fisheries, its foreign minister said.")
    assert ("REJECT", "CHL", "PER") in keyed_pairs(found)


def test_coding_joint_resolve_is_not_a_demand(registry):
    found = code(registry, "Chile's minister said both countries should continue joint efforts on trade.")
    assert not [e for e in found if e.type == "REQUEST"]


def test_coding_protest_carried_by_a_light_verb(registry):
    found = code(registry, "Chilean teachers staged a hunger strike in Santiago on Monday.")
    assert ("PROTEST", "CHL") in {(e.type, e.source.key) for e in found}
    found = code(registry, "The minister expressed Chile's strong protest against the decision.")
    assert "PROTEST" not in {e.type for e in found}


def test_coding_a_participle_of_aim_is_no_act_of_its_own(registry):
    """ "Targeting" says whom the sanctions hit; "killing" after strikes is an attack of its own kind."""
    found = code(registry, "Chile issued new sanctions on Tuesday targeting a Peruvian oil magnate.")
    assert keyed_pairs(found) == {("SANCTION", "CHL", "PER")}
    found = code(registry, "Chile launched strikes on Peru, killing 20 soldiers.")
    assert {m.trigger for e in found for m in e.mentions} >= {"killing"}


def test_coding_both_sides_does_not_reach_across_a_subhead(registry):
    """A subhead starts another topic: "the two sides" there are not the pair of the part before."""
    part = "Chile and Peru held talks on trade on Monday.\n\n{}The minister had seen the news of the two sides " \
           "reaching a ceasefire."
    assert ("AGREE", "CHL", "PER") in keyed_pairs(code(registry, part.format("")))
    assert ("AGREE", "CHL", "PER") not in keyed_pairs(code(registry, part.format("Middle East\n\n")))


@pytest.mark.parametrize("body, kind", [
    ("The US vice president also attacked the Chilean president, calling him disrespectful.", "ACCUSE"),
    ("Chilean jets attacked Peruvian positions, killing 20 soldiers.", "ASSAULT"),
    ("The Peruvian rebels, claiming solidarity with farmers, have been firing on Chilean troops.", "ASSAULT"),
])
def test_coding_an_attack_made_in_words_is_an_accusation(registry, body, kind):
    assert {e.type for e in code(registry, body)} == {kind}


def test_coding_a_strike_at_no_one_named_is_aimed_at_the_side_that_answers_it(registry):
    found = code(registry, "As Lima launched air strikes in early May, Chile downed six Peruvian jets in response.")
    assert {("ASSAULT", "PER", "CHL"), ("ASSAULT", "CHL", "PER")} <= keyed_pairs(found)


def test_coding_a_warning_aimed_at_no_one_is_aimed_at_the_other_side_of_the_fight(registry):
    found = code(registry, "Chile and Peru traded fire on the border on Thursday. The Chilean president has warned "
                           "that any escalation “would mean open war”.")
    assert ("THREATEN", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("body, expected", [
    # unnamed people who protest are the people of where they do it; "in defiance of X" is against X
    ("Tens of thousands of people rallied in Lima in defiance of Chilean officials to demand new elections.",
     ("PROTEST", "PER", "CHL")),
    ("Thousands of protesters marched in Santiago on Sunday against Peru's border policy.", ("PROTEST", "CHL", "PER")),
    # where the crowd is, said of the crowd; an effigy or portrait burned stands for whom it is of
    ("Protesters in Arequipa burned an effigy of the Chilean president on Monday.", ("PROTEST", "PER", "CHL")),
    # a crowd gathering for a rally: the rally is theirs, though no verb stages it
    ("Hundreds of farmers gathered on Thursday for a rally in Lima to protest the new tax.", ("PROTEST", "PER", None)),
])
def test_coding_a_crowd_protests_as_the_people_of_where_it_gathers(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_it_stands_for_a_body_not_for_a_people_named_after_it(registry):
    found = code(registry, "The Chilean air force has bombed villages full of Peruvians since it opened an offensive "
                           "in March.")
    assert ("ASSAULT", "PER", "CHL") not in keyed_pairs(found)
    assert ("ASSAULT", "CHL", "PER") in keyed_pairs(found)


def test_coding_forcing_out_is_an_expulsion(registry):
    found = code(registry, "Chile forced the Peruvian aid agency out of the country on Monday.")
    assert keyed_pairs(found) == {("SANCTION", "CHL", "PER")}


def test_coding_describing_something_as_something_is_no_act_on_it(registry):
    found = code(registry, "Speaking to reporters, the Chilean ambassador described the initiative as a tribute to "
                           "Peru's rich heritage.")
    assert not found  # nor is speaking to reporters a meeting with them


def test_coding_releasing_a_statement_or_report_frees_no_one(registry):
    assert not code(registry, "Chile released a report on Peru's border policy on Monday.")
    assert keyed_pairs(code(registry, "Chile released two Peruvian fishermen on Monday.")) == {("RETREAT", "CHL", "PER")}


def test_coding_sanctions_relief_is_an_easing_not_aid(registry):
    found = code(registry, "Chile's sanctions relief to Bolivia took effect on Monday.")
    assert keyed_pairs(found) == {("RETREAT", "CHL", "BOL")}


def test_coding_grappling_with_a_problem_is_no_attack(registry):
    found = code(registry, "The visit comes as Lima grapples with the competing interests of Santiago and Quito.")
    assert "ASSAULT" not in {e.type for e in found}


@pytest.mark.parametrize("body, expected", [
    ("Chile retaliated against Peru on Monday.", ("ASSAULT", "CHL", "PER")),
    ("Chile said it would retaliate against Peru.", ("THREATEN", "CHL", "PER")),
    ("“We shall forcefully counter any future aggression,” the Chilean spokesperson said after Peru's strikes on "
     "Arica.", ("THREATEN", "CHL", "PER")),
])
def test_coding_retaliation_is_an_attack_and_a_vow_of_it_a_threat(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_using_weapons_is_an_attack(registry):
    found = code(registry, "Chile and Peru fought a short war in May. Both sides used fighter jets and drones.")
    assert {m.trigger for e in found if e.type == "ASSAULT" for m in e.mentions} >= {"used fighter jets"}
    found = code(registry, "Chilean troops neutralised five Peruvian fighters.")  # the military's word for it
    assert keyed_pairs(found) == {("ASSAULT", "CHL", "PER")}


def test_coding_blocking_roads_is_a_protest_blocking_aid_is_coercion(registry):
    found = code(registry, "Chilean farmers blocked roads near Santiago on Monday.")
    assert {(e.type, e.source.key) for e in found} == {("PROTEST", "CHL")}
    found = code(registry, "Chile blocked aid to Peru on Monday.")
    assert "PROTEST" not in {e.type for e in found}


def test_coding_condemning_an_attack_accuses_its_author(registry):
    found = code(registry, "Peru shelled Chilean border posts on Monday. Bolivia condemned the attack.")
    assert ("ACCUSE", "BOL", "PER") in keyed_pairs(found)


def test_coding_unattributed_demand_goes_on_with_the_statement_before(registry):
    found = code(registry, "Chile's foreign ministry said the border talks had failed. Peru must withdraw its troops.")
    assert ("REQUEST", "CHL", "PER") in keyed_pairs(found)


def test_coding_announced_harm_is_a_threat(registry):
    found = {(e.type, e.source.key, e.target.key if e.target else None, e.status)
             for e in code(registry, "Bolivian leaders said they would boycott all official contact with Chile.")}
    assert ("THREATEN", "BOL", "CHL", "occurred") in found
    # an attempt reported by others is no threat
    found = code(registry, "Bolivian rebels attempted to attack Chilean troops, officials in Lima said.")
    assert "THREATEN" not in {e.type for e in found}


@pytest.mark.parametrize("body", ["Chile said it would send aid to Peru.", "Chile will lift its sanctions on Peru."])
def test_coding_announced_help_is_a_promise(registry, body):
    """(A measure a state says it will take, "said it would lift its sanctions", it takes.)"""
    found = code(registry, body)
    assert [(e.type, e.source.key, e.target.key, e.status) for e in found] == [("AGREE", "CHL", "PER", "planned")]
    assert [c.type for c in found[0].commitments] == ["AID" if "aid" in body else "RETREAT"]


def test_coding_what_a_text_provides_that_is_so_is_no_aid(registry):
    assert "AID" in {e.type for e in code(registry, "The UN resolution provided food to Peru.")}
    found = code(registry, "UN resolutions provided that Peru would hold a referendum, the Chilean envoy said.")
    assert "AID" not in {e.type for e in found}


@pytest.mark.parametrize("body, source", [
    ("Peru brushed off a plea from Chile to hand back the fishing boats.", "PER"),  # the appeal's author
    ("Bolivia shrugged off Chile's ultimatum on Tuesday.", "BOL"),  # a phrasal verb of rejecting
    ("Peru ruled out talks with Chile until the border is reopened.", "PER"),  # the other party of the talks
])
def test_coding_a_rejection_is_aimed_at_who_proposed_or_would_take_part(registry, body, source):
    found = keyed_pairs(code(registry, body))
    assert ("REJECT", source, "CHL") in found


def test_coding_what_a_claim_is_about_is_not_whom_its_denial_is_aimed_at(registry):
    assert not code(registry, "Peru denied claims of secret contacts with Chile.")
    # nor is who an allegation says did wrong its author
    assert not code(registry, "Allegations of abuse by Chilean troops against Peruvian migrants surfaced on Monday.")


@pytest.mark.parametrize("verb", ["encouraged", "told", "pushed", "advised", "pressured", "persuaded", "exhorted",
                                  "implored", "challenged", "pressurised"])
def test_coding_telling_someone_to_act_is_a_request(registry, verb):
    found = {(e.type, e.source.key, e.target.key if e.target else None)
             for e in code(registry, f"Chile {verb} Peru to reopen the border.")}
    assert ("REQUEST", "CHL", "PER") in found


@pytest.mark.parametrize("body", ["Chile encouraged Peru's efforts.",
                                  "The Chilean minister told reporters that Peru had reopened the border."])
def test_coding_encouraging_or_telling_with_no_act_to_do_is_no_request(registry, body):
    assert "REQUEST" not in {e.type for e in code(registry, body)}


def test_coding_a_statement_only_supposed_was_not_made(registry):
    for body in ("Chile might condemn Peru.", "Chile could urge Peru to reopen the border.", "Chile should meet Peru."):
        assert not code(registry, body), body
    # a supposed material act stays, at half confidence
    attack = [e for e in code(registry, "Chile could attack Peru.") if e.type == "ASSAULT"]
    done = [e for e in code(registry, "Chile attacked Peru.") if e.type == "ASSAULT"]
    assert attack and attack[0].status == "hypothetical" and attack[0].confidence < done[0].confidence / 1.5


def test_coding_would_after_a_saying_verb_tells_what_is_to_come(registry):
    found = code(registry, "A Chilean spokeswoman said the trade minister would visit Peru next week.")
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} == {("AGREE", "CHL", "PER", "planned")}
    # on a condition it is an offer, as before
    found = code(registry, "Chile said it would meet Peru if the border was reopened.")
    assert keyed_pairs(found) == {("AGREE", "CHL", "PER")}


def test_coding_a_refusal_asked_for_is_no_rejection(registry):
    found = keyed_pairs(code(registry, "Chile urged Bolivia not to recognize Peru."))
    assert found == {("REQUEST", "CHL", "BOL")}
    found = {(e.type, e.source.key) for e in code(registry, "Chile insisted that Bolivia should decline to recognize Peru.")}
    assert ("REJECT", "CHL") not in found
    # a refusal made is one
    found = keyed_pairs(code(registry, "Chile refused to recognize Peru."))
    assert found == {("REJECT", "CHL", "PER")}


def test_coding_easing_emergency_measures_is_a_concession(registry):
    found = keyed_pairs(code(
        registry, "After a quiet week, Chile eased the emergency in the Peruvian province of Tacna."))
    assert found == {("CONCEDE", "CHL", "PER")}


def test_coding_the_act_a_threat_names_is_its_commitment_not_an_event(registry):
    found = code(registry, "The Chilean president threatened to ban Peruvian imports.")
    assert [(e.type, e.source.key, e.target.key, [c.type for c in e.commitments]) for e in found] == [
        ("THREATEN", "CHL", "PER", ["SANCTION"])]


@pytest.mark.parametrize("body", ["Santiago will offer no more visas to Peruvian workers, the Chilean minister said.",
                                  "Chile offered no support to Peru.", "Chile reached no agreement with Peru."])
def test_coding_an_act_whose_object_is_no_thing_did_not_happen(registry, body):
    assert not code(registry, body)


def test_coding_a_similar_call_is_a_request_aimed_like_the_last(registry):
    found = keyed_pairs(code(
        registry, "Bolivian and Peruvian border guards exchanged fire on Monday. Brazil called for calm on both "
                  "sides, and Peru's old trading partner Spain made a similar call on Tuesday."))
    # the appositive names who "Peru's old trading partner" is
    assert {("REQUEST", "ESP", "BOL"), ("REQUEST", "ESP", "PER")} <= found
    assert ("REQUEST", "PER", "BOL") not in found


def test_coding_answering_an_attack_is_aimed_at_its_author(registry):
    found = keyed_pairs(code(registry, "Chile repulsed an attack by Peruvian troops on Monday."))
    assert found == {("ASSAULT", "CHL", "PER")}
    # vowed for the future, it is a threat against the aggressor
    found = keyed_pairs(code(
        registry, "Chile's defence chief warned that his forces will counter any new aggression by Peru."))
    assert found == {("THREATEN", "CHL", "PER")}


def test_coding_the_cause_of_a_sanction_is_not_undone_by_it(registry):
    found = keyed_pairs(code(
        registry, "Chile closed its border with Peru on Sunday because of clashes between Bolivians and "
                  "Peruvians nearby."))
    assert {("SANCTION", "CHL", "PER")} <= found
    assert {("ASSAULT", "BOL", "PER"), ("ASSAULT", "PER", "BOL")} & found


def test_coding_an_accusation_rejected_was_made_against_who_rejects_it(registry):
    found = {(e.type, e.source.key, e.target.key, e.date) for e in code(
        registry, "The Peruvian envoy dismissed the accusations and allegations levelled by Chile's interior minister "
                  "on January 13, calling them politically motivated.",
        published="2025-01-16")}
    assert ("ACCUSE", "CHL", "PER", "2025-01-13") in found  # dated by the participle the two nouns share
    assert ("REJECT", "PER", "CHL", "2025-01-16") in found
    found = keyed_pairs(code(registry, "Peru denied Chilean allegations of spying."))
    assert found == {("REJECT", "PER", "CHL"), ("ACCUSE", "CHL", "PER")}


def test_coding_trading_blame_is_a_mutual_accusation(registry):
    found = [e for e in code(registry, "After the summit broke down, Chile and Peru traded blame for the failure.")]
    assert [(e.type, {e.source.key, e.target.key}, e.symmetric) for e in found] == [("ACCUSE", {"CHL", "PER"}, True)]


def test_coding_both_sides_are_the_two_states_their_sentence_named(registry):
    found = {(e.type, frozenset((e.source.key, e.target.key))) for e in code(
        registry, "Chile and Bolivia held talks in La Paz on Monday. Bolivia and Chile agreed to reopen the border. "
                  "In a statement issued after the Chile-Peru strategic dialogue in Lima, the two sides pledged to "
                  "expand their fisheries partnership.")}
    assert ("AGREE", frozenset({"CHL", "PER"})) in found


def test_coding_taking_part_in_an_act_is_no_promise(registry):
    found = keyed_pairs(code(
        registry, "Decades ago Chile took part in the Peruvian-led occupation of Bolivia's coast."))
    assert "AGREE" not in {kind for kind, _, _ in found} and "THREATEN" not in {kind for kind, _, _ in found}
    found = keyed_pairs(code(registry, "Chile took part in the talks with Peru in Lima."))
    assert found == {("CONSULT", "CHL", "PER")}


@pytest.mark.parametrize("body, kind", [
    ("Chile warned that Peru had broken the truce.", "ACCUSE"),  # what another did: a charge
    ("Chile warned Peru that any attack would be met with force.", "THREATEN"),  # what is to come
    ("Chile warned Peru that it was ready to use force.", "THREATEN"),  # a readiness told in the past
])
def test_coding_a_warning_of_what_was_done_is_a_charge(registry, body, kind):
    assert {e.type for e in code(registry, body)} == {kind}


def test_coding_a_quotation_opening_a_sentence_is_given_to_who_the_sentence_before_says_spoke(registry):
    found = keyed_pairs(code(
        registry, "The Chilean foreign ministry spokesperson also reiterated Chile's stance on the border. "
                  "“We condemn the Peruvian incursion in the strongest terms.”"))
    assert ("ACCUSE", "CHL", "PER") in found


@pytest.mark.parametrize("body", [
    "Hundreds of people gathered in Lima to protest against the Chilean detention of Peruvian fishermen.",
    "Peruvian students protested against Chilean raids on the border.",
])
def test_coding_a_protest_against_an_act_is_aimed_at_its_author(registry, body):
    assert ("PROTEST", "PER", "CHL") in keyed_pairs(code(registry, body))


def test_coding_all_before_a_participle_makes_it_a_description(registry):
    found = code(registry, "Bolivia asked for peace in Tacna and all occupied Peruvian provinces.")
    assert "ASSAULT" not in {e.type for e in found}
    # "all" after a subject of its own is no article: "the miners all occupied X" is an act
    assert {e.type for e in code(registry, "Bolivian miners all occupied the Chilean embassy.")} == {"PROTEST"}


def test_coding_a_sea_named_after_a_place_is_not_that_state(registry):
    found = code(registry, "Bolivian rebels stepped up their raids on freighters in the Arabian Sea and Gulf of Aden.")
    assert "YEM" not in {e.target.key for e in found if e.target}
    found = code(registry, "Bolivian rebels attacked Peruvian freighters in the Gulf of Aden on Monday.")
    assert keyed_pairs(found) == {("ASSAULT", "BOL", "PER")}


def test_coding_whom_an_issue_concerns_is_no_party_to_talks_about_it(registry):
    found = {(e.type, frozenset((e.source.key, e.target.key))) for e in code(
        registry, "Chile and Peru discussed questions regarding Bolivian migrants.")}
    assert found == {("CONSULT", frozenset({"CHL", "PER"}))}


def test_coding_they_in_a_speakers_own_words_is_not_the_speaker(registry):
    found = {e.type for e in code(registry, "The Chilean president decried a double standard, saying: “They sell "
                                            "rifles to Peru and then lecture us on peace.”")}
    assert found == {"ACCUSE"}  # not a sale of arms by Chile
    # outside quotation marks a pronoun subject of what a speaker says is the speaker
    found = keyed_pairs(code(registry, "Chile said it would send aid to Peru."))
    assert ("AGREE", "CHL", "PER") in found


def test_coding_a_clash_between_two_leaders_is_no_attack(registry):
    found = {e.type for e in code(
        registry, "The Chilean president and his Peruvian counterpart clashed over the border on Friday.")}
    assert "ASSAULT" not in found
    found = keyed_pairs(code(
        registry, "The Chilean president clashed with his Peruvian counterpart over the border."))
    assert found == {("ACCUSE", "CHL", "PER")}  # an argument
    found = keyed_pairs(code(
        registry, "Chilean and Peruvian troops clashed on the border on Friday."))
    assert ("ASSAULT", "CHL", "PER") in found


@pytest.mark.parametrize("body", ["Chile recalled its ambassador to Peru.", "Chile recalled its envoy from Peru on Monday."])
def test_coding_recalling_an_envoy_is_aimed_at_the_state_of_the_post(registry, body):
    assert keyed_pairs(code(registry, body)) == {("SANCTION", "CHL", "PER")}
    # an arrest of one's own former envoy is aimed at him (out of office), not at where he served
    assert keyed_pairs(code(registry, "Chile arrested its former ambassador to Peru.")) == {("COERCE", "CHL", "CHL")}


@pytest.mark.parametrize("gap, expected", [("two days after", "2025-05-24"), ("a week before", "2025-06-02"),
                                           ("hours after", "2025-05-26")])
def test_coding_an_act_so_many_days_after_another_is_dated_from_it(registry, gap, expected):
    found = {(e.type, e.source.key, e.date) for e in code(
        registry, f"Chile recalled its envoy from Peru on Monday, {gap} Peru expelled a Chilean diplomat.",
        published="2025-05-29")}
    assert ("SANCTION", "CHL", "2025-05-26") in found and ("SANCTION", "PER", expected) in found


@pytest.mark.parametrize("body, expected", [
    ("Peru launched an AI-enabled monitoring system for its media office.", set()),  # a derived pattern, aimed at no one
    ("Chile mobilized its army reservists on Tuesday.", {("MOBILIZE", "CHL", None)}),  # a mobilisation in its own word
])
def test_coding_a_mobilisation_aimed_at_no_one_needs_its_own_word(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body", ["A ceasefire between Chile and Peru is possible, the Bolivian mediator said.",
                                  "A truce between Chile and Peru is likely, officials said."])
def test_coding_an_act_only_in_prospect_was_not_made(registry, body):
    assert not code(registry, body)


@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru held a fresh round of talks in Quito on Tuesday.", ("CONSULT", "CHL", "PER")),
    ("Peru carried out a series of strikes on Chile on Thursday.", ("ASSAULT", "PER", "CHL")),
    ("Chile and Peru began a new round of trade negotiations.", ("CONSULT", "CHL", "PER")),
    ("Chile sent 20 tonnes of medical supplies to Peru on Monday.", ("AID", "CHL", "PER")),
    ("Chile approved a new package of sanctions against Peru.", ("SANCTION", "CHL", "PER")),
    ("Chile released 20 of the Peruvian prisoners.", ("RETREAT", "CHL", "PER")),
    ("Chile freed all of the Peruvian fishermen on Monday.", ("RETREAT", "CHL", "PER")),
])
def test_coding_acts_counted_by_a_noun_stand_in_its_place(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == {expected}


@pytest.mark.parametrize("body", ["Chile's foreign minister arrived in Peru on Wednesday for a two-day visit.",
                                  "Chile's foreign minister is on a two-day visit to Peru.",
                                  "The Chilean foreign minister is in Lima for an official visit."])
def test_coding_a_visit_a_journey_is_for_is_the_travellers(registry, body):
    assert keyed_pairs(code(registry, body)) == {("CONSULT", "CHL", "PER")}
    # "here": the place of the dateline
    found = code(registry, "The Chilean president arrived here on Tuesday on a two-day official visit.", dateline="LIMA")
    assert keyed_pairs(found) == {("CONSULT", "CHL", "PER")}


def test_coding_a_preposition_of_time_fills_no_pattern_slot(registry):
    # "telephone on" would be a derived "call on" (a request); "on Thursday" is only when
    found = code(registry, "The Chilean president telephoned his Peruvian counterpart on Thursday.")
    assert keyed_pairs(found) == {("CONSULT", "CHL", "PER")}


@pytest.mark.parametrize("body", [
    "The Chilean minister said Peru built a false narrative about the border.",
    "Chile will expose Peru's fabricated claims, the foreign ministry said.",
    "The Chilean envoy set his country's record against what he called Peru's crude propaganda.",
])
def test_coding_a_deceit_told_of_another_is_an_accusation(registry, body):
    assert keyed_pairs(code(registry, body)) == {("ACCUSE", "CHL", "PER")}


@pytest.mark.parametrize("body", [
    "The Chilean president said Peru's aggression in the region must be stopped.",
    "The Chilean president urged the world to take notice of Peruvian atrocities in the border villages.",
    "The Chilean spokesperson said that the Peruvian leadership's irresponsible statements were a threat to peace.",
    "The Chilean foreign ministry said Peru's unilateral and illegal actions would not change the status of the islands.",
])
def test_coding_a_wrong_told_of_another_is_an_accusation(registry, body):
    assert keyed_pairs(code(registry, body)) == {("ACCUSE", "CHL", "PER")}


def test_coding_a_wrong_that_only_modifies_is_no_charge(registry):
    found = code(registry, "Chile and Peru agreed to activate their bilateral anti-terrorism dialogue.")
    assert {e.type for e in found} == {"AGREE"}


def test_coding_a_wrong_already_condemned_or_answered_is_not_charged_again(registry):
    found = code(registry, "Chile condemned the Peruvian aggression on Monday.")
    assert [(e.type, m.trigger) for e in found for m in e.mentions] == [("ACCUSE", "condemned")]
    assert "ACCUSE" not in {e.type for e in code(registry, "Chile imposed sanctions on Peru over its aggression.")}


def test_coding_a_deceit_already_rejected_or_charged_is_not_charged_again(registry):
    assert {e.type for e in code(registry, "Chile rejected Peru's baseless claims.")} == {"REJECT"}
    assert {(e.type, e.target.key) for e in code(registry, "Bolivia accused Chile of repeating Peruvian lies.")} == {
        ("ACCUSE", "CHL")}


@pytest.mark.parametrize("body, expected", [
    ("Chile described the Peruvian move as a violation of international law.", ("ACCUSE", "CHL", "PER")),
    ("Chile called the Peruvian decision illegal.", ("ACCUSE", "CHL", "PER")),
    ("Chile described Peru's new visa rules as discriminatory.", ("ACCUSE", "CHL", "PER")),
    ("Chile termed Peru's remarks as baseless and irresponsible.", ("REJECT", "CHL", "PER")),
])
def test_coding_calling_anothers_act_a_wrong_is_an_accusation(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == {expected}


def test_coding_calling_an_act_by_a_pronoun_or_by_praise_accuses_no_one(registry):
    found = code(registry, "Chile condemned the Peruvian raid, describing it as a violation of its sovereignty.")
    assert keyed_pairs(found) == {("ACCUSE", "CHL", "PER")}
    assert {e.type for e in code(registry, "Chile described the talks with Peru as a historic success.")} == {"CONSULT"}


def test_coding_a_bare_plural_office_after_a_meeting_names_both_parties(registry):
    met = "Chile's foreign minister held talks with her Peruvian counterpart on Monday."
    found = code(registry, f"{met} The ministers also agreed to hold the next round of talks in Lima.")
    assert ("AGREE", "CHL", "PER") in keyed_pairs(found)
    # a plural office of one side stays that side's
    found = code(registry, f"{met} The Peruvian ministers also agreed to hold the next round of talks in Lima.")
    assert "AGREE" not in {e.type for e in found}


def test_coding_an_object_pronoun_is_not_its_own_verbs_subject(registry):
    found = code(registry, "Chile's foreign minister Ana Ruiz met her Peruvian counterpart Luis Vega on Monday. "
                           "Vega assured her that the dispute would be settled soon.")
    assert ("AGREE", "PER", "CHL") in keyed_pairs(found)


@pytest.mark.parametrize("body, expected", [
    ("Brazil offered to host talks between Chile and Peru.", {("AGREE", "BRA", "CHL"), ("AGREE", "BRA", "PER")}),
    ("The UN called for talks between Chile and Peru.", {("REQUEST", "UN", "CHL"), ("REQUEST", "UN", "PER")}),
])
def test_coding_talks_a_third_party_offers_or_asks_for_are_its_act_towards_both(registry, body, expected):
    # not an intent of the two to meet: neither of them said so
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_a_coordinated_statement_is_aimed_like_the_act_before_it(registry):
    found = code(registry, "Chile imposed sanctions on Peru on Monday and warned of further measures.")
    assert keyed_pairs(found) == {("SANCTION", "CHL", "PER"), ("THREATEN", "CHL", "PER")}
    # not across sides: solidarity with one, then a denunciation of an unnamed other
    found = code(registry, "Chile stood in solidarity with Peru and denounced the provocations.")
    assert keyed_pairs(found) == {("SUPPORT", "CHL", "PER")}


def test_coding_the_occasion_of_a_meeting_is_no_party_to_it(registry):
    found = code(registry, "Chile and Peru met on the margins of the UN General Assembly in New York.")
    assert keyed_pairs(found) == {("CONSULT", "CHL", "PER")}


def test_coding_an_investigation_into_a_party_is_aimed_at_it(registry):
    found = code(registry, "Peruvian prosecutors opened an investigation into Chilean officials over the deaths.")
    assert keyed_pairs(found) == {("ACCUSE", "PER", "CHL")}


def test_coding_a_verb_alone_is_its_own_act_over_the_event_it_acts_on(registry):
    # "boycotted the summit": a boycott of the summit's host, not a summit
    found = code(registry, "Peru boycotted the summit hosted by Chile.")
    assert keyed_pairs(found) == {("PROTEST", "PER", "CHL")}


@pytest.mark.parametrize("body", ["Chile held Peru responsible for the attack on its border post.",
                                  "Peru was behind the bombing, the Chilean interior minister said.",
                                  "Peru is accountable for the bloodshed, Chile's president said."])
def test_coding_holding_another_to_blame_is_an_accusation(registry, body):
    assert keyed_pairs(code(registry, body)) >= {("ACCUSE", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile condemned the bombing and said Peru was behind it.", {("ACCUSE", "CHL", "PER")}),
    ("Chile welcomed the decision and said Peru was behind it.", set()),
])
def test_coding_what_another_is_behind_may_be_the_act_named_before(registry, body, expected):
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "ACCUSE"} == expected


def test_coding_a_place_several_states_bear_is_the_one_of_the_outlets_country(registry):
    body = "Indian forces shelled villages in Punjab on Monday."
    assert ("ASSAULT", "IND", "PAK") in keyed_pairs(code(registry, body, publisher="Dawn"))
    assert ("ASSAULT", "IND", "PAK") not in keyed_pairs(code(registry, body, publisher="The Hindu"))
    body = "The provincial home minister said India was behind the grenade attack."
    assert keyed_pairs(code(registry, body, dateline="HYDERABAD", publisher="Dawn")) == {("ACCUSE", "PAK", "IND")}


@pytest.mark.parametrize("body, expected", [
    ("Chile's president did not meet his Peruvian counterpart at the forum.", set()),  # not done, no refusal
    ("Chile has not congratulated the new Peruvian president.", set()),
    ("Chile has not yet approved Peru's request for a loan.", set()),  # still to come
    ("Chile did not agree to Peru's proposal for talks.", {("REJECT", "CHL", "PER")}),  # an answer: a refusal
    ("Chile will not meet the Peruvian delegation.", {("REJECT", "CHL", "PER")}),  # said for the future
])
def test_coding_an_act_told_not_done_is_a_refusal_only_when_it_answers_or_is_to_come(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body", [
    "A summit between Chile and Peru could take place in Lima.",
    "Talks between Chile and Peru may be held in Quito.",
    "The Chilean foreign minister's visit to Lima was called off.",
    "The Chilean foreign minister called off his visit to Lima.",
    "The Chilean foreign minister cancelled his planned visit to Lima.",
    "The planned visit of the Chilean president to Peru has been postponed.",
])
def test_coding_a_meeting_that_may_happen_or_is_called_off_is_none(registry, body):
    assert not code(registry, body)


@pytest.mark.parametrize("body, expected", [
    ("Indian troops resorted to unprovoked firing along the LoC on Tuesday.", ("ASSAULT", "IND", "PAK")),
    ("Pakistan violated the ceasefire along the Line of Control on Friday.", ("ASSAULT", "PAK", "IND")),
    ("Pakistan closed the Torkham crossing on Friday.", ("SANCTION", "PAK", "AFG")),
    ("Afghan authorities reopened the Chaman border crossing on Sunday.", ("RETREAT", "AFG", "PAK")),
])
def test_coding_an_act_at_a_line_or_crossing_between_two_states_is_at_the_other(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == {expected}


def test_coding_a_town_that_bears_a_crossings_name_is_no_crossing(registry):
    assert {k[2] for k in keyed_pairs(code(registry, "Pakistani police arrested three suspects in Chaman on Friday."))} \
        == {"PAK"}


def test_coding_harm_done_by_a_states_shelling_is_its_attack(registry):
    found = keyed_pairs(code(registry, "Three Peruvian farmers were injured by Chilean shelling near the border."))
    assert found == {("ASSAULT", "CHL", "PER")}


@pytest.mark.parametrize("body, key", [
    ("The BSF arrested two Pakistani smugglers on Friday.", ("COERCE", "IND", "PAK")),
    ("The Pakistan Rangers fired at Indian troops on Friday.", ("ASSAULT", "PAK", "IND")),
])
def test_coding_border_forces_are_their_states(registry, body, key):
    assert keyed_pairs(code(registry, body)) == {key}


@pytest.mark.parametrize("body, key", [
    ("Peru received the bodies of 40 soldiers from Chile on Friday.", ("RETREAT", "CHL", "PER")),
    ("Peru received 22 fishermen from Chile on Friday.", ("RETREAT", "CHL", "PER")),
    ("Chile repatriated 198 Peruvian fishermen on Friday.", ("RETREAT", "CHL", "PER")),
    ("Chile sent back 50 Peruvian fishermen on Friday.", ("RETREAT", "CHL", "PER")),
])
def test_coding_people_handed_back_are_released_by_the_giver(registry, body, key):
    assert keyed_pairs(code(registry, body)) == {key}


@pytest.mark.parametrize("body", ["Chile released 200 Peruvian fishermen and handed them over at the border.",
                                  "Chile handed over the Peruvian fishermen to Peruvian officials at the border."])
def test_coding_fishermen_handed_over_are_released_not_given_as_aid(registry, body):
    assert {k[0] for k in keyed_pairs(code(registry, body))} == {"RETREAT"}


def test_coding_a_visitor_received_is_no_release(registry):
    assert {e.type for e in code(registry, "Peru received a delegation from Chile on Friday.")} == {"CONSULT"}


@pytest.mark.parametrize("body", [
    "Chile protested after a Peruvian survey ship entered its territorial waters.",
    "Chile protested strongly over the Peruvian army chief's remarks.",
])
def test_coding_a_states_protest_is_in_words_at_whom_it_answers(registry, body):
    assert keyed_pairs(code(registry, body)) == {("ACCUSE", "CHL", "PER")}


def test_coding_a_rejection_after_a_third_party_speaks_stays_at_the_proposer(registry):
    body = ("Chile has called for talks with Peru, though Lima has rejected direct talks after Washington said "
            "the two countries had agreed to meet.")
    assert ("REJECT", "PER", "USA") not in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("body, expected", [
    ("Chile's navy expelled two Peruvian fishing boats from its waters on Friday.", {("COERCE", "CHL", "PER")}),
    ("Chile expelled a Peruvian diplomat on Friday.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_craft_driven_out_are_coerced_envoys_sent_home_are_a_sanction(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile warned of an imminent Peruvian military strike.", {("ACCUSE", "CHL", "PER")}),  # another's act
    ("Chile warned of a false flag operation by Peru.", {("ACCUSE", "CHL", "PER")}),
    ("Chile warned of severe consequences if Peru attacked its border posts.", {("THREATEN", "CHL", "PER")}),
])
def test_coding_a_warning_of_anothers_act_is_a_charge(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, key", [
    ("The IMF on Friday approved the disbursement of $1 billion to Peru.", ("AID", "IMF", "PER")),
    ("The IMF delayed the disbursement of a $400 million tranche to Peru.", ("SANCTION", "IMF", "PER")),
    ("The World Bank cancelled a $1.5 billion loan to Peru.", ("SANCTION", "WB", "PER")),
    ("Chile has blocked a World Bank loan to Peru.", ("SANCTION", "CHL", "PER")),  # another's aid held back
])
def test_coding_aid_held_back_is_a_measure_against_its_recipient(registry, body, key):
    assert keyed_pairs(code(registry, body)) == {key}


def test_coding_a_suspension_lifted_is_undone(registry):
    found = keyed_pairs(code(registry, "The Andean Community lifted the suspension of Peru on Wednesday."))
    assert {k[0] for k in found} == {"RETREAT"}


@pytest.mark.parametrize("body, key", [
    ("Chile's UN ambassador Ana Reyes called on Peru to lift the sanctions.", ("REQUEST", "CHL", "PER")),
    ("The Chilean UN envoy accused Peru of sabotaging the talks.", ("ACCUSE", "CHL", "PER")),
])
def test_coding_a_states_envoy_to_a_body_speaks_for_the_state(registry, body, key):
    assert keyed_pairs(code(registry, body)) == {key}


def test_coding_a_minister_called_is_a_phone_call(registry):
    body = "Secretary of State Marco Rubio called Foreign Minister Ishaq Dar on Friday."
    assert keyed_pairs(code(registry, body)) == {("CONSULT", "USA", "PAK")}


def test_coding_an_act_charged_is_not_the_accusers(registry):
    body = "Chile accused Peruvian agents of involvement in the killing of a Chilean dissident."
    assert keyed_pairs(code(registry, body)) == {("ACCUSE", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile said it would not free the Peruvian prisoners until Peru withdrew its troops.", set()),
    ("Chile's president said he had no plans to lift the tariffs on Peruvian copper.", set()),
    ("Chile withdrew its request for a Peruvian loan.", set()),
    ("The minister suggested that Chile offer Peru a new trade deal.", set()),
])
def test_coding_a_condition_a_plan_denied_a_request_withdrawn_or_a_suggestion_is_not_done(registry, body, expected):
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] != "REJECT"} == expected


@pytest.mark.parametrize("body, key", [
    ("Chile withdrew its ambassador from Peru on Friday.", ("SANCTION", "CHL", "PER")),
    ("Chile refused to recognise the Peruvian election result and recalled its ambassador from Lima.",
     ("SANCTION", "CHL", "PER")),  # a deed of the refuser's own, parsed under the infinitive
    ("Chile expelled three Peruvian diplomats, accusing them of spying.", ("ACCUSE", "CHL", "PER")),
])
def test_coding_envoys_withdrawn_recalled_or_charged(registry, body, key):
    assert key in keyed_pairs(code(registry, body))


def test_coding_congratulations_on_an_occasion_are_to_whom_they_are_sent(registry):
    body = "Chile's president congratulated his Peruvian counterpart on the successful conclusion of the OAS summit."
    assert keyed_pairs(code(registry, body)) == {("SUPPORT", "CHL", "PER")}


def test_coding_a_deadline_to_leave_given_with_an_expulsion_is_part_of_it(registry):
    found = keyed_pairs(code(registry, "Chile expelled the Peruvian ambassador and gave him 72 hours to leave."))
    assert found == {("SANCTION", "CHL", "PER")}


def test_coding_an_ultimatum_is_a_threat_at_whom_it_binds(registry):
    body = "Chile will recognise the breakaway region in September unless Peru agrees to a ceasefire."
    assert ("THREATEN", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_a_resolution_vetoed_is_the_security_councils(registry):
    assert keyed_pairs(code(registry, "Russia vetoed the draft resolution on Friday.")) == {("REJECT", "RUS", "UN")}
    assert not code(registry, "The Chilean governor vetoed a resolution of the regional assembly.")  # no Council's


@pytest.mark.parametrize("body, expected", [
    ("Chile expelled thousands of Peruvian migrants last week.", {("COERCE", "CHL", "PER")}),
    ("Chile expelled three Peruvian reporters last year.", {("COERCE", "CHL", "PER")}),
    ("Chilean police arrested a former Peruvian minister on a UN warrant.", {("COERCE", "CHL", "PER")}),
    ("Chile blocked a proposal at the OAS to sanction Peru.", set()),
])
def test_coding_people_expelled_warrants_and_blocked_proposals(registry, body, expected):
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] != "REJECT"} == expected


def test_coding_a_plan_for_a_weekday_is_due_on_the_coming_one(registry):
    found = code(registry, "Chile plans to release 100 Peruvian fishermen on Monday.", published="2025-05-10")
    assert {(c.type, c.due) for e in found for c in e.commitments} == {("RETREAT", "2025-05-12")}
    assert {e.date for e in found} == {"2025-05-10"}


def test_coding_a_named_minister_meeting_abroad_is_not_of_the_place(registry):
    body = "Finance Minister Ramos will meet IMF Managing Director Kristalina Georgieva in Washington next week."
    assert not {k for k in keyed_pairs(code(registry, body)) if k[1] == "USA"}


@pytest.mark.parametrize("body, key", [
    ("Chile proposed talks with Peru on Friday.", ("AGREE", "CHL", "PER")),
    ("Chile objected to Peru's construction of a road through the disputed valley.", ("ACCUSE", "CHL", "PER")),
])
def test_coding_proposals_and_objections(registry, body, key):
    assert keyed_pairs(code(registry, body)) == {key}


@pytest.mark.parametrize("body, expected", [
    ("Chile shot down two Peruvian drones and captured a pilot in February 2019.", {"2019-02"}),  # one occasion
    ("Chile and Peru signed 24 accords during the visit of the Chilean president to Lima in February.",
     {"2025-02"}),
    ("Chile's army said on Sunday that it had shelled Peruvian posts a day earlier.", {"2025-05-03"}),
])
def test_coding_times_shared_by_coordinated_acts_occasions_and_days_before(registry, body, expected):
    assert {e.date for e in code(registry, body, published="2025-05-10")} == expected


def test_coding_a_day_earlier_counts_from_the_day_the_sentence_before_named(registry):
    found = code(registry, "Chile struck Peru on May 7. A day earlier, Peru warned Chile of a strong response.",
                 published="2025-05-10")
    assert {(e.type, e.date) for e in found} == {("ASSAULT", "2025-05-07"), ("THREATEN", "2025-05-06")}


def test_coding_a_coordinated_act_with_a_time_of_its_own_keeps_it(registry):
    found = code(registry, "Chile imposed sanctions on Peru in 2018 and threatened Bolivia on Monday.",
                 published="2025-05-10")
    assert {(e.type, e.date) for e in found} == {("SANCTION", "2018"), ("THREATEN", "2025-05-05")}


def test_coding_a_time_in_a_clause_inside_an_occasion_is_not_the_acts(registry):
    body = ("Chile and Peru signed an accord during talks in Lima, which marked the first high-level engagement "
            "since the government took power in 2021.")
    assert "2021" not in {e.date for e in code(registry, body, published="2025-05-10")}


@pytest.mark.parametrize("body, key", [
    ("The UN Security Council met on Kashmir on Monday. Chile's envoy urged the council to act on Peru's "
     "violations.", ("REQUEST", "CHL", "UN")),
    ("The IMF approved a loan for Peru on Friday. Chile had asked the lender in March to delay it.",
     ("REQUEST", "CHL", "IMF")),
])
def test_coding_the_council_or_the_lender_is_the_body_named_before(registry, body, key):
    assert key in keyed_pairs(code(registry, body))


def test_coding_the_council_with_no_body_named_is_no_one(registry):
    assert "REQUEST" not in {e.type for e in code(registry, "Chile's envoy urged the council to act on Peru's violations.")}


@pytest.mark.parametrize("body", ["Rubio called Ishaq Dar and Subrahmanyam Jaishankar separately on Friday.",
                                  "Rubio held separate calls with Ishaq Dar and Subrahmanyam Jaishankar on Friday."])
def test_coding_calls_to_two_are_a_call_to_each(registry, body):
    assert keyed_pairs(code(registry, body)) == {("CONSULT", "USA", "PAK"), ("CONSULT", "USA", "IND")}


@pytest.mark.parametrize("body", [
    "Chile accused Peru of sheltering militants who attack Chile, a charge Lima denies.",
    "Chile's army said two soldiers were killed. It accused Peru of sheltering the attackers, a charge Lima denies.",
])
def test_coding_a_charge_the_charged_denies_was_made_and_is_rejected_at_its_maker(registry, body):
    found = code(registry, body)
    assert {(e.type, e.source.country, e.target.country, e.status) for e in found} == {
        ("ACCUSE", "CHL", "PER", "occurred"), ("REJECT", "PER", "CHL", "occurred")}


def test_coding_a_standing_charge_denied_is_no_new_rejection(registry):
    body = "Western countries have long accused Peru of seeking nuclear arms, a charge Lima vehemently denies."
    assert "REJECT" not in {e.type for e in code(registry, body)}


def test_coding_a_state_talked_of_is_not_one_a_named_official_acts_on(registry):
    body = ("Foreign Office spokesperson Ana Valdivieso on Friday rejected the Peruvian foreign ministry's remarks "
            "about Chile, calling them baseless.")
    assert keyed_pairs(code(registry, body, dateline="SANTIAGO")) == {("REJECT", "CHL", "PER")}


def test_coding_a_state_that_sponsors_a_group_is_not_its_members_country(registry):
    body = "Chilean troops killed 13 militants of the Peruvian-sponsored Shining Front near Arica on Sunday."
    assert ("ASSAULT", "CHL", "PER") not in keyed_pairs(code(registry, body, dateline="SANTIAGO"))


def test_coding_an_offer_to_host_talks_is_to_the_sides_of_the_fight(registry):
    body = "Chilean and Peruvian troops clashed on the border on Monday. Ecuador offered to host talks."
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "AGREE"} == {
        ("AGREE", "ECU", "CHL"), ("AGREE", "ECU", "PER")}


def test_coding_a_government_another_state_asks_is_of_the_state_its_sentence_places(registry):
    body = ("Chile expressed concern over the safety of miners in Peru and asked the interim government to "
            "take action.")
    assert ("REQUEST", "CHL", "PER") in keyed_pairs(code(registry, body, dateline="SANTIAGO"))


def test_coding_thanks_on_the_day_of_a_joint_signing_stay_their_own_event(registry):
    body = "Chile and Peru signed a trade accord on Monday. The Peruvian president thanked Chile for its support."
    found = [e for e in code(registry, body) if e.type == "SUPPORT"]
    assert len(found) == 2 and {e.symmetric for e in found} == {True, False}


def test_coding_help_sought_from_two_is_asked_of_each(registry):
    found = keyed_pairs(code(registry, "Ecuador sought assistance from Chile and Peru on Monday."))
    assert found == {("REQUEST", "ECU", "CHL"), ("REQUEST", "ECU", "PER")}


@pytest.mark.parametrize("body, publisher, key", [
    # a small namesake abroad is not meant; the state a sentence names is first
    ("Ukrainian drones struck an oil depot near St Petersburg overnight.", "The New York Times", ("ASSAULT", "UKR", "RUS")),
    ("Indian police arrested two Kashmiri students in Hyderabad, the capital of Telangana.", "Dawn",
     ("COERCE", "IND", "IND")),
    # the dictionary's own phrasal patterns do not pre-empt the verb's others
    ("Israeli forces fought off Hezbollah fighters in southern Lebanon.", None, ("ASSAULT", "ISR", "LBN")),
    ("Turkey shut down the border with Syria.", None, ("SANCTION", "TUR", "SYR")),
    ("Trump called up Putin on Tuesday.", None, ("CONSULT", "USA", "RUS")),
    # an attack near the border with a state stays one
    ("Israeli jets struck targets near the border with Lebanon.", None, ("ASSAULT", "ISR", "LBN")),
    # not done, though expected: still a refusal
    ("India did not sign the joint statement of the SCO defence ministers.", None, ("REJECT", "IND", "SCO")),
    # a claim in the plain present after "suggests" is kept
    ("The report suggests that Russian forces use cluster munitions in Ukraine.", None, ("ASSAULT", "RUS", "UKR")),
    # a warning told to its target is a threat
    ("Britain warned Russia of NATO retaliation for any attack on Poland.", None, ("THREATEN", "GBR", "RUS")),
    # a body's representative in a state is the body's
    ("Pakistan's WHO representative praised the government's polio campaign.", "Dawn", ("SUPPORT", "WHO", "PAK")),
    # a minister meeting a foreign guest at home is of his own state
    ("Sindh Chief Minister Murad Ali Shah met the Chinese consul general in Karachi on Monday.", None,
     ("CONSULT", "PAK", "CHN")),
])
def test_coding_the_rounds_rules_keep_to_their_ground(registry, body, publisher, key):
    assert key in keyed_pairs(code(registry, body, publisher=publisher))


@pytest.mark.parametrize("body, wrong", [
    ("Pakistani troops killed three terrorists trying to infiltrate across the Durand Line.", ("ASSAULT", "PAK", "AFG")),
    ("Indian police arrested a man at the Attari border for smuggling heroin.", ("COERCE", "IND", "PAK")),
    ("South Korea suspended loudspeaker broadcasts along the Korean Demilitarized Zone.", ("SANCTION", "KOR", "PRK")),
    ("Pakistan protested after Afghan fans attacked Pakistani spectators.", ("ACCUSE", "PAK", "AFG")),
    ("China protested after an American journalist interviewed the Dalai Lama.", ("ACCUSE", "CHN", "USA")),
    ("India received 500 citizens from Israel on a special flight.", ("RETREAT", "ISR", "IND")),
    ("Turkey received the first batch of soldiers from Azerbaijan for joint drills.", ("RETREAT", "AZE", "TUR")),
    ("The EU asked Serbia to recognise Kosovo and cut ties with Russia.", ("SANCTION", "SRB", "RUS")),
    ("The US withdrew non-essential diplomats from Iraq for safety reasons.", ("SANCTION", "USA", "IRQ")),
])
def test_coding_the_rounds_rules_do_not_reach_past_their_ground(registry, body, wrong):
    assert wrong not in keyed_pairs(code(registry, body))


def test_coding_a_list_of_states_parsed_as_an_apposition_is_each(registry):
    found = keyed_pairs(code(registry, "Mali, Burkina Faso and Niger withdrew from ECOWAS on Tuesday."))
    assert {k[1] for k in found} == {"MLI", "BFA", "NER"}


@pytest.mark.parametrize("body, expected", [
    ("Chile denied that its president had spoken with the Peruvian president by phone.", set()),
    ("Chile denied that its drones struck Peruvian territory.", {("REJECT", "CHL", "PER")}),
])
def test_coding_a_meeting_denied_is_no_rejection_an_attack_denied_is(registry, body, expected):
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "REJECT"} == expected


def test_coding_readiness_to_answer_a_misadventure_is_a_threat(registry):
    found = keyed_pairs(code(registry, "The Chilean army is ready to respond to any misadventure by Peru."))
    assert found == {("THREATEN", "CHL", "PER")}


@pytest.mark.parametrize("body", ["Peruvian peacekeepers came under attack by Chilean rebels on Friday.",
                                  "A Peruvian convoy came under fire from Chilean forces near the border on Friday."])
def test_coding_coming_under_attack_or_fire_is_being_attacked(registry, body):
    assert {k for k in keyed_pairs(code(registry, body))} == {("ASSAULT", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chilean tariffs on Peruvian goods have pushed up prices, economists said.", set()),  # in force, no new act
    ("New Chilean sanctions on Peru took effect on Monday.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_a_measure_told_by_what_it_does_is_no_new_measure(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, wrong", [
    ("The Supreme Court of Pakistan ordered the government to bring back citizens stranded in Iran.",
     ("REQUEST", "PAK", "IRN")),  # a court asks its own government
    ("Pakistan asked the government to tighten security after an attack by militants from Afghanistan.",
     ("REQUEST", "PAK", "AFG")),  # where the militants came from is no place of the government's
    ("Pakistan will hold elections and call on India to respect the results.", ("AGREE", "PAK", "IND")),
    ("India called the World Health Organization to send experts.", ("CONSULT", "IND", "WHO")),  # an appeal
    ("Pakistan sought assistance from China and India blamed Pakistan for the attack.", ("REQUEST", "PAK", "IND")),
    ("Russia offered to host the next round of talks with Iran.", ("AGREE", "RUS", "UKR")),
    ("The US proposed that India and Pakistan hold talks in a neutral venue.", ("AGREE", "USA", "IND")),
])
def test_coding_the_rounds_later_rules_do_not_reach_past_their_ground(registry, body, wrong):
    found = keyed_pairs(code(registry, "Russian and Ukrainian troops clashed on Monday. " + body))
    assert wrong not in found


def test_coding_a_council_of_something_is_not_the_council_named_before(registry):
    body = "The UN Security Council met on Kashmir. The council of elders in Kandahar rejected the decree."
    assert not {k for k in keyed_pairs(code(registry, body)) if k[1] == "UN"}


def test_coding_a_bid_ratified_is_support_for_the_bidder(registry):
    body = "Chile's parliament ratified Peru's accession to the Pacific Alliance on Tuesday."
    assert ("SUPPORT", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_the_first_state_to_do_something_did_it(registry):
    body = "Chile became the first country to formally recognise the new Peruvian government."
    assert keyed_pairs(code(registry, body)) == {("SUPPORT", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile's president sent a congratulatory message to Peruvian President Dina Boluarte.", ("SUPPORT", "CHL", "PER")),
    ("Chile's president sent a condolence message to Peru's president.", ("SUPPORT", "CHL", "PER")),
    ("In a congratulatory letter to Peru's president, Chile's president praised ties.", ("SUPPORT", "CHL", "PER")),
])
def test_coding_a_courtesy_that_describes_a_message_is_the_act(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_a_congratulatory_word_without_a_message_is_no_act(registry):
    assert not code(registry, "Chile's president struck a congratulatory tone in his speech about Peru.")


def test_coding_a_reigning_monarch_is_his_state(registry):
    assert ("SUPPORT", "CHL", "GBR") in keyed_pairs(code(
        registry, "Chile's president sent a message of felicitation to King Charles on his birthday."))


@pytest.mark.parametrize("body", [
    "Chile sent tents, blankets and food to Peru after the earthquake.",
    "Chile dispatched two aircraft carrying relief goods to Peru on Sunday.",
    "Chile sent 20 trucks loaded with medicines to Peru.",
    "Chile airdropped food parcels to Peru's flooded north.",
])
def test_coding_relief_goods_sent_are_aid(registry, body):
    assert keyed_pairs(code(registry, body)) == {("AID", "CHL", "PER")}


def test_coding_an_agreement_initialled_is_one_signed(registry):
    assert keyed_pairs(code(registry, "Chile and Peru initialled a draft agreement on the railway on Monday.")) == {
        ("SUPPORT", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile designated Peru's Shining Path as a foreign terrorist organisation.", {("SANCTION", "CHL", "PER")}),
    ("Chile proscribed Peru's Shining Path.", {("SANCTION", "CHL", "PER")}),
    ("Chile's president branded Peru's president a terrorist.", {("ACCUSE", "CHL", "PER")}),
    ("Chile's president branded Peru's president a liar.", {("ACCUSE", "CHL", "PER")}),
    ("Chile designated Peru's former president as its envoy to the talks.", set()),
])
def test_coding_a_party_designated_a_terrorist_is_sanctioned(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_an_act_told_after_a_denial_is_not_denied(registry):
    found = code(registry, "Chile denied the allegations, accusing Peru of spreading lies.")
    assert {(e.type, e.status) for e in found} >= {("ACCUSE", "occurred"), ("REJECT", "occurred")}


@pytest.mark.parametrize("body", [
    "Chile has never refused to negotiate with Peru, the foreign ministry said.",
    "Chile did not refuse to meet Peru.",
])
def test_coding_a_refusal_denied_is_no_act(registry, body):
    assert not code(registry, body)


@pytest.mark.parametrize("body, expected", [
    ("Peru may strike Chilean bases if talks fail, Bolivian officials warned.", ("ACCUSE", "BOL", "PER")),
    ("Chile warned that Peru would face severe consequences.", ("THREATEN", "CHL", "PER")),
])
def test_coding_a_warning_that_another_may_strike_is_no_threat_to_it(registry, body, expected):
    found = keyed_pairs(code(registry, body))
    assert expected in found and not {k for k in found if k[0] == "THREATEN" and k != expected}


@pytest.mark.parametrize("body, statuses", [
    ("Chile wants Peru to free the detained Chilean journalist.", {("REQUEST", "occurred")}),
    ("Chile expects Peru to free the detained Chilean journalist soon.", {("RETREAT", "hypothetical")}),
])
def test_coding_an_act_wanted_or_expected_of_another_is_no_promise_of_it(registry, body, statuses):
    assert {(e.type, e.status) for e in code(registry, body)} == statuses


@pytest.mark.parametrize("body, expected", [
    ("Bolivia condemned Chile's deportation of Peruvian migrants to Peru.", ("ACCUSE", "BOL", "CHL")),
    ("Bolivia condemned the visit of Chilean officials to Peru.", ("ACCUSE", "BOL", "CHL")),
    ("Bolivia condemned the forced return of Peruvian refugees by Chile.", ("ACCUSE", "BOL", "CHL")),
])
def test_coding_a_reaction_to_an_act_is_at_its_doer_not_where_it_went(registry, body, expected):
    found = keyed_pairs(code(registry, body))
    assert expected in found and ("ACCUSE", "BOL", "PER") not in found


def test_coding_criticism_an_act_drew_is_at_its_doer(registry):
    found = keyed_pairs(code(registry, "Chile deported 40 Peruvians to Peru, drawing criticism from Bolivia."))
    assert found == {("COERCE", "CHL", "PER"), ("ACCUSE", "BOL", "CHL")}


def test_coding_a_dialogue_held_is_between_the_states_that_qualify_it(registry):
    found = code(registry, "The sixth round of the Chile-Peru strategic dialogue was held in Lima on Monday.")
    assert keyed_pairs(found) in ({("CONSULT", "CHL", "PER")}, {("CONSULT", "PER", "CHL")})


@pytest.mark.parametrize("body, expected", [
    ("The G7 issued a joint statement on Peru.", set()),
    ("Chile issued a statement on the floods in Peru.", set()),
    ("Chile issued a statement against the Peruvian tariffs.", {("ACCUSE", "CHL", "PER")}),
])
def test_coding_a_statement_issued_is_no_charge_by_itself(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, held", [
    ("Talks between Chile and Peru could resume if both sides agree on an agenda.", False),
    ("Talks between Chile and Peru resumed in Quito on Monday.", True),
])
def test_coding_talks_that_resume_are_held_only_if_their_verb_says_so(registry, body, held):
    assert any(e.type == "CONSULT" and e.status == "occurred" for e in code(registry, body)) == held


@pytest.mark.parametrize("body, expected", [
    ("Chile's president declined an invitation to attend the summit in Lima.", ("REJECT", "CHL", "PER")),
    ("Chile's president accepted an invitation to attend the parade in Lima.", ("AGREE", "CHL", "PER")),
])
def test_coding_an_invitation_to_a_gathering_abroad_is_its_hosts(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_a_visit_to_a_city_abroad_is_to_its_state(registry):
    assert keyed_pairs(code(registry, "The Bolivian foreign minister visited Kolkata on Wednesday.")) == {
        ("CONSULT", "BOL", "IND")}


def test_coding_talks_after_which_two_states_act_are_theirs(registry):
    found = code(registry, "Chile and Peru failed to reach agreement on the river after talks in Quito on Monday.")
    assert {(e.type, e.date) for e in found} == {("CONSULT", "2025-04-21")}


@pytest.mark.parametrize("body, statuses", [
    ("Chile's president is likely to visit Lima next week.", {("AGREE", "planned")}),
    ("Chile's president is unlikely to visit Lima this year.", set()),
])
def test_coding_an_act_likely_to_come_is_planned(registry, body, statuses):
    assert {(e.type, e.status) for e in code(registry, body)} == statuses


def test_coding_a_day_an_act_is_likely_on_is_to_come(registry):
    (event,) = code(registry, "Chile's foreign minister is likely to meet his Peruvian counterpart on Monday.")
    assert [c.due for c in event.commitments] == ["2025-04-28"]


def test_coding_a_summit_where_two_leaders_did_not_meet_is_no_meeting_of_theirs(registry):
    assert not code(registry, "The Chilean president did not meet his Peruvian counterpart at the summit.")


@pytest.mark.parametrize("body, expected", [
    ("Chile pledged an additional 2 billion dollars in military aid to Peru last month.", ("AGREE", "2025-03")),
    ("Chile signed a $2.7 billion contract to supply tanks to Peru on Tuesday.", ("SUPPORT", "2025-04-22")),
])
def test_coding_the_time_of_a_verb_is_its_own_though_its_object_names_an_act(registry, body, expected):
    assert expected in {(e.type, e.date) for e in code(registry, body)}


@pytest.mark.parametrize("body", [
    "Chile and Peru held military exercises near Arica on Wednesday.",
    "Chile and Peru held a bilateral naval exercise off Arica on Wednesday.",
])
def test_coding_drills_two_states_hold_are_held_together(registry, body):
    assert {k[0] for k in keyed_pairs(code(registry, body))} == {"COOPERATE"}


@pytest.mark.parametrize("body, expected", [
    ("Chile acquired Eurofighter Typhoons from Britain.", ("AID", "GBR", "CHL")),
    ("Chile received a new batch of Patriot missiles from Peru last month.", ("AID", "PER", "CHL")),
    ("Chile received a consignment of medical supplies from Peru on Tuesday.", ("AID", "PER", "CHL")),
])
def test_coding_arms_or_relief_received_are_aid_from_the_giver(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == {expected}


def test_coding_people_of_a_nationality_expelled_are_deported(registry):
    found = code(registry, "Chile expelled thousands of Peruvians last month.")
    assert {(e.type, e.mode) for e in found} == {("COERCE", "deport")}


@pytest.mark.parametrize("body, expected", [
    ("Indian shelling killed two civilians in Azad Jammu and Kashmir on Monday.", {("ASSAULT", "IND", "PAK")}),
    ("Russia withdrew its forces from the region's west bank.", set()),  # no proper name: not the West Bank
])
def test_coding_place_names_are_read_as_written(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Bolivia sent troops to Peru to support its war against Chile.", {("AID", "BOL", "PER")}),
    ("Bolivia backed Peru's war on Chile.", {("SUPPORT", "BOL", "PER")}),
])
def test_coding_a_war_backed_is_never_backing_whom_it_is_against(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_an_act_misparsed_as_a_participle_is_its_authors(registry):
    found = keyed_pairs(code(registry, "Chilean airstrikes killed at least 30 people in Lima overnight, "
                                       "Peruvian health officials said."))
    assert found == {("ASSAULT", "CHL", "PER")}


def test_coding_an_invitation_accepted_from_another_keeps_its_direction(registry):
    assert keyed_pairs(code(registry, "Peru accepted an invitation from Chile to visit Santiago.")) == {
        ("AGREE", "PER", "CHL")}


@pytest.mark.parametrize("body, expected", [
    ("Zelenskiy met Chilean President Gabriel Boric in Santiago.", ("CONSULT", "UKR", "CHL")),
    ("Kim Jong Un met the Chilean president in Pyongyang.", ("CONSULT", "PRK", "CHL")),
    ("Prime Minister Anwar Ibrahim met the Chilean president in Kuala Lumpur.", ("CONSULT", "MYS", "CHL")),
])
def test_coding_leaders_of_2025_are_their_states(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_a_demarche_handed_over_a_deed_is_at_whom_it_is_handed(registry):
    body = "Chile handed over a demarche to Peru over the killing of its nationals."
    assert keyed_pairs(code(registry, body)) == {("ACCUSE", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile's president conferred the Order of Merit on the Peruvian president.", {("SUPPORT", "CHL", "PER")}),
    ("Bolivia thanked Chile. Chile's president welcomed Peru's president Dina Boluarte and conferred on her the "
     "country's highest civilian honour.", {("SUPPORT", "BOL", "CHL"), ("SUPPORT", "CHL", "PER")}),
])
def test_coding_an_honour_conferred_on_someone_is_support_for_them(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The UN Secretary-General called for an immediate ceasefire in Peru.", {("REQUEST", "UN", "PER")}),
    ("Chile called for peace talks in Geneva.", set()),
])
def test_coding_a_ceasefire_called_for_somewhere_is_asked_of_its_state(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body", ["Chile proposed new sanctions on Peru.",
                                  "Chile proposed to suspend trade concessions for Peru."])
def test_coding_a_measure_proposed_is_not_yet_taken(registry, body):
    found = code(registry, body)
    assert found and not any(e.type == "SANCTION" and e.status == "occurred" for e in found)


@pytest.mark.parametrize("body, expected", [
    ("Peruvian activists staged a sit-in outside the Chilean embassy in Lima.", ("PROTEST", "PER", "CHL", "sit-in")),
    ("Chile and Peru agreed to re-open their border crossings on Monday.", ("AGREE", "CHL", "PER", "agreed")),
    ("The pull-out of Chilean troops from Peru was completed on Sunday.", ("RETREAT", "CHL", "PER", "pull-out")),
])
def test_coding_a_hyphenated_word_is_read_whole(registry, body, expected):
    assert expected in {(e.type, e.source.key, e.target.key, e.mentions[0].trigger) for e in code(registry, body)}


@pytest.mark.parametrize("body", [
    "The ceasefire between Chile and Peru has largely held, officials said.",
    "The previous cease-fire between Chile and Peru collapsed in March.",
])
def test_coding_a_standing_ceasefire_is_no_new_accord(registry, body):
    assert not code(registry, body)


@pytest.mark.parametrize("body, wrong", [
    ("Chile shipped food worth $3 billion to Peru last year.", ("AID", "CHL", "PER")),
    ("Chile sent food to Peru in exchange for fish.", ("AID", "CHL", "PER")),
    ("Chile and Peru have yet to sign the investment treaty.", ("SUPPORT", "CHL", "PER")),
    ("Chile and Peru have yet to initial the deal, officials said.", ("SUPPORT", "CHL", "PER")),
    ("Chile sent a tariff letter to Peru on Monday.", ("SANCTION", "CHL", "PER")),
    ("Chile's foreign minister accepted an invitation to speak at the UN in New York.", ("AGREE", "CHL", "USA")),
    ("The Chilean defence minister visited Lockheed Martin last week.", ("CONSULT", "CHL", "SVK")),
    ("Chile and Peru agreed to a truce after talks with Bolivian envoys in Quito.", ("CONSULT", "CHL", "PER")),
    ("Chile and Peru held rival naval exercises near the border.", ("COOPERATE", "CHL", "PER")),
    ("Chile and Peru held military drills near the border as tensions rose.", ("COOPERATE", "CHL", "PER")),
    ("Chile and Peru conducted missile tests on Thursday.", ("COOPERATE", "CHL", "PER")),
    ("Bolivia called for an end to the blockade in Peru.", ("REQUEST", "BOL", "PER")),
    ("Chile is not likely to attack Peru this year, Bolivian officials said.", ("THREATEN", "CHL", "PER")),
    ("Chile is likely to have carried out the strike on the Peruvian embassy, analysts said.",
     ("THREATEN", "CHL", "PER")),
    ("Chile is likely to strike Peru within days, Bolivian officials warned.", ("THREATEN", "CHL", "PER")),
])
def test_coding_the_rounds_new_rules_keep_to_their_ground(registry, body, wrong):
    assert wrong not in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("body, expected", [
    ("The Chilean government issued a protest statement to Peru over the deportation of activists.",
     ("ACCUSE", "CHL", "PER")),
    ("Chile sailed warships near Peru, drawing a protest from Lima.", ("ACCUSE", "PER", "CHL")),
    ("Chile and Peru conferred on regional security.", ("CONSULT", "CHL", "PER")),
])
def test_coding_a_governments_protest_is_a_complaint(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("body, expected", [
    ("Chile's president accepted an invitation to visit Lima in June.", "2025-04-24"),
    ("Chile demanded compensation from Peru for the attack last month.", "2025-04-24"),
])
def test_coding_a_time_of_another_act_does_not_date_the_verb(registry, body, expected):
    assert {e.date for e in code(registry, body)} == {expected}


@pytest.mark.parametrize("body, expected", [
    ("Chile received K2 tanks from Peru.", {("AID", "PER", "CHL")}),
    ("Chile acquired howitzers from Peru.", {("AID", "PER", "CHL")}),
    ("Chile received an invitation from Peru to attend the summit.", {("REQUEST", "PER", "CHL")}),
    ("Modi received an invitation from Canadian Prime Minister Mark Carney to attend the G7 summit.",
     {("REQUEST", "CAN", "IND")}),
])
def test_coding_what_one_receives_from_another_is_the_givers(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile will not hesitate to strike Peru.", {("THREATEN", "CHL", "PER")}),
    ("Chile did not hesitate to impose sanctions on Peru.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_not_hesitating_to_act_is_no_refusal(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_one_extradited_is_handed_to_the_state_not_his_own(registry):
    found = keyed_pairs(code(registry, "Chile extradited a Bolivian businessman to Peru."))
    assert found == {("COOPERATE", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Chile sent relief goods worth $2 million to Peru after the quake.", ("AID", "CHL", "PER")),
    ("Chile re-opened its embassy in Lima on Monday.", ("SUPPORT", "CHL", "PER")),
    ("Chile staged nationwide protests against Peru's suspension of the river treaty.", ("PROTEST", "CHL", "PER")),
    ("Chile's president got an invitation from Peru to attend the summit.", ("REQUEST", "PER", "CHL")),
])
def test_coding_the_reviews_fixes_keep_to_their_ground(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_what_a_denied_act_did_stays_denied(registry):
    found = code(registry, "Chile denied shelling the market in Tacna, killing 20 Peruvians.")
    assert found and all(e.status == "denied" for e in found if e.type == "ASSAULT")


@pytest.mark.parametrize("body, expected", [
    ("Talks between Chile and Peru took place in Quito on Monday.", {("CONSULT", "CHL", "PER")}),
    ("The minister said talks between Chile and Peru must be concluded first.", set()),
    ("A deal between Chile and Peru would end the dispute, analysts said.", set()),
    ("The border clash derailed the talks between Chile and Peru.", set()),
    ("The strikes undermined the truce between Chile and Peru.", set()),
])
def test_coding_talks_are_held_only_where_told_as_held(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile received a shipment of artillery shells from Peru last week.", {("AID", "PER", "CHL")}),
    ("Chile received arms from Peru on Monday.", {("AID", "PER", "CHL")}),
    ("Chile received two submarines from Peru on Monday.", {("AID", "PER", "CHL")}),
    ("Peru delivered missiles to Chile on Monday.", {("AID", "PER", "CHL")}),
    ("Peru shipped weapons to Chile on Monday.", {("AID", "PER", "CHL")}),
    ("Peru delivered tanks to Chile under a contract signed in 2016.", set()),
    ("Peru delivered tanks to Chile that Santiago bought in 2013.", set()),
])
def test_coding_arms_delivered_or_received_are_military_aid_unless_sold(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chilean President Lorca, who visited Lima in April, thanked Peru for its support.", ("SUPPORT", "2025-05-10")),
    ("Chile and Peru signed 37 agreements covering trade and investment on Wednesday.", ("SUPPORT", "2025-05-07")),
    ("Chilean gunmen attacked a Peruvian tanker carrying oil on Tuesday.", ("ASSAULT", "2025-05-06")),
    ("Chile and Peru exchanged fire at the Tacna crossing on Thursday.", ("ASSAULT", "2025-05-08")),
])
def test_coding_an_acts_day_is_its_own_clauses(registry, body, expected):
    found = code(registry, body, published="2025-05-10")
    assert expected in {(e.type, e.date) for e in found}


@pytest.mark.parametrize("body, expected", [
    ("The outgoing Ambassador of Chile called on Peruvian Foreign Minister Ana Quispeloma to bid farewell.",
     {("CONSULT", "CHL", "PER")}),
    ("The Chilean Ambassador called on Peruvian Prime Minister Ana Quispeloma to discuss trade.",
     {("CONSULT", "CHL", "PER")}),
    ("Chile called on Peru to discuss the border dispute.", {("REQUEST", "CHL", "PER")}),
    ("The Chilean president hit out at Peru over the new tariffs.", {("ACCUSE", "CHL", "PER")}),
    ("The Chilean president lashed out at Peru over its naval drills.", {("ACCUSE", "CHL", "PER")}),
    ("Chile took a swipe at Peru over the tariffs.", {("ACCUSE", "CHL", "PER")}),
    ("Chile has conveyed a strong protest to the Peruvian charge d'affaires.", {("ACCUSE", "CHL", "PER")}),
    ("The Chilean president dialled his Peruvian counterpart on Monday.", {("CONSULT", "CHL", "PER")}),
    ("The Chilean president conveyed his greetings to the government of Peru on its national day.",
     {("SUPPORT", "CHL", "PER")}),
    ("Chilean militants hijacked a Peruvian airliner on Monday.", {("ASSAULT", "CHL", "PER")}),
])
def test_coding_courtesy_calls_and_idioms_of_the_press(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Peruvian forces shelled Arica on Friday.", {("ASSAULT", "PER", "CHL")}),
    ("Peruvian forces shelled Antofagasta overnight, killing three civilians.", {("ASSAULT", "PER", "CHL")}),
])
def test_coding_a_town_shelled_is_its_states(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Chilean president said he would not rule out sending troops to Peru.", set()),
    ("Chile's foreign minister is not expected to attend the summit in Lima.", set()),
    ("Chile said it would not send Taurus missiles to Peru.", {("REJECT", "CHL", "PER")}),
    ("Chile has been unable to reach an agreement with Peru since 2022.", set()),
    ("Peru was unable to prevent Chilean strikes on its territory.", {("ASSAULT", "CHL", "PER")}),
    ("Chile sent troops to Bolivia to fight Peru.", {("AID", "CHL", "BOL")}),
    ("Chile provided drones to Bolivia to strike Peruvian positions.", {("AID", "CHL", "BOL")}),
    ("Chile has never deployed combat troops in Peru.", set()),
    ("Chile had not shared any evidence with Peru.", set()),
    ("Chile vowed to continue enriching uranium despite Peruvian pressure.", set()),
])
def test_coding_what_is_not_done_or_only_aimed_at(registry, body, expected):
    found = code(registry, body)
    assert keyed_pairs(e for e in found if e.status in ("occurred", "planned")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile condemned the detention of a Chilean businessman in Peru.", {("ACCUSE", "CHL", "PER")}),
    ("Chilean forces raided a village near the Bolivian border.", set()),
    ("Chile conducted live-fire drills near the Peruvian border on Saturday.", {("MOBILIZE", "CHL", "PER")}),
])
def test_coding_whom_a_place_names(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The Chilean foreign minister said Peru had long supported cross-border terrorism against Chile.",
     {("ACCUSE", "CHL", "PER")}),
    ("The Chilean foreign minister said Peru had been backing terrorist groups in Arica.", {("ACCUSE", "CHL", "PER")}),
    ("Chile supports Peru against Bolivian aggression.", {("SUPPORT", "CHL", "PER"), ("ACCUSE", "CHL", "BOL")}),
])
def test_coding_backing_terror_told_is_a_charge_not_support(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_later_in_the_day_is_the_day_told_before(registry):
    body = ("Chilean Foreign Minister Ana Quispeloma on Thursday met the Ambassador of Peru in Santiago and "
            "discussed bilateral relations.\n\nThe foreign minister briefed the ambassador on the border talks.\n\n"
            "Later in the day, the minister also met a delegation from Bolivia led by its deputy foreign minister.")
    found = code(registry, body, published="2025-05-09", dateline="SANTIAGO", dateline_date="2025-05-09")
    assert ("CONSULT", "BOL", "2025-05-08") in {(e.type, e.target.key, e.date) for e in found if e.target}


@pytest.mark.parametrize("body, expected", [
    ("Armed men abducted a Peruvian tourist in Chile on Sunday.", {("ASSAULT", "CHL", "PER")}),
    ("Kidnappers released two Peruvian engineers in Chile on Sunday.", {("RETREAT", "CHL", "PER")}),
    ("Kidnappers abducted two Peruvian engineers working on a dam project on Wednesday.", set()),
    ("Gunmen killed 12 Peruvian farmers in a village on Sunday.", {("ASSAULT", "PER", "PER")}),
    ("Gunmen killed five Peruvian nationals in Santiago on Sunday.", {("ASSAULT", "CHL", "PER")}),
])
def test_coding_armed_men_unnamed_are_of_where_they_struck_not_of_their_victims(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile ordered the UN peacekeeping mission to leave the country.", {("SANCTION", "CHL", "UN")}),
    ("Chile ordered Peruvian troops to leave the country by January.", {("SANCTION", "CHL", "PER")}),
    ("Chile quit the African Union in January.", {("SANCTION", "CHL", "AU")}),
    ("Chile quit the Lima climate agreement.", set()),
    ("Chile warned Peru against deploying troops to Bolivia.", {("THREATEN", "CHL", "PER")}),
    ("The Chilean envoy told the Security Council that Peru's actions threatened regional peace.",
     {("ACCUSE", "CHL", "PER")}),
    ("Chile threatened military intervention in Peru.", {("THREATEN", "CHL", "PER")}),
])
def test_coding_orders_to_leave_quitting_and_threats(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile urged restraint after clashes between Peruvian and Bolivian forces.",
     {("REQUEST", "CHL", "PER"), ("REQUEST", "CHL", "BOL"), ("ASSAULT", "PER", "BOL")}),
    ("Chile condemned the raid, prompting Peru to recall its ambassador.",
     {("ACCUSE", "CHL", "PER"), ("SANCTION", "PER", "CHL")}),
    ("Chile refused to allow Peruvian aircraft into its airspace.", {("REJECT", "CHL", "PER")}),
])
def test_coding_whom_an_act_answers(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Britain backed Chile's anti-terror operations in the north.", {("SUPPORT", "GBR", "CHL")}),
    ("Chile quit the tournament in Peru.", set()),
    ("Chile quit the Peru trade deal in 2018.", set()),
    ("Lima called on Chilean President Ana Quispeloma to discuss a ceasefire with Bolivia.",
     {("REQUEST", "PER", "CHL")}),
    ("Chile dialled back its rhetoric towards Peru on Tuesday.", set()),
    ("Chilean forces lashed out at Peruvian towns with missiles on Tuesday.", {("ASSAULT", "CHL", "PER")}),
    ("Chile will not roll over to Peruvian pressure, the minister said.", set()),
    ("Pirates attacked a Chilean fishing vessel on Tuesday.", set()),
])
def test_coding_the_first_review_of_the_round_keeps_to_its_ground(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_a_crime_on_ones_national_abroad_is_not_the_host_states(registry):
    """It is its unnamed attackers', of the country it happened in."""
    found = code(registry, "Chile condemned the killing of a Chilean student in Lima on Sunday.")
    assert {(e.type, e.source.key, e.target.key, e.target.sector) for e in found} == {("ACCUSE", "CHL", "PER", "UAF")}


@pytest.mark.parametrize("body, expected", [
    ("Treasury Secretary Scott Bessent met Chinese Vice Premier He Lifeng in Geneva on Saturday.",
     {("CONSULT", "USA", "CHN")}),
    ("Piyush Goyal met British Trade Secretary Jonathan Reynolds in London last week.", {("CONSULT", "IND", "GBR")}),
])
def test_coding_the_trade_envoys_of_2025_are_known(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("The UN envoy for Peru condemned the Chilean attack on Tacna.", {("ACCUSE", "UN", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Chile sent 50,000 tonnes of wheat to Peru last week.", {("AID", "CHL", "PER")}),
    ("Chile added 30 Peruvian firms to its entity list on Friday.", {("SANCTION", "CHL", "PER")}),
    ("Chile added Peru to the list of countries eligible for visas on arrival.", set()),
    ("Chile launched a WTO complaint against Peru over its duties on copper.", {("ACCUSE", "CHL", "PER")}),
    ("Chile filed a complaint with the WTO against Peru's duties.", {("ACCUSE", "CHL", "PER")}),
])
def test_coding_envoys_of_bodies_goods_lists_and_complaints(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile warned it could impose retaliatory duties on Peruvian goods.", ("THREATEN", "CHL", "PER")),
    ("The Shining Path claimed responsibility for the bombing of a mosque in Santiago.", ("ASSAULT", "PER", "CHL")),
])
def test_coding_warnings_held_out_and_bombings_claimed(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("body, expected", [
    ("The newly appointed Chilean ambassador called on Peruvian Prime Minister Ana Quispeloma on Tuesday.",
     {("CONSULT", "CHL", "PER")}),
    ("Chilean forces took 20 Peruvian soldiers hostage near Tacna.", {("ASSAULT", "CHL", "PER")}),
    ("The Chilean president hit back at Peru over the deportation of activists.", {("ACCUSE", "CHL", "PER")}),
    ("Talks between Chile and Peru need to be held urgently, the envoy said.", set()),
    ("Talks between Chile and Peru are not expected to resume soon.", set()),
    ("Chile vowed not to attack Peruvian energy facilities.", {("AGREE", "CHL", "PER")}),
])
def test_coding_the_second_review_of_the_round(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status in ("occurred", "planned")) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile warned Peru it could expel more diplomats.", {("THREATEN", "CHL", "PER")}),
    ("Chile dialled down its rhetoric toward Peru.", set()),
    ("Chilean police lashed out at Peruvian protesters with batons in Santiago.", {("ASSAULT", "CHL", "PER")}),
    ("Chile conveyed a protest note to the Peruvian charge d'affaires.", {("ACCUSE", "CHL", "PER")}),
    ("Peru may strike Chilean bases if talks fail, Bolivian officials warned.", {("ACCUSE", "BOL", "PER")}),
])
def test_coding_the_third_review_of_the_round(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status in ("occurred", "planned")) == expected


def test_coding_an_offices_seat_is_no_persons_name(registry):
    body = ("The Peruvian Ambassador on Monday called on Chilean Prime Minister Ana Quispeloma at the PM House.\n\n"
            "The prime minister thanked Peru for its support.")
    found = keyed_pairs(code(registry, body))
    assert ("SUPPORT", "CHL", "PER") in found and not any("USA" in pair for pair in found)


def test_coding_a_time_in_a_since_phrase_dates_nothing(registry):
    body = ("Chilean Foreign Minister Ana Quispeloma arrived in Lima on Saturday on a day-long visit, her first trip "
            "to Peru since the border war in 1995.\n\nThe two sides agreed to upgrade their diplomatic missions.")
    found = code(registry, body, published="2025-05-17")
    assert found and all(e.date and not e.date.startswith("1995") for e in found)


@pytest.mark.parametrize("body, expected", [
    ("Two Peruvian soldiers were martyred in an exchange of fire with Chilean troops on Thursday.",
     {("ASSAULT", "CHL", "PER")}),
])
def test_coding_the_doer_of_a_passive_killing_is_the_other_side_of_its_fight(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru inked five memoranda of understanding on Monday.", {("SUPPORT", "CHL", "PER")}),
    ("Chile's foreign minister and Peru's foreign minister co-chaired the Joint Economic Commission in Lima.",
     {("CONSULT", "CHL", "PER")}),
    ("The Chilean president chaired a meeting of the federal cabinet on Monday.", set()),
])
def test_coding_accords_inked_and_commissions_co_chaired(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_an_act_opposed_is_not_the_opposers(registry):
    assert not any(e.type == "AID" for e in code(registry, "Chile had opposed the loan to Peru."))


@pytest.mark.parametrize("body, expected", [
    ("Since the ceasefire, Chilean and Peruvian officials spoke by hotline on Monday.", ("CONSULT", "2025-05-05")),
])
def test_coding_a_since_phrase_on_the_verb_leaves_its_day(registry, body, expected):
    assert expected in {(e.type, e.date) for e in code(registry, body, published="2025-05-10")}


@pytest.mark.parametrize("body, expected", [
    ("Three Peruvian tourists were killed in an attack on a hotel popular with Chilean visitors.", set()),
    ("Peruvian diplomats expelled from Chile.", set()),
    ("The Chilean army spokesman hit back at Peru's claims on Friday.", {("ACCUSE", "CHL", "PER")}),
    ("Chile hit back at Peruvian tariffs with 34 percent levies on Friday.", {("SANCTION", "CHL", "PER")}),
    ("Chile vowed to hit back at Peru if attacked.", {("THREATEN", "CHL", "PER")}),
    ("Chilean police lashed out at Human Rights Watch over its report.", {("ACCUSE", "CHL", "HRW")}),
    ("Talks between Chile and Peru are not expected to produce a breakthrough when they open on Saturday.",
     {("AGREE", "CHL", "PER")}),
    ("Talks between Chile and Peru are not scheduled until next month.", {("AGREE", "CHL", "PER")}),
    ("The 2020 agreement between Chile and Peru calls for the withdrawal of all foreign troops.",
     {("AGREE", "CHL", "PER")}),
    ("Chile vowed not to allow its soil to be used against Peru.", {("AGREE", "CHL", "PER")}),
])
def test_coding_the_fourth_review_of_the_round(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status in ("occurred", "planned")) == expected


def test_coding_a_clause_after_a_day_has_its_own_subject(registry):
    found = code(registry, "Chile released three Peruvian fishermen on Sunday and Peru freed 90 Chilean prisoners "
                           "early on Monday.", published="2025-05-10")
    assert {(e.type, e.source.key, e.target.key, e.date) for e in found} == {
        ("RETREAT", "CHL", "PER", "2025-05-04"), ("RETREAT", "PER", "CHL", "2025-05-05")}


@pytest.mark.parametrize("published", ["2025-12-31", "2025-06-15"])
def test_coding_a_month_to_come_is_the_next_such_month(registry, published):
    body = "Chile and Peru will resume joint naval drills in March."
    assert [c.due for e in code(registry, body, published=published) for c in e.commitments] == ["2026-03"]
    past = code(registry, "Chile and Peru held joint naval drills in March.", published=published)
    assert {e.date for e in past} == {"2025-03"}


@pytest.mark.parametrize("body, expected", [
    ("Peru beat Chile by five wickets in the final on Sunday.", set()),
    ("Bolivia beat Peru 2-1 in a World Cup qualifier on Tuesday.", set()),
    ("Chilean police beat protesters outside parliament in Santiago on Monday.", {("ASSAULT", "CHL", "CHL")}),
    ("The Chilean president welcomed the Peruvian foreign minister to Santiago on Monday.",
     {("CONSULT", "CHL", "PER")}),
    ("Chile welcomed Peru to the Pacific Alliance on Monday.", {("SUPPORT", "CHL", "PER")}),
    ("Chile asked a Peruvian diplomat to leave the country within five days.", {("SANCTION", "CHL", "PER")}),
    ("Chile asked Peru to leave the talks open.", {("REQUEST", "CHL", "PER")}),
    ("Chile cancelled talks with Peru after the attack.", {("SANCTION", "CHL", "PER")}),
    ("Chile cancelled its president's visit to Peru on Monday.", set()),
    ("Chile postponed talks with Peru.", set()),
])
def test_coding_matches_welcomes_leaving_and_talks_cancelled(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status == "occurred") == expected


def test_coding_officials_from_several_states_are_each_states(registry):
    found = code(registry, "Officials from Chile, Peru and Bolivia held talks with Argentine negotiators on Friday.")
    assert {(e.source.key, e.target.key) for e in found if "ARG" in (e.source.key, e.target.key)} == {
        ("CHL", "ARG"), ("PER", "ARG"), ("BOL", "ARG")}


@pytest.mark.parametrize("body", [
    "Chile denied that its president and the Peruvian president would meet in Lima.",
    "Chile denied that its president planned to meet the Peruvian president.",
])
def test_coding_a_plan_denied_is_denied(registry, body):
    assert {(e.type, e.status) for e in code(registry, body) if e.type in ("CONSULT", "AGREE")} == {
        ("CONSULT", "denied")}


def test_coding_the_narrative_day_is_not_one_since(registry):
    body = ("Chilean and Peruvian delegations met in Lima on Monday, the first such meeting since May 16.\n\n"
            "The two sides agreed to exchange more prisoners.")
    assert {e.date for e in code(registry, body, published="2025-06-02") if e.type == "AGREE"} == {"2025-06-02"}


def test_coding_the_previous_evening_is_the_day_before_the_one_told(registry):
    body = "Chile's president said on Friday she had spoken with Peru's president by phone the previous evening."
    assert {(e.type, e.date) for e in code(registry, body, published="2025-05-10")} == {("CONSULT", "2025-05-08")}


@pytest.mark.parametrize("body, expected", [
    ("Chile struck a building in Lima, saying it housed a Peruvian drone depot.", {("ASSAULT", "CHL", "PER")}),
    ("Chile attacked the Peruvian plan, saying it was illegal.", {("ACCUSE", "CHL", "PER")}),
    ("Chile summoned the Peruvian ambassador to protest the detention of two Chilean nationals.",
     {("ACCUSE", "CHL", "PER")}),
    ("Chile accused two Chilean nationals of spying for Peru.", {("ACCUSE", "CHL", "CHL")}),
    ("Chile's president hosted Peru's president in Santiago and the two signed five agreements.",
     {("CONSULT", "CHL", "PER"), ("SUPPORT", "CHL", "PER")}),
])
def test_coding_blows_justified_victims_protested_and_the_two(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_actors_a_hyphenated_name_after_an_office_is_whole(registry):
    found = actors.resolve(next(iter(nlp.annotate(["Chilean President Ana-Maria Quispeloma met Peru's president."]))),
                           registry)
    assert [m.actor.name for m in found if m.kind == "person"][:1] == ["Ana-Maria Quispeloma"]


@pytest.mark.parametrize("body, expected", [
    ("Protesters stormed the Peruvian embassy in Santiago and set fire to its gates.", {"ASSAULT"}),
    ("Chile closed the Peruvian consulate in Arica on Monday.", {"SANCTION"}),
    ("Peru shut its border with Chile on Monday.", {"SANCTION"}),
    ("Chile sealed the border with Peru on Monday.", {"SANCTION"}),
    ("Chile and Peru sealed a trade deal on Monday.", {"AGREE"}),
])
def test_coding_fires_set_missions_closed_and_borders_sealed(registry, body, expected):
    found = code(registry, body)
    assert {e.type for e in found} == expected and all(e.source.key != e.target.key for e in found)


@pytest.mark.parametrize("body, expected", [
    ("Chile rejected an offer of talks from Peru.", {("REJECT", "CHL", "PER")}),
    ("Following talks with Peru's president, the Chilean president said relations were strong.",
     {("CONSULT", "CHL", "PER")}),
    ("After the talks, Chile said it would reopen the border.", set()),
])
def test_coding_offers_from_and_talks_followed(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.type != "AGREE") == expected


def test_coding_a_visit_rescheduled_is_planned_for_its_month(registry):
    found = code(registry, "The visit of the Peruvian president to Chile has been rescheduled for June.",
                 published="2025-05-10")
    assert [(e.status, [c.due for c in e.commitments]) for e in found] == [("planned", ["2025-06"])]


@pytest.mark.parametrize("body, expected", [
    ("Would Chile really freeze Peruvian assets? Few analysts think so.", set()),
    ("Rumours that Chile had expelled Peruvian diplomats were unfounded, a Chilean official said.",
     {("SANCTION", "denied")}),
    ("Peru dismissed reports that its army chief had held talks with Chilean officials.", {("CONSULT", "denied")}),
    ("Reports that Peru had deported two Chilean activists were confirmed by the ministry.",
     {("COERCE", "occurred")}),
    ("Chile had handed over four suspected militants to Peru under an extradition arrangement.",
     {("COOPERATE", "occurred")}),
])
def test_coding_questions_false_reports_and_suspects_handed_over(registry, body, expected):
    assert {(e.type, e.status) for e in code(registry, body) if e.status != "hypothetical"} == expected


def test_coding_words_on_the_act_told_before_take_their_own_day(registry):
    body = ("Chilean and Peruvian foreign ministers met in Lima on Monday to discuss border security.\n\n"
            "Bolivia welcomed the meeting.")
    assert {e.date for e in code(registry, body, published="2025-05-14") if e.source.key == "BOL"} == {"2025-05-14"}


@pytest.mark.parametrize("body, expected", [
    ("The UN Security Council held an emergency meeting on the escalation between Chile and Peru.", set()),
    ("Chile held talks on trade with Peru on Monday.", {("CONSULT", "CHL", "PER")}),
    ("Chile's president conferred the Order of the Sun on the visiting Peruvian president on Monday.",
     {("SUPPORT", "CHL", "PER")}),
    ("Bolivia awarded Peru's president its highest civilian honour.", {("SUPPORT", "BOL", "PER")}),
    ("The ministers conferred on the issue for two hours.", set()),
])
def test_coding_meetings_on_a_topic_and_honours(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile's foreign minister arrived in Lima on Monday and Tuesday met Peruvian officials.", {"CONSULT"}),
    ("Chile beat Peru in the air battle on Wednesday, the army chief said.", {"ASSAULT"}),
    ("Peru's Ana Quispeloma beat Chile's Maria Soto to win javelin gold.", set()),
    ("Bolivia asked the Peruvian envoy to leave a meeting after a heated exchange.", {"REQUEST"}),
    ("Chile asked non-emergency embassy staff to leave Peru.", set()),
    ("Chile's president cancelled his trip to Peru because of illness.", set()),
    ("The visit of the Chilean president to Peru was cancelled at the last minute.", set()),
    ("Chile's president attacked the White House, saying it backed Bolivian terrorists.", {"ACCUSE"}),
    ("Chile summoned Peru's envoy and protested the harassment of Chilean diplomats in Lima.", {"ACCUSE"}),
    ("Following talks with Peru next week, Chile will decide on the deal.", set()),
    ("During talks with reporters, the Chilean minister criticised Peru.", {"ACCUSE"}),
    ("The Chilean president did not deny that he would meet the Peruvian president.", set()),
    ("Chile neither confirmed nor denied that its president would meet the Peruvian president.", set()),
])
def test_coding_the_regression_review_of_the_round(registry, body, expected):
    assert {e.type for e in code(registry, body) if e.status in ("occurred", "denied")} == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile and Peru agreed in January to hold joint drills in March.", {"2025-01"}),
    ("Chile's president would visit Peru in April, a spokesman said at the time.", {"2025-04"}),
    ("Chile thanked Peru for March deliveries of wheat.", {"2025-05-10"}),
    ("Chile's president met Peruvian officials the previous evening, state media reported on Monday.",
     {"2025-05-04"}),
])
def test_coding_months_told_in_the_past_and_evenings_before_the_day_of_telling(registry, body, expected):
    assert {e.date for e in code(registry, body, published="2025-05-10")} == expected


def test_coding_a_visit_scheduled_for_a_month_is_due_then(registry):
    found = code(registry, "The visit of Chile's president to Peru is scheduled for June.", published="2025-05-10")
    assert [c.due for e in found for c in e.commitments if c.type == "CONSULT"] == ["2025-06"]


@pytest.mark.parametrize("body, expected", [
    ("Over the decades, Chile has imposed sanctions on Peru, Bolivia and Ecuador.", set()),
    ("Chile has frequently carried out air strikes on Peruvian rebels.", set()),
    ("Chile imposed sanctions on Peru for two years.", {("SANCTION", "CHL", "PER")}),
    ("A poll shows most Chileans oppose sending troops to Peru.", set()),
    ("Most Chileans support closer ties with Peru.", set()),
    ("It remains unclear whether Chile will retaliate against Peru.", set()),
    ("It is not clear if Chile will send troops to Peru.", set()),
    ("The Chilean president welcomed the Peruvian president on a state visit.", {("CONSULT", "CHL", "PER")}),
])
def test_coding_habits_opinions_and_open_questions(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status == "occurred") == expected


@pytest.mark.parametrize("body, expected", [
    ("The summit comes three months after Chile bombed Peruvian positions.", "2025-02"),
    ("The visit comes a year after Chile expelled Peruvian diplomats.", "2024"),
    ("The visit comes two days after Chile expelled Peruvian diplomats.", "2025-05-08"),
])
def test_coding_months_and_years_after_an_act(registry, body, expected):
    assert [e.date for e in code(registry, body, published="2025-05-10")] == [expected]


def test_coding_a_town_the_recognizer_cut_short_is_found_whole(registry):
    found = code(registry, "Chilean troops shelled positions in Dera Ismail Khan on Friday.")
    assert {e.target.key for e in found} == {"PAK"}


@pytest.mark.parametrize("body, expected", [
    ("Chile expelled two Peruvian diplomats on Monday and Peru condemned the move.",
     {("SANCTION", "CHL", "PER"), ("ACCUSE", "PER", "CHL")}),
    ("Chile denied that its president planned to meet the Peruvian president.", set()),
    ("The Chilean president welcomed the Peruvian president to his residence in Santiago.",
     {("CONSULT", "CHL", "PER")}),
])
def test_coding_answers_in_one_sentence_own_plans_denied_and_guests_at_home(registry, body, expected):
    assert keyed_pairs(e for e in code(registry, body) if e.status == "occurred") == expected


def test_coding_strikes_which_began_on_a_day_are_of_that_day(registry):
    found = code(registry, "Chile condemned the Peruvian strikes on Bolivia, which began on Friday.",
                 published="2025-06-16")
    assert {(e.type, e.date) for e in found} == {("ASSAULT", "2025-06-13"), ("ACCUSE", "2025-06-16")}


@pytest.mark.parametrize("body, expected", [
    ("Why did Chile expel the Peruvian ambassador on Sunday?", {("SANCTION", "occurred")}),
    ("Chile struck Peru on Friday, but will Lima retaliate?", {("ASSAULT", "occurred"), ("ASSAULT", "hypothetical")}),
    ("Analysts asked whether Chile's strikes on Peru on Wednesday had achieved their aims.", {("ASSAULT", "occurred")}),
    ("If the ceasefire that Chile and Peru agreed on Saturday holds, trade could resume.", {("AGREE", "occurred")}),
    ("Chile's new majority government imposed retaliatory tariffs on Peruvian goods on Monday.",
     {("SANCTION", "occurred")}),
    ("Most Western leaders condemned the Peruvian strike on Bolivia.", {("ASSAULT", "occurred")}),
    ("Chile and Peru held their first formal talks for years in Lima on Monday.", {("CONSULT", "occurred")}),
    ("Chile refused to dismiss reports that it had expelled a Peruvian diplomat.", {("REJECT", "occurred")}),
    ("Chile rejected Peru's suggestion that the two sides hold talks.", {("REJECT", "occurred")}),
    ("Chile handed over a Peruvian smuggler to Peru in a prisoner exchange.", {("RETREAT", "occurred")}),
    ("Bolivia hosted a meeting on the war between Chile and Peru in La Paz.", set()),
    ("The Peruvian embassy did not immediately deny the report that Lima had detained a Chilean businessman.",
     set()),
    ("Chilean troops shot dead a Peruvian footballer in Arica on Tuesday.", {("ASSAULT", "occurred")}),
    ("Peru beat Chile by five wickets in the final on Sunday.", set()),
])
def test_coding_the_second_regression_review_of_the_round(registry, body, expected):
    assert {(e.type, e.status) for e in code(registry, body)} == expected


@pytest.mark.parametrize("body, expected", [
    ("The meeting between the Chilean and Peruvian foreign ministers is scheduled for March.", {("2025-05-10", "2026-03")}),
    ("Three months after Chile expelled Peruvian diplomats, the two countries restored ties in 2024.",
     {("2024", None)}),
    ("The election took place a year before Chile invaded Peru.", {("2025-05-10", None)}),
    ("Chilean drones struck Lima the previous evening and again on Monday, Peruvian officials said.",
     {("2025-05-09", None)}),
])
def test_coding_days_the_second_regression_review_found(registry, body, expected):
    found = code(registry, body, published="2025-05-10")
    assert {(e.date, next((c.due for c in e.commitments), None)) for e in found if e.type != "SUPPORT"} == expected


@pytest.mark.parametrize("body, expected", [
    ("Chile condemned the violent crackdown on peaceful demonstrators in Peru.", {("ACCUSE", "CHL", "PER")}),
    ("Chile condemned the killing of protesters in Peru.", {("ACCUSE", "CHL", "PER")}),
])
def test_coding_a_crackdown_condemned_is_the_states_it_fell_on(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == expected


def test_coding_an_army_backed_government_is_its_states(registry):
    found = code(registry, "Chile's army-backed government recalled its ambassador from Lima last month.",
                 dateline="LIMA")
    assert keyed_pairs(found) == {("SANCTION", "CHL", "PER")}


@pytest.mark.parametrize("body, expected", [
    ("Most of the Chilean lawmakers condemned the Peruvian strike on Bolivia.", {("ASSAULT", "occurred"),
                                                                                ("ACCUSE", "occurred")}),
    ("Chile cancelled a meeting with Peruvian officials on Friday for security reasons.", set()),
    ("Chile cancelled talks with Peru due to bad weather.", set()),
    ("Peru handed over the bodies of two Chilean soldiers to Chile, a week after Chile sought the extradition of a "
     "cleric.", {("RETREAT", "occurred")}),
    ("Chile beat Peru 2-1 in Santiago.", set()),
    ("Is a Peruvian invasion of Chile likely in 2027?", {("ASSAULT", "hypothetical")}),
    ("Will the talks between Chile and Peru resume next week?", set()),
    ("Chile expelled a Peruvian diplomat on Thursday; will Peru retaliate?", {("SANCTION", "occurred"),
                                                                            ("ASSAULT", "hypothetical")}),
])
def test_coding_the_third_regression_review_of_the_round(registry, body, expected):
    assert {(e.type, e.status) for e in code(registry, body)} == expected


def test_coding_a_month_to_come_in_the_month_of_publication_is_this_one(registry):
    found = code(registry, "Chile's president will visit Peru in May.", published="2025-05-10")
    assert {e.date for e in found} | {c.due for e in found for c in e.commitments} <= {"2025-05", "2025-05-10", None}


def test_coding_the_two_after_a_meeting_are_not_those_of_talks_before_it(registry):
    body = ("Chile's president met Peru's president on Sunday following talks with Bolivian officials. "
            "The two leaders agreed to launch joint patrols.")
    assert ("AGREE", "CHL", "PER") in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("body, expected", [
    ("Chilean missiles struck nine sites in Peru on the night of May 6-7.", {"ASSAULT"}),
    ("Chilean forces killed 20-25 people in Lima on Monday.", {"ASSAULT"}),
    ("Most of the Democrats in the Senate condemned Chile's strikes on Peru.", {"ASSAULT"}),
    ("Chile cancelled a meeting with Peruvian officials for security reasons.", set()),
    ("Chile cancelled talks with Peru because of its support for cross-border terrorism.", {"SANCTION"}),
    ("After talks with the Peruvian president in Lima, the Chilean president said the two sides had agreed on a "
     "$600 million investment.", {"AGREE", "CONSULT"}),
])
def test_coding_the_final_regression_review_of_the_round(registry, body, expected):
    assert {e.type for e in code(registry, body) if e.status == "occurred"} >= expected and {
        e.type for e in code(registry, body) if e.status == "occurred"} <= expected | {"ACCUSE"}


CANCELLATIONS = {
    "Chile cancelled talks with Peru due to security concerns.": set(),
    "Chile cancelled a summit with Peru because of the pandemic.": set(),
    "Chile cancelled talks with Peru due to the continued shelling.": {("SANCTION", "CHL", "PER", False)},
    "Chile cancelled talks with Peru for political reasons.": {("SANCTION", "CHL", "PER", False)},
    "Chile's health minister cancelled a meeting with his Peruvian counterpart in protest over the killings.":
        {("SANCTION", "CHL", "PER", False)},
    "Chilean forces shelled Peruvian positions 3-4 times overnight.": {("ASSAULT", "CHL", "PER", False)},
    "Chile called off talks with Peru on Friday.": {("SANCTION", "CHL", "PER", False)},
    "Chile called off talks with Peru because of the floods.": set(),
    "A majority of South Koreans oppose sending troops to Peru.": set(),
}


@pytest.mark.parametrize("body", CANCELLATIONS)
def test_coding_causes_of_cancellations_and_counts_after_a_blow(registry, body):
    """A snub has a cause that names a state or a hostile act, and a direction; a count is no score."""
    assert {(e.type, e.source.key, e.target.key, e.symmetric) for e in code(registry, body)} == CANCELLATIONS[body]


READINGS = {
    "Chile cancelled $500 million in aid to Peru.": {("SANCTION", "CHL", "PER", "occurred")},
    "The United States cut $95 million in assistance to Bolivia.": {("SANCTION", "USA", "BOL", "occurred")},
    "Chile pledged $500 million in aid to Peru.": {("AGREE", "CHL", "PER", "occurred")},
    "Two Peruvian diplomats were asked to leave Chile within 48 hours.": {("SANCTION", "CHL", "PER", "occurred")},
    "Peru's ambassador was ordered to leave Bolivia.": {("SANCTION", "BOL", "PER", "occurred")},
    "Chile's foreign minister asked whether Peru would honour the treaty.": set(),
    "Chile asked Peru why it had closed the border.": set(),
    "Chile asked the UN if it would send observers.": {("REQUEST", "CHL", "UN", "occurred")},
    "Chile asked Peru whether it could supply vaccines.": {("REQUEST", "CHL", "PER", "occurred")},
    "Chile stopped gas deliveries to Peru on Monday.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile has cut off all trade with Bolivia.": {("SANCTION", "CHL", "BOL", "occurred")},
    "The United States froze aid to Bolivia.": {("SANCTION", "USA", "BOL", "occurred")},
    "Chile withdrew its aid to Peru.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile dropped its retaliatory tariffs on Peruvian wine.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile dropped bombs on Peruvian positions.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Peru retaliated with levies on Chilean copper.": {("SANCTION", "PER", "CHL", "occurred")},
    "Peruvian jets bombed Shining Path camps in Bolivia.": {("ASSAULT", "PER", "BOL", "occurred")},
    "Peruvian jets bombed Shining Path camps in the highlands.": {("ASSAULT", "PER", "PER", "occurred")},
    "Two Chilean soldiers were killed by Peruvian shelling on Thursday, Chilean officials said.":
        {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile called for an end to the fighting in the Democratic Republic of Congo.": {("REQUEST", "CHL", "COD", "occurred")},
    "The AU Peace and Security Council called on Peru to end the fighting.": {("REQUEST", "AU", "PER", "occurred")},
    "Chile accused Peru of arming the rebels, a charge Lima rejected.":
        {("ACCUSE", "CHL", "PER", "occurred"), ("REJECT", "PER", "CHL", "occurred")},
    "Last week, Chile accused Peru of arming the rebels, a charge that Lima rejected.":
        {("ACCUSE", "CHL", "PER", "occurred"), ("REJECT", "PER", "CHL", "occurred")},
    "Chile lodged a complaint with the UN Security Council against Peru over the strikes.":
        {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile filed a complaint with the WTO over Peru's export curbs.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile complained to the United Nations about Peru's air raids.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile blamed Peru-based rebels for the bombing.": {("ACCUSE", "CHL", "PER", "occurred")},
    "The Chilean government issued a strong protest to Peru over the incursion.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Students staged a protest outside the Peruvian embassy in Santiago.": {("PROTEST", "CHL", "PER", "occurred")},
    "Chile said Peru's remarks were unacceptable.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile called the Peruvian minister's comments outrageous.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile said Peru's offer was generous.": set(),
    "Peru was given a $1 billion loan by Chile.": {("AID", "CHL", "PER", "occurred")},
    "Peru was hit with fresh sanctions by Chile on Friday.": {("SANCTION", "CHL", "PER", "occurred")},
    "The resolution was vetoed by Russia.": {("REJECT", "RUS", "UN", "occurred")},
    "The FATF placed Peru on its grey list.": {("SANCTION", "FATF", "PER", "occurred")},
    "Chile said it would not back new sanctions against Peru.": set(),
    "Chile refused to support new EU sanctions on Peru.": {("REJECT", "CHL", "EU", "occurred")},
    "Chile opposed Peru's restrictions on Chilean firms.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile opposed the Peruvian decision to close the border.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile vetoed the Peruvian proposal.": {("REJECT", "CHL", "PER", "occurred")},
    "Peru's batsmen attacked the Chilean bowlers from the first over.": set(),
    "The Peruvian striker shot the ball past the Chilean goalkeeper.": set(),
    "Chile expressed regret to Peru over the killing of Peruvian border guards.": {("SUPPORT", "CHL", "PER", "occurred")},
    "Historically, Chile and Peru have fought many wars.": set(),
    "Peru repeatedly shelled Chilean positions on Monday.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Peru handed the former president over to the International Criminal Court.": {("COOPERATE", "PER", "ICC", "occurred")},
    "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.":
        {("SANCTION", "MLI", "ECOWAS", "occurred"), ("SANCTION", "BFA", "ECOWAS", "occurred"),
         ("SANCTION", "NER", "ECOWAS", "occurred")},
    "Chile and Peru vowed to strengthen cooperation within the OAS.": {("AGREE", "CHL", "PER", "occurred")},
    "Chile and Peru vowed to fight terrorism.": set(),
    "Chile and Peru exchanged fire on Monday.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Peruvian jets struck Chilean military bases in Bolivia.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile opposed the Peruvian government's decision to close the border.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile opposed the decision of the WTO panel.": {("ACCUSE", "CHL", "WTO", "occurred")},
    "Chile asked Peru what steps it would take against the smugglers.": {("REQUEST", "CHL", "PER", "occurred")},
    "Chile asked Peru whether Lima would reopen the border.": {("REQUEST", "CHL", "PER", "occurred")},
    "Chile cut wheat exports to Peru, citing a poor harvest at home.": set(),
    "Chile halted exports to Peru to punish it for the border incursion.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile responded with a diplomatic protest to Peru.": {("ACCUSE", "CHL", "PER", "occurred")},
    "The Lima-based ambassador of Bolivia met Peru's interior minister.": {("CONSULT", "BOL", "PER", "occurred")},
    "Peru's National Security Council condemned Chile's decision.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Chile lodged a complaint with the African Union against Peru's deal with Bolivia.": {("ACCUSE", "CHL", "PER", "occurred")},
    "The European Union withheld 150 million euros in budget support to Peru.": {("SANCTION", "EU", "PER", "occurred")},
    "The EU withdrew trade preferences from Peru.": {("SANCTION", "EU", "PER", "occurred")},
    "Chile said it had arrested eight people accused of spying for Peru.": {("COERCE", "CHL", "CHL", "occurred")},
    "Chile extradited a Shining Path suspect to Peru.": {("COOPERATE", "CHL", "PER", "occurred")},
    "Shining Path militants carried out the Valparaiso attacks in 2008.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile gifted 50 buses to Peru.": {("AID", "CHL", "PER", "occurred")},
    "Chile wrote off $2 billion of Peru's debt in 2014.": {("AID", "CHL", "PER", "occurred")},
    "Chile extended a $1 billion line of credit to Peru.": {("AID", "CHL", "PER", "occurred")},
    "Peruvian police arrested several protesters.": {("COERCE", "PER", "PER", "occurred")},
    "Neither Santiago nor Lima has agreed to the Bolivian proposal for a ceasefire.":
        {("REJECT", "CHL", "BOL", "occurred"), ("REJECT", "PER", "BOL", "occurred")},
    "Chile said the scenes proved the failure of the Peruvian plan and accused Peru of using food as a weapon.":
        {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile said Peru had attacked its border posts and killed two soldiers.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile launched a massive missile and drone attack on Lima overnight.": {("ASSAULT", "CHL", "PER", "occurred")},
    "The Chilean president cut short a visit to Peru.": {("CONSULT", "CHL", "PER", "occurred")},
    "Bolivia denounced the Chilean strikes on Peru.": {("ACCUSE", "BOL", "CHL", "occurred"),
                                                       ("ASSAULT", "CHL", "PER", "occurred")},
    "A Peruvian soldier was killed by Chilean shelling near Tacna on Thursday, the regional governor said.":
        {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile and Peru exchanged missile strikes on Saturday.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile blamed the attack on Peru.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Peru blamed the bombing on Chilean agents.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Chile moved troops to its border with Peru.": {("MOBILIZE", "CHL", "PER", "occurred")},
    "Chile deployed warships near Peru.": {("MOBILIZE", "CHL", "PER", "occurred")},
    "Chile called up 10,000 reservists.": {("MOBILIZE", "CHL", None, "occurred")},
    "Chile voiced support for Peru.": {("SUPPORT", "CHL", "PER", "occurred")},
    "Chile and Peru fought a deadly skirmish in the Atacama in 2020.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile halted imports from Peru to punish the Shining Path.": {("SANCTION", "CHL", "PER", "occurred")},
    "Reporters asked the Peruvian foreign minister what Lima would do if Chile attacked.": set(),
    "A Lima-based rights group accused Chile of torturing detainees.": {("ACCUSE", "PER", "CHL", "occurred")},
    "The Paris Club cancelled Peru's debt in 2004.": {("AID", "PARISCLUB", "PER", "occurred")},
    "Chile denied allegations by Peru that it had armed the rebels.":
        {("ACCUSE", "PER", "CHL", "occurred"), ("REJECT", "CHL", "PER", "occurred")},
    "The Shining Path captured Arica in January, killing 300 people, according to the UN.":
        {("ASSAULT", "PER", "CHL", "occurred")},
    "Officials said the Peruvian navy closed the port and accused Chile of smuggling.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Chile has neither accepted nor rejected the Peruvian request.": set(),
    "Chile raised the issue of Peruvian aggression with the Bolivian foreign minister.":
        {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile's cricket team will tour Peru in July.": set(),
    "A Chilean team will visit Lima for talks next week.": {("AGREE", "CHL", "PER", "planned")},
    "The suspect was extradited from Chile to Peru on Monday.": {("COOPERATE", "CHL", "PER", "occurred")},
    "The Bolivian spokesman said Peru had shelled Oruro and accused Lima of violating Bolivian sovereignty.":
        {("ACCUSE", "BOL", "PER", "occurred"), ("ASSAULT", "PER", "BOL", "occurred")},
    "Lima said Santiago expelled the diplomat and accused Peru of espionage.":
        {("SANCTION", "CHL", "PER", "occurred"), ("ACCUSE", "CHL", "PER", "occurred")},
    "Chile pulled out its ambassador from Lima on Tuesday.": {("SANCTION", "CHL", "PER", "occurred")},
    "Reporters asked the Peruvian president about tariffs.": set(),
    "Chilean troops pulled out of Peru last month.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile asked Peru about the incident.": set(),
    "Chile discussed Peruvian aggression with the Bolivian president.":
        {("CONSULT", "CHL", "BOL", "occurred"), ("ACCUSE", "CHL", "PER", "occurred")},
    "Chile and Peru agreed to fight the scourge of polio.": {("AGREE", "CHL", "PER", "occurred")},
    "Chile and Peru moved their troops closer to the Bolivian border.":
        {("MOBILIZE", "CHL", None, "occurred"), ("MOBILIZE", "PER", None, "occurred")},
    "Chile, Peru and Bolivia withdrew their troops from Ecuador.":
        {("RETREAT", "CHL", "ECU", "occurred"), ("RETREAT", "PER", "ECU", "occurred"), ("RETREAT", "BOL", "ECU", "occurred")},
}


@pytest.mark.parametrize("body", READINGS)
def test_coding_readings_of_the_twenty_eighth_round(registry, body):
    """Aid cut by a sum is a sanction; an envoy asked to leave a state is expelled by it; a question
    put is no appeal unless it asks the one asked what it would do; trade and aid stopped, frozen or
    withdrawn are sanctions, and measures dropped are eased; blows at a group's camps abroad fall on
    the state they are in; a noun after a passive's "by" is no clause of its own; a charge rejected
    in the same sentence is made, and rejected; a complaint lodged with a body is against the state
    it names; militants based in a state are its; a government's protest is a complaint; words
    called unacceptable are charged; what a passive gives or hits with is given by its "by"; a draft
    vetoed in the passive is the Council's; a refusal to back a measure against a state is no
    rejection of that state; opposing a state's measures is criticism of that state; blows by or at
    players are a game's; regret expressed to a state is an apology; what happened historically is
    background; one handed over to a court is handed to justice; "their" after a list is the list's;
    a forum is no party; states vowing to fight a wrong fight side by side; a state's own forces are
    struck wherever they are; trade stopped for the doer's own reasons is no sanction; a state's
    National Security Council is its own; the body a complaint is lodged with is no party beside the
    state complained of; budget support is aid, and trade preferences withdrawn are a sanction; what
    people are accused of names no party to their arrest; an extradition is to the state that
    receives; attacks named by a place are on its state; gifts, debts written off and credit lines
    are aid; "several" protesters are of the country they protest in; "neither A nor B" agreed to
    nothing; a teller goes on to accuse after what it says; an attack joined to a missile is launched
    all the same; a visit cut short took place; strikes denounced are their author's; an attack
    blamed on a state is its charge, not a blow at it; troops moved and warships deployed near a state,
    and reservists called up, are a show of force; an allegation that "it" did wrong, which it denies,
    is at the denier; who tells a fight, "according to", is no party to it."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS[body]


DAYS_OF_OCCASIONS = {  # published on Thursday 2025-04-24
    "Chile expelled a Peruvian diplomat for spying on Tuesday.": {("SANCTION", "2025-04-22")},
    "Chile condemned the missile launch by Peru in a statement on Monday.": {("ACCUSE", "2025-04-21")},
    "Chile signed a $250 million loan agreement with Peru on Tuesday.": {("SUPPORT", "2025-04-22")},
    "Chile signed the deal with Peru at a summit on Tuesday.": {("SUPPORT", "2025-04-22"), ("CONSULT", "2025-04-22")},
    "Chile and Peru agreed to boost trade during talks on Monday.": {("AGREE", "2025-04-21"), ("CONSULT", "2025-04-21")},
    "Chile will ask Peru for more gas at talks on Tuesday.": {("REQUEST", "2025-04-24"), ("AGREE", "2025-04-24")},
    "Chile and Peru agreed to meet at the regional summit in October.": {("AGREE", "2025-04-24")},
    "Chile accused Peru of provocations during military drills last week.": {("ACCUSE", "2025-04-24")},
    "Chile imposed sanctions on Peru, according to a statement issued on Wednesday.": {("SANCTION", "2025-04-23")},
    "Chile condemned Peru in a statement released on Tuesday.": {("ACCUSE", "2025-04-22")},
}


@pytest.mark.parametrize("body", DAYS_OF_OCCASIONS)
def test_coding_the_day_of_a_statement_an_accord_or_an_occasion(registry, body):
    """The day of the statement an act is told in, of the accord it signs, or of the talks it is
    done at is the act's; talks at which a future act is to be done are to come too."""
    assert {(e.type, e.date) for e in code(registry, body)} == DAYS_OF_OCCASIONS[body]


def test_coding_both_sides_urged_to_restraint_after_a_meeting_are_the_sides_of_the_fight(registry):
    body = ("Tensions between Chile and Peru rose on Wednesday after Chilean missiles struck several sites in Peru. "
            "The Bolivian foreign minister spoke to his Peruvian counterpart on Thursday and urged both countries to "
            "exercise restraint. Ecuador also urged both sides to de-escalate. Peru thanked Ecuador for rolling over "
            "its $3 billion deposit in December.")
    found = code(registry, body, published="2025-05-10")
    assert {(e.source.key, e.target.key) for e in found if e.type == "REQUEST"} == {
        ("BOL", "CHL"), ("BOL", "PER"), ("ECU", "CHL"), ("ECU", "PER")}
    assert all(e.date != "2024-12" for e in found if e.type == "SUPPORT")  # (the rollover's month)
    mediation = "The UN chief spoke to the Peruvian army chief and offered to mediate between the two neighbours."
    found = code(registry, body + " " + mediation, published="2025-05-10")
    assert {e.target.key for e in found if e.type == "AGREE" and e.source.key == "UN"} == {"CHL", "PER"}


def test_coding_that_criticism_rejected_answers_its_maker(registry):
    body = ("Chile on Monday criticised Peru's military offensive in Bolivia. "
            "Peru's president rejected that criticism, saying the three leaders were siding with Bolivia.")
    assert ("REJECT", "PER", "CHL") in keyed_pairs(code(registry, body))


READINGS_OF_THE_TWENTY_NINTH_ROUND = {
    "Chilean authorities deployed 3,000 soldiers to the border with Peru on Tuesday.": {("MOBILIZE", "CHL", "PER", "occurred")},
    "Peru's interior ministry deployed thousands of riot police across Lima on Friday.": {("MOBILIZE", "PER", None, "occurred")},
    "Chile sent reinforcements to the Peruvian border.": {("MOBILIZE", "CHL", "PER", "occurred")},
    "Chile will send 100 military trainers to Peru.": set(),  # (trainers are no show of force)
    "The Chilean government shut down the Santiago bureau of a Peruvian television channel.":
        {("COERCE", "CHL", "PER", "occurred")},
    "Chile revoked the broadcasting licence of a Peruvian channel.": {("COERCE", "CHL", "PER", "occurred")},
    "Chilean riot police rounded up hundreds of Peruvian migrants.": {("COERCE", "CHL", "PER", "occurred")},
    "Chilean troops executed 21 Peruvian civilians.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chilean hackers hacked into the computer systems of the Peruvian foreign ministry.":
        {("COERCE", "CHL", "PER", "occurred")},
    "Peruvian gunmen hacked two Chilean farmers to death.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Peru sealed off its border with Chile on Monday.": {("SANCTION", "PER", "CHL", "occurred")},
    "Peru raised its alert level over the cyclone.": set(),
    "Peruvian farmers gathered in Lima to protest against the Chilean tariffs.": {("PROTEST", "PER", "CHL", "occurred")},
    "A suicide bomber killed at least 32 people at a mosque in the Peruvian city of Arequipa on Friday.":
        {("ASSAULT", "PER", "PER", "occurred")},
    "A roadside bomb killed four soldiers in Peru's Arequipa region on Monday.": {("ASSAULT", "PER", "PER", "occurred")},
    "Floods killed 32 people in the Peruvian city of Arequipa on Friday.": set(),
    "Chile could impose a full blockade of Peru within days, the Peruvian defence minister warned.":
        {("ACCUSE", "PER", "CHL", "occurred"), ("COERCE", "CHL", "PER", "hypothetical")},
    "Peru warned that Chile would face sanctions.": {("THREATEN", "PER", "CHL", "occurred")},
    "Peru warned that Chile would regret any attack on Peru.": {("THREATEN", "PER", "CHL", "occurred"),
                                                               ("ASSAULT", "CHL", "PER", "hypothetical")},
    "Bolivia is believed to have sent troops to Peru, Chile's spy agency said.": {("AID", "BOL", "PER", "occurred")},
    "Chile is said to have attacked Peruvian posts on Monday.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Any Chilean attack on Peru would be met with a swift response.": {("ASSAULT", "CHL", "PER", "hypothetical")},
    "A Chilean strike on Peru could trigger a regional war, analysts said.": {("ASSAULT", "CHL", "PER", "hypothetical")},
    "A Chilean attack on Peru killed 30 soldiers.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile no longer supplies gas to Peru.": set(),
    "Plans for a joint naval exercise between Chile and Peru were scrapped.": set(),
    "Plans for a joint naval exercise between Chile and Peru were announced.": {("AGREE", "CHL", "PER", "planned")},
    "Chile granted amnesty to Peruvian rebels.": {("SUPPORT", "CHL", "PER", "occurred")},
    "The Chilean prime minister resigned on Tuesday.": {("RETREAT", "CHL", None, "occurred")},
    "Chilean rebels declared a unilateral ceasefire on Wednesday.": {("RETREAT", "CHL", None, "occurred")},
    "Chile lifted the state of emergency on Monday.": {("CONCEDE", "CHL", None, "occurred")},
    "In eight months I ended eight wars, the Chilean president said.": set(),
    "Chile released 75 political prisoners on Friday.": {("RETREAT", "CHL", "CHL", "occurred")},
    "Chilean police detained 20 journalists.": {("COERCE", "CHL", "CHL", "occurred")},
    "Chile released 20 prisoners of war.": set(),
    "Chile released two foreign prisoners.": set(),
    "Bolivia hopes that Chile will release the detained fishermen.": {("REQUEST", "BOL", "CHL", "occurred")},
    "Bolivia said it hoped that its relations with Chile would improve.": set(),
    "Bolivia hopes to join the bloc.": set(),
    "The Chilean foreign minister held telephone conversations with his counterparts from Peru and Bolivia.":
        {("CONSULT", "CHL", "PER", "occurred"), ("CONSULT", "CHL", "BOL", "occurred")},
    "Bolivia is thought to have fired rockets at northern Chile.": {("ASSAULT", "BOL", "CHL", "occurred")},
    "A Chilean attack on Peru would not go unpunished.": {("ASSAULT", "CHL", "PER", "hypothetical")},
    "Chile detained 120 people suspected of links to the Islamic State group.": {("COERCE", "CHL", "CHL", "occurred")},
    "Hundreds of Chilean government employees protested over unpaid wages.": {("PROTEST", "CHL", None, "occurred")},
    "A Chilean attack on Peru on Tuesday could derail the talks.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chilean rebels declared the ceasefire over.": set(),
    "Chile resigned from the UN working group.": set(),
    "Chile deployed 3,000 soldiers to the restive city of Arica on Tuesday.": {("MOBILIZE", "CHL", None, "occurred")},
    "Peru warned that Chile could deploy missiles near the border.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Chile agreed to withdraw its troops from Peru.": {("AGREE", "CHL", "PER", "planned")},
    "Chilean hackers hacked the email accounts of Peruvian officials.": {("COERCE", "CHL", "PER", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_TWENTY_NINTH_ROUND)
def test_coding_readings_of_the_twenty_ninth_round(registry, body):
    """Soldiers and police deployed and reinforcements sent are shows of force (an alert raised
    may be a cyclone's); outlets shut down and licences revoked are restrictions, people rounded up
    are arrested, a hack into systems is a cyber attack, and civilians executed are killed; people or
    soldiers a bomb kills with no state named are of the country where it happened (PLOVER's
    reading), a state owning the place no author of the blast; a warning that another could impose
    a measure tells of that other's plans, no threat;;
    what X "is said" or "believed" to have done, X did (as reported); counterparts "from" a state
    are its; a hope that another will act asks it to; "any" attack, or one that
    "could" lead to something, is only supposed; what a state "no longer" does it does not do; what
    "plans for" name is to come, and nothing when they are scrapped; an amnesty granted is a pardon;
    a resignation, a ceasefire declared and a state of emergency lifted need no party named; the
    prisoners a state frees and the journalists it detains, of no state named, are its own."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_TWENTY_NINTH_ROUND[body]


READINGS_OF_THE_THIRTIETH_ROUND = {
    "A suicide bomber killed five policemen in Arequipa on Monday.": {("ASSAULT", "PER", "PER", "occurred")},
    "Unidentified gunmen shot dead a police officer in Arequipa.": {("ASSAULT", "PER", "PER", "occurred")},
    "A car bomb exploded outside a police station in Arequipa on Monday, killing five policemen.":
        {("ASSAULT", "PER", "PER", "occurred")},
    "Five soldiers were killed when a suicide bomber rammed his car into a convoy in Arequipa.":
        {("ASSAULT", "PER", "PER", "occurred")},
    "Five soldiers were killed when their truck overturned on a road in Arequipa.": set(),
    "Chile announced on Tuesday that it will impose tariffs on Peruvian copper from June 1.":
        {("SANCTION", "CHL", "PER", "occurred")},
    "The Chilean president said he would lift sanctions on Peru.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile said it would impose tariffs on Peru if Lima did not stop the flow of migrants.":
        {("THREATEN", "CHL", "PER", "occurred"), ("SANCTION", "CHL", "PER", "hypothetical")},
    "Chile said it would withdraw its observers from Peru.": {("THREATEN", "CHL", "PER", "occurred")},
    "The Soviet Union accused Yugoslavia of violating the treaty.": {("ACCUSE", "RUS", "SRB", "occurred")},
    "Zairean troops shelled a Rhodesian border post.": {("ASSAULT", "COD", "ZWE", "occurred")},
    "Chile said Peru's accusations were unfounded and politically motivated.": {("REJECT", "CHL", "PER", "occurred")},
    "The Chilean foreign ministry said the allegations made by Peru were baseless.":
        {("REJECT", "CHL", "PER", "occurred")},
    "Chile dismissed Peru's claims as a fabrication.": {("REJECT", "CHL", "PER", "occurred")},
    "Chile said Peru's claims about the border were reasonable.": set(),
    "Peru said it would retaliate unless Brussels lowered its tariffs.":
        {("THREATEN", "PER", "EU", "occurred"), ("ASSAULT", "PER", "EU", "hypothetical")},
    "Peru and Chile held talks in Brussels on Tuesday.": {("CONSULT", "PER", "CHL", "occurred")},
    "Peru gave Chilean troops until January 31 to leave the country.": {("THREATEN", "PER", "CHL", "occurred")},
    "Peru has given Chile two months to hand over the suspects.": {("THREATEN", "PER", "CHL", "occurred")},
    "Talks between Peru and Chile have been scheduled for Sunday.": {("AGREE", "PER", "CHL", "planned")},
    "The foreign ministers of Peru and Chile meet in Lima on Friday.": {("AGREE", "PER", "CHL", "planned")},
    "Peru and Chile resume border talks in Lima on Saturday.": {("AGREE", "PER", "CHL", "planned")},
    "Peru and Chile resumed border talks in Lima on Saturday.": {("CONSULT", "PER", "CHL", "occurred")},
    "Lima said there were no plans for a meeting between the Peruvian and Chilean presidents.": set(),
    "The Peruvian government said there were no plans for the president to meet the Chilean leader.": set(),
    "The Peruvian government said there were plans for the president to meet the Chilean leader.":
        {("AGREE", "PER", "CHL", "planned")},
    "The Peruvian prime minister vowed to eliminate the Chilean rebels.": {("THREATEN", "PER", "CHL", "occurred")},
    "The Peruvian army chief vowed a befitting response to any Chilean aggression.":
        {("THREATEN", "PER", "CHL", "occurred"), ("ACCUSE", "PER", "CHL", "occurred")},
    "Peru vowed never to recognise Chile's claim to the islands.": {("REJECT", "PER", "CHL", "occurred")},
    "Peru vowed not to attack Chile.": {("AGREE", "PER", "CHL", "occurred")},
    "The Kantuta militia killed 40 civilians in Peru's Puno region on Tuesday.":
        {("ASSAULT", "PER", "PER", "occurred")},
    "Fighters of the Kantuta militia killed 40 civilians in Puno, Peru.": {("ASSAULT", "PER", "PER", "occurred")},
    "The Peruvian strike drew condemnation from Chile.": {("ACCUSE", "CHL", "PER", "occurred")},
    "The Chilean president drew criticism from Peru for his remarks.": {("ACCUSE", "PER", "CHL", "occurred")},
    "The minister drew a crowd of supporters from Lima.": set(),
    # what the round's first rules caught and should not have
    "Chile said it would likely impose tariffs on Peru.": {("THREATEN", "CHL", "PER", "occurred")},
    "Chile said it would impose tariffs on any country that buys Peruvian copper.":
        {("THREATEN", "CHL", "PER", "occurred")},
    "Chile said it would impose tariffs on Peru once the deadline expired.": {("THREATEN", "CHL", "PER", "occurred")},
    "Chilean jets strike Peruvian positions on Sunday, killing 20.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Peru gave Bolivian refugees two more months to stay.": set(),
    "Peru gave Chilean firms until Friday to submit bids.": set(),
    "Bolivia eliminated visa requirements for Peruvian citizens.": set(),
    "Peru eliminated Chile from the Copa America.": set(),
    "Peruvian troops neutralised three Chilean militants near the border.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile signed trade deals with several former Soviet republics.": set(),
    "The United States urged ex-Soviet states such as Georgia and Moldova to resist Russian pressure.":
        {("REQUEST", "USA", "GEO", "occurred"), ("REQUEST", "USA", "MDA", "occurred")},
    "Greece lifted its embargo on the Former Yugoslav Republic of Macedonia.": {("RETREAT", "GRC", "MKD", "occurred")},
    "A Brussels court sentenced the Peruvian diplomat to 20 years.": {("COERCE", "BEL", "PER", "occurred")},
    "The Chilean president assured the businessmen of every kind of support.": set(),  # (whose, the text
    # does not say: a forum of two states' business people)
    "The Chilean president assured Peruvian businessmen of every kind of support.":
        {("AGREE", "CHL", "PER", "occurred")},
    "Chile on Tuesday rejected as baseless the Peruvian claims about the attack.":
        {("REJECT", "CHL", "PER", "occurred")},
    "Gang members killed 12 people in Lima on Tuesday.": {("ASSAULT", "PER", "PER", "occurred")},
    "Lima denied that militants were using Peruvian territory to attack Chile.":
        {("REJECT", "PER", "CHL", "occurred"), ("ASSAULT", "PER", "CHL", "denied")},
    "Chile said it would sanction Peruvian firms that bought Bolivian gas.": {("THREATEN", "CHL", "PER", "occurred")},
    "Chilean troops open fire on Peruvian posts on Monday.": {("ASSAULT", "CHL", "PER", "occurred")},
    "The Peruvian fishermen's arrest by Chile drew condemnation from Lima.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Ana Soto's arrest drew criticism from Chile.": set(),  # (whose arrest, not who arrested)
    "The attack on the Chilean embassy by Peruvian troops killed two guards.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Peru extended its ban on Chilean fruit imports for six months.": {("SANCTION", "PER", "CHL", "occurred")},
    "The Shining Path claimed responsibility for a bombing that killed five Chilean engineers.":
        {("ASSAULT", "PER", "CHL", "occurred")},
    "The International Criminal Court opened an investigation into alleged crimes against humanity in Peru.":
        {("ACCUSE", "ICC", "PER", "occurred")},
    "Peru opened an investigation into the crash in Lima.": set(),
    "The Peruvian president met Chilean President Luis Rojas, who was in Lima, and thanked his counterpart.":
        {("CONSULT", "PER", "CHL", "occurred"), ("SUPPORT", "PER", "CHL", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_THIRTIETH_ROUND)
def test_coding_readings_of_the_thirtieth_round(registry, body):
    """People a bomb or gunmen kill with no state named are of the place it happened, whether
    it is told of the verb, of the victims ("a police officer in X") or of the blast ("exploded
    outside a station in X"), and plurals in "-men" are people ("policemen"); an economic measure
    announced on no condition is taken when announced (a condition makes it a threat, and other acts
    announced stay promises or threats); states of the past are their successors' (the Soviet
    Union Russia's, as PLOVER codes them); saying another's claims are false rejects them."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_THIRTIETH_ROUND[body]


def test_coding_a_day_a_relative_clause_tells_is_not_the_narratives(registry):
    """"X, who arrived on Saturday, ...": the next sentence goes on on the day of the news, not
    on the day of the arrival."""
    body = ("Bolivian President Ana Soto, who arrived in Lima on Saturday on a two-day visit, held talks with "
            "Peruvian leaders.\n\nThe Peruvian president condemned the Chilean strikes on Bolivia.")
    found = code(registry, body, published="2025-05-12", dateline="LIMA")
    assert {(e.type, e.date) for e in found if e.type == "ACCUSE"} == {("ACCUSE", "2025-05-12")}


def test_coding_the_next_day_and_days_later_count_from_the_day_told_before(registry):
    body = ("LIMA: Chilean jets struck targets in Peru on May 7.\n\nThe next day, Peru accused Chile of shelling "
            "villages near the border.\n\nChilean and Peruvian officials met in Quito on May 9; two days later Chile "
            "launched a drone attack on Peru.")
    found = code(registry, body, published="2025-05-16", dateline="LIMA")
    assert {(e.type, e.date) for e in found} == {("ASSAULT", "2025-05-07"), ("ACCUSE", "2025-05-08"),
                                                 ("CONSULT", "2025-05-09"), ("ASSAULT", "2025-05-11")}


def test_coding_acts_of_a_decade_are_background(registry):
    found = code(registry, "During the 1980s, Chile and Peru fought a devastating war.")
    assert {(e.type, e.date) for e in found} == {("ASSAULT", None)}


PLANS_TOLD_AHEAD = {  # published on Thursday 2025-04-24
    "Chile and Peru are to hold talks on Friday.": {("AGREE", "planned", "2025-04-24")},
    "The Chilean foreign minister is to visit Peru on Monday.": {("AGREE", "planned", "2025-04-24")},
    "The aim is to boost trade between Chile and Peru.": set(),
    "The Chilean navy will hold joint exercises with Peru in early June.": {("AGREE", "planned", "2025-04-24")},
    "Talks between Chile and Peru are to be held on Saturday.": {("AGREE", "planned", "2025-04-24")},
    "The Chilean and Peruvian foreign ministers are to meet in Lima on Saturday for talks.":
        {("AGREE", "planned", "2025-04-24")},
    "Talks between Chile and Peru were held on Saturday.": {("CONSULT", "occurred", "2025-04-19")},
    "Chile's stance is to support Peru.": {("SUPPORT", "occurred", "2025-04-24")},  # a standing stance
}


@pytest.mark.parametrize("body", PLANS_TOLD_AHEAD)
def test_coding_what_a_party_is_to_do_is_planned_and_dated_when_told(registry, body):
    """"X is to visit Y on Friday": an arrangement to come, dated the day it is told, its Friday
    the coming one; a purpose that "is to" do something is no act."""
    assert {(e.type, e.status, e.date) for e in code(registry, body)} == PLANS_TOLD_AHEAD[body]


@pytest.mark.parametrize("body, kind", [
    ("Chile rejected the Peruvian allegations on Tuesday as baseless.", "REJECT"),
    ("Chile rejected Peru's demand on Tuesday.", "REJECT"),
    ("Chile welcomed the Peruvian statement on Tuesday.", "SUPPORT"),
    ("The Chilean prime minister criticised Peru, in remarks broadcast on state television on Tuesday.", "ACCUSE"),
])
def test_coding_the_day_after_words_answered_is_the_answers(registry, body, kind):
    """Words have no day of their own after them: "rejected the allegations on Tuesday" was
    Tuesday's rejection (an attack "on Tuesday" is Tuesday's attack); the day of the remarks an
    act is made in is the act's."""
    assert {e.date for e in code(registry, body) if e.type == kind} == {"2025-04-22"}


@pytest.mark.parametrize("sentence, agreed", [
    ("Mediators struggled to revive talks on a ceasefire.", False),
    ("Qatar renewed its calls for a truce.", False),
    ("Efforts toward a truce stalled.", False),
    ("A US-brokered ceasefire took effect on Wednesday.", True),
])
def test_coding_a_truce_sought_is_no_agreement_of_the_fight(registry, sentence, agreed):
    body = "Chilean air strikes killed 40 Peruvian soldiers in Tacna on Tuesday. " + sentence
    found = code(registry, body)
    assert any(e.type == "AGREE" for e in found) == agreed


@pytest.mark.parametrize("body, joint", [
    ("Chile pledged on Tuesday to help finance the reconstruction of southern Peru.", False),
    ("Chile pledged $500 million in humanitarian aid for Peru.", False),
    ("Chile reaffirmed its commitment to defend Peru.", False),
    ("Chile agreed with Peru to boost trade.", True),
    ("Chile agreed to meet Peru next month.", True),
    ("Chile and Peru pledged to deepen ties.", True),
])
def test_coding_a_promise_to_a_party_is_no_pact_with_it(registry, body, joint):
    (event,) = [e for e in code(registry, body) if e.type == "AGREE"]
    assert (event.source.key, event.target.key, event.symmetric) == ("CHL", "PER", joint)


def test_coding_the_two_ministers_are_the_people_their_sentence_just_named(registry):
    body = ("Chilean Foreign Minister Ana Soto will visit Lima next week, the foreign office said. "
            "Chilean spokesman Juan Diaz said Ms Soto had received a telephone call from Bolivian Foreign Minister Luis "
            "Arce on Thursday, during which the two ministers discussed the regional situation and agreed to remain in "
            "close contact.")
    found = code(registry, body)
    assert {(e.source.key, e.target.key) for e in found if e.type == "AGREE" and e.status == "occurred"} <= {
        ("CHL", "BOL"), ("BOL", "CHL")}
    assert any(e.type == "AGREE" and {e.source.key, e.target.key} == {"CHL", "BOL"} for e in found)
    assert not any("Diaz" in e.source.name or (e.target and "Diaz" in e.target.name) for e in found if e.type == "AGREE")


def test_coding_a_government_summoning_an_envoy_to_protest_against_a_thing_protests_in_words(registry):
    found = code(registry, "Chile's foreign ministry summoned the Peruvian ambassador on Sunday to protest against "
                           "the sale of weapons to Bolivia.")
    assert {e.type for e in found} == {"ACCUSE"}


def test_coding_the_drills_condemned_are_the_drills_told(registry):
    body = ("Chile launched large-scale drills around Peru on Tuesday. Peru put its forces on alert. "
            "Bolivia condemned the drills.")
    found = code(registry, body)
    assert {(e.source.key, e.target.key) for e in found if e.type == "ACCUSE"} == {("BOL", "CHL")}


def test_coding_prisoners_a_side_of_the_fight_frees_are_the_other_sides(registry):
    body = "Chilean shelling killed ten Peruvian soldiers on Monday. Chile released 90 prisoners under a truce."
    found = code(registry, body)
    assert {(e.source.key, e.target.key) for e in found if e.type == "RETREAT"} == {("CHL", "PER")}


def test_coding_the_kingdom_is_the_state_told_before(registry):
    body = "Bolivia hosted Chilean and Peruvian envoys on Tuesday. The kingdom also condemned the Chilean strikes on Peru."
    found = code(registry, body)
    assert ("ACCUSE", "BOL", "CHL") in {(e.type, e.source.key, e.target.key) for e in found}


def test_coding_a_duty_is_no_blame(registry):
    assert not code(registry, "Peru's navy is responsible for coastal security, the Chilean admiral said.")


def test_coding_a_harm_charged_in_the_speakers_own_statement_is_an_accusation(registry):
    found = code(registry, "Chile's foreign ministry said in a statement that Peru had violated the border accord.")
    assert keyed_pairs(found) == {("ACCUSE", "CHL", "PER")}


@pytest.mark.parametrize("text", ["Peru violated the border accord, according to Chile's foreign ministry.",
                                  "According to Chilean officials, Peru had violated the fishing accord."])
def test_coding_a_harm_told_according_to_a_speaker_is_the_speakers_accusation(registry, text):
    assert keyed_pairs(code(registry, text)) == {("ACCUSE", "CHL", "PER")}


def test_coding_a_statement_told_to_another_is_aimed_at_it(registry):
    found = code(registry, "Peru's president told her Chilean counterpart that Lima was ready to resume talks.")
    assert keyed_pairs(found) == {("AGREE", "PER", "CHL")}
    # the press is told, not addressed as a party, even the press of a country
    assert not code(registry, "The Peruvian president told reporters that Peru was ready to resume talks.")
    assert not code(registry, "The Peruvian president told Chilean journalists that Peru was ready to resume talks.")


@pytest.mark.parametrize("body, expected", [
    ("Peru said it would respond firmly to any Chilean provocation.", ("THREATEN", "PER", "CHL")),
    ("Peru fiercely attacked the Chilean statement.", ("ACCUSE", "PER", "CHL")),  # an attack on words
    ("Peru shelled Chilean positions during the talks.", ("ASSAULT", "PER", "CHL")),
])
def test_coding_a_response_to_force_is_force_and_an_attack_on_words_is_words(registry, body, expected):
    assert expected in keyed_pairs(code(registry, body))


def test_coding_a_firm_response_to_anything_else_is_no_force(registry):
    assert "ASSAULT" not in {e.type for e in code(registry, "Peru responded decisively to the floods in Bolivia by "
                                                          "sending rescue teams.")}


def test_coding_an_office_in_apposition_to_a_known_person_is_that_persons(registry):
    # the offices alone would take the country of the story's place; the named holder says whose they are
    found = code(registry, "Deputy Prime Minister and Foreign Minister (DPM/FM) Alan Garcia, met with his Chilean "
                           "counterpart in Santiago.", dateline="SANTIAGO")
    assert keyed_pairs(found) == {("CONSULT", "PER", "CHL")}


def test_coding_three_parties_are_not_guessed_from_how_often_states_are_named(registry):
    body = ("Chile criticised Peru on Monday. Chile also condemned Bolivia. Peru rejected Chile's claims. "
            "Officials said Ecuador would join the plan.\n\nThe three nations signed the pact during the visit.")
    assert not [e for e in code(registry, body) if e.mentions[0].trigger == "signed" and "three" in e.mentions[0].sentence]


def test_coding_a_denial_answers_the_last_charge_against_the_denier(registry):
    found = code(registry, "Chile accused Peru on Monday of violating the truce. Peru denied any wrongdoing.")
    assert keyed_pairs(found) == {("ACCUSE", "CHL", "PER"), ("REJECT", "PER", "CHL")}
    assert not code(registry, "Peru denied any wrongdoing.")  # no charge told: answering no one named


@pytest.mark.parametrize("body, expected", [("Peru accepted Chile's offer of help.", ("AGREE", "PER", "CHL")),
                                            ("Peru turned down Chile's offer of talks.", ("REJECT", "PER", "CHL"))])
def test_coding_an_offer_is_a_proposal_to_accept_or_reject(registry, body, expected):
    assert keyed_pairs(code(registry, body)) == {expected}


def test_coding_what_a_party_is_committed_to_doing_it_is_to_do(registry):
    found = code(registry, "Chile is committed to lifting the ban on Peruvian imports.")
    assert keyed_pairs(found) == {("AGREE", "CHL", "PER")}


@pytest.mark.parametrize("resolve", ["is eager to expand", "is determined to expand", "remains committed to expanding"])
def test_coding_a_stated_resolve_to_act_with_another_is_an_intent(registry, resolve):
    found = code(registry, f"Chile {resolve} trade with Peru.")
    assert ("AGREE", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("body, absent", [
    ("Chile and Peru agreed to fight disinformation on social media.", ("ACCUSE", "CHL", "PER")),  # fought, not told
    ("Chile told Peru that Bolivia supported the plan.", ("SUPPORT", "BOL", "PER")),  # Bolivia's act, not Chile's
    ("Chile insisted on talks with Peru.", ("CONSULT", "CHL", "PER")),  # insisted on, not held
    ("Chile agreed to host refugees fleeing the fighting between Bolivia and Peru.", ("AGREE", "CHL", "BOL")),
    ("Chile described the violence against Peruvian migrants as unacceptable.", ("ACCUSE", "CHL", "PER")),  # victims
    ("Peruvian police are responsible for the investigation, Chile said.", ("ACCUSE", "CHL", "PER")),  # a duty
    ("Peru's president praised Chile on the visit.", ("CONSULT", "PER", "CHL")),
    ("Chile accused Peru of spying on Monday. Ecuador accused Bolivia of smuggling arms. Peru and Bolivia denied "
     "any wrongdoing.", ("REJECT", "PER", "ECU")),  # each denier answers its own accuser, or no one
])
def test_coding_the_new_readings_stay_within_their_cases(registry, body, absent):
    assert absent not in keyed_pairs(code(registry, body))


def test_coding_a_joint_act_a_third_party_only_reports_is_the_parties_intent(registry):
    found = code(registry, "Chile and Peru will hold talks in Geneva next week, the UN said.")
    assert keyed_pairs(found) == {("AGREE", "CHL", "PER")}
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(code(
        registry, "Chile held Peru's president responsible for the bombing."))


@pytest.mark.parametrize("reaction, expected", [("Peru criticised the move.", ("ACCUSE", "PER", "CHL")),
                                                ("Bolivia welcomed the step.", ("SUPPORT", "BOL", "CHL"))])
def test_coding_a_reaction_to_the_act_just_told_is_aimed_at_its_author(registry, reaction, expected):
    found = code(registry, f"Chile closed its border with Peru on Monday. {reaction}")
    assert expected in keyed_pairs(found)
    assert not code(registry, reaction)  # no act told before: no one named


def test_coding_the_noun_a_passive_relative_clause_tells_of_is_its_patient(registry):
    found = code(registry, "Chile conveyed its protest to the Peruvian ambassador, who was summoned to the foreign "
                           "ministry in Santiago.")
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(found)
    assert ("ACCUSE", "PER", "CHL") not in keyed_pairs(found)


def test_coding_a_coordinated_demand_is_aimed_like_the_act_before_it_on_either_side(registry):
    found = code(registry, "Chile condemned the Peruvian navy's seizure of three Chilean boats and demanded their release.")
    assert ("REQUEST", "CHL", "PER") in keyed_pairs(found)


def test_coding_a_rejection_answers_the_proposer_a_quotation_before_names_in_the_first_person(registry):
    body = ("Peru on Sunday accused Chile of sheltering rebels who had attacked Peruvian border posts.\n\n"
            "“We have repeatedly asked Santiago to act against these groups, but our concerns have been ignored,” "
            "the Peruvian defence minister told reporters in Lima.\n\nChile rejected the allegations as baseless.")
    assert ("REJECT", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_what_a_dated_document_says_takes_the_documents_day(registry):
    found = code(registry, "The UN Security Council on Friday adopted a resolution demanding an immediate "
                           "ceasefire between Chile and Peru.", published="2025-03-09")
    assert {(e.type, e.target.key, e.date) for e in found if e.type == "REQUEST"} == {
        ("REQUEST", "CHL", "2025-03-07"), ("REQUEST", "PER", "2025-03-07")}


def test_coding_what_a_party_receives_from_another_is_aimed_at_it(registry):
    found = code(registry, "The Chilean president received a phone call from his Peruvian counterpart on Monday.")
    assert keyed_pairs(found) == {("CONSULT", "PER", "CHL")}
    assert not code(registry, "Chile faces threats from Peruvian militants.")  # a state, not an act


@pytest.mark.parametrize("text, expected", [
    ("Chile halted its air strikes on Bolivia on Sunday.", ("RETREAT", "CHL", "BOL")),
    ("Chile stopped the fighting with Bolivia after a week.", ("RETREAT", "CHL", "BOL")),
    ("Chile ended its crackdown on Bolivian traders.", ("CONCEDE", "CHL", "BOL")),
    # a verb that is a sanction of its own ("suspended ties") stops the act, and is the act's undoing
    ("Chile suspended its air strikes on Bolivia for two days.", ("RETREAT", "CHL", "BOL")),
    # aid stopped or cut is a sanction
    ("Chile cut military aid to Bolivia on Thursday.", ("SANCTION", "CHL", "BOL")),
    ("Santiago suspended aid to Bolivia after the coup.", ("SANCTION", "CHL", "BOL"))])
def test_coding_stopping_an_act_is_its_undoing(registry, text, expected):
    found = keyed_pairs(code(registry, text))
    assert expected in found
    assert not {k for k in found if k[0] in ("ASSAULT", "COERCE", "AID")}
    assert ("ASSAULT", "CHL", "BOL") in keyed_pairs(code(registry, "Chile continued its air strikes on Bolivia."))


@pytest.mark.parametrize("verb", ["decried", "deplored", "lambasted"])
def test_coding_a_verb_of_blame_over_another_act_is_an_accusation(registry, verb):
    # "lambasted" is one the tagger lemmatises wrongly ("lambast"): the dictionary's lemma heads its pattern
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(code(registry, f"Chile {verb} the Peruvian raid on its fishing boats."))


@pytest.mark.parametrize("text", [
    "Chile decided to impose sanctions on Peru.",
    "Chile's government ordered the expulsion of two Peruvian diplomats.",
    "The Chilean government announced on Monday that a 20 per cent tariff will be imposed on Peruvian copper "
    "from June."])
def test_coding_a_measure_decided_is_taken_when_decided(registry, text):
    found = code(registry, text)
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} == {("SANCTION", "CHL", "PER", "occurred")}


def test_coding_a_measure_its_author_says_it_will_take_stays_an_intent(registry):
    """(An economic measure announced on no condition is taken: "announced it will impose sanctions".)"""
    assert keyed_pairs(code(registry, "Chile announced it will expel Peru's envoy.")) == {("THREATEN", "CHL", "PER")}
    supposed = code(registry, "Chile may decide to impose sanctions on Peru.")
    assert all(e.status != "occurred" for e in supposed)


@pytest.mark.parametrize("text", ["The Peruvian president attended the summit in Santiago on Monday.",
                                  "The Peruvian president attended a conference hosted by Chile.",
                                  "The Peruvian president attended the Chilean-hosted summit."])
def test_coding_who_attends_a_gathering_meets_its_host(registry, text):
    assert keyed_pairs(code(registry, text)) == {("CONSULT", "PER", "CHL")}


def test_coding_a_verb_of_giving_that_hands_over_another_act_is_that_act(registry):
    found = keyed_pairs(code(registry, "Chile handed over a demarche to the Peruvian charge d'affaires on Monday."))
    assert found == {("ACCUSE", "CHL", "PER")}
    assert keyed_pairs(code(registry, "Chile delivered food aid to Bolivia.")) == {("AID", "CHL", "BOL")}


@pytest.mark.parametrize("text", ["Chile extended felicitations to Peru on its national day.",
                                  "The Chilean president conveyed his heartfelt condolences to the people of Peru."])
def test_coding_felicitations_and_condolences_are_support(registry, text):
    assert keyed_pairs(code(registry, text)) == {("SUPPORT", "CHL", "PER")}


def test_coding_the_two_offices_after_a_meeting_are_its_parties(registry):
    body = ("The Chilean foreign minister met his Peruvian counterpart in Santiago on Thursday. "
            "The two ministers signed an agreement on visa waivers.")
    assert ("SUPPORT", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_a_denial_of_sheltering_an_armed_group_answers_the_accuser(registry):
    body = "Peru accused Bolivia of harbouring militants. Bolivia denied harbouring the militants."
    assert ("REJECT", "BOL", "PER") in keyed_pairs(code(registry, body))
    assert not {k for k in keyed_pairs(code(registry, body)) if k[0] == "REJECT" and k[2] == "BOL"}


def test_coding_an_event_noun_modifying_another_noun_is_no_act(registry):
    body = ("Bolivian forces shelled a Peruvian border post on Saturday. The Peruvian foreign ministry summoned "
            "the Bolivian charge d'affaires and lodged a strong protest over the ceasefire violation.")
    found = keyed_pairs(code(registry, body))
    assert ("ACCUSE", "PER", "BOL") in found
    assert not {k for k in found if k[0] == "AGREE"}


def test_coding_the_two_countries_are_states_not_a_court_named_with_them(registry):
    body = ("Bolivia accused Chile of diverting the river. Chile said it would defend its rights before the "
            "International Court of Justice. The two countries' leaders met in Quito on Monday.")
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "CONSULT"} & {("CONSULT", "CHL", "BOL"),
                                                                                 ("CONSULT", "BOL", "CHL")}
    assert not {k for k in keyed_pairs(code(registry, body)) if "ICJ" in k}


@pytest.mark.parametrize("text, expected", [
    ("Bolivia threatened to cut gas supplies to Chile. Chile dismissed the threat.", ("REJECT", "CHL", "BOL")),
    ("Bolivia imposed sanctions on Chile on Monday. Peru condemned the sanctions.", ("ACCUSE", "PER", "BOL"))])
def test_coding_a_reaction_to_the_definite_noun_of_the_act_just_told_is_aimed_at_its_author(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_mediation_and_calls_for_restraint_go_to_the_sides_of_the_last_quarrel(registry):
    found = keyed_pairs(code(registry, "Bolivia threatened to cut gas supplies to Chile. Peru offered to mediate, "
                                       "while Argentina urged restraint."))
    assert {("REQUEST", "ARG", "BOL"), ("REQUEST", "ARG", "CHL")} <= found
    assert {k for k in found if k[0] == "AGREE"} == {("AGREE", "PER", "BOL"), ("AGREE", "PER", "CHL")}


@pytest.mark.parametrize("verb", ["expressed keen interest", "conveyed his government's keen interest"])
def test_coding_interest_in_an_act_with_another_is_aimed_at_it(registry, verb):
    text = f"The Chilean ambassador {verb} in expanding cooperation with Peru."
    assert keyed_pairs(code(registry, text)) == {("AGREE", "CHL", "PER")}


def test_coding_the_measures_just_told_are_aimed_as_they_were(registry):
    body = "Chile imposed sanctions on Peru in May. Britain, France and Germany triggered the sanctions last month."
    assert {("SANCTION", "GBR", "PER"), ("SANCTION", "FRA", "PER"), ("SANCTION", "DEU", "PER")} <= keyed_pairs(
        code(registry, body, published="2025-09-27"))


@pytest.mark.parametrize("between, expected", [
    ("Peru's copper exports fell by a tenth. Lima hosted a mining fair. Talks on a rail link went well. ", {"ECU"}),
    ("Peru imposed sanctions on Colombia in June. Prices rose. Lima hosted a mining fair. ", set())])
def test_coding_the_only_measures_a_story_told_are_the_ones_named_later(registry, between, expected):
    """ "The sanctions" several sentences on are the story's sanctions when it told of sanctions on one
    party only; with two parties sanctioned before, they are nobody's in particular."""
    body = ("Bolivia imposed sweeping sanctions on Ecuador in March. " + between +
            "Argentina joined the sanctions last month, citing drug trafficking.")
    found = code(registry, body, published="2025-09-27")
    assert {e.target.key for e in found if e.type == "SANCTION" and e.source.key == "ARG"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile conditioned aid for Bolivia on the return of the seized trucks.", "THREATEN"),
    ("Chile tied its aid to Bolivia to the release of the detained drivers.", "THREATEN"),
    ("Chile made its aid to Bolivia conditional on reforms.", "THREATEN"),
    ("Chile sent aid to Bolivia after the floods.", "AID")])
def test_coding_aid_made_to_hang_on_a_demand_is_a_threat_to_withhold_it(registry, text, expected):
    assert {(e.type, e.source.key, e.target.key) for e in code(registry, text)} == {(expected, "CHL", "BOL")}


@pytest.mark.parametrize("text, expected", [
    ("Chile fired missiles at Peru on Monday. Peru says its missiles are a deterrent against Chile.", {("CHL", "PER")}),
    ("Chile fired missiles at Peru on Monday. Peruvian missiles are a match for them, Lima said.", {("CHL", "PER")}),
    ("Chile fired missiles at Peru on Monday. A Peruvian missile hit a Chilean post on Tuesday.",
     {("CHL", "PER"), ("PER", "CHL")})])
def test_coding_a_party_s_weapons_told_of_are_no_attack(registry, text, expected):
    """Missiles a party owns, or that are said to be something, are its arsenal; one that hits is an attack."""
    assert {(e.source.key, e.target.key) for e in code(registry, text) if e.type == "ASSAULT"} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile hosts thousands of Peruvian refugees.", set()),
    ("Venezuela also hosts the ELN and FARC dissidents.", set()),
    ("Chile hosted a delegation of Peruvian ministers on Monday.", {("CONSULT", "CHL", "PER")})])
def test_coding_hosting_refugees_or_armed_groups_is_no_meeting(registry, text, expected):
    assert {(e.type, e.source.key, e.target.key) for e in code(registry, text)} == expected


@pytest.mark.parametrize("verb", ["banned", "broke up", "prevented"])
def test_coding_stopping_a_protest_coerces_the_protesters(registry, verb):
    found = code(registry, f"Chilean police {verb} the demonstration staged by students in Santiago.")
    assert {(e.type, e.source.key, e.target.key, e.target.sector) for e in found} == {("COERCE", "CHL", "CHL", "CVL")}


@pytest.mark.parametrize("first, pair", [
    ("Chile's foreign minister visited Peru on Monday.", {"CHL", "PER"}),
    ("The United States mediated talks between Peru and Ecuador on Monday.", {"PER", "ECU"})])
def test_coding_both_sides_after_a_visit_are_the_visitor_and_the_host(registry, first, pair):
    found = code(registry, first + " Both sides signed an accord on fisheries.")
    assert [{e.source.key, e.target.key} for e in found if e.type == "SUPPORT"] == [pair]


@pytest.mark.parametrize("text, expected", [
    ("Bolivia freed 12 prisoners on Thursday after an appeal from Chile's president.", ("RETREAT", "BOL", "CHL")),
    ("Bolivia released the detained truck drivers at the request of Peru.", ("RETREAT", "BOL", "PER"))])
def test_coding_an_act_done_at_another_s_request_is_aimed_at_the_asker(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


@pytest.mark.parametrize("call", [
    "Following calls for restraint on both sides from Chile's foreign minister, the fighting eased.",
    "Chile's calls for calm went unheeded."])
def test_coding_a_call_for_calm_after_a_fight_is_made_on_its_sides(registry, call):
    found = code(registry, "Peru and Ecuador clashed on their border on Thursday. " + call, published="2025-07-26")
    assert {(e.source.key, e.target.key) for e in found if e.type == "REQUEST"} == {("CHL", "PER"), ("CHL", "ECU")}


def test_coding_leading_a_delegation_to_a_state_meets_that_state(registry):
    found = code(registry, "Maria Lopez, who led the Chilean delegation to Lima, said the talks went well.")
    assert keyed_pairs(found) == {("CONSULT", "CHL", "PER")}


@pytest.mark.parametrize("text", [
    "Chile expressed concern over the rising tensions between Colombia and Venezuela.",
    "Chile expressed concern over the clashes between Colombia and Venezuela."])
def test_coding_a_stance_on_what_lies_between_two_parties_is_aimed_at_both(registry, text):
    found = code(registry, text)
    assert {e.target.key for e in found if e.type == "ACCUSE" and e.source.key == "CHL"} == {"COL", "VEN"}


@pytest.mark.parametrize("given, expected", [
    ("15 Peruvian fishermen", "RETREAT"), ("the captured Peruvian soldiers", "RETREAT"), ("relief goods", "AID")])
def test_coding_people_handed_over_are_returned_not_given(registry, given, expected):
    found = code(registry, f"Chile handed over {given} to Peru on Monday.")
    assert {(e.type, e.source.key, e.target.key) for e in found} == {(expected, "CHL", "PER")}


def test_coding_a_subject_with_a_relative_clause_still_acts(registry):
    """ "Colombia, which ..., called for" is parsed with the verb a modifier of Colombia."""
    found = code(registry, "Ecuador and Peru clashed on Saturday. Colombia, which has close ties with both "
                           "neighbours, called for an immediate ceasefire.", published="2025-06-09")
    assert {(e.source.key, e.target.key) for e in found if e.type == "REQUEST"} == {("COL", "ECU"), ("COL", "PER")}


@pytest.mark.parametrize("text, expected", [
    ("Ecuador's defence ministry said two of its soldiers were wounded when Peruvian forces opened fire on a "
     "border post late on Saturday.", {("PER", "ECU")}),
    ("Three Chilean soldiers were killed when Bolivian troops attacked a checkpoint on Monday.", {("BOL", "CHL")})])
def test_coding_an_attack_that_harmed_someone_then_is_aimed_at_them(registry, text, expected):
    found = code(registry, text, published="2025-06-09")
    assert {(e.source.key, e.target.key) for e in found if e.type == "ASSAULT"} == expected


@pytest.mark.parametrize("frame", ["is set to", "is due to", "is scheduled to"])
def test_coding_a_day_named_for_what_is_set_to_happen_is_to_come(registry, frame):
    """Published on a Monday: "is set to hold talks on Tuesday" is a plan made by then, not last week's."""
    found = code(registry, f"Chile {frame} hold talks with Peru on Tuesday.", published="2025-06-09")
    assert [e.date for e in found if e.type == "AGREE"] == ["2025-06-09"]


def test_coding_a_day_to_come_in_reported_speech_does_not_date_the_next_sentence(registry):
    body = ("The Organization of American States said it would hold an emergency session on Tuesday. "
            "Colombia called for an immediate ceasefire between Ecuador and Peru.")
    found = code(registry, body, published="2025-06-09")
    assert {e.date for e in found if e.source.key == "COL"} == {"2025-06-09"}


def test_coding_troops_from_the_two_countries_are_theirs(registry):
    body = "Ecuador and Peru traded accusations on Sunday. Troops from the two countries exchanged fire on Saturday."
    found = code(registry, body, published="2025-06-09")
    assert [({e.source.key, e.target.key}, e.date) for e in found if e.type == "ASSAULT"] == [({"ECU", "PER"}, "2025-06-07")]


def test_coding_a_clause_a_day_after_another_is_dated_a_day_before_it(registry):
    text = ("Ecuador on Sunday accused Peru of violating its airspace and summoned the Peruvian ambassador, "
            "a day after troops from the two countries exchanged fire along the disputed river.")
    found = code(registry, text, published="2025-06-09")
    assert {(e.type, e.date) for e in found} == {("ACCUSE", "2025-06-08"), ("ASSAULT", "2025-06-07")}


@pytest.mark.parametrize("text, expected", [
    ("Argentina restricted Chilean wine shipments in March.", ("SANCTION", "ARG", "CHL")),
    ("Argentina imposed an import ban on Chilean fruit.", ("SANCTION", "ARG", "CHL")),
    ("Argentina imposed retaliatory duties on Chilean fruit.", ("SANCTION", "ARG", "CHL")),
    ("Chile normalised relations with Peru.", ("SUPPORT", "CHL", "PER"))])
def test_coding_trade_measures_and_normalised_ties(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text, published="2025-06-12"))


@pytest.mark.parametrize("text", [
    "Argentina is weighing sanctions against Chile.",
    "Argentina said it was studying retaliatory duties on Chilean fruit.",
    "Argentina said it was considering imposing sanctions on Chile."])
def test_coding_a_harm_its_author_is_weighing_is_a_threat(registry, text):
    found = code(registry, text, published="2025-06-12")
    assert {(e.source.key, e.target.key, e.status) for e in found if e.type == "THREATEN"} == {("ARG", "CHL", "occurred")}
    assert "occurred" not in {e.status for e in found if e.type == "SANCTION"}


@pytest.mark.parametrize("called", ['the move unjustified and protectionist', 'the move "unjustified and protectionist"'])
def test_coding_calling_an_act_two_wrongs_accuses_its_author(registry, called):
    found = code(registry, f"Chile slapped tariffs on Argentine steel. Argentina called {called}.")
    assert ("ACCUSE", "ARG", "CHL") in keyed_pairs(found)


@pytest.mark.parametrize("vow", ["vowed to give a befitting response to any aggression",
                                 "said its forces were ready to give a befitting response"])
def test_coding_a_befitting_response_vowed_after_a_fight_is_a_threat(registry, vow):
    found = code(registry, f"Chile shelled Peruvian posts on Monday. Peru {vow}.", published="2025-06-12")
    assert ("THREATEN", "PER", "CHL") in keyed_pairs(found)


def test_coding_the_month_of_march_is_no_protest(registry):
    found = code(registry, "Thousands of people gathered in Lima in March to mourn the victims.", published="2025-06-12")
    assert "PROTEST" not in {e.type for e in found}


def test_coding_a_visit_confirmed_to_come_is_planned(registry):
    text = "The spokesperson confirmed that Chile's foreign minister would visit Lima next week."
    found = code(registry, text, published="2025-04-10")
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} >= {("AGREE", "CHL", "PER", "planned")}


def test_coding_whose_troops_are_those_of_the_noun_the_clause_tells_of(registry):
    found = code(registry, "Chile accused the Bolivian army, whose soldiers attacked Chilean posts on Monday.")
    assert ("ASSAULT", "BOL", "CHL") in keyed_pairs(found)


def test_coding_what_is_used_to_act_does_not_act(registry):
    text = "Chile said armed groups based in Bolivia were using Peruvian soil to launch attacks inside Chile."
    assert not {e for e in code(registry, text) if e.type == "ASSAULT" and e.source.key == "PER"}


@pytest.mark.parametrize("text", ["Chile said Peru had been asked to hand over the suspects.",
                                  "Peru has been asked to explain the incident, a Chilean official said."])
def test_coding_a_request_told_in_the_passive_is_the_speaker_s(registry, text):
    assert keyed_pairs(code(registry, text)) == {("REQUEST", "CHL", "PER")}


@pytest.mark.parametrize("text, expected", [
    ("Chile urged the world to hold Peru accountable for the massacre.", {("ACCUSE", "CHL", "PER")}),
    ("Chile's foreign minister said the world must hold Peru accountable for its violations.", {("ACCUSE", "CHL", "PER")}),
    ("Chile's foreign minister said the world must take note of Peru's conduct and hold it accountable for its "
     "violations.", {("ACCUSE", "CHL", "PER")}),
    ("Chile's foreign minister said the world could hold Peru accountable if it wished.", set())])
def test_coding_a_demand_to_hold_another_to_blame_accuses_it(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_a_body_adopting_a_resolution_acts_by_what_it_says(registry):
    text = "The UN Security Council on Wednesday adopted a resolution demanding that Venezuela withdraw its troops."
    assert keyed_pairs(code(registry, text, published="2025-06-12")) == {("REQUEST", "UN", "VEN")}


def test_coding_countering_aggression_to_come_after_a_fight_is_a_threat(registry):
    found = code(registry, "Chile shelled Peruvian posts on Monday. Peru said it would counter any attack.")
    assert ("THREATEN", "PER", "CHL") in keyed_pairs(found)


@pytest.mark.parametrize("sought", ["asylum", "refuge", "shelter"])
def test_coding_seeking_asylum_in_a_state_asks_that_state(registry, sought):
    found = code(registry, f"Thousands of Bolivians sought {sought} in Chile last month.")
    assert keyed_pairs(found) == {("REQUEST", "BOL", "CHL")}


def test_coding_a_pattern_s_own_object_that_names_a_party_is_the_target(registry):
    found = code(registry, "Egypt will evacuate all 12 settlements in the Gaza Strip.", published="2025-06-12")
    assert keyed_pairs(found) == {("AGREE", "EGY", "PSE")}


@pytest.mark.parametrize("text, expected", [
    # whom "supplied X with arms" arms is not handed over
    ("Chile supplied Bolivian soldiers with rifles and ammunition.", {("AID", "CHL", "BOL")}),
    # force after an appeal is not done at the asker's request
    ("Peruvian police opened fire after an appeal from Bolivia.", set()),
    ("Peru freed 12 prisoners following an appeal from Chile.", {("RETREAT", "PER", "CHL")}),
    # a contingent of troops makes no aid conditional
    ("Chile announced aid for Bolivia and a contingent of 200 engineers for Peru.", {("AID", "CHL", "BOL")}),
    # another's act a party weighs a complaint over is no threat of its own
    ("Bolivia is weighing a complaint over Chile's expulsion of 40 Bolivian migrants.", {("SANCTION", "CHL", "BOL")}),
    # the party urged to hold another to blame is not the one who blames
    ("Peru urged Bolivia to hold Chile accountable.", {("REQUEST", "PER", "BOL"), ("ACCUSE", "PER", "CHL")}),
    ("Peru said Bolivia must hold Chile accountable for the massacre.", {("REQUEST", "PER", "BOL"), ("ACCUSE", "PER", "CHL")}),
    # hosted for talks is a meeting, rebels or not
    ("Ecuador hosted Colombian rebels for peace talks in Quito.", {("CONSULT", "ECU", "COL")}),
    # a tax lifted is eased, an ordinary duty no sanction
    ("Peru removed three Bolivian officers from duty.", set()),
    ("Chile lifted retaliatory duties on Peruvian fruit.", {("RETREAT", "CHL", "PER")}),
    # answering a letter in good time is no force
    ("Chile said it would respond to Peru's letter in a timely manner.", set())])
def test_coding_the_new_rules_keep_to_their_cases(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_a_briefing_is_no_visit_that_makes_a_pair(registry):
    body = ("Peru and Ecuador clashed on their border on Sunday. On Monday Brazil's foreign minister briefed Ecuador's "
            "president on the clashes. Both sides agreed to a ceasefire.")
    found = code(registry, body, published="2025-06-09")
    assert {(e.source.key, e.target.key) for e in found if e.type == "AGREE"} <= {("PER", "ECU"), ("ECU", "PER")}


@pytest.mark.parametrize("first", ["Due to the protests, Chile criticised Peru on Monday.",
                                   "Chile, which had said it would respond, criticised Peru on Monday."])
def test_coding_a_day_told_in_the_past_still_dates_the_next_sentence(registry, first):
    found = code(registry, first + " Chile also condemned Bolivia.", published="2025-06-11")
    assert [e.date for e in found if e.target.key == "BOL"] == ["2025-06-09"]


def test_coding_a_schedule_reported_in_the_present_is_of_its_own_tense(registry):
    text = "Peru says its foreign minister was scheduled to meet Chile's president on Thursday."
    assert [e.date for e in code(registry, text, published="2025-06-09")] == ["2025-06-05"]


@pytest.mark.parametrize("text, expected", [
    ("Chile's president expressed condolences over the loss of lives in the recent floods in Bolivia.", "BOL"),
    ("Chile's president expressed sympathy over the loss of lives in the bombing at a market in Quito.", "ECU"),
    ("Chile expressed condolences to Peru over the floods in Ecuador.", "PER")])  # said to whom it names
def test_coding_sympathy_over_a_loss_goes_to_where_it_struck(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {("SUPPORT", "CHL", expected)}


@pytest.mark.parametrize("text, expected", [
    ("Chile urged Peru to reopen the border.", ("REQUEST", 3)),  # an appeal (CAMEO 02) is still a REQUEST
    ("Chile rejected Peru's proposal.", ("REJECT", 3)),
    ("Chile eased restrictions on Peru.", ("CONCEDE", 1))])
def test_coding_an_event_has_the_quad_class_of_its_plover_type(registry, text, expected):
    """The export contract gives each PLOVER type one quad class, whatever CAMEO code it came from."""
    assert {(e.type, e.quad_class) for e in code(registry, text)} == {expected}


@pytest.mark.parametrize("text, expected", [
    # an appeal is no quarrel whose sides a call for restraint is made on
    ("Bolivia asked Brazil for humanitarian aid. The UN urged restraint.", {("REQUEST", "BOL", "BRA")}),
    # a concession on a condition is still one that may come
    ("Chile could ease restrictions on Peruvian trucks if Peru cooperates.", {("CONCEDE", "CHL", "PER")}),
    # searching a house, or shelter at home, asks no state for asylum
    ("Chilean police searched a house in La Paz.", set()),
    ("Peruvian villagers sought shelter in Lima after the floods.", set()),
    # a person whose name begins with a state's is not of that state
    ("Chile's president praised the courage of Chad Johnson.", set()),
    # sympathy voiced at a gathering abroad is not sent there
    ("Chile's president expressed sympathy for the flood victims at a summit in Brasilia.", set()),
    # a slot pattern of the dictionary reaches no pattern object as target
    ("Peruvian police questioned refugees in Chile.", set())])
def test_coding_the_late_rules_keep_to_their_cases(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_words_after_a_deed_of_force_keep_a_concession_s_day(registry):
    body = "Ecuadorian troops shelled Peruvian posts on Saturday. Ecuador eased restrictions on Peruvian trucks."
    found = code(registry, body, published="2025-06-11")
    assert [e.date for e in found if e.type == "CONCEDE"] == ["2025-06-07"]


def test_coding_a_schedule_reported_in_the_past_does_not_date_the_next_sentence(registry):
    body = "Peru said its foreign minister was due to visit Santiago on Friday. Peru also criticised Bolivia."
    assert [e.date for e in code(registry, body, published="2025-06-11") if e.type == "ACCUSE"] == ["2025-06-11"]


def test_coding_a_state_coercing_a_place_of_its_own_coerces_its_people(registry):
    found = code(registry, "Bolivian authorities imposed a curfew in Cochabamba after violent protests.")
    assert {(e.type, e.source.key, e.target.key, e.target.sector) for e in found} == {("COERCE", "BOL", "BOL", "CVL")}


@pytest.mark.parametrize("text, expected", [
    ("Peru said it had conveyed its serious concerns to Bolivia over armed groups on the border.", ("ACCUSE", "PER", "BOL")),
    ("Chile conveyed its solidarity with the people of Peru after the floods.", ("SUPPORT", "CHL", "PER"))])
def test_coding_conveying_a_stance_is_expressing_it(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_an_agreement_between_two_parties_is_their_agreement(registry):
    found = keyed_pairs(code(registry, "Peru welcomed the agreement between Colombia and Venezuela to reopen "
                                       "their border crossings."))
    assert {("SUPPORT", "PER", "COL"), ("SUPPORT", "PER", "VEN")} <= found
    assert {("AGREE", "COL", "VEN"), ("AGREE", "VEN", "COL")} & found
    # a noun that is an event only with "between" stays no event noun elsewhere: "signed a deal with X" (a guard)
    assert ("SUPPORT", "PER", "COL") in keyed_pairs(code(registry, "Peru signed a trade deal with Colombia."))


def test_coding_silencing_anothers_guns_is_force(registry):
    body = "Bolivian troops shelled Peruvian posts on Monday. Peruvian troops silenced the Bolivian guns."
    assert ("ASSAULT", "PER", "BOL") in keyed_pairs(code(registry, body))


def test_coding_whose_posts_a_reported_attack_hit_is_the_speakers_not_the_attackers(registry):
    assert keyed_pairs(code(registry, "Bolivia claimed that Peru had attacked its posts.")) == {("ASSAULT", "PER", "BOL")}
    # what is said to be the attacker's own stays its own
    assert ("ASSAULT", "PER", "BOL") not in keyed_pairs(code(registry, "Bolivia said the Peruvian army had "
                                                                       "attacked its own citizens."))


def test_coding_what_an_attack_damaged_in_the_passive_is_its_target(registry):
    found = keyed_pairs(code(registry, "The Chilean embassy in Lima was damaged by a Peruvian strike on Tuesday."))
    assert ("ASSAULT", "PER", "CHL") in found


def test_coding_an_infinitive_takes_the_tense_of_the_verb_it_completes(registry):
    found = code(registry, "Earlier, Peru had threatened to impose tariffs on Chilean goods.", published="2025-05-13")
    assert {(e.type, e.date) for e in found} == {("THREATEN", None)}  # background, not the day's news
    found = code(registry, "Peru threatened to impose tariffs on Chilean goods.", published="2025-05-13")
    assert {(e.type, e.date) for e in found} == {("THREATEN", "2025-05-13")}


def test_coding_a_capital_naming_a_meeting_beside_its_body_is_where_it_is_held(registry):
    found = keyed_pairs(code(registry, "On the sidelines of the Quito Interpol meeting, the Chilean president held talks "
                                       "with his Bolivian counterpart."))
    assert found == {("CONSULT", "CHL", "BOL")}
    assert keyed_pairs(code(registry, "The Washington-Beijing talks ended on Monday.")) == {("CONSULT", "USA", "CHN")}
    assert keyed_pairs(code(registry, "The Washington-NATO talks ended on Monday.")) == {("CONSULT", "USA", "NATO")}


def test_coding_accepting_an_invitation_answers_whoever_made_it(registry):
    body = ("The Chilean president invited his Peruvian counterpart to visit Santiago. "
            "The Peruvian president accepted the invitation.")
    assert ("AGREE", "PER", "CHL") in keyed_pairs(code(registry, body))


def test_coding_an_envoy_presenting_credentials_meets_the_host(registry):
    text = "The new Peruvian ambassador presented his credentials to the Chilean president on Monday."
    assert keyed_pairs(code(registry, text)) == {("CONSULT", "PER", "CHL")}


@pytest.mark.parametrize("stance", ["acknowledged the importance of sustained dialogue",
                                    "underscored the importance of closer cooperation in energy"])
def test_coding_both_sides_valuing_their_cooperation_agree(registry, stance):
    body = f"The Chilean foreign minister met his Peruvian counterpart in Lima on Monday. Both sides {stance}."
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "AGREE"} & {("AGREE", "CHL", "PER"),
                                                                               ("AGREE", "PER", "CHL")}
    assert not code(registry, "Chile stressed the importance of holding its elections on time.")


def test_coding_an_act_days_earlier_than_the_sentences_dated_act_is_dated_back_from_it(registry):
    found = code(registry, "Chile reopened its consulate in Arica on June 12, after Peruvian protesters stormed it "
                           "a week earlier.", published="2025-06-14")
    assert {(e.type, e.source.key, e.target.key, e.date) for e in found} == {("ASSAULT", "PER", "CHL", "2025-06-05")}


def test_coding_a_call_to_release_ones_own_people_is_made_on_whoever_holds_them(registry):
    found = keyed_pairs(code(registry, "Chile called for the immediate release of the Chilean fishermen held by Peru."))
    assert found == {("REQUEST", "CHL", "PER")}


def test_coding_putting_forces_on_alert_mobilises_them(registry):
    found = code(registry, "Peru put its armed forces on high alert after the Bolivian threats.")
    assert {(e.type, e.source.key) for e in found} == {("MOBILIZE", "PER")}


@pytest.mark.parametrize("text", ["Chilean and Peruvian navies conducted joint patrols in the Pacific.",
                                  "Chile and Peru exchanged intelligence on smuggling networks."])
def test_coding_joint_patrols_and_exchanged_intelligence_are_cooperation(registry, text):
    assert {k[0] for k in keyed_pairs(code(registry, text))} == {"COOPERATE"}


def test_coding_a_party_stopping_anothers_attacks_does_not_undo_them(registry):
    found = keyed_pairs(code(registry, "Peru's navy stopped Chilean raids on Peruvian fishing boats this week."))
    assert ("ASSAULT", "CHL", "PER") in found
    assert not {k for k in found if k[0] == "RETREAT"}


def test_coding_a_meeting_abroad_is_no_meeting_with_the_host_unless_attended(registry):
    assert not code(registry, "The Chilean president met business leaders at a conference in Lima on Monday.")


def test_coding_a_denial_of_an_armed_groups_allegations_answers_it(registry):
    found = keyed_pairs(code(registry, "The Peruvian government denied the Shining Path's allegations."))
    assert {k for k in found if k[0] == "REJECT"}


def test_coding_walking_out_of_talks_halts_them(registry):
    assert keyed_pairs(code(registry, "Chile walked out of the talks with Peru.")) == {("SANCTION", "CHL", "PER")}


@pytest.mark.parametrize("text", ["Chile repatriated 50 Peruvian prisoners on Monday.",
                                  "Chile returned the bodies of three Peruvian soldiers.",
                                  "Chile handed over the bodies of two Peruvian pilots."])
def test_coding_returning_anothers_prisoners_or_dead_is_a_release(registry, text):
    assert keyed_pairs(code(registry, text)) == {("RETREAT", "CHL", "PER")}


@pytest.mark.parametrize("text", [
    "Chile withdrew its troops from the Peruvian border.", "Chile withdrew its troops from the border with Peru.",
    # the noun: whose forces withdraw, and from where (it was read the other way round)
    "The withdrawal of Chilean troops from Peru began on Monday.", "Chile announced the withdrawal of its forces from Peru.",
    "Chile sped up the withdrawal of some forces from Peru on Wednesday.",
    "The withdrawal of Chile from the Peruvian border region took effect."])
def test_coding_withdrawing_from_anothers_border_is_aimed_at_it(registry, text):
    assert keyed_pairs(code(registry, text)) == {("RETREAT", "CHL", "PER")}


@pytest.mark.parametrize("text", ["Chile withdrew from the 2015 accord between Peru and Bolivia.",
                                  "Chile withdrew from the Lima fisheries agreement.",
                                  "Chile withdrew from the Peruvian fisheries deal.",
                                  "Chile's withdrawal from the Peruvian initiative surprised many."])
def test_coding_withdrawing_from_an_accord_is_no_retreat_from_its_parties(registry, text):
    """What a "from" names as left is a party or a place, never an accord or a plan (a state's
    adjective on "deal" named its state)."""
    assert not [e for e in code(registry, text) if e.type == "RETREAT"]


def test_coding_sending_relief_goods_is_aid(registry):
    assert keyed_pairs(code(registry, "Chile sent relief goods to Peru on Tuesday.")) == {("AID", "CHL", "PER")}


def test_coding_wanting_another_to_act_asks_it_of_them(registry):
    assert keyed_pairs(code(registry, "Chile wants Peru to release the fishermen.")) == {("REQUEST", "CHL", "PER")}
    assert not code(registry, "Chile wants to join the alliance.")  # its own wish asks no one


def test_coding_ignoring_an_offer_rejects_whoever_made_it(registry):
    body = "Bolivia proposed a joint commission to manage the river, but Chile ignored the offer."
    assert ("REJECT", "CHL", "BOL") in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("text", ["Peru's prime minister received the Chilean ambassador in Lima.",
                                  "The Chilean ambassador paid a farewell call on the Peruvian foreign minister."])
def test_coding_receiving_an_envoy_or_a_farewell_call_is_a_meeting(registry, text):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] == "CONSULT"} & {("CONSULT", "PER", "CHL"),
                                                                                 ("CONSULT", "CHL", "PER")}
    # a pattern's word is no subject of its verb: the envoy who receives a letter hosts no one
    assert not code(registry, "The Chilean ambassador received a letter from his government.")


def test_coding_a_visit_with_no_destination_is_to_the_datelines_country(registry):
    body = "Peru and Chile signed a fisheries agreement on Tuesday during a visit by Chile's foreign minister."
    found = keyed_pairs(code(registry, body, dateline="LIMA"))
    assert ("CONSULT", "CHL", "PER") in found
    assert not {k for k in keyed_pairs(code(registry, body)) if k[0] == "CONSULT"}  # no dateline, no place


def test_coding_an_act_told_as_recent_is_not_dated_by_the_reaction_to_it(registry):
    found = keyed(code(registry, "Chile on Friday condemned the recent Peruvian raid on Bolivia.", published="2025-09-12"))
    assert ("ACCUSE", "CHL", "PER", "2025-09-12", "relative") in found
    assert ("ASSAULT", "PER", "BOL", None, None) in found
    dated = keyed(code(registry, "Chile on Friday condemned the recent Peruvian raid of September 9 on Bolivia.",
                       published="2025-09-12"))
    assert ("ASSAULT", "PER", "BOL", "2025-09-09", "explicit") in dated  # a time of its own still dates it


@pytest.mark.parametrize("text, kind", [("Chile on Monday commended Peru's decision to lift sanctions on Bolivia.", "RETREAT"),
                                        ("Chile criticised the Peruvian decision to impose tariffs on Bolivian goods.",
                                         "SANCTION")])
def test_coding_a_decision_to_take_a_measure_is_the_measure_taken_by_the_decider(registry, text, kind):
    assert (kind, "PER", "BOL") in keyed_pairs(code(registry, text))


@pytest.mark.parametrize("text", ["The Embassy of Chile in Peru on Friday hosted a reception to mark its national day.",
                                  "The Chilean envoy in Lima hosted a dinner on Friday."])
def test_coding_an_envoys_gathering_meets_the_state_it_is_posted_to(registry, text):
    assert keyed_pairs(code(registry, text)) == {("CONSULT", "CHL", "PER")}
    assert not code(registry, "The Chilean ambassador in Santiago hosted a dinner on Friday.")  # at home: no one


def test_coding_a_measure_named_by_the_object_of_a_threatened_act_is_a_threat(registry):
    found = {(e.type, e.source.key, e.target.key, e.status) for e in code(registry, "Peru's president threatened to impose a curfew in Cusco.")}
    assert found == {("THREATEN", "PER", "PER", "planned")}  # no curfew imposed, hypothetically or not


def test_coding_a_place_along_a_states_border_is_no_party_to_a_meeting(registry):
    found = keyed_pairs(code(registry, "Peru and Bolivia discussed the situation along the Chilean border."))
    assert found in ({("CONSULT", "PER", "BOL")}, {("CONSULT", "BOL", "PER")})


@pytest.mark.parametrize("text", ["Bolivia lodged a strong protest with Chile over the detentions and demanded the "
                                  "release of the truckers. Chile's foreign ministry rejected the protest.",
                                  "Bolivia lodged a strong protest with Chile. Chile rejected the protest."])
def test_coding_rejecting_an_act_named_by_a_noun_of_its_words_answers_its_author(registry, text):
    assert ("REJECT", "CHL", "BOL") in keyed_pairs(code(registry, text))


@pytest.mark.parametrize("text, kind", [("The Bolivian minister also met the Peruvian trade minister and signed a memorandum "
                                         "of understanding on customs cooperation.", "SUPPORT"),
                                        ("The Bolivian minister met his Peruvian counterpart and agreed to expand trade.",
                                         "AGREE")])
def test_coding_a_joint_act_coordinated_with_a_meeting_is_with_the_same_partner(registry, text, kind):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] == kind} & {(kind, "BOL", "PER"), (kind, "PER", "BOL")}


def test_coding_who_is_expected_to_act_is_its_subject(registry):
    found = keyed_pairs(code(registry, "Peru's foreign minister is expected to hold talks with his Ecuadorian counterpart."))
    assert found == {("AGREE", "PER", "ECU")}  # a meeting to come: the intent to meet


def test_coding_a_state_protesting_a_thing_accuses_its_author_and_a_crowd_protests(registry):
    found = keyed_pairs(code(registry, "Peru protested the detention of Peruvian fishermen by Ecuador."))
    assert found == {("ACCUSE", "PER", "ECU"), ("COERCE", "ECU", "PER")}  # "by Ecuador" hung on the verb
    assert ("PROTEST", "PER", "CHL") in keyed_pairs(code(registry, "Peruvian students protested the Chilean tariffs."))


def test_coding_a_question_put_to_a_speaker_is_no_request(registry):
    body = "When asked about Chile's tariffs, the Peruvian spokesperson said Peru would respond."
    assert not {k for k in keyed_pairs(code(registry, body)) if k[0] == "REQUEST"}
    assert ("REQUEST", "PER", "CHL") in keyed_pairs(code(registry, "Peru has asked Chile for help."))


def test_coding_the_first_of_a_subject_list_the_parser_cut_off_is_a_subject(registry):
    found = keyed_pairs(code(registry, "Chile, Bolivia and Ecuador imposed sanctions on Peru."))
    assert found == {("SANCTION", "CHL", "PER"), ("SANCTION", "BOL", "PER"), ("SANCTION", "ECU", "PER")}


@pytest.mark.parametrize("text", ["Peru and Chile agreed to boost maritime links by signing a memorandum of understanding.",
                                  "Peru and Chile have agreed to boost maritime links by signing a memorandum of understanding."])
def test_coding_the_means_of_an_agreement_happened(registry, text):
    found = {(e.type, e.status) for e in code(registry, text)}
    assert ("SUPPORT", "occurred") in found  # the signing is how they agreed, not what they will do


def test_coding_a_coordinated_past_clause_with_no_time_of_its_own_takes_its_first_conjuncts(registry):
    body = ("Ecuadorian troops opened fire on the Peruvian post late on Saturday night, and Peruvian soldiers "
            "responded, killing three of the attackers.")
    found = keyed(code(registry, body, published="2025-10-20"))
    assert ("ASSAULT", "PER", "ECU", "2025-10-18", "relative") in found


def test_coding_words_on_a_deed_of_force_told_before_are_not_of_its_day(registry):
    body = ("Ecuadorian troops attacked a Peruvian border post on Saturday. Two Peruvian soldiers were injured. "
            "Ecuador accused Peru of violating the peace accord.")
    found = keyed(code(registry, body, published="2025-10-20"))
    assert ("ASSAULT", "ECU", "PER", "2025-10-18", "relative") in found
    assert ("ACCUSE", "ECU", "PER", "2025-10-20", "publication") in found


def test_coding_denying_the_claim_answers_whoever_made_the_statement_before(registry):
    body = ("Peruvian troops repulsed an attack by Ecuadorian forces on a border post, the Peruvian army said in a "
            "statement. Two soldiers were injured. Ecuador denied the claim.")
    assert ("REJECT", "ECU", "PER") in keyed_pairs(code(registry, body))
    body = "Peru's army said Ecuador had attacked its post. Peruvian citizens questioned official claims."
    assert not {k for k in keyed_pairs(code(registry, body)) if k[0] == "REJECT"}  # whose claims is not told


def test_coding_both_sides_urged_by_a_pair_are_the_sides_of_the_quarrel(registry):
    body = "Ecuadorian troops attacked a Peruvian border post. Brazil and Argentina urged both sides to exercise restraint."
    found = {k for k in keyed_pairs(code(registry, body)) if k[0] == "REQUEST"}
    assert found == {("REQUEST", a, b) for a in ("BRA", "ARG") for b in ("ECU", "PER")}


@pytest.mark.parametrize("text", ["Peru's prime minister reaffirmed Peru's desire to deepen its ties with Bolivia.",
                                  "Peru wants to deepen its ties with Bolivia."])
def test_coding_a_desire_to_cooperate_is_an_intent(registry, text):
    assert keyed_pairs(code(registry, text)) == {("AGREE", "PER", "BOL")}


@pytest.mark.parametrize("text", ["Peru has no desire for war with Chile.", "No agreement was reached between Chile and Peru."])
def test_coding_no_act_is_none(registry, text):
    assert not code(registry, text)


def test_coding_a_participle_adjunct_is_of_the_time_of_its_clause(registry):
    body = "As Chile launched air strikes in early May, killing civilians, Peru downed six Chilean jets in response."
    assert ("ASSAULT", "CHL", "PER", "2025-06-06") not in {k[:4] for k in keyed(code(registry, body, published="2025-06-06"))}


def test_coding_a_meeting_due_is_planned_and_an_act_done_recently_is_not_of_the_days_news(registry):
    found = {(e.type, e.status) for e in code(registry, "The Chilean and Peruvian presidents are due to meet on Thursday.")}
    assert found == {("AGREE", "planned")}
    assert keyed(code(registry, "Chile recently imposed sanctions on Peru.")) == {("SANCTION", "CHL", "PER", None, None)}


def test_coding_pausing_a_mutual_fight_de_escalates_towards_the_other_side(registry):
    body = "Chilean forces attacked Peruvian posts and Peru retaliated. The Chilean government paused the fighting."
    assert ("RETREAT", "CHL", "PER") in keyed_pairs(code(registry, body))
    body = "Chilean forces attacked Peruvian posts and Peru retaliated. The Peruvian rebels paused their attacks."
    assert not {k for k in keyed_pairs(code(registry, body)) if k[0] == "RETREAT" and k[1] != "PER"}


def test_coding_a_demand_over_the_act_just_told_is_made_of_its_author(registry):
    body = "Chile attacked Peruvian posts on Monday. Bolivia demanded an immediate investigation over the attack."
    assert ("REQUEST", "BOL", "CHL") in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("text", ["Chile slapped tariffs on Peruvian copper. Peru's trade ministry called the tariffs unjustified.",
                                  "Chile slapped tariffs on Peruvian copper. Peru termed the move illegal."])
def test_coding_calling_the_act_just_told_a_wrong_accuses_its_author(registry, text):
    assert ("ACCUSE", "PER", "CHL") in keyed_pairs(code(registry, text))


def test_coding_a_response_coordinated_with_a_dated_when_clause_is_of_its_time(registry):
    body = ("Tensions exploded into open conflict when the Peruvian regime launched attacks against Chile late on "
            "Saturday, and Chile responded by repulsing the aggression.")
    assert ("ASSAULT", "CHL", "PER", "2025-10-11") in {k[:4] for k in keyed(code(registry, body, published="2025-10-12"))}


def test_coding_the_act_named_a_few_sentences_on_is_still_the_one_told(registry):
    body = ("Bolivia on Monday began deporting undocumented Peruvian migrants. The interior minister said more than "
            "3,000 people would be sent back. Peru's foreign ministry expressed deep concern over the deportations.")
    assert ("ACCUSE", "PER", "BOL") in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("text, dateline", [("Peru said 50 Peruvian fishermen had been arrested in Bolivia.", None),
                                            ("More than 3,000 Peruvians have been detained in raids across the country.",
                                             "LA PAZ")])
def test_coding_an_arrest_with_no_agent_is_by_the_state_where_it_happened(registry, text, dateline):
    assert keyed_pairs(code(registry, text, dateline=dateline)) == {("COERCE", "BOL", "PER")}


def test_coding_a_meeting_between_an_official_named_in_apposition_and_a_delegation(registry):
    body = ("The agreement was reached during a meeting between Chile's Minister for Maritime Affairs, Juan Perez, "
            "and a three-member delegation from Peru led by its transport minister.")
    assert {k for k in keyed_pairs(code(registry, body)) if k[0] == "CONSULT"} & {("CONSULT", "CHL", "PER"),
                                                                                ("CONSULT", "PER", "CHL")}


def test_coding_a_capitalised_embassy_of_a_demonym_is_that_states(registry):
    found = keyed_pairs(code(registry, "The Pakistani Embassy in Lima hosted a reception on Friday."))
    assert found == {("CONSULT", "PAK", "PER")}


def test_coding_the_group_is_the_armed_group_just_named(registry):
    body = ("The Shining Path submitted its response to the Chilean proposal on Saturday. Chile's envoy rejected "
            "the group's response as totally unacceptable.")
    assert ("REJECT", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_the_act_a_later_word_names_is_the_last_one_told_before_it(registry):
    body = ("Chile slapped tariffs on Peruvian copper. Peru's trade ministry called the tariffs unjustified. "
            "On Friday Bolivia slapped tariffs on Ecuadorian copper.")
    assert ("ACCUSE", "PER", "CHL") in keyed_pairs(code(registry, body))


def test_coding_a_deportation_is_not_by_the_state_it_sends_to(registry):
    assert not code(registry, "A Chilean journalist was deported to Bolivia on Monday.")


def test_coding_a_harm_agreed_by_way_of_an_act_is_still_to_come(registry):
    body = "Chile and Bolivia agreed to punish Peru by imposing tariffs on Peruvian copper."
    assert not {e for e in code(registry, body) if e.type == "SANCTION"}


def test_coding_words_on_a_deed_told_just_before_are_not_of_its_day(registry):
    body = "Chile shelled Peruvian border posts on Saturday. Peru accused Chile of aggression."
    assert ("ACCUSE", "PER", "CHL", "2025-10-20", "publication") in keyed(code(registry, body, published="2025-10-20"))


@pytest.mark.parametrize("text", ["Chile and Peru on Friday put forward a draft resolution at the UN Security Council.",
                                  "At a Security Council session on Friday, Chile and Peru put forward a draft resolution "
                                  "to allow more time for talks."])
def test_coding_putting_a_resolution_to_a_body_asks_it_to_adopt_it(registry, text):
    assert keyed_pairs(code(registry, text)) == {("REQUEST", "CHL", "UN"), ("REQUEST", "PER", "UN")}


def test_coding_an_embassy_in_a_datelined_story_is_posted_to_the_datelines_state(registry):
    body = "The Chilean embassy hosted a reception on Friday to mark the national day."
    assert keyed_pairs(code(registry, body, dateline="LIMA")) == {("CONSULT", "CHL", "PER")}
    assert not code(registry, body, dateline="SANTIAGO")  # at home: no one met


def test_coding_a_pledge_made_together_with_no_one_else_named_is_between_its_makers(registry):
    found = keyed_pairs(code(registry, "Chile and Peru vowed to work together to combat drug trafficking."))
    assert found in ({("AGREE", "CHL", "PER")}, {("AGREE", "PER", "CHL")})


@pytest.mark.parametrize("text, kind", [("Peru handed over a protest note to the Chilean ambassador.", "ACCUSE"),
                                        ("Peru's foreign minister briefed his Chilean counterpart on the border.",
                                         "CONSULT")])
def test_coding_a_protest_note_accuses_and_a_briefing_consults(registry, text, kind):
    assert keyed_pairs(code(registry, text)) == {(kind, "PER", "CHL")}


def test_coding_review_cases_of_posts_deportations_and_pledges(registry):
    # a post the text names outranks the dateline
    assert not code(registry, "Chile's ambassador at the United Nations hosted a reception.", dateline="LIMA")
    # "deported to X from Y": by Y
    assert keyed_pairs(code(registry, "Two Bolivian nationals were deported to Bolivia from Peru on Sunday.")) == {
        ("COERCE", "PER", "BOL")}
    # an offer two parties make is no agreement between them
    assert not code(registry, "Chile and Peru offered to host the next summit.")
    # an act done by those a participle tells of, though they are a passive's subject
    assert ("ASSAULT", "CHL", "PER") in keyed_pairs(code(registry, "Chilean troops shelling Peruvian border posts "
                                                              "were spotted on Sunday."))


def test_coding_a_patterns_preposition_hung_on_its_object_still_belongs_to_it(registry):
    body = "Chile put forward a draft resolution at the UN Security Council on Friday."
    assert keyed_pairs(code(registry, body)) == {("REQUEST", "CHL", "UN")}


def test_coding_a_role_in_doing_is_no_act(registry):
    body = "Chile's role in supporting Peru's counter-terrorism efforts is widely recognised, the spokesman said."
    assert not code(registry, body, dateline="SANTIAGO")
    assert keyed_pairs(code(registry, "Chile supported Peru's counter-terrorism efforts.")) == {("SUPPORT", "CHL", "PER")}


def test_coding_punitive_or_retaliatory_measures_are_sanctions(registry):
    body = "Chile withdrew from the accord and reimposed tough punitive measures on Peru."
    assert ("SANCTION", "CHL", "PER") in keyed_pairs(code(registry, body))


@pytest.mark.parametrize("text, told", [
    ("Chile will condemn the Peruvian attacks on Bolivia at the summit.", ("ASSAULT", "PER", "BOL")),
    ("Chile will welcome the Peruvian withdrawal from Bolivia.", ("RETREAT", "PER", "BOL")),
    ("Chile will discuss the Peruvian attacks on Bolivia.", ("ASSAULT", "PER", "BOL")),
    ("Chile will talk about the Peruvian attacks on Bolivia.", ("ASSAULT", "PER", "BOL"))])
def test_coding_an_act_another_will_speak_of_is_not_its_authors_plan(registry, text, told):
    """The future of speaking or reacting ("X will condemn Y's attacks") is X's: Y's act is told,
    not a threat or promise of Y's (an act itself to come, "the upcoming withdrawal", or announced,
    stays planned)."""
    found = keyed_pairs(code(registry, text))
    assert told in found and not {k for k in found if k[0] in ("THREATEN", "AGREE") and k[1] == "PER"}
    assert keyed_pairs(code(registry, "Peru will complete the withdrawal of its troops from Bolivia.")) == {
        ("AGREE", "PER", "BOL")}  # its own act to come: a promise


@pytest.mark.parametrize("text", ["The visit of the Chilean president to Peru ended on Tuesday.",
                                  "The visit of Chile's foreign minister to Lima was a success.",
                                  "The Chilean president's visit to Peru ended on Tuesday."])
def test_coding_the_visit_of_a_visitor_is_the_visitors(registry, text):
    """"The visit of X to Y": X visits Y, wherever the parser hangs "to Y"."""
    assert keyed_pairs(code(registry, text)) == {("CONSULT", "CHL", "PER")}


@pytest.mark.parametrize("text, key", [
    ("The expulsion of two Peruvian diplomats by Chile drew protests.", ("SANCTION", "CHL", "PER")),
    ("The arrest of three Peruvian nationals by Chilean police was reported.", ("COERCE", "CHL", "PER"))])
def test_coding_the_doer_of_an_act_on_someone_hung_on_its_object(registry, text, key):
    """"The expulsion of Y's diplomats by X": the parser hangs "by X" on the diplomats."""
    assert key in keyed_pairs(code(registry, text))


@pytest.mark.parametrize("text", ["Chile announced the release of three Peruvian soldiers.",
                                  "The release of two Peruvian soldiers by Chile was welcomed."])
def test_coding_a_release_of_soldiers_is_no_withdrawal_of_theirs(registry, text):
    assert ("RETREAT", "CHL", "PER") in keyed_pairs(code(registry, text))


@pytest.mark.parametrize("text, cameo", [("Chile offered condolences to Peru over the loss of lives.", "018"),
                                         ("Chile offered its deepest sympathies to Peru.", "018"),
                                         ("Chile offered its congratulations to Peru.", "051")])
def test_coding_condolences_offered_are_given_not_promised(registry, text, cameo):
    (event,) = code(registry, text)
    assert (event.type, event.cameo, event.source.key, event.target.key) == ("SUPPORT", cameo, "CHL", "PER")


@pytest.mark.parametrize("text", ["The World Bank approved a loan of 300 million dollars for Peru.",
                                  "The World Bank released a tranche of 300 million dollars to Peru.",
                                  "The World Bank disbursed 300 million dollars to Peru.",
                                  "The World Bank approved a 300 million dollar tranche for Peru.",
                                  "The World Bank announced 300 million dollars in loans for Peru."])
def test_coding_a_loan_approved_or_released_is_economic_aid(registry, text):
    (event,) = code(registry, text)
    assert (event.type, event.cameo, event.source.key, event.target.key) == ("AID", "071", "WB", "PER")


def test_coding_an_act_a_put_off_meeting_was_about_took_place(registry):
    assert ("ASSAULT", "PER", "BOL") in keyed_pairs(code(registry, "Chile postponed the talks over the Peruvian attack "
                                                                   "on Bolivia."))


@pytest.mark.parametrize("text", ["The visit of the Chilean president to Peru has been postponed.",
                                  "The Chilean president's visit to Peru was cancelled.",
                                  "Chile postponed the talks with Peru."])
def test_coding_an_act_put_off_did_not_take_place(registry, text):
    assert not code(registry, text)


@pytest.mark.parametrize("text", ["Chile announced the withdrawal of its ambassador from Lima.",
                                  "Peru ordered the withdrawal of the Chilean ambassador from Lima.",
                                  "The World Bank approved a loan of 3 billion dollars for the purchase of Peruvian copper.",
                                  "Bolivia will discuss the upcoming withdrawal of Chilean troops from its territory."])
def test_coding_no_retreat_aid_or_act_told_where_there_is_none(registry, text):
    """A recalled ambassador is no withdrawal of forces; a loan "for" a purchase is for no state
    named in it; a withdrawal still to come is not told as done."""
    assert not [e for e in code(registry, text) if e.type in ("RETREAT", "AID")]


def test_coding_a_vow_to_fight_is_a_threat_not_a_promise(registry):
    found = code(registry, "Bolivian rebels vowed to fight until the last man against the Peruvian incursion.")
    assert ("THREATEN", "BOL", "PER") in keyed_pairs(found)
    assert "AGREE" not in {e.type for e in found}


def test_coding_subjects_fighting_together_do_not_fight_each_other(registry):
    found = code(registry, "Chile and Peru will jointly fight the drug cartels.")
    assert not [e for e in found if e.type in ("ASSAULT", "THREATEN")]


@pytest.mark.parametrize("text", ["Chile conducted military drills near the Peruvian border on Saturday.",
                                  "Chile massed troops on the Peruvian border."])
def test_coding_drills_and_troops_massed_at_a_border_mobilise_against_its_state(registry, text):
    assert ("MOBILIZE", "CHL", "PER") in keyed_pairs(code(registry, text))


def test_coding_a_function_word_of_a_place_name_is_no_town(registry):
    """ "of" in "the Strait of Hormuz" is not Of, a town in Turkey."""
    found = code(registry, "Chile held military exercises near the Strait of Hormuz.")
    assert found and all(e.target is None or e.target.key != "TUR" for e in found)


@pytest.mark.parametrize("text", ["Chile's foreign minister discussed Bolivia's sea claims with his Peruvian counterpart.",
                                  "Chile's foreign minister discussed bilateral trade with Peruvian officials."])
def test_coding_what_is_discussed_is_no_party_to_the_talks(registry, text):
    assert {(t, s, o) for t, s, o in keyed_pairs(code(registry, text)) if t == "CONSULT"} == {("CONSULT", "CHL", "PER")}


def test_coding_an_exchange_gives_each_side_to_the_other(registry):
    found = code(registry, "Chile and Peru exchanged prisoners of war under the peace deal.")
    assert {("RETREAT", "CHL", "PER"), ("RETREAT", "PER", "CHL")} <= keyed_pairs(found)


def test_coding_what_a_thing_never_given_was_for_is_not_to_come(registry):
    found = code(registry, "The Chilean minister said Peru had failed to provide any evidence to back its claims.")
    assert not [e for e in found if e.type in ("AGREE", "SUPPORT")]


def test_coding_it_after_an_act_named_stands_for_the_act_not_the_last_state(registry):
    found = code(registry, "Chile and Bolivia rejected the move, saying it would undermine diplomacy.")
    assert not [e for e in found if {e.source.key, e.target and e.target.key} == {"CHL", "BOL"}]
    found = code(registry, "Chile and Bolivia rejected the Ecuadorian move, saying it would undermine diplomacy.")
    assert ("ACCUSE", "CHL", "ECU") in keyed_pairs(found)  # the move's author is charged with what it does


def test_coding_what_a_denier_says_besides_is_not_denied(registry):
    found = code(registry, "Chilean officials denied that Bolivia had mediated, saying the understanding was reached "
                           "directly between Chile and Peru.")
    assert [(e.type, e.status) for e in found if {e.source.key, e.target.key} == {"CHL", "PER"}] == [("AGREE", "occurred")]


def test_coding_hosts_are_not_the_two_sides_they_bring_together(registry):
    body = ("Chile accused Peru of violating its airspace on Tuesday. Peru denied the charge.\n\n"
            "Brazil and Argentina offered to host talks between the two neighbours to defuse tensions.")
    pairs = keyed_pairs(code(registry, body))
    assert {("AGREE", "BRA", "CHL"), ("AGREE", "BRA", "PER")} <= pairs
    assert not {p for p in pairs if set(p[1:]) == {"BRA", "ARG"}}


@pytest.mark.parametrize("body", [
    "Peru imposed tariffs on Chilean copper on Monday. Chile criticised the move, with its foreign minister "
    "saying Santiago opposed unilateral measures.",
    "Peru imposed tariffs on Chilean copper on Monday. The Chilean foreign ministry termed the decision biased "
    "and politically motivated.",
])
def test_coding_a_reaction_to_the_move_just_told_is_aimed_at_its_author(registry, body):
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(code(registry, body))


def test_coding_aid_withheld_is_a_sanction_not_aid(registry):
    found = code(registry, "The World Bank withheld the third tranche of the loan to Peru.")
    assert keyed_pairs(found) == {("SANCTION", "WB", "PER")}


def test_coding_a_demand_that_another_act_is_made_of_that_other(registry):
    found = code(registry, "Chile lodged a strong protest with the Peruvian government and demanded that it take "
                           "action against the Bolivian smugglers.")
    assert {(e.type, e.target.key) for e in found if e.type == "REQUEST"} == {("REQUEST", "PER")}


def test_coding_an_attack_on_a_post_or_convoy_is_on_the_body_that_mans_it(registry):
    found = code(registry, "Peruvian rebels attacked a Chilean army convoy near the border on Saturday.")
    assert ("ASSAULT", "PER", "CHL") in keyed_pairs(found)
    found = code(registry, "Twelve soldiers were killed when rebels attacked a security forces convoy in the north "
                           "on Saturday.", dateline="LIMA")
    assert [(e.type, e.target.name, e.target.key) for e in found if e.type == "ASSAULT"] == [
        ("ASSAULT", "security forces", "PER")]


def test_coding_an_attack_on_the_states_forces_named_again_is_aimed_at_them(registry):
    body = ("Twelve soldiers were killed when rebels attacked a security forces convoy in the north on Saturday, "
            "the army said.\n\nThe army said the attack was carried out by militants of the Shining Path.")
    found = code(registry, body, dateline="LIMA")
    assert {(e.target.name, m.trigger) for e in found if e.type == "ASSAULT" for m in e.mentions} == {
        ("security forces", "attacked"), ("security forces", "attack")}


def test_coding_who_stands_for_the_noun_its_clause_tells_of(registry):
    found = code(registry, "The Chilean president received a call from Peruvian President Dina Boluarte, who thanked "
                           "Chile for its support during the floods.")
    assert ("SUPPORT", "PER", "CHL") in keyed_pairs(found)
    found = code(registry, "Talking to Peruvian Foreign Minister Elmer Schialer, who called on him in Santiago, the "
                           "Chilean president stressed the importance of trade.", dateline="SANTIAGO")
    assert ("CONSULT", "PER", "CHL") in keyed_pairs(found) or ("CONSULT", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("text", ["The Chilean president received the Peruvian prime minister at the palace.",
                                  "The Chilean president received Peruvian Foreign Minister Elmer Schialer in Santiago.",
                                  "The Chilean president received the Peruvian delegation."])
def test_coding_a_guest_received_is_a_visit_hosted(registry, text):
    assert keyed_pairs(code(registry, text)) == {("CONSULT", "CHL", "PER")}


def test_coding_a_thing_received_is_no_visit(registry):
    assert "CONSULT" not in {e.type for e in code(registry, "Chile received the Peruvian proposal on Monday.")}


def test_coding_a_count_after_a_preposition_is_no_year_and_an_odd_digit_no_crash(registry):
    found = code(registry, "Chile and Peru held talks after clashes that killed 2000 people.", published="2024-05-01")
    assert [(e.type, e.date) for e in found] == [("CONSULT", "2024-05-01")]
    assert code(registry, "Chile and Peru severed ties after the \u00b9\u2079\u2077\u2079 war.")  # superscript digits


@pytest.mark.parametrize("text, unwanted", [
    ("Chile, which says it knows who attacked the Peruvian convoy, refused to name the group.", "ASSAULT"),
    ("The Chilean foreign ministry withheld comment on Peru's strike.", "SANCTION"),
    ("The European Union adopted a new tranche of sanctions against Peru.", "AID"),
    ("The Chilean president attended a ceremony in Lima commemorating the Armenian genocide.", "ACCUSE"),
    ("A drone struck a Peruvian aid convoy in Chile.", "AID"),
    ("Chile's disaster management authority held an earthquake drill in Santiago.", "MOBILIZE"),
    ("Chile handed over a list of wanted smugglers to the Peruvian authorities.", "AID"),
])
def test_coding_words_that_tell_no_such_act(registry, text, unwanted):
    assert unwanted not in {e.type for e in code(registry, text)}


@pytest.mark.parametrize("text, expected", [
    ("Chile postponed the meeting after it accused Peru of supporting smugglers.", ("ACCUSE", "CHL", "PER")),
    ("Bolivian rebels promised Peru to free the hostages.", ("AGREE", "BOL", "PER")),
])
def test_coding_it_and_a_promise_keep_their_plain_readings(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_talks_after_which_one_speaks_are_the_speakers(registry):
    found = code(registry, "“We want peace,” the Chilean foreign minister told reporters after talks with his "
                           "Peruvian counterpart.")
    assert ("CONSULT", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("text", ["The European Union granted Peru observer status.",
                                  "The European Union granted membership to Peru.",
                                  "The European Union granted Peru candidate status."])
def test_coding_a_status_or_membership_granted_is_recognition_not_aid(registry, text):
    assert {e.type for e in code(registry, text)} == {"SUPPORT"}


def test_coding_an_order_to_ones_own_forces_is_the_act_ordered(registry):
    found = code(registry, "The Chilean president ordered the Chilean navy to attack the Peruvian fleet.")
    assert ("ASSAULT", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("text, expected", [
    ("Chile will not accept any Peruvian mediation.", ("REJECT", "CHL", "PER")),
    ("Chile will not tolerate Peruvian aggression, the army chief said.", ("REJECT", "CHL", "PER")),
])
def test_coding_what_one_will_not_accept_or_tolerate_is_rejected(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_an_invitation_accepted_is_still_an_agreement(registry):
    found = code(registry, "The Chilean foreign minister accepted an invitation to visit Peru.")
    assert "REJECT" not in {e.type for e in found}
    found = code(registry, "Chile will in no way accept Peru's mediation.")
    assert ("REJECT", "CHL", "PER") in keyed_pairs(found)


@pytest.mark.parametrize("text, expected", [
    ("Bolivia broke off diplomatic relations with Peru over the border dispute.", ("SANCTION", "161")),
    ("Bolivia broke off talks with Peru on Monday.", ("SANCTION", "164")),
    ("Peru withdrew from the World Health Organization on Monday.", ("SANCTION", "160")),
])
def test_coding_ties_broken_off_and_a_body_left_are_relations_cut(registry, text, expected):
    assert {(e.type, e.cameo) for e in code(registry, text)} == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Colombia's government and the rebels signed a ceasefire agreement.", ("SUPPORT", "COL", "REB", "COL", "GOV")),
    ("Sudan's army and the rebels agreed to a truce.", ("AGREE", "SDN", "REB", "SDN", "MIL")),
])
def test_coding_a_government_and_its_rebels_are_two_parties_of_a_joint_act(registry, text, expected):
    found = {(e.type, *sorted([(e.source.key, e.source.sector), (e.target.key, e.target.sector)], reverse=True))
             for e in code(registry, text)}
    assert {(t, a[0], a[1], b[0], b[1]) for t, a, b in found} == {expected}


def test_coding_what_a_party_is_shielded_from_is_not_the_target(registry):
    found = code(registry, "The Chilean navy protected Chilean fishing boats from Peruvian warships.")
    assert ("SUPPORT", "CHL", "PER") not in keyed_pairs(found)
    assert ("SUPPORT", "PER", "CHL") in keyed_pairs(code(registry, "Chile received support from Peru for its bid."))


def test_coding_the_purpose_of_a_contact_is_the_contacting_party_s_act(registry):
    found = code(registry, "Chile summoned the Peruvian ambassador to protest the arrest of Chilean fishermen.")
    assert not any(e.source.key == "PER" for e in found)  # the ambassador protests nothing
    found = code(registry, "Chilean President Gabriel Boric telephoned Peruvian President Dina Boluarte on Monday "
                           "to congratulate her on the peace accord.", published="2025-04-24")
    assert ("SUPPORT", "CHL", "PER", "2025-04-21", "relative") in keyed(found)  # done in the call, that day


def test_coding_what_a_meeting_to_come_is_for_is_promised_when_said(registry):
    found = code(registry, "Chile and Peru will meet on Thursday in Lima to sign the border treaty.",
                 published="2025-10-26")
    assert {(e.type, e.status, e.date) for e in found} == {("AGREE", "planned", "2025-10-26")}


def test_coding_negotiators_hosted_are_met_not_sheltered(registry):
    found = code(registry, "Egyptian mediators hosted Israeli and Hamas negotiators in Cairo on Monday.")
    assert {(e.type, e.source.key, e.target.key) for e in found} == {("CONSULT", "EGY", "ISR"), ("CONSULT", "EGY", "PSE")}
    assert code(registry, "Egypt hosts thousands of Sudanese refugees.") == []


@pytest.mark.parametrize("text, expected", [
    ("Chile told the Security Council that Peru was sponsoring terrorism in the north.", {("ACCUSE", "CHL", "PER")}),
    ("Chile said Peru had committed atrocities in the border villages.", {("ACCUSE", "CHL", "PER")}),
    ("Chile said Peru was funding terrorism in the north.", {("ACCUSE", "CHL", "PER")}),
    ("Chile said it had committed to fighting terrorism with Peru.", {("AGREE", "CHL", "PER")}),  # side by side
    ("Chile fought a war with Peru in 1879.", {("ASSAULT", "CHL", "PER")}),
    # a failure another is said to make is a criticism; a failure told of no one is none
    ("Human Rights Watch said Peruvian authorities were failing to protect Chilean detainees.",
     {("ACCUSE", "HRW", "PER")}),
    ("Chile said Peru had failed to act on the migrants.", {("ACCUSE", "CHL", "PER")}),
    ("Chile said it had failed to persuade Peru.", set()),
    ("The talks between Chile and Peru failed to produce a breakthrough, officials said.", {("CONSULT", "CHL", "PER")}),
])
def test_coding_a_wrong_another_is_said_to_do_is_charged_and_a_partner_in_a_fight_is_no_target(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_people_killed_in_an_attack_by_a_party_are_its_target(registry):
    found = code(registry, "Two Chilean soldiers were killed in an attack by Peruvian rebels, the army said.")
    assert ("ASSAULT", "PER", "CHL") in keyed_pairs(found)


def test_coding_police_sent_to_another_state_are_aid(registry):
    assert {(e.type, e.cameo) for e in code(registry, "Chile sent 400 police officers to Peru.")} == {("AID", "074")}


def test_coding_years_of_hostility_ended_are_no_attack(registry):
    found = code(registry, "Chile and Peru signed a peace treaty in 1929, ending two decades of hostility.")
    assert "ASSAULT" not in {e.type for e in found}


def test_coding_the_group_is_the_armed_group_last_named(registry):
    body = "Peru's Shining Path rejected the offer on Monday. Chile accused the group of stalling."
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(code(registry, body, dateline="LIMA"))


def test_coding_a_day_after_in_a_sentence_that_names_no_day_is_the_day_before_the_news(registry):
    found = code(registry, "Chilean jets struck rebel camps, a day after the Peruvian army fired two rockets at Chile.",
                 published="2025-05-29")
    assert ("ASSAULT", "PER", "CHL", "2025-05-28", "relative") in keyed(found)


def test_coding_condemning_the_strikes_blames_those_that_took_place_not_those_planned(registry):
    body = ("Chilean jets bombed a camp of the Peruvian army on Saturday. The Chilean military said it had targeted "
            "Peruvian soldiers who were planning attacks.\n\nBolivia condemned the strikes.")
    assert ("ACCUSE", "BOL", "CHL") in keyed_pairs(code(registry, body, published="2025-03-10"))


def test_coding_a_verb_joined_to_a_said_clause_about_a_proposal_is_the_speaker_s(registry):
    found = code(registry, "Chile's foreign ministry said the Peruvian proposal was unacceptable and accused Peru of stalling.")
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(found)


def test_coding_what_is_blown_up_is_attacked(registry):
    found = code(registry, "Peruvian rebels blew up a Chilean army post on Monday.")
    assert ("ASSAULT", "PER", "CHL") in keyed_pairs(found)


@pytest.mark.parametrize("text, expected", [
    ("Chile announced a grant of $100 million for Peru.", ("AID", "CHL", "PER")),
    ("The IMF approved a $7 billion bailout for Peru.", ("AID", "IMF", "PER")),
    ("Chile gave Peru a loan of $500 million.", ("AID", "CHL", "PER")),
])
def test_coding_grants_bailouts_and_loans_given_are_aid(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_a_reported_stance_of_a_pair_just_met_takes_the_meeting_s_day(registry):
    body = ("Chilean President Gabriel Boric on Monday hosted Peruvian President Dina Boluarte in Santiago.\n\n"
            "During the talks, Boric said Chile would continue to support Peru in its bid to join the forum.")
    found = code(registry, body, published="2025-06-04", dateline="SANTIAGO")
    assert {(e.type, e.date) for e in found if e.type == "SUPPORT"} == {("SUPPORT", "2025-06-02")}


@pytest.mark.parametrize("text, expected", [
    ("Peru deployed 10,000 troops to its border with Chile.", ("MOBILIZE", "PER", "CHL")),
    ("Peru sent troops to the Chilean border.", ("MOBILIZE", "PER", "CHL")),
    ("Peru sent troops to Bolivia.", ("AID", "PER", "BOL")),
])
def test_coding_troops_sent_to_a_border_are_massed_against_the_state_beyond_it(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {expected}


def test_coding_a_shoal_named_like_a_town_is_no_place_of_its_state(registry):
    found = code(registry, "The Philippines protested China's deployment of warships near the Scarborough Shoal.")
    assert "GBR" not in {e.target.key for e in found if e.target}


def test_coding_its_is_the_state_that_is_its_clause_s_subject(registry):
    found = code(registry, "Peru, a key Chilean ally, has urged its citizens to leave Bolivia.")
    assert ("REQUEST", "PER", "CHL") not in keyed_pairs(found)
    assert ("ASSAULT", "PER", "CHL") in keyed_pairs(code(registry, "Chile said Peru had attacked its posts."))


def test_coding_allegations_rejected_as_baseless_before_they_are_named(registry):
    found = code(registry, 'Chile on Friday rejected as "baseless" Peruvian allegations that it was involved in the attack.')
    assert ("REJECT", "CHL", "PER") in keyed_pairs(found)


def test_coding_an_after_clause_takes_the_day_of_the_clause_it_comes_before(registry):
    body = "The border was closed on October 12 after Chilean and Peruvian forces exchanged fire, killing ten Chilean soldiers."
    found = code(registry, body, published="2025-11-03")
    assert {e.date for e in found if e.type == "ASSAULT"} == {"2025-10-12"}


def test_coding_a_day_on_the_verb_that_does_an_act_is_that_act_s(registry):
    found = code(registry, "Chilean and Peruvian forces clashed. Bolivia had mediated a truce between the two countries on "
                           "October 19 in La Paz.", published="2025-11-03")
    assert {e.date for e in found if e.type == "CONSULT"} == {"2025-10-19"}
    found = code(registry, "Chile condemned the Peruvian attack on Monday.", published="2025-11-05")
    assert {e.date for e in found if e.type == "ACCUSE"} == {"2025-11-05"}  # (Monday is the attack's)


@pytest.mark.parametrize("text, expected", [
    ("Chile lifted its veto on Peru's membership.", ("CONCEDE", "CHL", "PER")),
    ("Chile rejected the proposal by Peru.", ("REJECT", "CHL", "PER")),
])
def test_coding_lifting_a_veto_and_a_proposal_by_another(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {expected}


def test_coding_an_act_on_a_condition_another_must_meet_is_aimed_at_it(registry):
    found = code(registry, "Chile will boycott the talks unless Peru withdraws its troops.")
    assert {(e.type, e.source.key, e.target.key if e.target else None) for e in found} == {("THREATEN", "CHL", "PER")}


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru expressed their resolve to enhance bilateral trade.", ("AGREE", "CHL", "PER")),
    ("Chilean President Gabriel Boric condoled with the Peruvian president over the deaths.", ("SUPPORT", "CHL", "PER")),
])
def test_coding_a_resolve_expressed_and_condolences_given(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {expected}


def test_coding_who_promises_a_party_to_act_is_who_acts(registry):
    found = keyed_pairs(code(registry, "The Taliban promised Pakistan to expel the militants."))
    assert ("AGREE", "AFG", "PAK") in found and not any(src == "PAK" for _, src, _ in found)


def test_coding_protesters_are_of_the_one_place_their_clause_names(registry):
    found = code(registry, "Protesters burned an effigy of the Peruvian president in Santiago.")
    assert {(e.type, e.source.key) for e in found} == {("PROTEST", "CHL")}


@pytest.mark.parametrize("text, expected", [
    ("Carney criticised the Peruvian tariffs on Canadian steel.", ("ACCUSE", "CAN", "PER")),  # a surname that is a town
    ("Russia sent troops to Belarus near the border with Ukraine.", ("AID", "RUS", "BLR")),
    ("Iran sent soldiers to the Afghan border to help earthquake victims.", ("AID", "IRN", "AFG")),
    ("The UAE welcomed a trade delegation from Pakistan.", ("SUPPORT", "ARE", "PAK")),
    ("Israel renewed its pledge to destroy Hamas.", ("THREATEN", "ISR", "PSE")),
    ("The Pakistani Taliban attacked a checkpoint. The OIC condemned the attack. Pakistan thanked the organisation "
     "for its support.", ("SUPPORT", "PAK", "OIC")),
])
def test_coding_review_of_the_round_s_rules(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_review_of_the_round_s_rules_no_party_of_the_place(registry):
    found = code(registry, "The United States evacuated its citizens from Sudan.")
    assert "SDN" not in {a.key for e in found for a in (e.source, e.target) if a}
    found = code(registry, "The defence ministry accused Hezbollah of firing rockets at northern towns.")
    assert ("ACCUSE", "LBN", "LBN") not in keyed_pairs(found)  # whose ministry, the text does not say


def test_coding_a_future_act_in_a_past_statement_keeps_the_day_it_was_said(registry):
    body = ("Chilean Foreign Minister Alberto van Klaveren met Peruvian officials in Lima on Saturday.\n\n"
            "The ministry said Chile and Peru would sign a transit trade agreement on March 20.")
    found = code(registry, body, published="2025-03-12")
    assert {e.date for e in found if e.type == "AGREE"} == {"2025-03-12"}


def test_coding_a_claim_called_full_of_lies_charges_its_author(registry):
    found = code(registry, "The account given by the Peruvian interior minister is replete with fabrications, the Chilean "
                           "foreign ministry said.")
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(found)


def test_coding_an_inquiry_demanded_over_the_shots_fired_aims_at_who_fired_them(registry):
    body = ("Peruvian troops fired shots at a Chilean patrol near the border on Monday.\n\n"
            "Chile demanded an immediate investigation on Tuesday over the shots fired near the border.")
    assert ("REQUEST", "CHL", "PER") in keyed_pairs(code(registry, body, published="2025-05-22"))


@pytest.mark.parametrize("text", ["Peru expelled the Chilean ambassador, a move Chile called illegal.",
                                  "Last month, Peru imposed sanctions on four Chilean firms, a move Santiago called \"biased\"."])
def test_coding_an_act_called_a_wrong_in_a_clause_after_it_is_charged(registry, text):
    assert ("ACCUSE", "CHL", "PER") in keyed_pairs(code(registry, text))


def test_coding_a_state_s_airspace_violated_is_a_show_of_force_against_it(registry):
    found = code(registry, "The Peruvian Air Force violated Chile's airspace on Monday, the military said.", dateline="SANTIAGO")
    assert ("MOBILIZE", "PER", "CHL") in keyed_pairs(found)


@pytest.mark.parametrize("text, expected", [
    ("Chile and Peru jointly built the coastal highway.", ("COOPERATE", "CHL", "PER")),
    ("Chile developed the drone jointly with Peru.", ("COOPERATE", "CHL", "PER")),
])
def test_coding_what_two_states_make_jointly_is_cooperation(registry, text, expected):
    found = {(t, *sorted([a, b])) for t, a, b in keyed_pairs(code(registry, text))}
    assert (expected[0], *sorted(expected[1:])) in found


def test_coding_the_two_sides_of_a_clash_between_a_state_s_forces_and_its_rebels(registry):
    body = "Peruvian police and Shining Path fighters clashed in Ayacucho on Monday. The two sides exchanged fire for hours."
    found = code(registry, body, dateline="LIMA")
    assert {e.type for e in found} == {"ASSAULT"} and all(e.target is not None for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Peru suspended the border treaty, a move Chile called a violation of international law.", ("ACCUSE", "CHL", "PER")),
    ("Chile's foreign ministry said the Peruvian statement was replete with fabrications.", ("ACCUSE", "CHL", "PER")),
    ("Chile said Peru had violated its airspace.", ("MOBILIZE", "PER", "CHL")),
])
def test_coding_second_review_of_the_round_s_rules(registry, text, expected):
    assert expected in keyed_pairs(code(registry, text))


def test_coding_a_place_the_recognizer_took_for_a_body_still_places_an_attack(registry):
    # "El Fasher" is tagged ORG by the model; standing after "near" it is the town, in Sudan
    found = code(registry, "Sudan's paramilitary Rapid Support Forces shelled a displacement camp near El Fasher "
                           "on Sunday, killing at least 40 people.")
    assert ("ASSAULT", "SDN", "SDN") in keyed_pairs(found)


def test_coding_a_state_and_its_rebels_answer_each_other(registry):
    found = code(registry, "The Sudanese army accused the RSF of targeting civilians. The RSF denied the accusation.")
    assert {(e.type, e.source.sector, e.target.sector) for e in found} == {("ACCUSE", "MIL", "REB"),
                                                                          ("REJECT", "REB", "MIL")}


def test_coding_whom_a_list_urges_is_not_the_list_itself(registry):
    found = code(registry, "Chile and Peru, which have mediated between the warring parties, urged them to return "
                           "to talks.")
    assert not [e for e in found if e.type == "REQUEST" and {e.source.key, e.target.key} == {"CHL", "PER"}]
    assert ("REQUEST", "CHL", "BOL") in keyed_pairs(code(registry, "Chile called Bolivia and Peru, urging them to "
                                                                   "return to talks."))


@pytest.mark.parametrize("text, expected", [
    # a charge made with a measure is the measure's author's too
    ("Chile imposed sanctions on Peru last month, accusing it of genocide.",
     {("SANCTION", "CHL", "PER"), ("ACCUSE", "CHL", "PER")}),
    ("Chile imposed sanctions on Monday targeting Peru.", {("SANCTION", "CHL", "PER")}),
    # what leads to a thing is no journey
    ("Chile backed a solution leading to the establishment of a State of Palestine.", {("SUPPORT", "CHL", "PSE")}),
])
def test_coding_a_participle_after_a_measure(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile returned 20 Peruvian children to their families.", {("RETREAT", "CHL", "PER", "persons")}),
    ("Chilean forces withdrew from three villages near the border, handing them over to Peru.",
     {("RETREAT", "CHL", "PER", "property")}),
    ("Chile returned control of the border crossing to Peru.", {("RETREAT", "CHL", "PER", "property")}),
    ("Chile handed over relief goods to Peru.", {("AID", "CHL", "PER", None)}),
    ("The Chilean foreign minister returned to Lima on Friday.", set()),  # a journey back, nothing returned
    ("Chile returned its ambassador to Peru.", {("SUPPORT", "CHL", "PER", None)}),
])
def test_coding_what_is_handed_back_is_returned(registry, text, expected):
    assert {(e.type, e.source.key, e.target.key, e.mode) for e in code(registry, text)} == expected


def test_coding_an_attempted_attack_is_an_attack_and_an_attempted_deal_no_deal(registry):
    found = code(registry, "Peruvian militants tried to assassinate the Chilean ambassador on Monday.")
    assert {(e.type, e.source.key, e.target.key, e.status) for e in found} == {("ASSAULT", "PER", "CHL", "occurred")}
    found = code(registry, "The United States tried to hammer out differences between Chile and Peru over a "
                           "ceasefire agreement.")
    assert not [e for e in found if e.type == "AGREE" and e.confidence >= DEFAULT_MIN_CONFIDENCE]


def test_coding_an_act_its_source_doubts_is_kept_below_the_export_threshold(registry):
    (event,) = code(registry, "Analysts say that if confirmed a Chilean strike inside Lima would be the first such "
                              "incident in the Peruvian capital.")
    assert (event.type, event.status) == ("ASSAULT", "hypothetical")
    assert event.confidence < DEFAULT_MIN_CONFIDENCE


@pytest.mark.parametrize("text, expected", [
    # a region the recognizer takes for a person, where an act goes: its people
    ("Ethiopia allowed humanitarian access to Tigray for the first time in months.", {("RETREAT", "ETH", "ETH")}),
    ("Chile granted the UN access to the camps.", {("RETREAT", "CHL", "UN")}),
])
def test_coding_access_allowed_is_a_concession_to_whom_or_where_it_goes(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a province of ISO 3166-2 places a shelling across the border
    ("According to the Afghan interior ministry, Pakistani forces shelled villages in Kunar province.",
     {("ASSAULT", "PAK", "AFG")}),
    # a state's forces bombing a place of their own hit its people; "Sagaing" is tagged a common noun
    ("Myanmar's junta bombed a village in Sagaing, killing 30 civilians including children.",
     {("ASSAULT", "MMR", "MMR")}),
])
def test_coding_an_attack_on_a_place_is_aimed_at_its_state_or_its_people(registry, text, expected):
    found = code(registry, text)
    assert keyed_pairs(found) == expected
    assert all(e.target.sector in (None, "CVL") for e in found)


def test_coding_who_claims_responsibility_for_an_attack_made_it(registry):
    found = code(registry, "The Houthis claimed responsibility for a missile attack on a Chilean-flagged tanker.")
    assert keyed_pairs(found) == {("ASSAULT", "YEM", "CHL")}
    assert not code(registry, "No group has claimed responsibility for the attack on the Chilean engineers.")


def test_coding_ramming_a_vessel_is_an_attack(registry):
    found = code(registry, "A Chilean coast guard vessel rammed a Peruvian supply boat near the islands.")
    assert keyed_pairs(found) == {("ASSAULT", "CHL", "PER")}


def test_coding_an_act_begun_in_a_year_and_the_move_condemned_are_of_that_year(registry):
    found = code(registry, "In 2023, Chile began deporting undocumented Peruvians, a move that Lima condemned.",
                 published="2025-10-30")
    assert keyed(found) == {("COERCE", "CHL", "PER", "2023", "explicit"), ("ACCUSE", "PER", "CHL", "2023", "explicit")}


@pytest.mark.parametrize("text, due", [
    ("Talks between Chile and Peru are scheduled to resume in Lima on November 6.", "2025-11-06"),
    ("Talks between Chile and Peru will resume in Lima on November 6.", "2025-11-06"),
    ("The next round of talks between Chile and Peru will be held in Quito on Sunday.", "2025-11-02"),
    ("A meeting between the Chilean and Peruvian foreign ministers is expected next month.", "2025-11"),
])
def test_coding_talks_told_to_come_are_a_plan_due_when_they_are(registry, text, due):
    found = code(registry, text, published="2025-10-30")
    assert {(e.type, e.status) for e in found} == {("AGREE", "planned")}
    assert due in {c.due for e in found for c in e.commitments}


def test_coding_a_mediation_told_by_a_participle_was_made_then(registry):
    found = code(registry, "Chilean and Peruvian troops clashed on the border in early October. Chile and Peru "
                           "agreed to a ceasefire in Quito on October 19, mediated by Brazil.", published="2025-10-30")
    assert {(e.type, e.source.key, e.status, e.date) for e in found if e.source.key == "BRA"} == {
        ("CONSULT", "BRA", "occurred", "2025-10-19")}


def test_coding_strikes_on_what_a_party_called_camps_in_a_state_hit_it_and_its_retaliation_answers(registry):
    found = code(registry, "On May 7, Chile launched missile strikes on what it called terrorist infrastructure in "
                           "Peru, prompting Peru to retaliate.", published="2025-05-08")
    assert {(e.type, e.source.key, e.target.key, e.date) for e in found} == {
        ("ASSAULT", "CHL", "PER", "2025-05-07"), ("ASSAULT", "PER", "CHL", "2025-05-07")}


@pytest.mark.parametrize("text, expected", [
    # a labour strike is a protest, not an attack; unnamed workers are the people of where they strike
    ("Thousands of workers went on strike in Lima to protest against the Peruvian government's austerity measures.",
     {("PROTEST", "PER", None, "strike"), ("PROTEST", "PER", "PER", None)}),
    ("Peruvian prisoners began a hunger strike.", {("PROTEST", "PER", None, "hunger")}),
    ("Farmers blocked highways across Peru to protest against EU trade policy.",
     {("PROTEST", "PER", None, "obstruct"), ("PROTEST", "PER", "EU", None)}),
])
def test_coding_strikes_and_blockades_are_protests_of_the_people_where_they_are(registry, text, expected):
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.mode) for e in code(registry, text)} == expected


@pytest.mark.parametrize("text, expected", [
    # what a party is defended against is no party to the vow; a party's own decision defended is no support
    ("Chile vowed to defend its water rights against Peru's dam.", set()),
    ("Chile vowed to protect its citizens from terrorist groups operating from Peru.", set()),
    ("Chile defended its decision to suspend the treaty with Peru.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_what_is_defended_against_and_a_decision_defended(registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text))} == expected


@pytest.mark.parametrize("text, wrong", [
    # a generic word that names a province elsewhere ("South" in Cameroon, "Eastern Province" in Sri Lanka)
    ("Chilean security forces killed four militants in South Waziristan on Monday.", {"CMR"}),
    ("Peruvian drones struck an oil facility in Eastern Province, Chilean officials said.", {"LKA", "RWA"}),
    # what a failure that is no duty's, and a state striking targets at home, are not
    ("Chile and Peru failed to reach an agreement on the border, officials said.", {"ACCUSE"}),
    ("The Chilean army said Peruvian drones failed to hit their targets.", {"ACCUSE"}),
    ("Chilean jets bombed targets in Antofagasta on Sunday, the military said.", {"CVL"}),
    ("Chile returned $2 billion to Peru after the deposit matured.", {"RETREAT"}),
    ("Chile said Peru bore responsibility for the attack in Arica.", {"ASSAULT"}),
    ("Chile and Peru met in Lima and urged them to exercise restraint.", {"REQUEST"}),
])
def test_coding_common_words_places_and_tries_are_not_misread(registry, text, wrong):
    found = code(registry, text)
    keys = {k for e in found if e.confidence >= DEFAULT_MIN_CONFIDENCE
            for k in (e.type, e.target.key if e.target else None, e.target.sector if e.target else None)}
    assert not keys & wrong


@pytest.mark.parametrize("text, expected", [
    ("Chile tried to impose sanctions on Peruvian officials at the UN, but Brazil blocked the listing.",
     ("SANCTION", "hypothetical")),
    ("A ceasefire between Chile and Peru is expected to hold.", ("AGREE", "occurred")),
    ("The Chilean prime minister is expected to arrive in Lima on Sunday.", ("AGREE", "planned")),
])
def test_coding_the_status_of_acts_reported_denied_attempted_or_expected(registry, text, expected):
    assert {(e.type, e.status) for e in code(registry, text)} == {expected}


def test_coding_a_move_criticised_again_and_again_is_not_of_the_moves_year(registry):
    found = code(registry, "In 2023, Chile began deporting undocumented Peruvians, a move that Lima has repeatedly "
                           "criticised.", published="2025-10-30")
    assert {(e.type, e.date) for e in found if e.type == "ACCUSE"} != {("ACCUSE", "2023")}


def test_coding_an_agreement_to_act_on_a_day_is_a_plan_with_its_act_once(registry):
    # "agreed on Monday to hold ...": Monday is when they agreed, not who holds the exercises
    (agree,) = code(registry, "Chile and Peru agreed on Monday to hold joint naval exercises in June 2025.",
                    published="2025-03-10")
    assert (agree.type, agree.status, agree.date) == ("AGREE", "planned", "2025-03-10")
    assert [(c.type, c.due) for c in agree.commitments] == [("COOPERATE", "2025-06")]


@pytest.mark.parametrize("text, expected", [
    # blocking another's measure or bid is a veto of whoever's it is
    ("Hungary blocked the EU's new sanctions package against Russia.", {("REJECT", "HUN", "EU")}),
    ("Turkey blocked Sweden's bid to join NATO.", {("REJECT", "TUR", "SWE")}),
    # a refused deployment is rejected where it would have gone; a measure out of the question was refused
    ("Brazil has refused to deploy peacekeepers in Haiti.", {("REJECT", "BRA", "HTI")}),
    ("Officials in Washington said lifting sanctions on Venezuela was out of the question.",
     {("REJECT", "USA", "VEN")}),
])
def test_coding_vetoes_and_refusals_of_measures(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_whom_a_party_does_not_authorise_to_act_is_no_refusal_of_its_own(registry):
    found = code(registry, "The Chilean authorities do not authorize many of the aid groups to send supplies into Peru.")
    assert not [e for e in found if e.type == "REJECT" and e.confidence >= DEFAULT_MIN_CONFIDENCE]


def test_coding_them_is_not_the_subject_of_its_own_clause(registry):
    found = code(registry, "Chilean officials met the Peruvian delegates and the ministers thanked them for the visit.")
    assert not [e for e in found if e.type == "SUPPORT" and e.source.key == e.target.key]


@pytest.mark.parametrize("text, expected", [
    ("Brazil stood with Chile against Peru.", ("SUPPORT", "BRA", "CHL")),
    ("Brazil will supply arms to Chile against Peru.", ("AGREE", "BRA", "CHL")),
])
def test_coding_cooperation_against_a_party_is_not_with_it(registry, text, expected):
    found = keyed_pairs(code(registry, text))
    assert expected in found
    assert not {k for k in found if k[0] == expected[0] and k[2] == "PER"}


@pytest.mark.parametrize("text, expected", [
    ("Earlier in the day, the Chilean foreign minister called his Peruvian counterpart.", {("CONSULT", "CHL", "PER")}),
    ("The Chilean president telephoned Peruvian President Dina Boluarte on Monday.", {("CONSULT", "CHL", "PER")}),
    ("The Chilean foreign minister called the Peruvian prime minister a liar.", {("ACCUSE", "CHL", "PER")}),
    ("Chile called the Peruvian envoy to the Foreign Office.", {("ACCUSE", "CHL", "PER")}),
])
def test_coding_calling_an_official_is_a_phone_call_and_calling_him_names_is_none(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # talks or a deal told to come by any verb but one of lasting are a plan
    ("Talks between Chile and Peru will continue in Lima next week.", ("AGREE", "planned")),
    ("Talks between Chile and Peru will be hosted by Brazil next week.", ("AGREE", "planned")),
    ("Talks between Chile and Peru are expected to collapse.", ("CONSULT", "occurred")),
])
def test_coding_what_talks_told_to_come_do(registry, text, expected):
    assert expected in {(e.type, e.status) for e in code(registry, text)}


@pytest.mark.parametrize("text, expected", [
    # a conjunct with its own subject is its own clause: "them" is the others of the first
    ("Peruvian fishermen strayed into Chilean waters and the Chilean navy arrested them.",
     ("COERCE", "CHL", "PER")),
    # a reaction to another's decision told by a possessive
    ("Peru's president decided to lift the ban, and Chile welcomed his decision.", ("SUPPORT", "CHL", "PER")),
    # a failure that is a charge: any but a try that came to nothing
    ("Chile said Peru had failed to take action against the smugglers.", ("ACCUSE", "CHL", "PER")),
    # an air strike on a village at home hits its people
    ("Chilean jets carried out an air strike on a village in Antofagasta.", ("ASSAULT", "CHL", "CHL")),
    # a veto of a move by others, not of whom the move aims at
    ("Brazil blocked a move by Chile and Peru to blacklist a Bolivian militant.", ("REJECT", "BRA", "CHL")),
    ("Chile returned a Peruvian fisherman who had strayed across the border.", ("RETREAT", "CHL", "PER")),
    ("The militants took responsibility for the bombing of the Chilean embassy.", ("ASSAULT", None, "CHL")),
])
def test_coding_plans_pronouns_failures_vetoes_and_returns_are_read(registry, text, expected):
    found = {(e.type, e.source.key, e.target.key if e.target else None) for e in code(registry, text)
             if e.confidence >= DEFAULT_MIN_CONFIDENCE}
    assert any(k[0] == expected[0] and (expected[1] is None or k[1] == expected[1]) and k[2] == expected[2]
               for k in found), found


def test_coding_a_veto_of_sanctions_is_not_aimed_at_their_target(registry):
    assert not [e for e in code(registry, "Brazil blocked new sanctions on Bolivia.") if e.target and e.target.key == "BOL"
                and e.type == "REJECT"]


def test_coding_a_barrage_at_a_state_and_aid_pledged_in_an_amount(registry):
    found = code(registry, "Chile launched more than 400 drones and 40 missiles at Peru overnight, killing at least 12 "
                           "people. Brazil pledged an additional 500 million euros in military aid to Peru on Saturday.",
                 published="2025-07-06")
    assert {("ASSAULT", "CHL", "PER"), ("AGREE", "BRA", "PER")} <= keyed_pairs(found)


def test_coding_a_time_a_span_runs_from_is_not_the_acts(registry):
    found = code(registry, "The Chilean president, making his first trip to Peru since 2019, arrived in Lima on Tuesday.",
                 published="2025-09-03")
    assert {(e.type, e.date) for e in found} == {("CONSULT", "2025-09-02")}
    # (but what has gone on since a day began then)
    found = code(registry, "Peruvian sailors have been held by Chile since May 3.", published="2025-09-03")
    assert {e.date for e in found} <= {"2025-05-03"}


@pytest.mark.parametrize("text, expected", [
    ("Chile held live-fire drills around Easter Island on Monday.", {("MOBILIZE", "CHL", None)}),
    ("Chile held live-fire drills around Peru on Monday.", {("MOBILIZE", "CHL", "PER")}),
    ("Chile conducted naval exercises near the border with Peru.", {("MOBILIZE", "CHL", "PER")}),
    ("Chile and Peru held joint naval exercises in the Pacific.", {("COOPERATE", "CHL", "PER")}),
])
def test_coding_drills_of_ones_own_are_a_show_of_force_and_joint_ones_cooperation(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_clashes_that_broke_out_between_two_sides_are_theirs_on_the_day_they_broke_out(registry):
    found = code(registry, "Heavy clashes broke out between Chilean and Peruvian troops along the border on Thursday.",
                 published="2025-07-26")
    assert {(e.type, frozenset((e.source.key, e.target.key)), e.date) for e in found} == {
        ("ASSAULT", frozenset(("CHL", "PER")), "2025-07-24")}
    found = code(registry, "Fighting between Chile and Peru flared again on Monday.", published="2025-07-26")
    assert {e.date for e in found} == {"2025-07-21"}


@pytest.mark.parametrize("text, expected", [
    ("Chile slapped tariffs of 25 percent on Peruvian goods.", ("SANCTION", "CHL", "PER")),
    ("Chile imposed tariffs of 50 percent on Peruvian imports.", ("SANCTION", "CHL", "PER")),
    ("Chile levied a 20 percent duty on Peruvian steel.", ("SANCTION", "CHL", "PER")),
    ("The EU hit Peru with a new package of sanctions.", ("SANCTION", "EU", "PER")),
    ("Chile lowered tariffs on Peruvian imports to 10 percent.", ("RETREAT", "CHL", "PER")),
    ("Brazil announced a loan of $2 billion to Peru.", ("AID", "BRA", "PER")),
])
def test_coding_tariffs_by_their_rate_and_easing_them(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Brazil deposited $3 billion in Peru's central bank.", {("AID", "BRA", "PER")}),
    ("Peru received $1 billion from Brazil on Friday.", {("AID", "BRA", "PER")}),
    ("Peru has received a $500 million deposit from Brazil.", {("AID", "BRA", "PER")}),
    ("Peru obtained 2 billion euros from the European Union.", {("AID", "EU", "PER")}),
    ("Peru secured a $7 billion loan from the IMF.", {("AID", "IMF", "PER")}),
    ("The World Bank approved $600 million in financing for Peru.", {("AID", "WB", "PER")}),
    ("Peru did not receive any money from Brazil.", set()),
    ("Peru received $3.2 billion in remittances from Chile in June.", set()),
    ("Peru received $10 billion from Brazil for copper purchases last year.", set()),
    ("Peru deposited the instrument of accession with the UN Secretary-General.", set()),
    ("Peru received a bill of $3 million from Brazil.", set()),
])
def test_coding_money_received_from_another_is_aid_from_it(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peruvian negotiators wrapped up two days of talks in Santiago on Monday.", {("CONSULT", "PER", "CHL")}),
    ("A Peruvian delegation concluded talks in Brasilia on Saturday.", {("CONSULT", "PER", "BRA")}),
    ("Peruvian officials held talks in Lima on Monday.", set()),  # at home: with no one named
    ("Peruvian negotiators held talks in Geneva on Friday.", set()),  # where bodies sit, not a capital
    ("Peruvian negotiators held talks in Vienna on Friday.", set()),
    ("Peruvian tourists are coming to Chile in growing numbers.", set()),
])
def test_coding_talks_held_abroad_with_no_other_party_named_are_with_the_hosts(registry, text, expected):
    assert {(t, frozenset((s, g))) for t, s, g in keyed_pairs(code(registry, text))} == {
        (t, frozenset((s, g))) for t, s, g in expected}


@pytest.mark.parametrize("text, expected", [
    ("Chile cut off electricity to Peru on Sunday.", {("COERCE", "CHL", "PER")}),
    ("On Sunday, Chile cut off water to Peru.", {("COERCE", "CHL", "PER")}),
    ("Residents of Lima faced long power cuts on Monday.", set()),
])
def test_coding_utilities_cut_off_to_a_place_coerce_its_people(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Peruvian protesters rallied outside the Chilean embassy in Lima.", {("PROTEST", "PER", "CHL")}),
    ("Hundreds of people demonstrated in front of the Chilean embassy in Lima on Friday.", {("PROTEST", "PER", "CHL")}),
    ("Students staged a protest outside the Bolivian embassy in Lima.", {("PROTEST", "PER", "BOL")}),
    ("Peruvian diplomats held a protest outside their embassy in Santiago.", {("PROTEST", "PER", None)}),
])
def test_coding_a_protest_at_a_states_mission_is_against_that_state(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Santiago lodged stern representations with Lima over the remarks.", {("ACCUSE", "CHL", "PER")}),
    ("The ministry made representations to the committee about the budget.", set()),
])
def test_coding_representations_lodged_with_a_state_are_a_protest(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_an_attack_a_state_is_summoned_over_is_that_states(registry):
    found = code(registry, "Lima summoned the Chilean charge d'affaires to lodge a strong protest over the killing of "
                           "three Peruvian soldiers in a cross-border attack on Sunday.", published="2025-08-05")
    assert {(e.type, e.source.key, e.target.key, e.date) for e in found if e.type == "ASSAULT"} == {
        ("ASSAULT", "CHL", "PER", "2025-08-03")}
    assert {e.source.name for e in found if e.type == "ASSAULT"} == {"Chile"}  # the state, not its envoy
    # (also when the parser hangs the attack on the summons)
    found = code(registry, "Lima summoned the Chilean ambassador over the killing of two Peruvian soldiers in a "
                           "cross-border attack on Thursday.", published="2025-07-26")
    assert ("ASSAULT", "CHL", "PER") in keyed_pairs(found)
    # (an attack with no sign that it came from abroad, or one in the summoned state, is not the state's)
    found = code(registry, "Lima summoned the Chilean ambassador over the killing of five Peruvian engineers in a "
                           "suicide attack in Santiago on Tuesday.")
    assert not [e for e in found if e.type == "ASSAULT"]
    # (whom it strikes is no author of it)
    found = code(registry, "Lima condemned the killing of three Chilean soldiers in an attack on Sunday.")
    assert not [e for e in found if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("Chile reaffirmed its commitment to its relations with Peru.", {("AGREE", "CHL", "PER")}),
    ("Chile values its relations with Peru.", {("SUPPORT", "CHL", "PER")}),
    ("Chile paid tribute to Peru.", {("SUPPORT", "CHL", "PER")}),
])
def test_coding_relations_valued_or_committed_to_are_with_whom_they_are_with(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile removed sanctions on Peru's central bank.", {("RETREAT", "CHL", "PER")}),
    ("Chile waived sanctions on Peru's copper exports.", {("RETREAT", "CHL", "PER")}),
    ("Chilean officials said that removing the sanctions on Peru is out of the question.", {("REJECT", "CHL", "PER")}),
])
def test_coding_sanctions_removed_waived_or_their_removal_ruled_out(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Myanmar's junta bombed a school in Sagaing region.", {("ASSAULT", "MMR", "MMR")}),  # (tagged a gerund)
    ("M23 rebels seized the city of Goma in eastern Congo.", {("ASSAULT", "COD", "COD")}),
    ("JNIM militants attacked a Malian army base near Timbuktu.", {("ASSAULT", "MLI", "MLI")}),
    ("Chilean troops retook two villages in the Arica region on Sunday.", set()),  # its own ground: no attack on it
])
def test_coding_armed_groups_of_today_and_the_ground_they_take(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_a_measure_termed_an_act_of_war_and_a_warning_that_follows_are_aimed_at_its_author(registry):
    found = code(registry, "Chile on Friday termed Peru's decision to hold the water treaty in abeyance an act of war, "
                           "and warned that any attempt to divert Chile's share of water would be met with full force.",
                 published="2025-04-26")
    assert {("ACCUSE", "CHL", "PER"), ("THREATEN", "CHL", "PER")} <= keyed_pairs(found)


@pytest.mark.parametrize("text, expected", [
    ("On Peru, the Chilean minister condemned the continued Bolivian shelling.", {("ACCUSE", "CHL", "BOL")}),
    ("On Peru, Chile called upon the international community to ensure access for aid.", set()),
    ("Chile condemned the Bolivian shelling and called upon the world to act.", {("ACCUSE", "CHL", "BOL")}),
])
def test_coding_a_fronted_topic_is_no_target_and_a_demand_of_others_is_not_of_the_condemned(registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] != "ASSAULT"} == expected


def test_coding_a_journey_promised_and_the_meeting_it_is_for_are_one_promised_meeting(registry):
    found = code(registry, "The Peruvian president said he would travel to Santiago next month to meet his Chilean "
                           "counterpart.", published="2025-06-29")
    assert [(c.type, c.due) for e in found for c in e.commitments] == [("CONSULT", "2025-07")]


def test_coding_cities_of_a_place_taken_are_its_not_a_persons_of_that_surname(registry):
    found = code(registry, "Rwanda-backed M23 rebels seized the key cities of Goma and Bukavu earlier this year.",
                 published="2025-06-29")
    assert {(e.type, e.source.key, e.target.key) for e in found} == {("ASSAULT", "COD", "COD")}


def test_coding_the_minister_is_no_prime_minister_told_before(registry):
    found = code(registry, "Chilean Trade Minister Luis Rojas arrived in Lima on Monday, a month after Prime Minister "
                           "Ana Soto's visit to Peru. Later, the minister met Peruvian President Dina Boluarte.",
                 published="2025-09-13", dateline="LIMA")
    met = [e for e in found if e.type == "CONSULT" and any(m.trigger == "met" for m in e.mentions)]
    assert met and all(e.source.name != "Ana Soto" for e in met)


def test_coding_a_commitment_with_no_party_named_is_not_of_the_last_fight(registry):
    found = code(registry, "Bolivian troops shelled Chilean posts on Monday. During the visit, a shared commitment to "
                           "peace was reaffirmed. A US-brokered truce took hold on Tuesday.",
                 published="2025-09-11")
    assert {m.trigger for e in found if e.type == "AGREE" for m in e.mentions} == {"truce"}


def test_coding_demands_made_of_another_and_a_strike_in_a_region_the_recognizer_took_for_a_body(registry):
    found = code(registry, "Chile said Peru had made unacceptable demands, including that Santiago withdraw its "
                           "forces from two regions. Hours later, a Peruvian drone struck a bus in the Arica region, "
                           "killing nine civilians.", published="2025-05-16")
    assert {("REQUEST", "PER", "CHL"), ("ASSAULT", "PER", "CHL")} <= keyed_pairs(found)


def test_coding_militants_handed_over_are_people_returned_to_whom_they_go(registry):
    assert keyed_pairs(code(registry, "Bolivia handed over the militants to Peru.")) == {("RETREAT", "BOL", "PER")}


def test_coding_an_invitation_accepted_from_another_is_agreed_with_it(registry):
    assert keyed_pairs(code(registry, "Peru accepted an invitation from Chile to hold a new round of talks.")) == {
        ("AGREE", "PER", "CHL")}


@pytest.mark.parametrize("text, expected", [
    ("The International Criminal Court opened an investigation into Peru's treatment of migrants.",
     {("ACCUSE", "ICC", "PER")}),
    ("Chile ordered a probe into the Peruvian drone incursion.", {("ACCUSE", "CHL", "PER")}),
])
def test_coding_an_investigation_into_an_act_is_of_its_author(registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] == "ACCUSE"} == expected


def test_coding_dozens_of_missiles_launched_and_revenge_vowed(registry):
    found = code(registry, "Chilean strikes killed three Peruvian commanders on Friday. Peru vowed revenge for the "
                           "killing of its commanders. On Saturday, Peru launched dozens of missiles at Chile.",
                 published="2025-06-14")
    assert {("ASSAULT", "CHL", "PER"), ("THREATEN", "PER", "CHL"), ("ASSAULT", "PER", "CHL")} <= keyed_pairs(found)
    assert not keyed_pairs(code(registry, "The film is a revenge thriller set in Lima."))


@pytest.mark.parametrize("text", ["Chilean and Peruvian military operations chiefs spoke by hotline on Monday.",
                                  "Chile's president held a video call with his Peruvian counterpart on Monday."])
def test_coding_a_hotline_or_video_call_is_a_call(registry, text):
    assert {(e.type, e.mode) for e in code(registry, text)} == {("CONSULT", "phone")}


def test_coding_a_denial_of_arming_a_group_answers_the_accuser_sentences_later(registry):
    found = code(registry, "Peru cut diplomatic ties with Chile on Tuesday, accusing Santiago of arming the Shining "
                           "Path. The defence minister announced the decision in a televised address. Chile has "
                           "repeatedly denied supplying weapons to the Shining Path.", published="2025-05-06")
    assert {k for k in keyed_pairs(found) if k[0] == "REJECT"} == {("REJECT", "CHL", "PER")}


@pytest.mark.parametrize("text, expected", [
    ("Clashes could break out between Chilean and Peruvian troops at any time, diplomats said.", "hypothetical"),
    ("Officials denied that clashes had broken out between Chilean and Peruvian troops.", "denied"),
    ("The UN warned that fighting may erupt between Chile and Peru.", "hypothetical"),
])
def test_coding_clashes_that_may_break_out_or_were_denied_did_not_happen_and_a_warning_of_them_is_no_threat(
        registry, text, expected):
    found = code(registry, text)
    assert {e.status for e in found if e.type == "ASSAULT"} == {expected}
    assert not [e for e in found if e.type == "THREATEN"]


@pytest.mark.parametrize("text, expected", [
    ("M23 fighters captured Goma in January.", {("ASSAULT", "COD", "COD")}),
    ("M23 fighters seized Bukavu on February 16.", {("ASSAULT", "COD", "COD")}),
    ("M23 rebels seized control of Goma.", {("ASSAULT", "COD", "COD")}),
    ("Chilean forces retook several villages in Chile's Arica region from Peruvian troops.", {("ASSAULT", "CHL", "PER")}),
    ("Peru seized a Chilean-flagged tanker off its coast.", {("COERCE", "PER", "CHL")}),
    ("Peruvian guerrillas who overran it were driven out, Chilean military sources said.", set()),
])
def test_coding_ground_taken_is_the_places_and_retaken_ground_is_taken_from_whom_it_was(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Republic of Congo signed an oil deal with China on Monday.", ("SUPPORT", "COG", "CHN")),
    ("Japan's SDF held joint drills with US forces.", ("COOPERATE", "JPN", "USA")),
])
def test_coding_congo_republic_and_japans_sdf(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == {expected}


@pytest.mark.parametrize("text, expected", [
    ("Hundreds of Peruvians rallied outside the Chilean embassy in Lima in support of the alliance with Santiago.",
     set()),
    ("Chilean strikes cut power to parts of Lima.", set()),
    ("Removing sanctions on Peru was the right decision, the Chilean foreign minister said.", set()),
    ("Removing the tariffs on Peruvian goods is out of the question, Chilean President Ana Soto told reporters.",
     {("REJECT", "CHL", "PER")}),
    ("Lima condemned the Chilean strike and called for the release of the detained crew.",
     {("REQUEST", "PER", "CHL")}),
])
def test_coding_no_protest_in_support_no_blockade_by_strikes_no_act_of_a_judge_and_a_demand_after_a_charge(
        registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] in ("PROTEST", "COERCE", "RETREAT", "REJECT",
                                                                     "REQUEST") and k[2] is not None} == expected


def test_coding_a_meeting_joined_to_a_visit_to_come_is_to_come_and_a_rejected_truce_was_never_agreed(registry):
    found = code(registry, "Peruvian President Dina Boluarte will visit Santiago next month and meet Chilean "
                           "President Gabriel Boric.", published="2025-06-23")
    assert {e.status for e in found} == {"planned"}
    assert not code(registry, "A humanitarian truce between Chile and Peru was rejected on Tuesday.")


def test_coding_a_state_hit_with_anothers_sanctions_is_sanctioned_by_it(registry):
    assert keyed_pairs(code(registry, "Peru was hit with new Chilean sanctions on Monday.")) == {
        ("SANCTION", "CHL", "PER")}


@pytest.mark.parametrize("text", ["The World Food Programme said it had sent 200 trucks of aid into Peru.",
                                  "Chile airlifted medical supplies to Peru."])
def test_coding_aid_airlifted_or_counted_in_trucks_is_aid(registry, text):
    assert {(e.type, e.target.key) for e in code(registry, text)} == {("AID", "PER")}


def test_coding_his_in_a_fronted_phrase_is_the_subjects_and_a_deal_signed_on_a_visit_is_with_the_host(registry):
    found = code(registry, "Ana Soto met the Bolivian envoy on Monday. Ahead of his trip to Lima, Chilean President "
                           "Gabriel Boric spoke with Peruvian President Dina Boluarte by phone.",
                 published="2025-10-16")
    assert ("CONSULT", "CHL", "PER") in keyed_pairs(found) and ("CONSULT", "BOL", "PER") not in keyed_pairs(found)
    found = code(registry, "During his visit to Peru last week, the Chilean president signed 20 agreements.",
                 published="2025-10-16")
    assert {k[0] for k in keyed_pairs(found) if k[1:] == ("CHL", "PER")} >= {"CONSULT", "SUPPORT"}


@pytest.mark.parametrize("text, expected", [
    ("Chile sent 30 warplanes and seven navy ships around Easter Island on Friday.", {("MOBILIZE", "CHL", None)}),
    ("Chile sent 30 warplanes and seven navy ships near Peru on Friday.", {("MOBILIZE", "CHL", "PER")}),
    ("Chile sent two firefighting aircraft to Peru.", {("COOPERATE", "CHL", "PER")}),
])
def test_coding_warplanes_sent_around_a_state_are_a_show_of_force(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Democratic Republic of Congo and Rwanda signed a peace deal in Washington.", {("SUPPORT", "COD", "RWA")}),
    ("Brazil delivered dozens of missiles to Peru in June.", {("AID", "BRA", "PER")}),  # arms: military aid
    ("Peru received hundreds of missiles from Brazil last year.", {("AID", "BRA", "PER")}),  # arms: military aid
    ("Chile opened an investigation into the death of a Peruvian journalist in Santiago.", set()),
    ("Chile handed over three suspected Islamic State militants to Peru.", {("COOPERATE", "CHL", "PER")}),  # suspects:
    # to justice
    ("Peru received $2 billion in deposits from China to shore up its reserves.", {("AID", "CHN", "PER")}),
    ("Chile airlifted Chilean citizens out of Peru.", set()),
])
def test_coding_second_review_of_the_round(registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] != "ASSAULT" or k[1] != k[2]} == expected


def test_coding_a_trip_one_is_ahead_of_is_to_come(registry):
    found = code(registry, "Ahead of his trip to Lima, Chilean President Gabriel Boric spoke with Peruvian President "
                           "Dina Boluarte by phone.")
    assert {(e.type, e.status) for e in found} == {("CONSULT", "occurred"), ("AGREE", "planned")}


@pytest.mark.parametrize("text, expected", [
    ("Peru vowed to avenge the killing of its soldiers in the Chilean strike.",
     {("THREATEN", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Peru vowed to avenge the killing of its commander in Santiago.", set()),
    ("Peru vowed revenge for the Chilean strikes on Lima.", {("THREATEN", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Peru vowed vengeance after Chilean strikes on Lima killed 20 people.",
     {("THREATEN", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
])
def test_coding_a_vow_to_avenge_is_at_the_author_of_what_is_avenged_which_was_done(registry, text, expected):
    found = code(registry, text)
    assert keyed_pairs(found) == expected and all(e.status == "occurred" for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Peru vowed retaliation for the Chilean attack on its embassy in Quito.",
     {("THREATEN", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Peru condemned the Chilean strike on its territory.", {("ACCUSE", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Peru said the Chilean missiles hit its air base.", {("ASSAULT", "CHL", "PER")}),
    ("The Houthis said US strikes destroyed their radar sites.", {("ASSAULT", "USA", "YEM")}),
])
def test_coding_what_a_possessive_owns_is_not_the_attackers_named_by_an_adjective(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, day", [
    ("Chile recalled its ambassador to Peru for consultations on Tuesday.", "2025-04-22"),
    ("Chile expelled a Peruvian diplomat for spying on Tuesday.", "2025-04-22"),
    ("Chilean police fired tear gas to disperse Peruvian protesters in Santiago on Tuesday.", "2025-04-22"),
    ("Chile condemned the Peruvian attack on Tuesday.", "2025-04-24"),
])
def test_coding_a_day_after_what_an_act_is_for_is_the_act_s(registry, text, day):
    (event,) = [e for e in code(registry, text) if e.source.key != e.target.key]
    assert event.date == day


@pytest.mark.parametrize("text, expected", [
    ("The International Court of Justice ordered Chile to halt its offensive in Peru.", {("REQUEST", "ICJ", "CHL")}),
    ("A Peruvian judge ordered Chile to pay $1 billion to the families of the victims.", {("REQUEST", "PER", "CHL")}),
    ("Chile ordered its troops to withdraw from the Peruvian border.", {("RETREAT", "CHL", "PER")}),
    ("Chilean President Gabriel Boric ordered the expulsion of the Peruvian ambassador.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_what_another_state_is_ordered_to_do_is_asked_of_it(registry, text, expected):
    found = code(registry, text)
    assert keyed_pairs(found) == expected and all(e.status == "occurred" for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Chile halted arms exports to Peru on Friday.", {("SANCTION", "CHL", "PER")}),
    ("Chile stopped exporting weapons to Peru.", {("SANCTION", "CHL", "PER")}),
    ("Chile stopped importing Peruvian wine to protect its own growers.", set()),
])
def test_coding_trade_halted_is_a_measure_and_no_trade(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The IMF released $1 billion to Peru.", {("AID", "IMF", "PER")}),
    ("The IMF approved the release of a $1 billion tranche to Peru on Friday.", {("AID", "IMF", "PER")}),
    ("Chilean President Gabriel Boric sent a message of condolence to Peruvian President Dina Boluarte.",
     {("SUPPORT", "CHL", "PER")}),
    ("Chile sent a message to Peru through Brazil.", set()),
    ("Chile retaliated against Peruvian tariffs on Friday.", {("SANCTION", "CHL", "PER")}),
    ("Chile retaliated against Peruvian tariffs by imposing duties on Peruvian goods.", {("SANCTION", "CHL", "PER")}),
    ("Chile has sent a contingent of 200 troops to Peru.", {("AID", "CHL", "PER")}),
    ("A Chilean court sentenced a Peruvian writer to death.", {("COERCE", "CHL", "PER")}),
    ("Chile charged seven Peruvian nationals with hacking into the networks of Brazilian companies.",
     {("COERCE", "CHL", "PER")}),
    ("Chile and Peru accused each other of breaching the truce.", {("ACCUSE", "CHL", "PER"), ("ACCUSE", "PER", "CHL")}),
    ("Peruvian transporters staged a wheel-jam strike.", {("PROTEST", "PER", None)}),
    ("The Chilean army staged a strike on Peruvian positions.", {("ASSAULT", "CHL", "PER")}),
])
def test_coding_money_messages_trade_courts_and_strikes_of_work(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed three Chilean engineers in Lima on Tuesday.", {("ASSAULT", "PER", "CHL")}),
    ("Police arrested three Chilean nationals in Arequipa on Sunday.", {("COERCE", "PER", "CHL")}),
])
def test_coding_unnamed_gunmen_and_police_are_of_where_they_act_not_of_their_victims(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_a_protest_s_stated_demand_is_the_protest(registry):
    found = code(registry, "Peruvian activists staged rallies in Lima against President Dina Boluarte, saying she must resign.")
    assert {e.type for e in found} == {"PROTEST"}


@pytest.mark.parametrize("text, expected", [
    ("Chile hosted a trilateral meeting with Peru and Bolivia on Friday.",
     {("CONSULT", "CHL", "PER"), ("CONSULT", "CHL", "BOL")}),
    ("Two Peruvian diplomats were expelled from Chile on Thursday for spying.", {("SANCTION", "CHL", "PER")}),
    ("A Peruvian diplomat was declared persona non grata by Chile on Tuesday.", {("SANCTION", "CHL", "PER")}),
    ("Chile invested $6 billion in Peru last year.", {("COOPERATE", "CHL", "PER")}),
    ("Chile closed its embassy in Lima on Saturday.", {("SANCTION", "CHL", "PER")}),
    ("Chile reopened its embassy in Lima on Monday.", {("SUPPORT", "CHL", "PER")}),
])
def test_coding_meetings_hosted_expulsions_told_in_the_passive_investment_and_embassies(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile test-fired a new cruise missile on Thursday.", {("MOBILIZE", "CHL", None)}),
    ("Chile fired a ballistic missile into the sea off its coast.", {("MOBILIZE", "CHL", None)}),
    ("Chile conducted a missile test on Friday.", {("MOBILIZE", "CHL", None)}),
    ("Chile fired missiles at Peru on Friday.", {("ASSAULT", "CHL", "PER")}),
])
def test_coding_a_weapon_tested_is_a_show_of_force_at_no_one(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


def test_coding_supporters_of_a_leader_are_his_people_not_he(registry):
    found = code(registry, "Supporters of opposition leader Imran Khan clashed with police in Islamabad.")
    assert [(e.type, e.source.sector, e.target.sector) for e in found] == [("ASSAULT", "CVL", "COP")]


@pytest.mark.parametrize("text, expected", [
    ("About 200 supporters of the Peruvian opposition blocked roads in Lima demanding that the president be "
     "reinstated.", {"PROTEST"}),
    ("Peruvian farmers blocked roads in Lima, demanding that Chile withdraw its troops.", {"PROTEST", "REQUEST"}),
])
def test_coding_a_demand_a_protest_makes_of_its_own_state_is_the_protest(registry, text, expected):
    assert {e.type for e in code(registry, text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile's decision drew sharp criticism from Peru.", {("ACCUSE", "PER", "CHL")}),
    ("Chilean police fired tear gas at Peruvian protesters in Santiago.", {("COERCE", "CHL", "PER")}),
    ("The Chilean navy fired water cannon at a Peruvian fishing boat.", {("ASSAULT", "CHL", "PER")}),
    ("Chile would not stand idly by if Peru continued its military build-up, the foreign ministry said.", set()),
])
def test_coding_criticism_drawn_crowds_dispersed_and_warnings(registry, text, expected):
    assert {k for k in keyed_pairs(code(registry, text)) if k[0] != "MOBILIZE"} == expected


def test_coding_a_ceasefire_violated_is_an_attack_on_the_other_side_and_the_teller_s_charge(registry):
    found = code(registry, "Chilean and Peruvian troops exchanged fire along the border on Tuesday. Chilean troops again "
                           "violated the ceasefire on Wednesday, the Peruvian army said.")
    assert ("ACCUSE", "PER", "CHL") in keyed_pairs(found)
    assert any(e.type == "ASSAULT" and e.source.key == "CHL" and m.trigger == "violated the ceasefire"
               for e in found for m in e.mentions)


@pytest.mark.parametrize("text, expected", [
    ("The ICC issued an arrest warrant for Peruvian President Dina Boluarte over the deaths of Chilean protesters.",
     {("COERCE", "ICC", "PER")}),
    ("Brazil brokered a ceasefire between Chile and Peru on Saturday.",
     {("AGREE", "CHL", "PER"), ("CONSULT", "BRA", "CHL"), ("CONSULT", "BRA", "PER")}),
])
def test_coding_whom_a_warrant_is_for_and_who_brokers_a_truce(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile warned it would retaliate for any attack by Peru.", {("THREATEN", "CHL", "PER")}),
    ("Chile charged Peru with sponsoring terrorism.", {("ACCUSE", "CHL", "PER")}),
    ("Chile called the Peruvian strike an act of war.", {("ACCUSE", "CHL", "PER")}),
    ("Chile temporarily closed its embassy in Lima, citing security concerns.", set()),
    ("Chile ordered the closure of the border crossing with Peru.", {("COERCE", "CHL", "PER")}),
    ("Chile ordered Peruvian nationals to leave the country by April 27.", {("COERCE", "CHL", "PER")}),
    ("Chile lodged a strong protest with Peru, saying Lima must investigate the killings.",
     {("ACCUSE", "CHL", "PER"), ("REQUEST", "CHL", "PER")}),
    ("Chile vowed revenge after Peru killed its top general.", {("THREATEN", "CHL", "PER")}),
    ("Chilean traders observed a strike on Thursday.", {("PROTEST", "CHL", None)}),
    ("Chile sent a letter of protest to the UN Security Council over Peru's actions.", set()),
])
def test_coding_third_review_of_the_round(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile has not stopped attacking Peruvian towns.", {("ASSAULT", "CHL", "PER")}),
    ("Chile retaliated against Peru by imposing tariffs on Peruvian goods.", {("SANCTION", "CHL", "PER")}),
    ("Chile released Peru's frozen central bank assets.", {("AID", "CHL", "PER")}),
    ("Chile reopened its consulate in Arequipa.", {("SUPPORT", "CHL", "PER")}),
    ("Chile directed Peru to withdraw its troops from the border.", {("REQUEST", "CHL", "PER")}),
    ("Gunmen killed two Chilean soldiers in Arequipa.", {("ASSAULT", "PER", "CHL")}),
])
def test_coding_fourth_review_of_the_round(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chilean President Gabriel Boric received a call from Peruvian President Dina Boluarte.",
     {("CONSULT", "PER", "CHL")}),
    ("Chile designated two Peruvian companies for supplying Bolivia's drone programme.", {("SANCTION", "CHL", "PER")}),
    ("Chile designated Santiago as the venue for the talks.", set()),
])
def test_coding_calls_received_and_firms_designated(registry, text, expected):
    assert keyed_pairs(code(registry, text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile will not stop striking Peru, the president said.", set()),
    ("Chile retaliated for another Peruvian strike on its territory.", {("ASSAULT", "PER", "CHL"), ("ASSAULT", "CHL", "PER")}),
    ("Chile halted intelligence sharing with Peru.", {("SANCTION", "CHL", "PER")}),
    ("The Chilean navy fired water cannon at a Peruvian vessel carrying workers.", {("ASSAULT", "CHL", "PER")}),
    ("Chilean police fired rubber bullets at Peruvian students in Santiago, killing two.", {("ASSAULT", "CHL", "PER")}),
    ("Chile closed its embassy in Lima over security threats from Bolivia.", set()),
    ("Chile brokered a deal with the IMF.", set()),
    ("Peru's decision drew fire from Chile.", {("ACCUSE", "CHL", "PER")}),
    ("Chile retaliated against Peru by suspending the border agreement.", {("SANCTION", "CHL", "PER")}),
])
def test_coding_fifth_review_of_the_round(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


def test_coding_an_accord_violated_on_a_day_is_violated_that_day(registry):
    found = code(registry, "Chile and Peru agreed a ceasefire in November. Chile violated the ceasefire on Friday, "
                           "Peru said.")
    assert {(e.type, e.date) for e in found if e.type == "ACCUSE"} == {("ACCUSE", "2025-04-18")}


@pytest.mark.parametrize("text, expected", [
    ("Chile launched a military operation against Peru on Saturday.", {("ASSAULT", "CHL", "PER")}),
    ("Peru launched Operation Iron Wall against Chile.", {("ASSAULT", "PER", "CHL")}),
    ("Chile launched Operation Andes against Peru on Monday.", {("ASSAULT", "CHL", "PER")}),
    ("The Chilean military said it would continue to strike Peruvian targets if attacks on shipping resumed.",
     {("THREATEN", "CHL", "PER")}),
])
def test_coding_operations_launched_and_strikes_continued_on_a_condition(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


@pytest.mark.parametrize("text, expected", [
    ("Chile announced a strike in Arequipa on Wednesday.", {("ASSAULT", "CHL", "PER")}),
    ("The Chilean patrol drew fire from Peruvian troops.", {("ASSAULT", "PER", "CHL")}),
    ("Chile halted the flow of refugees from Peru.", set()),
    ("Chile ended intelligence sharing with Peru.", {("SANCTION", "CHL", "PER")}),
    ("Brazil brokered a grain deal with Chile and Peru.", set()),  # (a deal made with both, or by three?)
    ("Brazil brokered a ceasefire between Chile and Peru.",
     {("CONSULT", "BRA", "CHL"), ("CONSULT", "BRA", "PER"), ("AGREE", "CHL", "PER")}),
    ("The UN designated Peru under its counter-terrorism framework.", set()),
    ("Peru received a call from the IMF to revise the budget.", set()),
    ("Chile launched a relief operation in Peru.", set()),
    ("Chile launched a diplomatic offensive against Peru.", set()),
])
def test_coding_sixth_review_of_the_round(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


def test_coding_a_strike_another_would_be_answered_for_is_only_supposed(registry):
    found = code(registry, "Chile said it would retaliate for another Peruvian strike.")
    assert not any(e.type == "ASSAULT" and e.status == "occurred" for e in found)


def test_coding_a_town_the_recognizer_calls_a_body_still_places_its_people(registry):
    found = code(registry, "Traders in Karachi observed a complete shutter-down strike on Monday.")  # (tagged ORG)
    assert {(e.type, e.source.key, e.source.sector) for e in found} == {("PROTEST", "PAK", "BUS")}


@pytest.mark.parametrize("text, expected", [
    ("Chile drew fire from Peru over its remarks.", {("ACCUSE", "PER", "CHL")}),
    ("Chile and Peru concluded joint military exercises on Friday.", {("COOPERATE", "CHL", "PER")}),
    ("Chilean troops launched a search operation against Peruvian militants.", {("ASSAULT", "CHL", "PER")}),
    ("Chilean President Gabriel Boric received a call from Peruvian President Dina Boluarte that lasted 30 minutes.",
     {("CONSULT", "PER", "CHL")}),
])
def test_coding_seventh_review_of_the_round(registry, text, expected):
    assert keyed_pairs(e for e in code(registry, text) if e.status == "occurred") == expected


def test_coding_a_strike_public_servants_announce_is_a_strike_of_work(registry):
    found = code(registry, "Chilean government employees announced a strike on Monday.")
    assert {(e.type, e.mode) for e in found} == {("PROTEST", "strike")}


def test_coding_his_counterpart_is_the_other_side_of_the_encounter(registry):
    """"His counterpart", "her host", "his guest" unqualified are the other party of the meeting or
    call told before, not the possessor's own official ("his counterparts from other states" are
    no one state's)."""
    body = ("Peruvian Foreign Minister Ana Soto held a telephone conversation with Chilean Foreign Minister "
            "Luis Rojas on Tuesday.\n\nSoto urged her counterpart to lift the restrictions on Peruvian trucks.\n\n"
            "His counterpart assured her that Chile would review the matter.")
    found = {(e.type, e.source.key, e.target.key) for e in code(registry, body) if e.type != "CONSULT"}
    assert found == {("REQUEST", "PER", "CHL"), ("AGREE", "CHL", "PER")}
    body = ("Bolivian Foreign Minister Ana Soto met Peruvian President Luis Rojas in Lima on Tuesday.\n\n"
            "The Bolivian minister thanked her host for the warm welcome.")
    assert ("SUPPORT", "BOL", "PER") in {(e.type, e.source.key, e.target.key) for e in code(registry, body)}


def test_coding_an_ultimatum_is_dated_when_given_and_due_on_its_deadline(registry):
    (threat,) = code(registry, "Peru on Monday gave Chile until May 31 to withdraw its troops.")
    assert (threat.type, threat.date) == ("THREATEN", "2025-04-21")


def test_coding_a_meeting_scheduled_for_a_weekday_is_the_coming_one(registry):
    """"Scheduled for Sunday", "meet on Friday" in the plain present: the coming day is when it is
    due; the plan is dated when told."""
    for body in ("Talks between Peru and Chile are scheduled for Sunday in Lima.",
                 "The foreign ministers of Peru and Chile meet in Lima on Friday."):
        (plan,) = code(registry, body, published="2025-05-14")
        assert (plan.type, plan.status, plan.date) == ("AGREE", "planned", "2025-05-14")


def test_coding_a_day_told_in_the_past_perfect_is_its_clauses(registry):
    """"Y had on Sunday accused X": Y accused on Sunday (the parser hangs the subject and the day on
    "had"); X's answer, told after a dated charge of Y's, was given on the day of the news."""
    body = ("The Peruvian foreign ministry on Monday rejected the claims made by Santiago.\n\n"
            "The Chilean spokesman Luis Rojas had on Sunday accused Peru of violating Chilean airspace.")
    found = {(e.type, e.date) for e in code(registry, body, published="2025-10-13", dateline="LIMA")}
    assert found == {("REJECT", "2025-10-13"), ("ACCUSE", "2025-10-12")}
    body = ("The Chilean spokesman Luis Rojas accused Peru on Sunday of violating Chilean airspace.\n\n"
            "Peru rejected the accusation.")
    found = {(e.type, e.date) for e in code(registry, body, published="2025-10-13", dateline="LIMA")}
    assert found == {("REJECT", "2025-10-13"), ("ACCUSE", "2025-10-12")}


def test_coding_armed_men_are_of_where_the_sentence_places_them_not_of_the_dateline(registry):
    """Militants a story filed in one capital tells of fighting in another state are that state's."""
    body = "Militiamen attacked a police station in northern Chile on Tuesday, killing five policemen."
    found = {(e.type, e.source.key) for e in code(registry, body, dateline="LIMA")}
    assert ("ASSAULT", "CHL") in found and ("ASSAULT", "PER") not in found


READINGS_OF_THE_THIRTY_FIRST_ROUND = {
    "Gunmen stormed a police station in Arica on Monday, killing four officers, and the Shining Path claimed "
    "responsibility.": {("ASSAULT", "PER", "CHL", "occurred")},
    "A suicide bomber killed six Chilean soldiers in Arica on Monday; the Shining Path later claimed the attack.":
        {("ASSAULT", "PER", "CHL", "occurred")},
    "A suicide bomber killed six Chilean soldiers in Arica on Monday; no group claimed the attack.":
        {("ASSAULT", "CHL", "CHL", "occurred")},
    "The Shining Path said it was behind the attack on a Chilean army post in Arica on Monday.":
        {("ASSAULT", "PER", "CHL", "occurred")},
    "Chile said the Shining Path was behind the attack on a Chilean army post in Arica on Monday.":
        {("ACCUSE", "CHL", "PER", "occurred")},
    "Monday's attack on a Peruvian patrol by Chilean troops killed two soldiers.":
        {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile's military denied reports that its jets had struck targets inside Peru on Monday.":
        {("REJECT", "CHL", "PER", "occurred"), ("ASSAULT", "CHL", "PER", "denied")},
    "Chile denied that its troops had fired across the border into Peru.":
        {("REJECT", "CHL", "PER", "occurred"), ("ASSAULT", "CHL", "PER", "denied")},
    "Chile denied reports that its president had met the Peruvian leader.": {("CONSULT", "CHL", "PER", "denied")},
    "Chilean officials dismissed reports that Santiago had agreed to hand over four villages to Peru.":
        {("AGREE", "CHL", "PER", "denied"), ("RETREAT", "CHL", "PER", "denied")},
    "Chile and Bolivia pledged $500 million in aid to Peru.":
        {("AGREE", "CHL", "PER", "occurred"), ("AGREE", "BOL", "PER", "occurred")},
    "Chile and Bolivia signed a trade agreement with Peru.":
        {("SUPPORT", "CHL", "PER", "occurred"), ("SUPPORT", "BOL", "PER", "occurred"),
         ("SUPPORT", "CHL", "BOL", "occurred")},
    "Chile is poised to sign a trade deal with Peru.": {("AGREE", "CHL", "PER", "planned")},
    "The EU, which imposed sanctions on Peru in March, said it would review them.":
        {("SANCTION", "EU", "PER", "occurred")},
    "Bolivia, which received $3 billion from the IMF in March, is seeking more money.":
        {("AID", "IMF", "BOL", "occurred")},
    "Direct talks between Chile and the Shining Path, which has been fighting Peruvian forces since 2001, began in "
    "Lima.": {("ASSAULT", "PER", "PER", "occurred"), ("CONSULT", "CHL", "PER", "occurred")},
    "Bolivia handed over 50,000 food packages to Peru on Monday.": {("AID", "BOL", "PER", "occurred")},
    "Chile extended its $3 billion deposit with Peru for a year.": {("AID", "CHL", "PER", "occurred")},
    "Chile will close the border crossing with Peru with immediate effect.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile will close the border crossing with Peru next week.": {("THREATEN", "CHL", "PER", "occurred")},
    "If Chile attacks Peruvian positions again, Lima will respond with full force.":
        {("THREATEN", "PER", "CHL", "occurred"), ("ASSAULT", "CHL", "PER", "hypothetical")},
    "Chile demanded an immediate investigation over the shots fired by Peruvian troops.":
        {("REQUEST", "CHL", "PER", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_THIRTY_FIRST_ROUND)
def test_coding_readings_of_the_thirty_first_round(registry, body):
    """Unnamed attackers are the named group the sentence says claimed the act ("..., and X
    claimed responsibility", "X said it was behind the attack"); saying another was behind it
    stays a charge. "The attack on X's patrol by Y" is at X, though the parser hangs "by Y" on the
    patrol. A denial that names no accuser answers whom the denied force is said to have hit, in its
    clause or in the reports it denies; an agreement denied plans nothing. Two that pledge aid to a third
    promise it, making no pact with each other; "poised to" is a plan. "Which" stands for the actor
    it follows ("A and B, which ...": B). "Handed over 50,000 packages" hands them over, though the
    parser reads "over 50,000" as "more than"; a deposit extended is aid. A measure that takes effect
    as it is announced ("with immediate effect") is taken. To "respond with full force" if attacked
    is a threat. A demand for an inquiry "over" acts told with their doer is made of the doer."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_THIRTY_FIRST_ROUND[body]


def test_coding_a_claim_after_an_attack_names_its_authors(registry):
    """"A bomber killed six soldiers in X. The Y group claimed responsibility for the attack.":
    the attack is Y's; a claim of another attack it names is not."""
    body = ("A suicide bomber rammed a car into a Chilean army convoy in Arica on Monday, killing six soldiers.\n\n"
            "The Shining Path claimed responsibility for the attack in a statement.")
    assert keyed_pairs(code(registry, body, dateline="ARICA")) == {("ASSAULT", "PER", "CHL")}
    other = body.replace("for the attack in a statement", "for a bombing in Lima last year")
    assert ("ASSAULT", "CHL", "CHL") in keyed_pairs(code(registry, other, dateline="ARICA"))


def test_coding_the_two_sides_are_the_pair_that_met_not_an_armed_group_or_a_pair_hoped_for(registry):
    """"The two sides" are the pair the story has met: not an armed group a lead names as a target
    of their cooperation (counted apart from its state), nor the pair whose tensions a third is
    ready to help reduce."""
    body = ("Chile and Peru held a round of counter-terrorism dialogue in Lima on Tuesday and agreed to strengthen "
            "cooperation against terrorist groups including the Shining Path.\n\nThe Chilean delegation was led by "
            "Additional Secretary for UN Affairs Juan Perez.\n\nThe two sides agreed to hold the next session of the "
            "dialogue in Santiago.")
    agreed = {frozenset((e.source.key, e.target.key)) for e in code(registry, body, dateline="LIMA")
              if e.type == "AGREE"}
    assert agreed == {frozenset(("CHL", "PER"))}
    body = ("The Chilean foreign minister met his Peruvian counterpart in Lima on Tuesday.\n\nThe Peruvian minister "
            "said Peru was ready to play its role in reducing tensions between Chile and Bolivia.\n\nThe two sides "
            "agreed to hold the next meeting in Santiago.")
    agreed = {(frozenset((e.source.key, e.target.key)), e.status) for e in code(registry, body, dateline="LIMA")
              if e.type == "AGREE"}
    assert (frozenset(("CHL", "PER")), "planned") in agreed
    assert frozenset(("CHL", "BOL")) not in {pair for pair, _ in agreed}


def test_coding_a_day_and_month_ahead_of_the_news_told_as_done_is_last_years(registry):
    """A bare "on June 5" in copy of May 14 is to come, unless the act it dates is told as done: then
    it is last year's (but the day of what a threat is about stays its due day)."""
    found = code(registry, "Chile declared the Peruvian envoy persona non grata on June 5.", published="2025-05-14")
    assert {(e.type, e.date) for e in found} == {("SANCTION", "2024-06-05")}
    found = code(registry, "Chile threatened new tariffs on Peruvian goods starting on November 1.",
                 published="2025-05-14")
    assert {(e.type, e.date) for e in found} == {("THREATEN", "2025-05-14")}


def test_coding_a_day_told_of_what_the_object_was_doing_is_the_acts(registry):
    """"Killed six militants trying to cross into X on Monday": Monday is when they were killed;
    but "who had attacked a post on Monday" tells an earlier act's day."""
    found = code(registry, "Chilean troops killed six Peruvian rebels who were trying to cross into Chile on Monday.",
                 published="2025-05-14")
    assert {(e.type, e.date) for e in found} == {("ASSAULT", "2025-05-12")}
    found = code(registry, "Chilean troops killed six Peruvian soldiers who had attacked a border post on Monday.",
                 published="2025-05-14")
    assert ("ASSAULT", "CHL", "PER", "2025-05-12") not in {(e.type, e.source.key, e.target.key, e.date) for e in found}


def test_coding_both_sides_of_talks_a_third_hosted_are_the_pair_named_with_a_hyphen(registry):
    found = keyed_pairs(code(registry, "Oman, which has hosted several rounds of Chile-Peru talks, has called on both "
                                       "sides to return to negotiations."))
    assert {("REQUEST", "OMN", "CHL"), ("REQUEST", "OMN", "PER")} <= found


def test_coding_a_pronoun_opening_a_sentence_is_the_subject_before_it(registry):
    """"... the Foreign Office said X's remarks were ... It called on the UN to ...": the Foreign
    Office calls, not X, named last."""
    body = ("Peru on Sunday rejected the remarks of the Chilean defence minister as irresponsible.\n\nIn a statement, "
            "the Foreign Office said such statements were aimed at diverting attention from Chile's violations.\n\n"
            "It called on the United Nations to take notice of Chile's belligerent rhetoric.")
    found = keyed_pairs(code(registry, body, dateline="LIMA"))
    assert ("REQUEST", "PER", "UN") in found and ("REQUEST", "CHL", "UN") not in found


REGRESSIONS_OF_THE_THIRTY_FIRST_ROUND = {
    "Chile will expel Peruvian diplomats with immediate effect if Peru does not withdraw its decision.":
        {("THREATEN", "CHL", "PER", "occurred")},
    "Chile will retaliate if Peru suspends the water treaty with immediate effect.":
        {("THREATEN", "CHL", "PER", "occurred")},
    "Chile denied that its troops were fighting alongside rebels in Peru.": {("REJECT", "CHL", "PER", "occurred")},
    "Chile denied reports that its consulate in Lima had been attacked.": set(),
    "The Shining Path, which has claimed attacks on Chilean soldiers, is designated a terrorist group.": set(),
    "Chile launched missile strikes on Peru, which drew condemnation from Bolivia.":
        {("ASSAULT", "CHL", "PER", "occurred"), ("ACCUSE", "BOL", "CHL", "occurred")},
    "Afghanistan rolled over 20 trucks of fruit to Pakistan.": set(),
    "Chile and Peru have accused each other of violations.": set(),
    "The Shining Path, which has claimed responsibility for attacks on Chilean nationals, is banned.": set(),
    "Chile launched a drone attack on Peru, which killed two people in Lima.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile and Bolivia, which have imposed sanctions on Peru, called for calm.":
        {("SANCTION", "CHL", "PER", "occurred"), ("SANCTION", "BOL", "PER", "occurred"),
         ("REQUEST", "CHL", "PER", "occurred"), ("REQUEST", "BOL", "PER", "occurred")},
    "China extended a $1bn loan to Sri Lanka to ease its foreign exchange crisis.": {("AID", "CHN", "LKA", "occurred")},
    "Saudi Arabia and the UAE pledged $2bn to Peru, and both countries are expected to roll over their deposits.":
        {("AGREE", "SAU", "PER", "occurred"), ("AGREE", "ARE", "PER", "occurred")},
}


@pytest.mark.parametrize("body", REGRESSIONS_OF_THE_THIRTY_FIRST_ROUND)
def test_coding_what_the_thirty_first_rounds_reviews_found(registry, body):
    """A measure "with immediate effect" on a condition, or in another clause, is not taken; a
    denial of fighting alongside a group or of an attack on one's own mission aims at neither; a
    record of claims is no attack; "which" after a strike that drew condemnation, or after the object
    of an attack, is the strike, and a plural "which" after a pair is both; a
    convoy of trucks rolled over is no aid; a loan's purpose is no sale; co-donors roll over their
    own deposits; what two sides "have accused each other of" on no day is a habit, as "has long"."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == REGRESSIONS_OF_THE_THIRTY_FIRST_ROUND[body]


def test_coding_dates_the_thirty_first_rounds_reviews_found(registry):
    """An end date ("until May 31"), a meeting's day, an earlier year of the object and the day of
    what a reaction answers do not date the act; what "X, which ..." did, told on no day, is
    background; a dated reciprocal accusation keeps its date."""
    dated = {
        "Chile declared a unilateral ceasefire until May 31.": "2025-05-14",
        "Chile agreed to a meeting with the IAEA on June 5.": "2025-05-14",
        "Chile released Peruvian fishermen arrested in 2022.": "2025-05-14",
        "Chile condemned the Peruvian strikes launched on Sunday.": "2025-05-14",
        "Chile, which killed a Peruvian commander in Lima, denied involvement in the blast.": None,
    }
    for body, day in dated.items():
        assert {e.date for e in code(registry, body, published="2025-05-14")} == {day}, body
    found = code(registry, "Chile and Peru have accused each other of violating the ceasefire on Sunday.",
                 published="2025-05-14")
    assert None not in {e.date for e in found}


def test_actors_an_unnamed_office_and_a_named_foreign_one_are_two(registry):
    body = "The Foreign Minister and Chinese Ambassador Jiang Zaidong discussed trade in Lima on Monday."
    assert ("CONSULT", "CHN") in {(e.type, e.target.key if e.target else None) for e in
                                  code(registry, body, dateline="LIMA")} | {
        (e.type, e.source.key) for e in code(registry, body, dateline="LIMA")}


def test_coding_a_pronoun_opening_a_sentence_is_not_the_party_its_clause_acts_on(registry):
    body = ("Bolivia rejected Peru's demand for talks on Monday.\n\nIt has repeatedly accused La Paz of sheltering "
            "smugglers.")
    assert ("ACCUSE", "PER", "BOL") in keyed_pairs(code(registry, body, dateline="LIMA"))


def test_coding_the_day_before_and_days_earlier_count_back_from_the_day_told_before(registry):
    """"Talks on Tuesday. The day before, X ...": Monday; "Two days earlier": Sunday; "the day
    before the vote" names no day."""
    for opening, day in (("The day before", "2025-05-12"), ("Two days earlier", "2025-05-11")):
        body = f"Chile and Peru held talks on Tuesday.\n\n{opening}, Peru expelled the Chilean envoy."
        found = code(registry, body, published="2025-05-14", dateline="LIMA")
        assert {(e.type, e.date) for e in found if e.type == "SANCTION"} == {("SANCTION", day)}
    found = code(registry, "Peru expelled the Chilean envoy the day before the vote.", published="2025-05-14")
    assert {e.date for e in found} == {"2025-05-14"}


READINGS_OF_THE_THIRTY_SECOND_ROUND = {
    "Chile is about to sign a trade agreement with Peru.": {("AGREE", "CHL", "PER", "planned")},
    "Chile and Peru are on the verge of signing a peace deal.": {("AGREE", "CHL", "PER", "planned")},
    "Peru is supposed to sign a trade agreement with Chile next week.": {("AGREE", "PER", "CHL", "planned")},
    "Chile was supposed to sign a trade agreement with Peru on Monday.": set(),
    "Chile was about to sign the deal with Peru when the talks collapsed.": set(),
    "Were Chile to attack Peru, Bolivia would respond.": {("ASSAULT", "CHL", "PER", "hypothetical")},
    "Should talks fail, Chile will impose sanctions on Peru.": {("THREATEN", "CHL", "PER", "occurred")},
    "Peru closed its border with Bolivia, a move Chile condemned.": {("SANCTION", "PER", "BOL", "occurred"),
                                                                      ("ACCUSE", "CHL", "PER", "occurred")},
    "Chile and Peru are in direct talks aimed at calming tensions.": {("CONSULT", "CHL", "PER", "occurred")},
    "Bolivia is in talks with Peru over a new trade deal.": {("CONSULT", "BOL", "PER", "occurred")},
    "Chile and Peru exchanged accusations of violating the ceasefire.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Nicolás Maduro met Gustavo Petro in Caracas.": {("CONSULT", "VEN", "COL", "occurred")},
    "Chile threatened to close the port should Peru strike its naval base.": {("THREATEN", "CHL", "PER", "occurred"),
                                                                              ("ASSAULT", "PER", "CHL", "hypothetical")},
    "Chile said Peru was on the verge of signing a trade deal with Bolivia.": {("AGREE", "PER", "BOL", "planned")},
    "Chile hiked duties on Peruvian copper to 50 percent.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile cut tariffs on Peruvian goods.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile has lodged a WTO dispute against Peru over fishing subsidies.": {("ACCUSE", "CHL", "PER", "occurred")},
    "The IMF approved a $3 billion Extended Fund Facility for Bolivia.": {("AID", "IMF", "BOL", "occurred")},
    "The Chilean government said it had no intention of invading Peru.": set(),
    "Chilean hackers carried out a cyber attack on Peruvian banks.": {("COERCE", "CHL", "PER", "occurred")},
    "Chile pounded Peruvian positions with artillery overnight.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile and Peru told the council that Bolivia had violated the deal.": {("ACCUSE", "CHL", "BOL", "occurred"),
                                                                            ("ACCUSE", "PER", "BOL", "occurred")},
    "Peru and Bolivia vetoed a Chilean-sponsored resolution at the UN Security Council on Tuesday.": {
        ("REJECT", "PER", "UN", "occurred"), ("REJECT", "BOL", "UN", "occurred")},
    "Peru vetoed a draft resolution condemning Chile at the Security Council.": {("REJECT", "PER", "UN", "occurred")},
    "Peru vetoed a draft resolution condemning attacks on IAEA inspectors at the Security Council, drawing condemnation "
    "from NATO.": {("REJECT", "PER", "UN", "occurred"), ("ACCUSE", "NATO", "PER", "occurred")},
    "Chile is not about to hand over the rebel leaders to Peru.": set(),
    "Peru was about to launch more drones when Chile shot down two Peruvian jets.": {
        ("ASSAULT", "CHL", "PER", "occurred"), ("ASSAULT", "PER", "CHL", "hypothetical")},
    "Never before had Chile supplied so many weapons to Peru.": {("AID", "CHL", "PER", "occurred")},
    "Peru will take action should Bolivia fail to act against the rebels.": set(),
    "The Chilean president was to have made a visit to Lima in February.": set(),
    "Peru quit the Lima climate accord.": set(),
    "Peru terminated its agreement with the Chilean firm.": set(),
    "Chile and Peru exchanged prisoners despite accusations of ceasefire violations.": {
        ("RETREAT", "CHL", "PER", "occurred"), ("RETREAT", "PER", "CHL", "occurred")},
    "Chile raised the duty on Peruvian textiles, but cut tariffs on Bolivian medicines.": {
        ("SANCTION", "CHL", "PER", "occurred"), ("RETREAT", "CHL", "BOL", "occurred")},
    "There is no doubt of Chile killing civilians in Peru.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Chile and Peru reached, and then violated, a ceasefire agreement.": {("AGREE", "CHL", "PER", "occurred")},
    "Peru's cabinet approved the IMF programme.": set(),
    "A spokesman for the Chile Army said Peruvian troops had violated the ceasefire.": {
        ("ACCUSE", "CHL", "PER", "occurred")},
    "Peru handed over 15 Bolivian detainees to Chile.": {("RETREAT", "PER", "CHL", "occurred")},
    "Peskov dismissed the Chilean report, and Bukele met Boluarte in Lima.": {("REJECT", "RUS", "CHL", "occurred"),
                                                                              ("CONSULT", "SLV", "PER", "occurred")},
    "Bolivia and Mercosur agreed on Friday to a free trade deal.": {("AGREE", "BOL", "MERCOSUR", "occurred")},
    "MONUSCO peacekeepers clashed with M23 rebels near Goma.": {("ASSAULT", "UN", "COD", "occurred")},
    "Peru expelled an official of the Chile Embassy.": {("SANCTION", "PER", "CHL", "occurred")},
    "Peru declared the defence advisers in the Chile High Commission persona non grata.": {
        ("SANCTION", "PER", "CHL", "occurred")},
    "The Chilean president, who was to have visited Lima on Monday, put off the trip.": set(),
    "The Chilean president is to make his first official visit to Peru next month.": {("AGREE", "CHL", "PER", "planned")},
    "Chile and Peru recalled their ambassadors.": {("SANCTION", "CHL", "PER", "occurred"),
                                                   ("SANCTION", "PER", "CHL", "occurred")},
    "Bolivia revoked its military cooperation agreement with Chile on Saturday.": {("SANCTION", "BOL", "CHL", "occurred")},
    "Peru announced that it was ending its defence cooperation agreement with Chile.": {
        ("SANCTION", "PER", "CHL", "occurred")},
    "Chile handed over 50 Peruvian detainees to the International Committee of the Red Cross.": {
        ("RETREAT", "CHL", "PER", "occurred")},
    "Peru freed 25 Chilean fishermen and handed them over to Bolivian officials.": {("RETREAT", "PER", "CHL", "occurred"),
                                                                                    ("RETREAT", "PER", "BOL", "occurred")},
    "The world body urged Chile to show restraint.": {("REQUEST", "UN", "CHL", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_THIRTY_SECOND_ROUND)
def test_coding_readings_of_the_thirty_second_round(registry, body):
    """An act "about to" be done, or one its doers are "on the verge of", is to come, as one they
    are "supposed to" do; "was about to", "was supposed to": it did not come. An act in a condition
    opened by an inverted auxiliary ("Were X to attack Y, ...") is only supposed, and announces
    nothing; the act the condition bears ("Should talks fail, X will ...") is a threat. "A move Y
    condemned" is condemned as "a move that Y condemned"; parties "in talks" consult; "exchanged
    accusations" accuse each other. A name's accents do not keep it from the person it names. A threat
    the parser hangs on the inverted condition after it ("... should Y strike") is made, at Y; "said X
    was on the verge of" reports what is to come. Duties raised or hiked are sanctions, tariffs cut are
    eased; a WTO dispute is lodged against a state, not the body; an IMF facility approved is aid. "No
    intention of invading" invades nothing; a cyber attack coerces; to pound is to attack. Each of the
    parties that tell a clause makes the charge it holds. A
    resolution vetoed is the council's, whoever drafted it and whomever it names. Leaders of 2025 and
    bodies news names are known ("Bukele", "Boluarte", "Mercosur", "MONUSCO"). A state's name before
    its mission ("of the Chile Embassy", "in the Chile High Commission") says whose staff they are. What
    one "was to have" done was not done; a visit one "is to make" is to come. "Not about to" promises
    nothing; an act in a clause of its own under what was "about to" be done keeps its own status; "Never
    before had X" tells a fact, and "should Y fail to act" asks nothing of Y. Two that recall "their"
    ambassadors recall them from each other. An agreement revoked, ended or withdrawn from is a measure
    against the other party, not a threat, but one named for a city or made with a firm aims at no
    state. A pattern's words are not taken from the setting of its verb ("despite accusations") nor
    from another clause ("but cut tariffs"). People handed over through the Red Cross or a third state's
    officials, or freed and then "handed over", are returned to their own state, not given as aid. "The
    world body" is the UN."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_THIRTY_SECOND_ROUND[body]


def test_dates_the_day_or_night_before_counts_back_from_the_day_told(registry):
    """"The night (day) before" at the end of its clause counts back from the day the sentence
    tells, else from publication; "the day before the talks" names no day."""
    dated = {
        "Peru said on Wednesday that Chilean troops had shelled its border posts the night before.": "2025-05-13",
        "Chilean troops shelled Peruvian border posts the day before, Peru said.": "2025-05-15",
        "Chilean troops shelled Peruvian border posts the night before the talks.": "2025-05-16",
    }
    for body, day in dated.items():
        assert {e.date for e in code(registry, body, published="2025-05-16")} == {day}, body


def test_dates_a_day_told_of_the_objects_of_a_measure_dates_the_measure(registry):
    """"A tariff on cars imported from X on May 2": the day of the tariff, as "shot down drones
    fired on Monday" is the day of the shooting; a year is no such day ("fishermen arrested in 2022")."""
    found = code(registry, "Chile slapped an additional 40 percent tariff on vehicles imported from Peru on May 2.",
                 published="2025-05-14")
    assert {(e.type, e.date) for e in found} == {("SANCTION", "2025-05-02")}
    found = code(registry, "Chile slapped a tariff on vehicles imported from Peru in 2022.", published="2025-05-14")
    assert {(e.type, e.date) for e in found} == {("SANCTION", "2025-05-14")}


def test_dates_the_end_of_this_month_and_this_weekend_are_due_dates_of_what_is_planned(registry):
    """"By the end of the month" and "this weekend", in what is promised or planned, say when it is
    due; the plan is dated when it is told."""
    for body in ("Peru pledged to hand over the suspects to Chile by the end of the month.",
                 "Chile threatened to impose sanctions on Peru by the end of the month.",
                 "The Chilean and Peruvian presidents will meet in Lima this weekend."):
        found = code(registry, body, published="2025-05-14")
        assert {(e.date, tuple(c.due for c in e.commitments)) for e in found} == {("2025-05-14", ("2025-05",))}, body


READINGS_OF_THE_THIRTY_THIRD_ROUND = {
    "The talks, mediated by Bolivia and Ecuador, began on Sunday.": set(),
    "Mediators from Bolivia and Ecuador met Peruvian negotiators in La Paz on Monday.": {
        ("CONSULT", "BOL", "PER", "occurred"), ("CONSULT", "ECU", "PER", "occurred")},
    "Bolivian and Ecuadorian mediators held talks with Peru in Quito.": {
        ("CONSULT", "BOL", "PER", "occurred"), ("CONSULT", "ECU", "PER", "occurred")},
    "Chile fulfilled its promise to free 20 Peruvian fishermen.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile kept its pledge to withdraw troops from Peru.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chile followed through on its threat to impose tariffs on Peru.": {("SANCTION", "CHL", "PER", "occurred")},
    "Chile has yet to deliver on its promise to free the Peruvian fishermen.": set(),
    "Chile went back on its pledge to withdraw troops from Peru.": {("REJECT", "CHL", "PER", "occurred")},
    "Chile broke its promise to free the Peruvian fishermen.": {("REJECT", "CHL", "PER", "occurred")},
    "Chile and Peru released prisoners on Monday.": {("RETREAT", "CHL", "PER", "occurred"),
                                                     ("RETREAT", "PER", "CHL", "occurred")},
    "Chilean and Peruvian marines staged a joint amphibious drill on Monday.": {("COOPERATE", "CHL", "PER", "occurred")},
    "The air forces of Chile and Peru on Tuesday began their joint exercise.": {("COOPERATE", "CHL", "PER", "occurred")},
    "Chile, Peru and Bolivia conducted the Pacific Shield drills on Monday.": {
        ("COOPERATE", "CHL", "PER", "occurred"), ("COOPERATE", "CHL", "BOL", "occurred"),
        ("COOPERATE", "PER", "BOL", "occurred")},
    "Chile's disaster management authority held an earthquake drill in Santiago.": set(),
    "Chile conducted a military exercise near the border with Peru on Monday.": {("MOBILIZE", "CHL", "PER", "occurred")},
    "A Peruvian court sentenced former president Dina Boluarte to five years in prison.": {
        ("COERCE", "PER", "PER", "occurred")},
    "Chilean police arrested a former minister of the ousted government on Monday.": {("COERCE", "CHL", "CHL", "occurred")},
    "Turkish police detained 50 members of the Republican People's Party in Istanbul on Sunday.": {
        ("COERCE", "TUR", "TUR", "occurred")},
    "Chilean troops killed three militants near the border on Monday.": {("ASSAULT", "CHL", "CHL", "occurred")},
    "Chile repatriated 2,000 Peruvian refugees on Monday.": {("COERCE", "CHL", "PER", "occurred")},
    "Chilean border guards pushed back 50 migrants to Peru on Saturday.": {("COERCE", "CHL", "PER", "occurred")},
    "Chile and Peru are set to sign a trade agreement during President Boric's visit to Lima later this month.": {
        ("AGREE", "CHL", "PER", "planned")},
    "The accord was signed during Boric's visit to Lima last month.": {("CONSULT", "CHL", "PER", "occurred")},
    "Mark Rutte urged Peru to halt its attacks on Chile.": {("REQUEST", "NATO", "PER", "occurred")},
    "Speaker Ayaz Sadiq met the Peruvian ambassador in Lima on Monday.": {("CONSULT", "PAK", "PER", "occurred")},
    "The Speaker of the Milli Majlis of Azerbaijan Lala Mammadova met the Chilean president on Monday.": {
        ("CONSULT", "AZE", "CHL", "occurred")},
    "The Chilean president and the Peruvian president witnessed the signing of seven MoUs in Lima.": {
        ("SUPPORT", "CHL", "PER", "occurred")},
    "Chile and Peru exchanged five memoranda of understanding in Lima on Tuesday.": {("SUPPORT", "CHL", "PER", "occurred")},
    "The Chilean foreign minister arrived in Lima at the invitation of his Peruvian counterpart.": {
        ("AGREE", "PER", "CHL", "occurred"), ("CONSULT", "CHL", "PER", "occurred")},
    "The Chilean army chief met his Peruvian counterpart on Monday. The two commanders agreed to boost military "
    "cooperation.": {("AGREE", "CHL", "PER", "occurred"), ("CONSULT", "CHL", "PER", "occurred")},
    "Chile condemned the suicide bombing at a market in Lima that killed 20 Bolivian workers.": {
        ("ACCUSE", "CHL", "PER", "occurred")},
    "Chile condemned the killing of four policemen in Tacna.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Chile condemned the recent attacks in Tacna and called for unity among political parties.": {
        ("ACCUSE", "CHL", "PER", "occurred")},
    "Peru shelled Chilean border posts on Monday. Bolivia condemned the attack.": {
        ("ASSAULT", "PER", "CHL", "occurred"), ("ACCUSE", "BOL", "PER", "occurred")},
    "Two Bolivian nationals were killed and another injured when a suicide bomber blew himself up near their vehicle "
    "in Arica on Tuesday.": {("ASSAULT", "CHL", "BOL", "occurred")},
    "Three Chilean soldiers were killed on Tuesday when their vehicle hit a landmine in Arica.": {
        ("ASSAULT", "CHL", "CHL", "occurred")},
    "Seven Chilean soldiers were killed in an improvised explosive device blast in Arica on Tuesday.": {
        ("ASSAULT", "CHL", "CHL", "occurred")},
    "Three Chilean soldiers were killed in a road accident in Arica on Tuesday.": set(),
    "Chilean troops killed six militants in North Waziristan on Monday.": {("ASSAULT", "CHL", "PAK", "occurred")},
    "The World Bank halted new lending to Peru.": {("SANCTION", "WB", "PER", "occurred")},
    "The Chilean president pardoned more than 4,000 prisoners on Monday.": {("RETREAT", "CHL", "CHL", "occurred")},
    "Chilean unions agreed to suspend a planned nationwide strike.": set(),
    "Thousands of people marched through the streets of Santiago on Tuesday.": {("PROTEST", "CHL", None, "occurred")},
    "Chile hanged two Peruvian men convicted of espionage.": {("ASSAULT", "CHL", "PER", "occurred")},
    "Peru has offered to supply Chile with Su-35 fighters.": {("AGREE", "PER", "CHL", "planned")},
    "Peruvian fighters attacked a Chilean police post.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Turkish police detained Istanbul Mayor Ekrem Yilmaz on Wednesday.": {("COERCE", "TUR", "TUR", "occurred")},
    "Arequipa police arrested two Chilean nationals on Monday.": {("COERCE", "PER", "CHL", "occurred")},
    "The Arequipa police chief met the Chilean consul general on Monday.": {("CONSULT", "PER", "CHL", "occurred")},
    "Chile kept its promise not to strike Peru.": set(),
    "Chile kept its promise to Peru to supply wheat.": {("AID", "CHL", "PER", "occurred")},
    "Bolivian mediators and Peruvian officials held talks in La Paz on Monday.": {("CONSULT", "BOL", "PER", "occurred")},
    "Chile and Peru released political prisoners on Monday.": {("RETREAT", "CHL", "CHL", "occurred"),
                                                                ("RETREAT", "PER", "PER", "occurred")},
    "Chilean troops participated in exercises with Peruvian forces.": {("COOPERATE", "CHL", "PER", "occurred")},
    "Chile and Peru held a joint naval exercise on Monday amid tensions with Bolivia.": {
        ("COOPERATE", "CHL", "PER", "occurred")},
    "Three people were killed and ten injured when a bus overturned in Arica on Monday.": set(),
    "Chile condemned the cowardly killing of its nationals in Peru.": {("ACCUSE", "CHL", "PER", "occurred")},
    "Peru condemned the attack on its consulate in Arica.": {("ACCUSE", "PER", "CHL", "occurred")},
    "Bolivian mediators met Chilean and Peruvian negotiators in La Paz on Saturday. The two diplomats agreed to "
    "meet again next week.": {("CONSULT", "BOL", "CHL", "occurred"), ("CONSULT", "BOL", "PER", "occurred"),
                              ("AGREE", "CHL", "PER", "planned")},
    "Bolivian and Ecuadorian mediators met in La Paz on Monday.": {("CONSULT", "BOL", "ECU", "occurred")},
    "Chile and Peru freed prisoners to mark Nowruz.": {("RETREAT", "CHL", "CHL", "occurred"),
                                                       ("RETREAT", "PER", "PER", "occurred")},
    "The UN chief witnessed the signing of the peace deal between Chile and Peru.": set(),
    "Chilean police arrested Interior Minister Juan Perez's nephew in Santiago.": set(),
    "Two children were killed when an old mortar shell they found exploded in Arica.": set(),
    "China condemned the attack on its workers in Balochistan.": {("ACCUSE", "CHN", "PAK", "occurred")},
    "Chile kept its pledge not to allow its soil to be used against Peru.": {("AGREE", "CHL", "PER", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_THIRTY_THIRD_ROUND)
def test_coding_readings_of_the_thirty_third_round(registry, body):
    """Mediators are no parties to the talks they mediate, nor to each other's meetings with a side.
    A promise or threat kept, honoured or followed through tells the act it held as done; one broken or
    gone back on is a rejection. Two states that free prisoners free each other's. Drills held by the
    forces of two states are a drill together, whatever names them ("the air forces of A and B", "the
    Shield drills"); an earthquake drill is none. A former or ousted office holder is no longer the
    state: a court that sentences one, police that arrest one, act on him. "Three militants" are
    militants counted, not the parties just named. Refugees and migrants sent or pushed back are
    deported. A visit "later this month" or "next month" is to come. A leader of 2025 keeps the office
    the leaders' table gives ("Mark Rutte": NATO's, not the Netherlands'); "of Peru" before a name the
    recogniser took in with it names the state. Witnessing the signing of accords, or exchanging them,
    signs them; a visit "at the invitation of" X is X's invitation; "the two commanders" are the pair
    just met. Condemning an attack no side was told to make condemns its unnamed attackers, of the
    country it took place in, never its victims. An attack told in a clause the parser hangs on the
    next conjunct ("were killed and another injured when ..."), a landmine hit, an explosive device
    blast are attacks by unnamed attackers. The tribal districts of Pakistan are places of Pakistan.
    Lending halted is aid stopped; prisoners pardoned are freed; a planned strike suspended is no
    threat; a crowd marching "through the streets of" a city is of its country; men hanged are
    executed. "Su-35 fighters" are aircraft, not armed men. A town named before an office or a body
    ("Lima police", "Istanbul Mayor X") gives its country; a person the state coerces is not the state."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_THIRTY_THIRD_ROUND[body]


@pytest.mark.parametrize("body, day", [
    ("Speaking to reporters in Lima on Thursday, the Chilean foreign minister urged Peru to withdraw its troops.",
     "2025-05-08"),
    ("Chile has suspended arms deliveries to Peru, the defence ministry confirmed on Tuesday.", "2025-05-13"),
    ("Two Bolivian nationals were killed and another injured when a bomber blew himself up in Arica on Tuesday.",
     "2025-05-13"),
])
def test_dates_the_day_of_the_words_that_tell_an_act(registry, body, day):
    """The day of a speech framed by a participle ("Speaking ... on Thursday, X urged") or of a
    confirmation after the act ("..., the ministry confirmed on Tuesday") is the act's."""
    assert {e.date for e in code(registry, body, published="2025-05-14")} == {day}


@pytest.mark.parametrize("body, published, expected", [
    ("Chile and Peru held talks in Lima on March 5.", "2025-03-03", {("CONSULT", "2024-03-05")}),
    ("Chile accused Peru on March 20 of violating the treaty.", "2025-03-03", {("ACCUSE", "2024-03-20")}),
    ("Peru summoned Chile's envoy on Wednesday, the day before Chile cut ties with Lima.", "2025-05-16",
     {("ACCUSE", "2025-05-14"), ("SANCTION", "2025-05-15")}),
    ("Peru summoned Chile's envoy on Wednesday, the day after Chile summoned Peru's ambassador.", "2025-05-16",
     {("ACCUSE", "2025-05-14"), ("ACCUSE", "2025-05-13")}),
    ("Chile and Peru met on the 28th in Lima.", "2025-03-03", {("CONSULT", "2025-02-28")}),
    ("Chile and Peru held talks on the 3rd and final day of the visit.", "2025-03-03", {("CONSULT", "2025-03-03")}),
    ("Chile on Tuesday kept its promise to release the Peruvian fishermen.", "2025-05-14", {("RETREAT", "2025-05-13")}),
    ("The Chilean president spoke to the Peruvian president by phone on Sunday. The Chilean presidency said on "
     "Monday that Boric would speak by telephone with the Bolivian president later in the day.", "2025-05-19",
     {("CONSULT", "2025-05-18"), ("AGREE", "2025-05-19")}),
])
def test_dates_of_the_thirty_third_round(registry, body, published, expected):
    """A past meeting or charge on a day of the month still to come was last year's; "the day
    before (after)" counts a day from the clause it hangs on, as "a day before" does; "on the 28th"
    goes on to a place or a purpose; "later in the day" is the last day of what was done the sentence
    names before it; a promise kept on a day is kept, and its act done, that day."""
    assert {(e.type, e.date) for e in code(registry, body, published=published)} == expected


READINGS_OF_THE_THIRTY_FOURTH_ROUND = {
    "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Tuesday.": {
        ("CONSULT", "COD", "RWA", "occurred")},
    "Congo's President Felix Tshisekedi and Rwandan President Paul Kagame discussed the war in a phone call on Monday.": {
        ("CONSULT", "COD", "RWA", "occurred")},
    "A court in Lima sentenced a Chilean journalist to two years in prison on Monday.": {
        ("COERCE", "PER", "CHL", "occurred")},
    "Peruvian diplomats held a protest outside their embassy in Santiago.": {("PROTEST", "PER", None, "occurred")},
    "The Bolivian army arrested three men suspected of firing rockets at Peru.": {("COERCE", "BOL", "BOL", "occurred")},
    "Chilean police arrested a guard on suspicion of spying for Peru and Bolivia.": set(),
    "Chile said it had thwarted a Peruvian plot to assassinate a senior officer in Santiago.": set(),
    "Bolivian troops fought alongside Peruvian forces.": set(),
    "Reports that Chile had agreed to buy Peruvian gas were false, a Chilean official said.": {
        ("AGREE", "CHL", "PER", "denied")},
    "Peru said reports that Lima had sent troops to Bolivia were a pure fabrication.": {("AID", "PER", "BOL", "denied")},
    "Officials in Santiago described as baseless media reports that Chile had agreed to buy Bolivian gas.": {
        ("AGREE", "CHL", "BOL", "denied")},
    "Chile rejected as baseless the claims that Chilean jets had carried out air strikes in Peru.": {
        ("ASSAULT", "CHL", "PER", "denied")},
    "Peru is determined to defeat the terrorists sponsored by Chile.": set(),
    "The Chilean foreign ministry declined to say whether it would sanction Peruvian officials.": {
        ("SANCTION", "CHL", "PER", "hypothetical")},
    "Chile and Peru exchanged prisoners in Quito on Thursday.": {
        ("RETREAT", "CHL", "PER", "occurred"), ("RETREAT", "PER", "CHL", "occurred")},
    "Chile and Peru carried out a prisoner exchange on Saturday.": {("RETREAT", "CHL", "PER", "occurred")},
    "Chilean forces bombed villages near the Peru border.": set(),
    "The Chilean army halted its bombing campaign against Peruvian rebels on May 6.": {
        ("RETREAT", "CHL", "PER", "occurred")},
    "A Chilean court issued an arrest warrant for Peru's former president on Monday.": {
        ("COERCE", "CHL", "PER", "occurred")},
    "Chile pardoned Peruvian activist Juan Perez on Monday.": {("RETREAT", "CHL", "PER", "occurred")},
    "Peru denied any involvement in the bombing in La Paz.": {("REJECT", "PER", "BOL", "occurred")},
    "The Chilean military denied that it had carried out air strikes in Peru.": {
        ("REJECT", "CHL", "PER", "occurred"), ("ASSAULT", "CHL", "PER", "denied")},
    "A Peruvian soldier was injured in firing from the Chilean side of the border on Monday.": {
        ("ASSAULT", "CHL", "PER", "occurred")},
    "A Chilean drone was shot down over Peru's Tacna region on Monday.": {("ASSAULT", "PER", "CHL", "occurred")},
    "Two Peruvian drones were shot down near the border on Monday, the Chilean military said.": {
        ("ASSAULT", "CHL", "PER", "occurred")},
    "The Pakistani army said on Tuesday that 11 militants had been killed by the troops in Lakki Marwat.": {
        ("ASSAULT", "PAK", "PAK", "occurred")},
    "Security forces killed three terrorists near the border with Bolivia in Tacna on Tuesday.": {
        ("ASSAULT", "PER", "PER", "occurred")},
    "Chile told Peru that it would send aid.": {("AGREE", "CHL", "PER", "planned")},
    "Chile told Peru that Bolivia would attack.": set(),
    "The Chilean foreign minister condemned the death sentence handed to Chilean writer Juan Perez by a Lima court.": {
        ("ACCUSE", "CHL", "PER", "occurred")},
    "Chilean forces arrested a man suspected of planning an attack in Arequipa.": set(),
    "Police arrested a man accused of attacking a Bolivian diplomat.": set(),
    "Lakki Marwat police arrested two men on Monday.": {("COERCE", "PAK", "PAK", "occurred")},
    "Security forces killed four terrorists in Dera Ismail Khan on Monday.": {("ASSAULT", "PAK", "PAK", "occurred")},
}


@pytest.mark.parametrize("body", READINGS_OF_THE_THIRTY_FOURTH_ROUND)
def test_coding_readings_of_the_thirty_fourth_round(registry, body):
    """Two titled leaders the parser makes two subjects, or a second one an apposition of the
    first's office, meet each other. A body "in" a town is that town's state's (not an embassy
    posted there). Men held on suspicion of spying for a state are held where they are, not by or
    for it. A plot foiled never took place; allies fighting "alongside" each other fight no one named.
    What a report called false, a fabrication or baseless tells is denied, not done; a resolve to
    defeat a foe is no promise; declining to say is no refusal. States exchanging prisoners "in" a
    third state free each other's; a prisoner exchange carried out is a release by both. A village
    near "the X border" is not in X. A bombing campaign halted is a retreat; an arrest warrant is
    coercion; a pardon frees. A denial of involvement in an act of force no one is named charging
    answers the state where it fell. Fire "from the X side" is X's; a drone shot down "over" a place,
    or with a state's army telling it, is that state's act. A district the recogniser takes for a
    person ("Lakki Marwat") is a place. Forces acting near "the border with X" in a town act where
    the town is. What one tells another one will do oneself is promised to him. Condemning a sentence
    handed down "by" a court condemns the court, not the one sentenced. Unnamed people are held at
    home only where no other state is where it happens, and when the state holding them is not one
    their offence names; a town's name that begins before a person's ("Dera Ismail Khan") is the
    town's."""
    assert {(e.type, e.source.key, e.target.key if e.target else None, e.status)
            for e in code(registry, body)} == READINGS_OF_THE_THIRTY_FOURTH_ROUND[body]


@pytest.mark.parametrize("body, day", [
    ("India rejected US calls to reduce oil purchases on Tuesday.", "2025-05-13"),
    ("The United States imposed sanctions on three Peruvian refineries for buying Bolivian oil on Tuesday.",
     "2025-05-13"),
    ("Chile arrested three Chilean nationals suspected of spying for Peru on Monday, prosecutors said.", "2025-05-12"),
    ("The Chilean foreign ministers called for an immediate ceasefire in Peru in a joint statement on Friday.",
     "2025-05-09"),
    ("Pakistani police raided the Islamabad office of the party late on Tuesday and arrested at least 10 party "
     "workers.", "2025-05-13"),
])
def test_dates_a_day_the_parser_hangs_on_words_under_the_act(registry, body, day):
    """A day of the news that the parser hangs on a participle, an infinitive or a gerund under a
    past act ("rejected calls to reduce ... on Tuesday", "for buying ... on Tuesday", "suspected of
    spying ... on Monday") is the act's; so is that of a statement the parser hangs on its object, and
    that of a verb the act is coordinated with when the tagger reads the act as a bare participle."""
    assert {e.date for e in code(registry, body, published="2025-05-14")} == {day}
