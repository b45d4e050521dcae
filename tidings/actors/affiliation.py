"""Affiliation: whose each actor mention is, once the names, offices and pronouns of a body are
found (``resolver``). A descriptor with no owner takes the country of a speaker governing it, the
dateline's, the topic state's or the dominant one; a later reference (a surname, the same office,
"he", "it", "the country") takes that of its antecedent; a body named as "of" an earlier body
takes that body's owner. Also the records the resolver builds mentions with.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tidings import places
from tidings.records import ARMED_SECTORS, Actor

from .registry import _Name, _Term, _bare, _norm, _variant, make_actor

_SUBJECT = {"nsubj", "nsubjpass"}
_TRADING_SECTORS = {"BUS"}  # people of business, of a state only where the text places them
_GATHERINGS = {"sidelines", "summit", "conference", "session", "assembly", "forum"}  # where many states meet
_OTHER_SIDE = {"counterpart", "host", "guest"}  # "his counterpart": not his own
_DETERMINERS = {"the", "a", "an"}
_COUNTED = {"both", "two", "three", "four", "all"}  # "the two leaders": several parties, for the event coder
_DEFINITE = {"the", "these", "those", "their"}  # what makes a count the parties named ("the two", not "two militants")
_POSSESSIVE = {"'s", "’s", "'", "’"}
_STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}  # the sectors of a state's own bodies and officials
_TOPIC_PREPS = frozenset({"about", "regarding", "concerning"})  # what is talked of, no party acted on
_MEETING = frozenset({"meet", "visit", "attend", "address", "hold", "call"})  # acts a visitor does where he goes
BODY_WORDS = frozenset({"council", "fund", "bank", "bloc", "alliance", "union", "court", "tribunal", "commission",
                        "agency", "lender", "body", "assembly"})  # "the council": the body of that name named before
ANY_BODY = frozenset({"bloc", "alliance", "lender", "body"})  # words that may stand for any body
_ARRIVING = {"arrive", "land"}  # verbs whose subject comes to the place of the dateline
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "inside", "across", "throughout"}  # "said in Lima"
# verbs whose object is a place taken or struck ("captured Goma", "shelled Goma"), not a person
_STRIKING = places.TAKING | {"besiege", "enter", "shell", "bomb", "liberate", "encircle", "take"}


@dataclass
class _Hit:
    start: int
    end: int
    kind: str
    term: _Term | None = None
    name: _Name | None = None
    plural: bool = False

_BORDER_WORDS = {"border", "frontier", "boundary"}  # a line whose other side a state is named as
_POSTED = {"ambassador", "envoy", "high commissioner", "consul", "consul general", "embassy", "high commission",
           "consulate"}  # a state's offices abroad: "in" names where they are posted


def _places_ending(words: str) -> list:
    """The places the gazetteer finds in ``words`` that end where the words end."""
    return [place for _, end, place in places.find_places(words) if end == len(words)]

@dataclass
class _Cand:
    """A mention being built: token span, what it says, and how to finish resolving it."""

    start: int
    end: int
    kind: str
    actor: Actor | None = None
    person: str | None = None  # a person's name as written
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    canon: tuple[str, ...] = ()
    head_kind: str | None = None
    host: Actor | None = None  # the state an envoy is posted to ("the ambassador to X")
    plural: bool = False
    role_start: int = 0
    role_end: int = 0
    extras: dict = field(default_factory=dict)


class AffiliationReader:
    """Whose a mention is: the part of the resolver that reads owners and antecedents, on the
    parse and the names the resolver has found (``names``, ``descriptors``, ``seen``)."""

    def _finish(self, cand: _Cand, people: list, last_state: str | None) -> Actor | None:
        if cand.actor is not None:
            return cand.actor
        if cand.kind == "pronoun":
            return self._antecedent(cand, people)
        if cand.kind == "it":
            return self._body_antecedent(cand)
        if cand.kind == "the group":
            return self._group_antecedent(cand)
        if cand.kind == "the body":
            return self._named_body(cand)
        if cand.kind == "collective":
            if cand.extras.get("possessive"):
                person = self._antecedent(cand, people)
                country = person.country if person else None
            else:
                topic, governing = self._topic(cand.start)
                if governing or self._subject_verb(cand.start, cand.end) is not None:
                    country = topic or last_state or self.context
                else:
                    country = last_state or topic or self.context
            return self._state(country, "GOV") if country else None
        if cand.kind == "person" and cand.role is None:
            told = self._person_told(cand.person, people)
            if " " not in cand.person.strip() and (self._placed(cand.start) or self._taken(cand.start)) \
                    and places.lookup(cand.person) is not None and told is None:
                return None  # "the town of Goma", "seized Goma": a place the recognizer took for a person (not a
                # surname told)
            known = told or self.reg.lookup(cand.person)
            if known is not None and told is None:
                known = replace(known, role=None)  # the office another article gave is not this one's to tell
            country = cand.country or self._of_state_after(cand.end)
            if known is None and country:  # "Oman's Khalid al-Zahiri", "Khalid al-Zahiri of Oman"
                return self._learned(cand, cand.person, make_actor(cand.person, country))
            if known is None and len(cand.person.split()) == 1:
                return None  # a lone unknown word tagged PERSON is too often a tagging error
            return known or make_actor(cand.person)
        # a descriptor, with or without a name
        if cand.extras.get("told"):  # "the visiting delegation": the delegation told before, if any
            country, org = self._body_told(cand.canon)
            label = re.sub(r"^(the|a|an)\s+", "", self.doc[cand.start:cand.end].text, flags=re.IGNORECASE)
            return make_actor(label, country, org, cand.sector, cand.role) if country or org else None
        country, org = cand.country, cand.org
        if not country and not org:
            owner = self._owner(cand, people)
            other = any(self.lower[k] in _OTHER_SIDE for k in range(cand.role_start, cand.role_end))
            if owner is not None and other and not cand.person:
                country, met = self._other_side(owner, cand.start)  # "X urged his counterpart": whom X meets
                if met is not None:
                    return met  # (the official named before, by name)
                cand.extras["unaffiliated"] = not country  # (and no one's when the text does not say)
            elif owner is not None and not other:
                country, org = owner.country, owner.org
            elif cand.extras.get("its"):
                country = last_state or self._topic(cand.start)[0]
            else:
                country, org = self._sibling(cand)
        if not country and not org and cand.extras.get("of_body"):
            country, org = self._body_told(cand.extras["of_body"])
        if cand.person:
            known = self._known_person(cand.person, people) or self.reg.lookup(  # "President Bush": an alias,
                self.doc[cand.start:cand.end].text, loose=False)  # where the surname alone is two people's
            canonical = self.reg.builtin_person(cand.person)
            name = (canonical.name if canonical is not None
                    else known.name if known and len(known.name) > len(cand.person) else cand.person)
            if not country and not org and known:
                country, org = known.country, known.org
            if not country and not org and not cand.host and not cand.extras.get("unaffiliated"):
                country = (self._of_state_after(cand.end) or self._town_before(cand.start, self.sent_start[cand.start])
                           or self._default(cand, named=True) or self._office_country(cand, people))  # ("Istanbul
                # Mayor X": the town's)
            actor = make_actor(name, country, org, cand.sector, cand.role)
            return self._learned(cand, name, actor) if actor.key else actor
        if cand.head_kind in ("person", "person_mod", "rank") and not cand.plural:
            holders = [(earlier, actor) for earlier, actor in reversed(people)
                       if earlier.canon and self._same_office(cand, earlier)
                       and (not country or country == actor.country) and (not org or org == actor.org)]
            if holders:  # "the prime minister" after "Prime Minister X and Prime Minister of Y Z": X,
                # whose office was written as bare as this one (the writer qualifies the others')
                bare = [actor for earlier, actor in holders if not earlier.extras.get("qualified")]
                return bare[0] if bare and not cand.extras.get("qualified") else holders[0][1]
        if not country and not org and cand.plural and _counted(self.doc[self._head(cand.start, cand.end)]):
            return None  # "the two presidents", "both leaders": the parties just named, not one state
        if not country and not org and self._of_unknown_body(cand.end):
            return None  # "president of the Islamic Azad University": a body the registry does not know
        if not country and not org and not cand.host and not cand.extras.get("unaffiliated"):
            country = self._town_before(cand.start, self.sent_start[cand.start])  # "Lahore police", "Istanbul
            if country is None:  # Mayor X": the town's
                country = self._default(cand)
                if cand.plural and country and self._unsure(country, cand.start):
                    return None  # "talks between the Taliban and senior officials": whose, the text does not say
        label = self.doc[cand.start:cand.end].text
        label = re.sub(r"^(the|a|an)\s+", "", label, flags=re.IGNORECASE)
        return make_actor(label, country, org, cand.sector, cand.role)

    def _town_before(self, start: int, sent_start: int) -> str | None:
        """The country of a town named right before an office or a body ("Lahore police", "the
        Karachi police chief", "Istanbul Mayor X"), in up to three capitalised words that name no actor."""
        doc, first = self.doc, start
        while first > sent_start and start - first < 3 and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if start - first > 1 and (town := places.lookup(doc[first:start].text)) is not None:
            return town.country  # "Lakki Marwat police", the recogniser taking the town for a person
        first = start
        while first > sent_start and start - first < 3 and doc[first - 1].text[:1].isupper() \
                and doc[first - 1].pos_ in ("PROPN", "ADJ", "NOUN") and doc[first - 1].ent_type_ != "PERSON" \
                and first - 1 not in self.name_cover:  # (the tagger may read "Lahore" as an adjective)
            first -= 1
        words = doc[first:start].text
        found = _places_ending(words)  # (a name one can trust
        return found[-1].country if found else None  # there: "Lahore", not the town "Bank" of "Central Bank")

    def _default(self, cand: _Cand, named: bool = False) -> str | None:
        """Country of an unqualified official or body: that of a subject governing it in its sentence
        ("Russia's envoy said the ministry ..."), else the dateline's, else the topic's (``_topic``),
        else the dominant one; a country that qualifies another actor of the sentence ("the Israeli
        government must investigate, a ministry spokeswoman said") is passed over while another
        choice is left. Armed groups, civilians and media take the dateline's or dominant country.
        A ``named`` person, whom the registry then learns for later articles, takes only what the
        text makes sure: a governing subject's country, that of whom he accompanies
        (``_accompanied``), the dateline's or the outlet's ("President Reagan" in a story about
        Germany is not German). Others too take an accompanied head's country before the
        dateline's."""
        sent_start, sent_end = self.sent_start[cand.start], self.sent_end[cand.start]
        others = {h.name.actor.country for h in self.names if h.kind == "demonym" and sent_start <= h.start < sent_end
                  and not cand.start <= h.start < cand.end}
        others |= {d.country for d in self.descriptors if d.extras.get("qualified") and d is not cand
                   and sent_start <= d.start < sent_end}
        where = None if self.dateline else self._where_told(sent_start, sent_end, set(), qualifiers=True)
        if cand.sector in _TRADING_SECTORS:  # "the businessmen" a leader addresses at a forum of two states: whose,
            return self._where_told(sent_start, sent_end, set(), qualifiers=True)  # only a place said says
        if cand.sector not in _STATE_SECTORS:  # militants, activists, media: where the sentence ("gunmen killed
            context = self.context  # Chinese engineers in Karachi") or story is; kidnappers and pirates not the
            if cand.sector == "CRM" and context in self._victims(sent_start, sent_end):  # country of the people
                context = None  # they seize ("pirates hijacked a Greek tanker"), who are mostly foreigners
            if cand.sector in ARMED_SECTORS:  # armed men fight where the sentence says, not where it is filed
                where = where or self._where_told(sent_start, sent_end, set(), qualifiers=True)  # ("NAIROBI: militants
                return where or self.dateline or context or self.home  # attacked a base near Kismayo": Somalia's)
            return self.dateline or where or context or self.home
        topic, governing = self._topic(cand.start)
        addressed = self._addressed_abroad(cand, sent_start, sent_end) if not named else None
        if addressed:
            return addressed  # "India ... asked the interim government (of the Bangladesh the sentence names)"
        if governing:
            return topic
        companion = self._accompanied(cand)
        if companion:
            return companion
        acted = self._acted_on(cand)  # "the minister visited A and B": of neither
        verb = self._subject_verb(cand.start, cand.end)
        arriving = verb is not None and verb.lemma_.lower() in _ARRIVING
        if arriving:
            acted.add(self.dateline)  # "ISTANBUL: the minister arrived here": a visitor to the dateline's state
        rebels = self._rebels_country(sent_start, sent_end) if {"government", "regime"} & set(cand.canon) else None
        seat = self._seat(cand)
        if seat is not None and seat not in acted:
            return seat  # "a court in Ankara sentenced a Greek journalist": Turkey's, whatever the dateline
        local = where if cand.sector == "COP" else None  # "police in Peshawar arrested three Afghans": Pakistan's
        guesses = (self.dateline, self.home) if named else (self.dateline, local, rebels, topic, self.context, self.home)
        choices = [c for c in guesses if c and c not in acted]
        if named and not choices and not arriving:  # (one who arrives somewhere is a visitor there)
            where = self._where_told(sent_start, sent_end, acted)  # "President X imposed a curfew in Algiers"
            return None if where and verb is not None and self._met_there(verb, where) else where
        return next((c for c in choices if c not in others), choices[0] if choices else None)

    def _seat(self, cand: _Cand) -> str | None:
        """The country of a trusted town or state that an "in" phrase of the body itself names ("a
        court in Ankara", "a military court in Lebanon")."""
        doc = self.doc
        if cand.host is not None or doc[cand.role_start:cand.role_end].text.lower() in _POSTED:
            return None  # "their embassy in X": posted there
        head = doc[self._head(cand.start, cand.end)]
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i >= cand.end):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                words = doc[obj.left_edge.i:obj.i + 1].text
                found = _places_ending(words)
                if found:
                    return found[-1].country
        return None

    def _victims(self, start: int, end: int) -> set[str]:
        """The countries whose adjective a sentence gives to people, firms or things, not to a state's
        officials or forces ("two Chinese engineers", "a Greek tanker", "a Chinese fishing vessel")."""
        found = set()
        for h in self.names:
            if h.kind == "demonym" and start <= h.start < end and h.name.actor.country:
                term = self.reg._term([self.doc[h.start].head])
                if term is None or term.sector not in _STATE_SECTORS:
                    found.add(h.name.actor.country)
        return found

    def _addressed_abroad(self, cand: _Cand, start: int, end: int) -> str | None:
        """The one other state whose places its sentence names, for an unqualified government a state
        acts on ("India asked the interim government to act on attacks in Bangladesh"): a state does
        not ask, urge or summon its own government."""
        k = self._head(cand.start, cand.end)
        if self.dep[k] not in ("dobj", "dative"):
            return None
        verb = self.head_i[k]
        verbs = {verb}
        while self.dep[verb] == "conj" and self.head_i[verb] != verb:  # "X expressed ... and asked the government"
            verb = self.head_i[verb]
            verbs.add(verb)
        actors = {actor.country for earlier, actor in self.seen if start <= earlier.start < cand.start
                  and actor.country and earlier.kind in ("state", "metonym")  # (a state, not its court or senator)
                  and self.head_i[self._head(earlier.start, earlier.end)] in verbs
                  and self.dep[self._head(earlier.start, earlier.end)] in _SUBJECT}
        if len(actors) != 1:
            return None
        placed = {h.name.actor.country for h in self.names if start <= h.start < end and h.kind in ("state", "metonym")
                  and self.dep[(k := self._head(h.start, h.end))] == "pobj" and self.lower[self.head_i[k]] in ("in", "at")}
        placed -= actors
        return placed.pop() if len(placed) == 1 else None

    def _met_there(self, verb: Token, where: str) -> bool:
        """Whether a meeting's other party is of the place it is held in, or a body: then the one who
        meets there may be a visitor ("Minister X met US Treasury Secretary Y in Washington", "will
        meet the IMF chief in Washington"; not "met the Chinese consul general in Karachi")."""
        if verb.lemma_.lower() not in _MEETING:
            return False
        objs = [c for c in verb.children if c.dep_ == "dobj"] + [
            o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
        met = [h.name.actor for o in objs for h in self.names if o.left_edge.i <= h.start <= o.right_edge.i]
        return any(a.country == where or (a.org and not a.country) for a in met)

    def _rebels_country(self, start: int, end: int) -> str | None:
        """The one country of the armed groups a sentence names ("Houthi fighters attacked
        government troops"): whose state's forces they fight, where no dateline says."""
        rebels = {h.name.actor.country for h in self.names if start <= h.start < end and h.kind == "group"
                  and h.name.actor.sector == "REB"}
        rebels |= {d.country for d in self.descriptors if start <= d.start < end and d.sector == "REB"}
        return rebels.pop() if len(rebels) == 1 else None

    def _where_told(self, start: int, end: int, acted: set[str], qualifiers: bool = False) -> str | None:
        """The one country whose states, capitals or other places the sentence names, each as a
        place ("in Algiers", "rebels in the Ivory Coast", "in Karachi", "near Karachi airport"),
        none acted on: where a sentence with no dateline happens. With ``qualifiers``, a state that
        only qualifies a noun ("two US soldiers in Kandahar") does not say otherwise."""
        found = set()
        for h in self.names:
            if start <= h.start < end and h.kind in ("state", "metonym"):
                k = self._head(h.start, h.end)
                if qualifiers and self.dep[k] in ("compound", "amod", "poss"):
                    continue
                prep = self.head_i[k]
                if self.doc[self.head_i[prep] if self.dep[k] == "pobj" else prep].lemma_.lower() in _BORDER_WORDS and (
                        self.dep[k] in ("compound", "amod") or self.lower[prep] == "with"):
                    continue  # "near the border with X in <town>": the other side, not where it happens
                if self.dep[k] != "pobj" or self.lower[prep] not in _PLACE_PREPS or (
                        self.lower[prep] == "from" and self.pos[self.head_i[prep]] in ("NOUN", "PROPN")):
                    return None  # a state that acts or is acted on, or another's origin ("received a delegation
                    # from X"): whose the person is, the text does not say
                found.add(h.name.actor.country)
        for ent, country in self.towns.values():  # towns and provinces, which name no actor
            root = ent.root.head if ent.root.dep_ == "compound" else ent.root  # ("near Karachi airport")
            if start <= ent.start < end and ent.root.i not in self.name_cover and root.dep_ == "pobj" \
                    and root.head.lower_ in _PLACE_PREPS | ({"of"} if ent.label_ != "ORG" else set()):
                found.add(country)
        found -= acted
        return found.pop() if len(found) == 1 else None

    def _acted_on(self, cand: _Cand) -> set[str]:
        """Countries of the states named as objects of the verb of which ``cand`` is the subject:
        directly, as a conjunct, or through a preposition that is not of place, on the verb or its
        object ("visited A, B and C", "talks with A"; not "said in A")."""
        verb = self._subject_verb(cand.start, cand.end)
        if verb is None:
            return set()
        dep, up, out = self.dep, self.head_i, set()
        for h in self.names:
            k = self._head(h.start, h.end)
            if h.kind not in ("state", "metonym") or not h.name.actor.country:
                continue
            while dep[k] == "conj" and up[k] != k:
                k = up[k]
            if dep[k] == "pobj" and dep[up[k]] == "prep":
                if self.lower[up[k]] in _PLACE_PREPS | _TOPIC_PREPS:
                    continue  # (not "rejected X's remarks about A": A is what is talked of)
                k = up[k]
                if dep[k] == "prep" and dep[up[k]] == "dobj":  # "held talks with A"
                    k = up[k]
            if dep[k] in ("dobj", "dative", "prep") and up[k] == verb.i:
                out.add(h.name.actor.country)
        return out

    def _sibling(self, cand: _Cand) -> tuple[str | None, str | None]:
        """The "of X" of the next descriptor coordinated with this one ("the army and police of Chad")."""
        head = self.doc[self._head(cand.start, cand.end)]
        for other in self.descriptors:
            if other.start < cand.end or not other.extras.get("of") or cand.person:
                continue
            tok = self.doc[self._head(other.start, other.end)]
            if (tok.dep_ == "conj" and tok.head.i == head.i) or (head.dep_ == "conj" and head.head.i == tok.i):
                return other.country, other.org
        return None, None

    def _body_told(self, canon: tuple[str, ...]) -> tuple[str | None, str | None]:
        """Country and organisation of the latest earlier mention of a body of the same head that
        says whose it is ("X's exiled opposition ... the leader of the exiled opposition")."""
        actor = next((a for a in _with_head(canon, self.seen) if a.country or a.org), None)
        return (actor.country, actor.org) if actor is not None else (None, None)

    def _owner(self, cand: _Cand, people: list) -> Actor | None:
        """The person whose office or body this is: "his ministry", "President Ruto's government"."""
        doc, k = self.doc, cand.start - 1
        if k < 0:
            return None
        if self.reg._is("possessive", doc[k].lower_):
            return self._antecedent(_Cand(k, k + 1, "pronoun"), people)
        if doc[k].text in _POSSESSIVE:
            for earlier, actor in reversed(self.seen):
                if earlier.end == k and earlier.kind in ("person", "pronoun"):
                    return actor
        return None

    def _other_side(self, owner: Actor, start: int) -> tuple[str | None, Actor | None]:
        """``(country, person)``: the other party of an encounter a possessor has ("his counterpart",
        "her host"): a person of another country than the possessor's its sentence names before it,
        else of the place the sentence names, when it is not the possessor's nor a gathering's ("met
        his counterpart in Beijing"; none when at home: whom, the text does not say), else the latest
        such person named before (not a state talked of)."""
        sent_start, sent_end = self.sent_start[start], self.sent_end[start]
        people = [(earlier, actor) for earlier, actor in reversed(self.seen)
                  if earlier.start < start and actor.country and actor.country != owner.country
                  and earlier.kind == "person" and actor.sector in _STATE_SECTORS]
        here = next((actor for earlier, actor in people if earlier.start >= sent_start), None)
        if here is not None:
            return here.country, here  # "met President X, who was in Istanbul, and thanked his host": X
        where = None if _GATHERINGS & set(self.lower[sent_start:sent_end]) else self._where_told(
            sent_start, sent_end, set())  # (not where a summit sits: "on the sidelines of the UN in New York")
        if where:
            return (where if where != owner.country else None), None
        met = people[0][1] if people else None
        return (met.country if met else None), met

    def _office_country(self, cand: _Cand, people: list) -> str | None:
        """Country of the latest earlier person holding the same office."""
        return next((a.country for a in _with_head(cand.canon, people) if a.country), None)

    def _subject_verb(self, start: int, end: int, alone: bool = False) -> Token | None:
        """The verb of which a mention is the subject, or part of it ("India's move", "Thai troops",
        "Iran and Iraq"); with ``alone``, only a subject not coordinated with another."""
        k, dep = self._head(start, end), self.dep
        for _ in range(4):
            if alone and (dep[k] == "conj" or k in self.conj_heads):
                return None
            if dep[k] in _SUBJECT:
                return self.doc[self.head_i[k]]
            if dep[k] not in ("conj", "poss", "compound", "amod", "appos"):
                return None
            k = self.head_i[k]
        return None

    def _topic(self, i: int) -> tuple[str | None, bool]:
        """The state the text is about at token ``i``: the latest earlier state-bearing subject of a
        verb of saying that governs ``i`` in its sentence ("Iran's envoy said the ministry ...") or of
        the passive clause of which ``i`` is the agent ("the Iranian side was led by ..."), else the
        main-clause subject of one of the three sentences before; and whether it came from the same
        sentence."""
        doc = self.doc
        tok = doc[i]
        sent_start = self.sent_start[i]
        path = [tok, *tok.ancestors]
        clause = next((t for t in path if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT"), tok)
        agent = any(t.dep_ == "agent" for t in path[:path.index(clause)] if clause in path)
        governing = {t.i for t in path}
        for cand, actor in reversed(self.seen):
            if cand.start < sent_start:
                break
            verb = self._subject_verb(cand.start, cand.end, True) if cand.start < i and actor.country else None
            if verb is None:
                continue
            verbs = [verb, *(c for c in verb.children if c.dep_ in ("conj", "advcl") and not any(
                g.dep_ in _SUBJECT for g in c.children))]  # "Egypt welcomed it and said/, saying ..."
            if any(v.i in governing and v.i != clause.i and self.reg._is("speech", v.lemma_) for v in verbs) or (
                    verb.i == clause.i and agent and cand.kind not in ("person", "pronoun")):
                return actor.country, True
        earlier = [(c, a) for c, a in self.seen if c.start < sent_start and a.country]
        for start in self._sents_before(sent_start, 3):
            found = []
            for cand, actor in earlier:
                if cand.start >= start and self.sent_start[cand.start] == start:
                    verb = self._subject_verb(cand.start, cand.end, True)
                    if verb is not None:
                        found.append((verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"),
                                      actor.country))
            if found:
                main = [c for is_main, c in found if is_main]
                return (main or [c for _, c in found])[-1], False
        return None, False

    def _accompanied(self, cand: _Cand) -> str | None:
        """The country of the person or body that an official accompanies ("the president,
        accompanied by the foreign minister and the army chief", "the prime minister was accompanied
        by ...") or leads ("a delegation of the US Congress led by Senator X"): a delegation's
        members are of its head's state, wherever the dateline puts the story; but a mayor who
        accompanies a visitor is the host's."""
        if any(self.reg._is("local", t.lower_) for t in self.doc[cand.role_start:cand.role_end]):
            return None
        k = self._head(cand.start, cand.end)
        for _ in range(4):  # the first of several, or the parser's compound of them
            if self.dep[k] in ("conj", "compound", "appos") and self.head_i[k] != k:
                k = self.head_i[k]
        agent = self.head_i[k]
        verb = self.doc[self.head_i[agent]]
        if self.dep[k] != "pobj" or self.dep[agent] != "agent" or verb.lemma_ not in ("accompany", "lead", "head"):
            return None
        heads = [verb.head] if verb.dep_ == "acl" else [s for s in verb.children if s.dep_ == "nsubjpass"]
        named = {t.i for h in heads for t in h.subtree if t.i < verb.i}  # ("a delegation of the US Congress")
        for earlier, actor in reversed(self.seen):
            if actor.country and any(earlier.start <= i < earlier.end for i in named):
                return actor.country
        return None

    def _of_state_after(self, end: int) -> str | None:
        """The country of "of <state>" right after a name ("Foreign Minister X of Spain")."""
        if end + 1 < len(self.doc) and self.doc[end].lower_ == "of":
            hit = self.name_at.get(end + 1)
            if hit is not None and hit.kind in ("state", "metonym"):
                return hit.name.actor.country
        return None

    def _of_unknown_body(self, end: int) -> bool:
        """Whether an office is followed by "of" and a name that is no known actor ("of the Azad
        University")."""
        doc = self.doc
        k = end + 1 if end < len(doc) and doc[end].lower_ == "of" else None
        while k is not None and k < len(doc) and doc[k].lower_ in _DETERMINERS:
            k += 1
        return k is not None and k < len(doc) and doc[k].text[:1].isupper() and k not in self.name_cover

    def _unsure(self, country: str, i: int) -> bool:
        """Whether the default ``country`` of an unqualified group at token ``i`` is a guess: its
        sentence names actors of other countries, and neither it nor the one before names this one,
        nor does the sentence happen there ("gunmen killed three Chinese engineers in Karachi")."""
        start, end = self.sent_start[i], self.sent_end[i]
        earliest = ([*self._sents_before(start, 1), start])[0]
        named = {h.name.actor.country for h in self.names if earliest <= h.start < end}
        named.add(self._where_told(start, end, set(), qualifiers=True))
        here = {h.name.actor.country or h.name.actor.org for h in self.names if start <= h.start < end}
        return country not in named and bool(here - {country, None})

    def _sents_before(self, start: int, n: int) -> list[int]:
        """First tokens of the ``n`` sentences before the one starting at ``start``, nearest first."""
        k = bisect_left(self.sent_starts, start)
        return self.sent_starts[max(0, k - n):k][::-1]

    @staticmethod
    def _same_office(cand: _Cand, earlier: _Cand) -> bool:
        """Same head office, every key word of the later reference in the earlier one, and no
        grade ("deputy", "former") nor word of the earlier office itself ("prime" of "prime
        minister") that the later reference lacks: "the minister" is no prime minister."""
        if not cand.canon or cand.canon[-1] != earlier.canon[-1]:
            return False
        lacking = (earlier.extras.get("grade", set()) | earlier.extras.get("office", set())) - set(cand.canon)
        return set(cand.canon) <= set(earlier.canon) and not lacking

    def _known_person(self, name: str, people: list) -> Actor | None:
        """The person of the article a name stands for (its words in a row in that person's name, or
        a variant of it with the same surname: "Shafqat Khan" for "Shafqat Ali Khan"), else the
        registry's."""
        return self._person_told(name, people) or self.reg.lookup(name)

    def _placed(self, i: int) -> bool:
        """Whether token ``i`` stands where a place does: the object of a preposition of place, or
        of "of" after a settlement ("in Goma", "the town of Goma", "the cities of Goma and Bukavu")."""
        while self.dep[i] == "conj" and self.head_i[i] != i:
            i = self.head_i[i]
        k = self.head_i[i]
        if self.dep[i] != "pobj":
            return False
        return self.lower[k] in _PLACE_PREPS or (
            self.lower[k] == "of" and self.lower[self.head_i[k]] in places.SETTLEMENTS)

    def _taken(self, i: int) -> bool:
        """Whether token ``i`` stands where ground taken does: the object of a verb of taking or
        striking a place, or of "control of" ("seized Goma", "took control of Goma")."""
        k = self.head_i[i]
        if self.dep[i] == "pobj" and self.lower[k] == "of":
            return self.lower[self.head_i[k]] == "control"
        return self.dep[i] == "dobj" and self.doc[k].lemma_.lower() in _STRIKING

    def _person_told(self, name: str, people: list) -> Actor | None:
        """The person of the article a name stands for: its words in a row in that person's name, or
        a variant of it with the same surname, not another person of the built-in tables or a
        relative named at more length ("Maryam Nawaz Sharif" is not Nawaz Sharif)."""
        words = _bare(_norm(name)).split()
        for earlier, actor in reversed(people):
            full = _bare(_norm(actor.name)).split()
            if earlier.kind != "pronoun" and full and (any(
                    full[k:k + len(words)] == words for k in range(len(full) - len(words) + 1))
                    or full[-1] == words[-1] and _variant(words, full)
                    and not self.reg.distinct_people(name, actor.name)):
                return actor
        return None

    def _body_antecedent(self, cand: _Cand) -> Actor | None:
        """What "it said" stands for: the latest state, organisation or body that is a subject in this
        sentence or the nearest of the two before, a main-clause subject first."""
        sent_start = self.sent_start[cand.start]
        for start in [sent_start, *self._sents_before(sent_start, 2)]:
            found = []
            for earlier, actor in self.seen:
                if earlier.kind in ("person", "pronoun", "demonym") or earlier.start >= cand.start or (
                        earlier.kind == "descriptor" and earlier.head_kind in ("person", "person_mod", "rank")
                        and not earlier.plural) or self.sent_start[earlier.start] != start:
                    continue
                verb = self._subject_verb(earlier.start, earlier.end, True)
                if verb is not None:
                    found.append((verb.dep_ == "ROOT", actor))
            if found:
                main = [a for is_main, a in found if is_main]
                return (main or [a for _, a in found])[-1]
        return None

    def _named_body(self, cand: _Cand) -> Actor | None:
        """What "the council", "the Fund" or "the bloc" stands for: the international body last named
        in this sentence or the three before it whose name has the word ("the UN Security Council
        ... urged the council"), or any such body for a word of no name ("the bloc", "the lender")."""
        word = self.lower[cand.end - 1]
        sent_start = self.sent_start[cand.start]
        near = {sent_start, *self._sents_before(sent_start, 3)}
        return next((actor for earlier, actor in reversed(self.seen) if earlier.start < cand.start
                     and self.sent_start[earlier.start] in near and actor.org and not actor.country
                     and (word in ANY_BODY or word in actor.name.lower().split())), None)

    def _group_antecedent(self, cand: _Cand) -> Actor | None:
        """What "the group" stands for: the group (a named one, or armed men) last told in this
        sentence or the two before it ("Hamas rejected the plan. Israel accused the group of stalling")."""
        sent_start = self.sent_start[cand.start]
        near = {sent_start, *self._sents_before(sent_start, 2)}
        kinds = ("group", "org") if self.lower[cand.end - 1] in ("organisation", "organization") else ("group",)
        return next((actor for earlier, actor in reversed(self.seen) if earlier.start < cand.start
                     and self.sent_start[earlier.start] in near
                     and (earlier.kind in kinds or actor.sector in ARMED_SECTORS)), None)

    def _antecedent(self, cand: _Cand, people: list) -> Actor | None:
        """Main-clause subject of this sentence before ``cand``, else, in the nearest of the three
        earlier sentences with a person that is not only a prepositional object, its subject or last
        such person, else the nearest sentence's last person."""
        dep, sent_start = self.dep, self.sent_start[cand.start]
        same = [(c, a) for c, a in people if sent_start <= c.start < cand.start]
        subjects = [(c, a) for c, a in same if dep[self._head(c.start, c.end)] in _SUBJECT]
        if subjects:
            return subjects[-1][1]
        earlier = [(c, a) for c, a in people if c.start < sent_start]
        if not earlier:
            return same[-1][1] if same else None

        speaking = self._speaks(cand.start)

        def rank(item) -> int:
            k = self._head(item[0].start, item[0].end)
            if dep[k] in _SUBJECT:
                main = dep[self.head_i[k]] == "ROOT"
                if speaking and self._speaks(k):  # "X highlighted ...: Y visited ... He added": who
                    return 4 if main else 3  # speaks goes on speaking, the main clause's speaker first
                return 2 if main else 1
            return 0

        nearest = None
        for _ in range(3):
            if not earlier:
                break
            start = self.sent_start[earlier[-1][0].start]
            group = [x for x in earlier if x[0].start >= start]
            earlier = [x for x in earlier if x[0].start < start]
            nearest = nearest or group
            best = max(rank(x) for x in group)
            if best:
                return [a for c, a in group if rank((c, a)) == best][-1]
            direct = [a for c, a in group if dep[self._head(c.start, c.end)] != "pobj"]
            if direct:
                return direct[-1]
        return nearest[-1][1]

    def _learned(self, cand: _Cand, name: str, actor: Actor) -> Actor:
        """``actor``, which the registry learns for later articles as ``name`` unless the name is
        one word that the recognizer did not take for a person's: the end of a title or of a body's
        name ("Chief of the Army Staff", "Business Forum", "DG ISSI"), not a surname."""
        if " " in name.strip() or any(self.text[i] == name and i in self.person_ents
                                      for i in range(cand.start, cand.end)):
            return self.reg.learn(name, actor)
        return actor

    def _speaks(self, k: int) -> bool:
        """Whether token ``k`` is the subject of a saying verb."""
        return self.dep[k] in _SUBJECT and self.reg._is("speech", self.doc[self.head_i[k]].lemma_)

    def _state(self, country: str, sector: str | None) -> Actor:
        return self.reg.state(country, sector)

    def _head(self, start: int, end: int) -> int:
        """Syntactic head of a token span: of the tokens attached outside it (or the sentence root
        inside it), the one nearest the root, nouns first; else its first token."""
        found = self._heads.get((start, end))
        if found is None:
            heads, pos = self.head_i, self.pos
            outside = [k for k in range(start, min(end, len(heads)))
                       if heads[k] < start or heads[k] >= end or heads[k] == k]
            found = min(outside, key=lambda k: (self._depth(k), pos[k] not in ("NOUN", "PROPN", "PRON", "NUM"), k),
                        default=start)
            self._heads[(start, end)] = found
        return found

    def _depth(self, k: int) -> int:
        """Steps from token ``k`` up to its sentence root."""
        heads, steps = self.head_i, 0
        while heads[k] != k and steps < len(heads):
            k, steps = heads[k], steps + 1
        return steps


def _with_head(canon: tuple[str, ...], mentions: list[tuple[_Cand, Actor]]) -> Iterator[Actor]:
    """The actors of ``mentions``, latest first, whose office or body has the head word of ``canon``."""
    return (actor for earlier, actor in reversed(mentions)
            if earlier.canon and canon and earlier.canon[-1] == canon[-1])


def _counted(head: Token) -> bool:
    """Whether a plural names the parties just told by their count ("the two presidents", "both
    leaders"), not a number of people ("three militants")."""
    words = {t.lower_ for t in head.children}
    return bool(words & {"both", "all"}) or bool(words & _COUNTED and words & _DEFINITE)
