"""Senses: what act a matched trigger tells where it stands, or that it tells none ("struck a
conciliatory note", "the occupied territories", "in March"), and the readings that change its
type: an attack made in words is an accusation, a measure halted its undoing, people handed over
are returned, aid made to hang on a demand is a threat to withhold it, a vow to harm is a threat,
a host's refugees or armed groups are sheltered, not met.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cached_property

from spacy.tokens import Token

from tidings.lexicon import INTENT_CAMEO, NOT_AN_EVENT, Trigger
from tidings.records import ActorMention

from .arguments import (ACQUIRING, ANSWERING, GROUND, LEAVING, OCCUPY_CAMEO, WITHHOLDING, ArgumentReader, doers_of, for_safety,
                        subjects_of)
from .grammar import (ACT_WORDS, ORDERING, PROMISING_VERBS, agent_noun, agent_of, infinitive, lemma_of, money, pos_of,
                      word_forms)
from .status import HAPPENING, act_type, decreed
from .triggers import RETURNED, match_trigger

ARTICLES = frozenset({"the", "a", "an"})
OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})  # "defended its decision": the subject's own
JUSTIFYING = frozenset({"defend", "justify"})  # verbs by which a party stands by its own act
# verbs by which a party does the measure they govern ("could impose a blockade"; not "would face sanctions",
# "would regret an attack")
IMPOSING = frozenset({"impose", "launch", "conduct", "stage", "mount", "carry", "begin", "start", "resume", "step",
                      "declare", "enforce", "deploy", "station", "bring", "send", "use", "fire", "move"})
ROLE_NOUNS = {"role", "part", "contribution"}  # "its role in supporting X": a part played, no act told
FAVOURS = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})  # acts whose
# refusal is a REJECT
ULTIMATUM_CAMEO = "139"  # an ultimatum
DEMANDED = frozenset({"leave", "withdraw", "quit", "vacate", "hand", "surrender", "comply", "accept", "release",
                      "free", "stop", "end", "halt", "cease", "disarm", "pay", "reach", "respond", "agree", "return",
                      "evacuate", "lift", "reverse", "remove", "dismantle", "expel", "extradite", "resign", "restore",
                      "close"})  # what
# an ultimatum gives a party time to do
DEADLINES = frozenset({"hour", "day", "week", "month", "deadline", "ultimatum"})  # what an ultimatum gives "to" act in
CROWD_SECTORS = {"CVL", "OPP"}  # those who protest in the street
TERRITORY = frozenset({"territory", "land", "region", "district", "province", "enclave", "base", "island", "post",
                       "control"})  # ground handed over ("handed over control of the crossing")
TIME_SPANS = frozenset({"day", "week", "month", "year", "decade", "century"})  # "two decades of hostility"
MASSED_TROOPS_CAMEO = "154"  # mobilize or increase armed forces
MILITARY_AID_CAMEO = "072"  # provide military aid (troops sent)
MILITARY_COOPERATION_CAMEO = "062"  # cooperate militarily (drills held together)
SOLD = frozenset({"exchange", "commercial", "export", "sale", "barter", "contract", "purchase", "buy", "sell"})  # words of goods traded, not given
DRILLS = frozenset({"exercise", "drill", "wargame"})  # what two armed forces may hold together
JOINT = frozenset({"joint", "bilateral", "trilateral", "multilateral", "combined"})  # a drill of several forces
CIVIL_DRILLS = frozenset({"earthquake", "fire", "evacuation", "emergency", "flood", "disaster", "mock", "rescue",
                          "safety", "tsunami", "casualty"})  # drills for emergencies
MILITARY_DRILLS = frozenset({"military", "naval", "air", "army", "war", "live", "missile", "nuclear", "amphibious",
                             "combat", "field", "artillery", "tank", "maritime"})  # a drill of armed forces
APART = frozenset({"separate", "separately", "rival", "both", "each", "respective", "respectively", "opposite", "own",
                   "parallel", "simultaneous", "simultaneously", "same", "tension", "tensions", "dispute", "disputed",
                   "standoff", "rivalry"})  # words telling acts of two sides apart, or the sides at odds
SHELTERED_SECTORS = {"REF", "REB"}  # whom a state hosts by giving them shelter, not a meeting
TRANSITIVE_SENSES = {"demonstrate", "rally"}  # protest verbs that with an object mean showing or gathering
VERBAL_ATTACK_CAMEO = "111"  # criticize or denounce: an "attack" made in words
CYBER_CAMEO = "176"  # attack cybernetically: a cyber attack, coercion without force
WITHHELD_AID_CAMEO = "1311"  # threaten to reduce or stop aid: aid made to hang on a demand
RETURNED_PEOPLE_CAMEO = "0841"  # return or release persons: people handed over
RETURNED_PROPERTY_CAMEO = "0842"  # return or release property: things or ground handed back
SEATS = frozenset({"residence", "palace", "house", "office", "chancellery", "kremlin", "complex", "hall",
                   "headquarters", "secretariat"})  # where a guest is welcomed ("to his residence")
JUDICIAL_CAMEO = "063"  # engage in judicial cooperation: suspects handed over
COURTS = frozenset({"court", "tribunal", "icc"})  # where people handed over face justice
WANTED_PEOPLE = frozenset({"suspect", "fugitive", "criminal", "smuggler", "trafficker", "terrorist"})  # people a
# state hands over to another's justice (and "suspected militants", anyone "under an extradition treaty"; militants
# alone are returned)
RELEASING = frozenset({"release", "free"})  # verbs of setting people free
GIVING_BACK = frozenset({"hand", "return", "transfer"})  # verbs of handing over that, with people, return them
TRADED = {"deliver", "supply", "send", "provide", "give", "sell", "transfer", "receive", "buy", "purchase",
          "acquire", "ship", "export", "import", "procure"}  # verbs whose object weapons change hands, not strike
# The CAMEO code of stopping an act of each type ("halted its strikes"): de-escalating, easing
# sanctions or restrictions, demobilising, and cutting aid ("suspended its aid to X" is a sanction).
UNDOING_CAMEO = {"ASSAULT": "087", "SANCTION": "085", "COERCE": "081", "MOBILIZE": "0873", "AID": "162",
                 "COOPERATE": "160", "CONSULT": "160"}  # (cooperation or talks halted: relations reduced)
DROPPING = frozenset({"drop", "withdraw"})  # verbs that end a measure ("dropped its tariffs"; not "dropped bombs")
DEPORTED_CAMEO = "174"  # expel or deport individuals
EXPELLED_CAMEO = "166"  # expel or withdraw (a body's mission)
CHARGED_CAMEO = "112"  # accuse of crime: a state charged by another
REPRESSION_CAMEO = "175"  # use tactics of violent repression: a crowd dispersed
CROWD_CONTROL = frozenset({("tear", "gas"), ("water", "cannon"), ("rubber", "bullet"), ("pepper", "spray"),
                           (None, "teargas")})  # what police fire at a crowd (a beating is an assault)
CROWDS = frozenset({"protester", "demonstrator", "crowd", "marcher", "rally", "mob", "student", "worker",
                    "supporter", "mourner", "activist"})  # those crowd control is used on
MILITARY_OPERATION_CAMEO = "190"  # use conventional military force
CIVIL_OPERATIONS = frozenset({"relief", "rescue", "evacuation", "humanitarian", "media", "medium", "diplomatic",
                              "charm", "vaccination", "polio", "awareness", "publicity", "recovery", "salvage",
                              "cleanliness", "anti-encroachment", "fundraising", "lobbying"})  # operations of no force
SHOW_OF_FORCE_CAMEO = "150"  # demonstrate military power: a weapon tested or fired into the sea
OPEN_WATERS = frozenset({"sea", "ocean", "water", "waters"})
STRIKE_CAMEO = "143"  # conduct strike or boycott
WORK_STOPPAGES = frozenset({"shutter", "wheel", "jam", "general", "labour", "labor", "token", "nationwide",
                            "countrywide", "transport", "teacher", "doctor", "worker", "trader"})  # kinds of strike
STRIKING_VERBS = frozenset({"observe", "call", "stage", "hold", "announce", "launch", "begin", "end",
                            "join"})  # verbs that hold a strike of work
TRADE_SANCTION_CAMEO = "163"  # impose embargo, boycott or sanctions: a trade measure answering another
ECONOMIC_AID_CAMEO = "071"  # provide economic aid: money paid out
TERROR_WORDS = frozenset({"terrorist", "terror", "extremist", "militant"})  # what makes a group backed a wrong
AGAINST_PREFIXES = frozenset({"anti", "counter"})  # "anti-terror operations": against terror
ENDANGERED = frozenset({"peace", "stability", "security"})  # goods a state's deeds are said to threaten
LISTS_OF_MEASURES = frozenset({"entity", "control", "sanction", "sanctions", "terror", "terrorist", "watch",
                               "unreliable", "black", "restricted", "embargo", "grey", "gray"})  # lists a state or
# body puts others on
STRUCK_GROUND = frozenset({"target", "position", "post", "city", "town", "village", "base", "camp"})  # what blows
# fall on ("lashed out at Ukrainian cities")
STRUCK_THINGS = STRUCK_GROUND | frozenset({
    "building", "house", "home", "depot", "facility", "warehouse", "compound", "headquarters", "hospital", "school",
    "mosque", "site", "plant", "factory", "bridge", "airport", "port", "vessel", "ship", "tanker", "convoy",
    "vehicle", "hideout", "tunnel", "infrastructure", "installation", "launcher", "checkpoint"})  # things struck,
# which no words strike ("struck a building in X, saying it housed a depot")
COURTESY_PURPOSES = frozenset({"discuss", "bid", "exchange", "brief", "apprise", "convey", "congratulate",
                               "felicitate", "pay", "present"})  # what a visitor calls on an official to do
MEETING_CAMEO = "040"  # consult
SCORE = re.compile(r"(?<![\d-])\d{1,3}-\d{1,3}(?![\d-])")  # a game's score ("2-1"), not a date or a range of years
CONTESTS = frozenset({"match", "final", "semi-final", "semifinal", "quarterfinal", "quarter-final", "qualifier",
                      "tournament", "championship", "cup", "derby", "series", "league"})  # what a side wins "in"
MARGINS = frozenset({"wicket", "run", "goal", "point", "stroke", "second"})  # what it wins "by"
HOME_MARKET = frozenset({"domestic", "home", "local", "price", "inflation", "shortage", "harvest", "consumer", "market",
                         "grower", "farmer", "industry", "producer", "demand", "stock", "supply", "drought"})  # why a
# state stops trade for its own market's sake
TOPICS = frozenset({"issue", "matter", "question", "subject", "problem"})  # what is raised or discussed "of"
TEAMS = frozenset({"team", "squad", "eleven"})  # who tours for a game, of a sport ("the cricket team")
SPORTS = frozenset({"cricket", "football", "hockey", "rugby", "basketball", "tennis", "volleyball", "squash",
                    "kabaddi", "polo", "baseball", "soccer"})
PLAYERS = frozenset({"batsman", "batter", "bowler", "goalkeeper", "goalie", "striker", "midfielder", "ball", "opener",
                     "spinner", "seamer", "wicketkeeper"})  # who, or what, a game's blows are dealt by or to
PRIZES = frozenset({"gold", "silver", "bronze", "medal", "title", "trophy", "cup", "match", "final"})  # or wins
STANDING_MEASURES = frozenset({"tariff", "sanction", "embargo", "ban", "restriction", "duty", "levy", "curb"})
IN_FORCE = frozenset({"take", "come", "enter", "kick", "begin", "start", "go"})  # "took effect", "came into force"
RECALL_CAMEO = "161"
RELEASE_CAMEO = "0841"  # release persons
EXPELLED_PEOPLE = frozenset({"refugee", "migrant", "immigrant", "national", "citizen", "worker", "journalist",
                             "reporter", "correspondent", "resident", "family", "people", "asylum-seeker",
                             "student", "tourist", "beggar", "labourer", "laborer", "missionary"})  # not envoys
CRAFT = frozenset({"vessel", "ship", "boat", "trawler", "tanker", "warship", "frigate", "aircraft", "jet", "drone",
                   "balloon", "helicopter"})  # what a state may drive out of its waters or skies
COERCION_CAMEO = "170"
FORCES = frozenset({"patrol", "troop", "force", "convoy", "vessel", "ship", "aircraft", "jet", "drone", "post",
                    "position", "soldier", "helicopter", "boat"})  # what draws fire that is gunfire
FLOWING_PEOPLE = frozenset({"refugee", "migrant", "militant", "fighter", "infiltrator", "people", "asylum"})
FUNDS = frozenset({"fund", "tranche", "loan", "payment", "instalment", "installment", "grant", "aid", "asset",
                   "reserve", "deposit"})  # money a state or lender releases


def outlawed(noun: Token) -> bool:
    """Whether a noun names a group by what outlaws it ("terrorist groups", "militant outfits"; not
    "anti-terror operations", which fight them)."""
    if noun.pos_ != "NOUN":
        return False
    doc = noun.doc
    return any(
        c.dep_ in ("amod", "compound") and lemma_of(c) in TERROR_WORDS
        and not (c.i >= 2 and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ in AGAINST_PREFIXES)
        and not any(g.lower_ in AGAINST_PREFIXES for g in c.children)
        for c in noun.children)


def endangers(verb: Token) -> bool:
    """Whether a verb of threatening has peace, stability or security for its object ("X's actions
    threaten regional peace"): a harm a teller charges, no threat its subject makes."""
    return verb.pos_ == "VERB" and lemma_of(verb) == "threaten" and any(
        c.dep_ == "dobj" and lemma_of(c) in ENDANGERED for c in verb.children)


class SenseReader(ArgumentReader):
    """Reads which act a trigger tells (``reading``), on the parse and the actors found."""

    @cached_property
    def arms(self) -> frozenset[str]:
        """The words of weapons and military craft ("received Patriot missiles from X": arms), and
        "arms" itself (lemma "arm", kept out of ``&weapon`` where it would be a limb)."""
        return self.lex.sets["&weapon"] | self.lex.sets["&aircraft"] | {"arm"}

    def _plain(self, verb: str) -> Trigger:
        """The one-word pattern of a verb, read where a longer one of it does not hold."""
        return next(t for t in self.lex.triggers[(verb, "VERB")] if len(t.words) == 1)

    def reading(self, tok: Token, trig: Trigger) -> Trigger | None:
        """The act a trigger tells where it stands, or None where it tells none."""
        if trig.type == NOT_AN_EVENT or (trig.pos == "VERB" and _attributive(tok)):
            return None  # an idiom ("struck a conciliatory note"); a state ("the occupied territories")
        if (trig.type == "REQUEST" and lemma_of(tok) == "ask" and tok.tag_ == "VBN" and agent_of(tok) is None
                and not any(c.dep_ in ("xcomp", "aux") for c in tok.children)):
            return None  # "Asked about X, the spokesperson said ...": a question put to the speaker
        if trig.pos == "VERB" and (passive := agent_noun(tok)) is not None \
                and (hit := match_trigger(passive, self.lex, set())) is not None and hit[0].type == trig.type:
            return None  # "were killed by Pakistani shelling": the killing's, by the shelling's authors
        if trig.type == "ASSAULT" and trig.pos == "NOUN" and ((
                tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in TOPICS) or (
                tok.dep_ == "dobj" and lemma_of(tok.head) in self.lex.words["topic"] and not any(
                    c.dep_ == "prep" and c.lower_ != "with" for c in tok.children))):
            return None  # "raised the issue of Indian aggression with X", "discussed Indian aggression with X": a
            # topic (and the teller's charge), not a blow at X (but "discussed X's attacks on Y": told)
        if trig.type == "CONSULT" and any(lemma_of(s) in TEAMS and any(lemma_of(c) in SPORTS for c in s.children)
                                          for s in subjects_of(tok)):
            return None  # "the cricket team will tour X": a game's tour, no state's visit
        if trig.type == "REQUEST" and lemma_of(tok) == "ask" and _question(tok, self._official(tok)):
            return None  # "asked whether X would honour the treaty", "asked Y why it had ...": a question, no appeal
        if (trig.pos == "VERB" and tok.dep_ == "pcomp" and tok.head.lower_ == "in"
                and lemma_of(tok.head.head) in ROLE_NOUNS):
            return None  # "X's role in supporting Y": a part X plays, told of no occasion
        if trig.pos == "VERB" and trig.type in ("AID", "RETREAT") and _handed_to_justice(tok):
            return replace(trig, type="COOPERATE", cameo=JUDICIAL_CAMEO, mode=self.lex.modes.get(JUDICIAL_CAMEO))
            # "handed over four suspected militants to X": an extradition
        if trig.pos == "VERB" and not trig.slots and trig.type in ("AID", "RETREAT") and lemma_of(tok) in GIVING_BACK \
                and trig.cameo != RETURNED_PEOPLE_CAMEO:  # (not "returned the bodies": a pattern of its own)
            if self._people_given(tok):
                return replace(trig, type="RETREAT", cameo=RETURNED_PEOPLE_CAMEO, mode="persons")  # "handed
                # over 15 fishermen", "returned 20 children": people returned, not aid
            if self._ground_given(tok):
                return replace(trig, type="RETREAT", cameo=RETURNED_PROPERTY_CAMEO, mode="property")  # "handed
                # the villages over to X": ground given back
            if trig.type == "RETREAT" and len(trig.words) == 1:
                return None  # "returned to Kabul", "returned $2 billion", "returned the ball to X's court": no
                # people or ground given back
        if trig.cameo == RETURNED_PEOPLE_CAMEO and lemma_of(tok) == "release" and any(
                money(o) or lemma_of(o) in FUNDS for o in _objects_of(tok)):
            return replace(trig, type="AID", cameo=ECONOMIC_AID_CAMEO, mode=self.lex.modes.get(ECONOMIC_AID_CAMEO))
            # "released $1 billion to X", "the release of a $1 billion tranche": money paid out, no one freed
        if trig.pos == "NOUN" and lemma_of(tok) in STANDING_MEASURES and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" \
                and lemma_of(tok.head) not in HAPPENING | IN_FORCE and act_type(tok.head, self.lex) is None \
                and not any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children):
            return None  # "US tariffs on Chinese goods have pushed up prices": measures in force, what they do
        if trig.type in ("SUPPORT", "AID") and trig.pos == "VERB" and any(
                c.dep_ == "dobj" and (lemma_of(c) in self.lex.words["wrong"] | TERROR_WORDS or outlawed(c))
                for c in tok.children):
            return None  # "had long supported cross-border terrorism", "backs terrorist groups": a wrong told
            # (the teller's charge), no support given
        if trig.type == "RETREAT" and lemma_of(tok) == "quit" and not self._quits_body_or_ground(tok):
            return None  # "quit the Paris climate agreement", "quit the tournament", "quit the FATF grey list": no
            # body left, no forces withdrawn (but "quit ECOWAS", "French troops quit Mali")
        if trig.type == "SANCTION" and trig.words[-1] == "list" and not any(
                lemma_of(q) in LISTS_OF_MEASURES for w in tok.subtree if lemma_of(w) == "list"
                for q in w.children if q.dep_ in ("compound", "amod")):
            return None  # "added X to its entity list", "placed X on its export control list" (not "added X to
            # the list of speakers")
        if trig.mode == "phone" and lemma_of(tok) == "dial" and any(c.lower_ in ("back", "down", "up")
                                                                   for c in tok.children):
            return None  # "dialled back its rhetoric", "dialled down tensions": no call
        if lemma_of(tok) in ANSWERING and len(trig.words) == 1 and any(self.lex.event_noun(lemma_of(o)) for p in tok.children
                                              if p.dep_ == "prep" and p.lower_ == "with" for o in p.children):
            return None  # "retaliated with levies on X", "responded with airstrikes": the answer the noun tells
        if trig.words[1:] in (("out", "at"), ("back", "at")):
            if self._armed(tok):
                return replace(trig, type="ASSAULT", cameo=MILITARY_OPERATION_CAMEO, mode=None, contexts=())  # "forces
                # lashed out at Ukrainian cities with missiles", "vowed to hit back at X": blows, not words
            if any("SANCTION" in self.lex.event_types(lemma_of(o)) or lemma_of(o) in STANDING_MEASURES
                   for p in tok.children
                   if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"):
                return replace(trig, type="SANCTION", cameo=TRADE_SANCTION_CAMEO, mode=self.lex.modes.get(
                    TRADE_SANCTION_CAMEO), contexts=("economic",))  # "hit back at US tariffs with levies"
        if trig.words[-1] == "&trade_flow" and self._own_business(tok):
            return None  # "cut wheat exports to X, citing a poor harvest": no sanction
        if trig.words == ("ask", "leave") and (away := self._sent_away(tok)) is not True:
            return None if away is None else self._plain("ask")  # "asked its staff to leave X": no act on another;
            # "asked the envoy to leave the meeting": a request
        if trig.words == ("welcome", "to") and not any(
                o.ent_type_ in ("GPE", "LOC", "FAC") or lemma_of(o) in SEATS
                or ((m := self.actors.at(o)) is not None and m.kind in ("state", "metonym"))
                for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"):
            return self._plain("welcome")  # "welcomed X to Beijing": a visit hosted; "welcomed X to the alliance":
            # praise
        if trig.type == "ASSAULT" and trig.pos == "NOUN" and any(c.lower_ == "cyber" and c.dep_ in ("compound", "amod")
                                                                 for c in tok.children):
            return replace(trig, type="COERCE", cameo=CYBER_CAMEO, mode="cyber")  # "a cyber attack on X": no force
        if trig.type == "ASSAULT" and trig.pos == "VERB" and _contest(tok):
            return None  # "Peru beat Chile by five wickets", "... 2-1 in a qualifier", "... to win gold": a match
        if trig.type == "AID" and trig.words == ("roll", "over") and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "will not roll over to pressure": no deposit rolled over
        if trig.type == "THREATEN" and endangers(tok):
            return None  # "X's actions threatened regional peace": a harm charged (``charge``), no threat made
        if trig.type == "REQUEST" and trig.words[:2] == ("call", "on") and self._courtesy_call(tok):
            return replace(trig, type="CONSULT", cameo=MEETING_CAMEO, mode=None, contexts=("diplomatic",), joint=True)
            # "the ambassador called on the prime minister to bid farewell": a visit, no appeal
        if trig.type == "AGREE" and lemma_of(tok) == "propose" and any(c.dep_ == "ccomp" for c in tok.children):
            return None  # "proposed that A and B hold talks": an appeal to them, no offer of one's own
        if trig.type == "AID" and lemma_of(tok) == "hand" and any(
                c.dep_ == "dobj" and c.pos_ == "PRON" and lemma_of(c) in ("they", "them") for c in tok.children) \
                and tok.dep_ == "conj" and (hit := match_trigger(tok.head, self.lex, set())) is not None \
                and hit[0].cameo == RELEASE_CAMEO:
            return None  # "released 200 fishermen and handed them over": the release, handed over
        if trig.type == "THREATEN" and tok.dep_ == "conj" and any(
                lemma_of(c) in LEAVING for c in tok.subtree) and (
                (hit := match_trigger(tok.head, self.lex, set())) is not None and hit[0].type == "SANCTION"):
            return None  # "expelled the ambassador and gave him 72 hours to leave": the expulsion's deadline
        if trig.type == "SANCTION" and trig.cameo == RECALL_CAMEO and lemma_of(tok) == "withdraw" and for_safety(tok):
            return None  # "withdrew non-essential diplomats for safety reasons": no recall in protest
        if trig.type == "SANCTION" and lemma_of(tok) == "expel" and any(
                lemma_of(w) in EXPELLED_PEOPLE or (w.tag_ in ("NNS", "NNPS") and (m := self.actors.at(w)) is not None
                                                   and m.kind == "demonym")
                for c in tok.children if c.dep_ == "dobj"
                for w in (c, *(o for p in c.children if p.lower_ == "of" for o in p.children))):
            return replace(trig, type="COERCE", cameo=DEPORTED_CAMEO, mode=self.lex.modes.get(DEPORTED_CAMEO),
                           contexts=())  # "expelled thousands of Afghan refugees", "of Afghans": people deported
        if trig.type == "SANCTION" and lemma_of(tok) == "expel" and any(
                c.dep_ == "dobj" and lemma_of(c) in CRAFT for c in tok.children):
            return replace(trig, type="COERCE", cameo=COERCION_CAMEO, mode=None, contexts=())  # "expelled a
            # Chinese vessel from its waters": driven off by force, no envoy sent home
        if trig.type == "ASSAULT" and lemma_of(tok) in ("retaliate", "retaliation"):
            means = next((hit[0] for p in tok.children if p.dep_ == "prep" and p.lower_ == "by" for c in p.children
                          for hit in [match_trigger(c, self.lex, set())] if hit is not None and hit[0].type != "ASSAULT"),
                         None)
            if means is not None:  # "retaliated against the US by imposing tariffs", "by suspending the Simla
                return replace(trig, type=means.type, cameo=means.cameo, mode=means.mode)  # Agreement": a measure
            if any(act_type(o, self.lex) == "SANCTION" for p in tok.children if p.dep_ == "prep"
                   and p.lower_ in ("against", "for", "to") for o in p.children if o.dep_ == "pobj"):
                return replace(trig, type="SANCTION", cameo=TRADE_SANCTION_CAMEO,
                               mode=self.lex.modes.get(TRADE_SANCTION_CAMEO))  # "retaliated against US tariffs"
        if trig.type == "ASSAULT" and (self._tested(tok) or (tok.dep_ == "dobj" and self._tested(tok.head))):
            if trig.pos == "NOUN":
                return None  # "test-fired a missile": the firing is the act
            return replace(trig, type="MOBILIZE", cameo=SHOW_OF_FORCE_CAMEO, mode=self.lex.modes.get(SHOW_OF_FORCE_CAMEO))
            # "test-fired an ICBM", "fired a missile into the sea": a show of force, aimed at no one
        if trig.type == "ASSAULT" and any(
                lemma_of(m) in CIVIL_OPERATIONS for c in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                if lemma_of(c) in ("operation", "offensive", "campaign") for m in c.children):
            return None  # "launched a relief operation", "a diplomatic offensive", "a media campaign": no attack
        if trig.type == "PROTEST" and trig.pos == "VERB" and lemma_of(tok) == "launch" and any(
                lemma_of(t) in ("operation", "offensive") for c in tok.children if c.dep_ == "dobj" for t in c.subtree):
            return replace(trig, type="ASSAULT", cameo=MILITARY_OPERATION_CAMEO, mode=None)  # "launched Operation
            # Bunyan-um-Marsoos against India": a military operation, no protest
        if trig.mode == "third-party" and lemma_of(tok) == "broker" and not any(t.lower_ == "between" for t in tok.subtree):
            return None  # "brokered a deal with the IMF", "brokered loan deals with A and B": deals made, no mediation
        if trig.type in ("REQUEST", "AGREE", "MOBILIZE") and lemma_of(tok) in ORDERING and any(
                c.dep_ == "xcomp" and lemma_of(c) in LEAVING for c in tok.children) and (
                (told := self.ordered_party(tok)) is not None or trig.type == "REQUEST"):
            code = EXPELLED_CAMEO if told is not None and (told.actor.org or told.actor.sector == "MIL") \
                else DEPORTED_CAMEO
            return replace(trig, type=self.lex.cameo[code][2], cameo=code, mode=self.lex.modes.get(code))
            # "ordered Pakistani nationals to leave the country", "ordered the UN mission to leave", "ordered
            # French troops to leave": sent away, not asked (but "ordered its troops to leave": withdrawn)
        if trig.words in (("draw", "fire", "from"), ("come", "under", "fire")) and any(
                lemma_of(s) in FORCES or ((m := self.actors.at(s)) is not None and m.actor.sector in ("MIL", "COP"))
                for s in subjects_of(tok)):
            return replace(trig, type="ASSAULT", cameo=MILITARY_OPERATION_CAMEO, mode=None)  # "the patrol drew fire
            # from Pakistani troops", "a convoy came under fire": shot at (but "India's decision drew fire from X":
            # criticised)
        if trig.mode == "phone" and lemma_of(tok) == "receive" and any(
                lemma_of(c) == "call" and any(g.dep_ == "acl" and infinitive(g) for g in c.children)
                for c in tok.children if c.dep_ == "dobj"):
            return None  # "received a call from the IMF to revise the budget": a demand, no phone call
        if trig.type == "SANCTION" and lemma_of(tok) == "designate" and any(
                (m := self.actors.at(c)) is not None and m.kind in ("state", "metonym")
                for c in tok.children if c.dep_ == "dobj"):
            return None  # "designated Pakistan under its framework": a state listed, no firm sanctioned
        if trig.words == ("halt", "flow") and any(
                lemma_of(o) in FLOWING_PEOPLE or ((m := self.actors.at(o)) is not None and m.actor.sector in
                                                  ("REF", "REB", "CVL"))
                for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"):
            return None  # "halted the flow of refugees": people stopped, no trade halted
        if trig.type == "COERCE" and lemma_of(tok) == "charge" and any(
                m is not None and (m.kind in ("state", "metonym") or (m.kind in ("org", "group") and m.actor.sector in
                                                                       ("GOV", "MIL")))
                for c in tok.children if c.dep_ == "dobj" for m in [self.actors.at(c)]):
            return replace(trig, type="ACCUSE", cameo=CHARGED_CAMEO, mode=None)  # "India charged Pakistan with
            # sponsoring terrorism": an accusation, no court's act
        if trig.type == "ASSAULT" and trig.pos == "VERB" and self._crowd_dispersed(tok):
            return replace(trig, type="COERCE", cameo=REPRESSION_CAMEO, mode=self.lex.modes.get(REPRESSION_CAMEO))
            # "fired tear gas at protesters": a crowd dispersed, as "to disperse protesters" is
        if trig.type == "ASSAULT" and trig.pos == "NOUN" and lemma_of(tok) == "strike" and self._work_stopped(tok):
            return replace(trig, type="PROTEST", cameo=STRIKE_CAMEO, mode=self.lex.modes.get(STRIKE_CAMEO))
            # "observed a shutter-down strike", "traders staged a strike": work stopped, no attack
        if trig.type == "AID" and trig.cameo == MILITARY_AID_CAMEO and trig.pos == "VERB" and self._to_border(tok):
            return replace(trig, type="MOBILIZE", cameo=MASSED_TROOPS_CAMEO, mode="troops")  # "sent troops to
            # the border": forces massed, not aid
        if trig.type == "AID" and trig.pos == "NOUN" and self._conditioned(tok):
            return replace(trig, type="THREATEN", cameo=WITHHELD_AID_CAMEO, mode=None)  # "tied its aid to
            # X's reforms": aid withheld unless X complies
        if trig.pos == "NOUN" and lemma_of(tok) in self.lex.sets["&weapon"] and (
                any(c.dep_ == "poss" for c in tok.children) or (tok.dep_ == "nsubj" and tok.head.lemma_ == "be")):
            return None  # "its missiles are a deterrent": an arsenal, told of no attack
        if trig.mode == "phone" and trig.pos == "VERB" and (
                sum(c.dep_ == "dobj" for c in tok.children) > 1
                or any((c.dep_ == "oprd" and not (c.ent_type_ == "PERSON" and not any(
                        d.dep_ == "dobj" for d in tok.children))) or c.dep_ in ("acomp", "ccomp")
                       or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children)):
            return None  # "called the premier a liar", "called X's remarks irresponsible": a name, no call
            # (but "called Minister X", parsed as a name given to no object, is a call to X)
        if trig.type == "CONSULT" and trig.pos == "VERB" and trig.mode == "visit" and self._shelters(tok):
            return None  # "hosts thousands of refugees", "host al Qaeda": shelter given, no meeting
        if trig.pos == "NOUN" and tok.ent_type_ in ("DATE", "TIME"):
            return None  # "in March": a month, not a march
        if trig.pos == "NOUN" and self._in_name(tok):
            return None  # "the Indus Waters Treaty", "Operation Bunyan-um-Marsoos": a name
        if trig.pos == "NOUN" and tok.dep_ == "quantmod":
            return None  # "a new tranche of sanctions": what it counts is the act (``coder._lift_acts``)
        if trig.pos == "NOUN" and tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"):
            return None  # "a ceasefire violation", "attack helicopters": a kind of thing, no act
        if self.aims_other_act(tok, trig):
            return None  # "sanctions targeting X": whom another act is aimed at, no act of its own
        if trig.pos == "NOUN" and trig.type in UNDOING_CAMEO and self.halter(tok) is not None and not (
                lemma_of(self.halter(tok)) in ("end", "conclude")
                and (trig.type == "CONSULT" or lemma_of(tok) in ("exercise", "drill", "patrol"))):
            # ("ended a round of talks", "concluded joint exercises": they were held)
            code = UNDOING_CAMEO[trig.type]  # "halted its strikes on X": a de-escalation towards X
            return replace(trig, type=self.lex.cameo[code][2], cameo=code, mode=self.lex.modes.get(code),
                           joint=trig.joint and trig.type not in ("CONSULT", "COOPERATE"))  # (talks called off: by one)
        if trig.pos == "VERB" and any(self.halter(c) is not None and lemma_of(c) not in trig.words
                                      and (hit := match_trigger(c, self.lex, set())) is not None
                                      and hit[0].type in UNDOING_CAMEO for c in tok.children):
            return None  # "suspended its military operations": the operations' undoing, no suspension (but
            # "removed the tariffs" is its own pattern's)
        if trig.slots and lemma_of(tok) in self.lex.words["name"] and any(
                c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in tok.children):
            return None  # "described the initiative as a tribute": what it is called, no act on it
        if trig.type == "SUPPORT" and trig.pos == "VERB" and lemma_of(tok) in JUSTIFYING and any(
                c.dep_ == "dobj" and lemma_of(c) in ACT_WORDS | self.lex.words["proposal"]
                and any(p.dep_ == "poss" and p.lower_ in OWN_POSSESSIVES for p in c.children) for c in tok.children):
            return None  # "defended its decision to ...": a stance on its own act, no support given to anyone
        if trig.type == "AGREE" and any(decreed(c, None, self.lex) for c in tok.children):
            return None  # "decided to impose sanctions": the measure is the act, taken then
        if trig.cameo == ULTIMATUM_CAMEO and lemma_of(tok) == "give" and not self._time_to_comply(tok, trig):
            return None  # "gave X until Friday to withdraw" is an ultimatum; "gave schools two days off", "gave firms
            # until Friday to submit bids", "gave refugees two more months to stay" grant time
        if trig.type == "AGREE" and trig.pos == "VERB" and lemma_of(tok) in PROMISING_VERBS and any(
                c.dep_ == "xcomp" and infinitive(c) and ((kind := act_type(c, self.lex)) == "REJECT" or (
                    kind in FAVOURS and any(n.dep_ == "neg" for n in c.children))) for c in tok.children):
            return None  # "vowed to block the sanctions", "vowed never to recognise X": a refusal, no promise
            # (but "vowed not to attack X" promises)
        threat = self._vowed_harm(tok) if trig.type == "AGREE" and (trig.pos == "NOUN" or not trig.joint) else None
        if threat is not None:
            return replace(trig, type="THREATEN", cameo=threat, mode=None)  # "vowed to fight X": a threat
        says = trig.pos == "VERB" and any(c.dep_ == "ccomp" for c in tok.children)
        if trig.type == "THREATEN" and says and any(
                c.dep_ == "ccomp" and lemma_of(c) in HAPPENING and any(
                    s.dep_ == "nsubj" and self.lex.event_noun(lemma_of(s)) for s in c.children) for c in tok.children):
            return None  # "warned that fighting may erupt between A and B": a prediction, no threat
        if trig.type == "ASSAULT" and trig.pos == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") \
                and lemma_of(tok.head) in TRADED:
            return None  # "delivered Patriot missiles to X", "bought drones from Y": arms, not an attack
        if trig.type in ("AID", "ASSAULT") and lemma_of(tok) in ("airlift", "capture") and any(
                c.dep_ == "dobj" and (m := self.actors.at(c)) is not None and m.kind in ("person", "org", "descriptor")
                and m.actor.sector in ("CVL", "MIL", None) and not m.actor.org for c in tok.children):
            return None if lemma_of(tok) == "airlift" else replace(trig, cameo="190", mode=None)  # "airlifted its
            # citizens out of X": an evacuation; "captured two soldiers": no ground taken
        if trig.type == "COERCE" and lemma_of(tok) == "seize" and any(
                c.dep_ == "dobj" and self._place(c, []) is not None for c in tok.children):
            return replace(trig, type="ASSAULT", cameo=OCCUPY_CAMEO, mode="occupy")  # "seized Goma": ground taken
        if trig.mode == "blockade" and trig.pos == "VERB" and any(
                c.dep_ == "nsubj" and self.lex.event_noun(lemma_of(c)) for c in tok.children):
            return None  # "strikes cut power to X": damage done by an attack, no blockade
        if trig.type == "ASSAULT" and trig.slots and lemma_of(tok) in ACQUIRING:
            return replace(trig, type="AID", cameo=MILITARY_AID_CAMEO, mode="military")  # "acquired howitzers from
            # X": arms from X, no attack
        if trig.type == "AID" and trig.pos == "VERB" and any(
                lemma_of(t) in SOLD and t.dep_ not in ("compound", "amod")  # (not "its foreign exchange crisis")
                for t in tok.subtree):
            return None  # "sent food to X in exchange for shells", "under a commercial contract": goods sold or
            # bartered, no aid
        if trig.type == "AID" and lemma_of(tok) == "deposit" and not any(c.dep_ == "dobj" and money(c) for c in tok.children):
            return None  # "deposited the instrument of ratification": no money
        if trig.type == "AID" and trig.pos == "VERB" and self.hands_over_statement(tok):
            return None  # "handed over a demarche to X": the act is what was handed over
        if trig.type == "AID" and says and not any(c.dep_ in ("dobj", "dative") for c in tok.children):
            return None  # "the treaty provides that ...": what it lays down, nothing given
        if trig.type == "PROTEST" and trig.pos == "VERB" and lemma_of(tok) != "protest" and (says or (
                lemma_of(tok) in TRANSITIVE_SENSES and any(c.dep_ == "dobj" for c in tok.children))):
            return None  # "demonstrated that X ...", "demonstrated its resolve", "rallied support": no protest
        if (trig.type == "REJECT" and self._on_attack(tok)) or (trig.pos == "VERB" and (
                (trig.type == "ASSAULT" and (self._in_words(tok) or self._on_words(tok)
                                             or (trig.joint and self._among_people(tok))))
                or (trig.type == "PROTEST" and (says or (lemma_of(tok) == "protest" and self._objects_to(tok))))
                or (trig.type == "THREATEN" and ((says and _tells_what_was(tok)) or self._warns_of_anothers(tok))))):
            # an attack rejected (condemned), an attack made in words, a clash of leaders (an argument:
            # "A clashed with B"), a protest that says something or objects to a thing ("protested the
            # detention"), a warning that tells what another did or plans ("warned of an Indian strike")
            return replace(trig, type="ACCUSE", cameo=VERBAL_ATTACK_CAMEO, mode=None, joint=False)
        if trig.words[:2] == ("witness", "signing") and len({
                m.actor.key for d in doers_of(tok) for c in (d, *d.conjuncts) for m in self.np(c, [])[0]}) < 2:
            return None  # "A and B witnessed the signing": theirs; "the UN chief witnessed the signing": a guest's
        if trig.type == "MOBILIZE":
            return self._drill(tok, trig)
        return trig

    def _drill(self, tok: Token, trig: Trigger) -> Trigger | None:
        """A drill or exercise as held: by the forces of two states or more, or called joint, a drill
        together ("A and B held military exercises", "Chilean and Peruvian marines staged a drill", "the
        navies of A and B", "held joint drills with B", "took part in exercises with B"); by one, a show
        of force ("held naval exercises"), unless one for emergencies ("held an earthquake drill", not "a
        live-fire drill")."""
        if tok.pos_ == "VERB":  # ("conducted the Shield drills", which the parser may read as a verb)
            verb, drill = tok, next((w for w in tok.subtree if w.i > tok.i and lemma_of(w) in DRILLS), None)
        else:
            drill = tok if lemma_of(tok) in DRILLS else None
            verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else tok.head.head if tok.dep_ == "pobj" else None
        if drill is None:
            return trig
        doers = [c for d in (doers_of(verb) if verb is not None and verb.pos_ == "VERB" else [])
                 for c in (d, *d.conjuncts)]
        doers += [o for h in (drill, verb) if h is not None for p in h.children
                  if p.dep_ == "prep" and p.lower_ == "with" and lemma_of(p.doc[p.i - 1]) not in GROUND
                  for o in p.children if o.dep_ == "pobj"]  # ("took part in exercises with B"; not "along the
        # border with B", the parser hanging "with" on the verb)
        countries = {m.actor.country for d in doers for m in self.np(d, [])[0] if m.actor.country}
        modifiers = {lemma_of(w) for w in drill.subtree if w.i < drill.i}
        if modifiers & JOINT or (len(countries) > 1 and not any(t.lower_ in APART for t in tok.sent)):
            return replace(trig, type="COOPERATE", cameo=MILITARY_COOPERATION_CAMEO, mode="military", joint=True)
            # (not "held rival exercises", "each held drills")
        return None if modifiers & CIVIL_DRILLS and not modifiers & MILITARY_DRILLS else trig

    def ordered_party(self, verb: Token) -> ActorMention | None:
        """The party a verb of ordering tells to act, when it is another state or body than the one
        that orders ("the court ordered Israel to halt its offensive"; not "ordered the army to
        withdraw", nor a government's order to its own press): what it is told is asked, not done."""
        if lemma_of(verb) not in ORDERING or not any(c.dep_ == "xcomp" for c in verb.children):
            return None
        told = next((m for c in verb.children if c.dep_ == "dobj" for m in [self.actors.at(c)] if m is not None), None)
        boss = next((m for c in verb.children if c.dep_ == "nsubj"
                     for t in (c, *(d for d in c.children if d.dep_ in ("amod", "compound", "poss")))
                     for m in [self.actors.at(t)] if m is not None), None)
        if told is None or (boss is None and told.kind not in ("state", "metonym")):
            return None  # (a state told by one not named, "the court ordered Israel to ...", is told by another)
        return told if boss is None or told.actor.key != boss.actor.key else None

    def _time_to_comply(self, verb: Token, trig: Trigger) -> bool:
        """Whether "give" gives another a deadline or ultimatum, or time to do what is demanded ("gave
        X until Friday to withdraw", "two months to hand over"; not "two days off", "time to bid")."""
        return bool({"deadline", "ultimatum"} & set(trig.words)) or any(
            c.dep_ in ("advcl", "xcomp", "acl", "relcl") and infinitive(c) and lemma_of(c) in DEMANDED
            for c in (*verb.children, *(g for o in verb.children for g in o.children)))

    def under_order(self, tok: Token) -> bool:
        """Whether an act is what a verb of ordering tells another party to do (``ordered_party``), or
        what an ultimatum gives it time to do ("gave X until Friday to withdraw")."""
        if tok.dep_ in ("advcl", "xcomp", "acl") and infinitive(tok) and _time_given(tok.head):
            return True
        node = tok
        while node.dep_ in ("dobj", "xcomp", "conj", "pobj", "prep") and node.head.i != node.i:
            node = node.head
            if lemma_of(node) in ORDERING:
                return self.ordered_party(node) is not None
        return False

    def _crowd_dispersed(self, verb: Token) -> bool:
        """Whether a verb of force uses the means of crowd control on a crowd ("fired tear gas at
        protesters", "used water cannon on demonstrators"; not "fired water cannon at a boat")."""
        used = {(m.lower_ if m.dep_ in ("compound", "amod") else None, lemma_of(t)) for t in verb.subtree
                if pos_of(t) == "NOUN" for m in (*t.children, t)}
        aimed = [t for t in verb.subtree if t.i != verb.i and pos_of(t) == "NOUN" and not any(
            a.dep_ in ("acl", "relcl") for a in _below(t, verb))]  # (not "at a vessel carrying workers")
        killing = any(c.dep_ in ("advcl", "conj") and lemma_of(c) in ("kill", "wound", "injure") for c in verb.children)
        return not killing and any(lemma_of(o) in CROWDS for o in aimed) and bool(used & CROWD_CONTROL)

    def _tested(self, verb: Token) -> bool:
        """Whether a verb fires or launches a weapon in a test ("test-fired a missile", "a test launch")
        or into the open sea, at no one."""
        if verb.pos_ != "VERB" or lemma_of(verb) not in ("fire", "launch"):
            return False
        weapons = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in self.lex.sets["&weapon"]]
        return bool(weapons) and (
            any(lemma_of(t) == "test" for w in (verb, *weapons) for t in w.children)
            or any(p.dep_ == "prep" and p.lower_ in ("into", "in") and lemma_of(o) in OPEN_WATERS
                   for p in verb.children for o in p.children if o.dep_ == "pobj"))

    def _work_stopped(self, strike: Token) -> bool:
        """Whether a strike is a stoppage of work: of a kind ("a shutter-down strike", "a wheel-jam
        strike"), observed or called, or staged by the people ("traders staged a strike"; not "the
        army staged a strike on X")."""
        if any(t.lower_ in WORK_STOPPAGES for t in strike.subtree if t.i < strike.i):
            return True
        verb = strike.head if strike.dep_ == "dobj" else None
        if verb is None or lemma_of(verb) not in STRIKING_VERBS or any(c.dep_ in ("oprd", "dobj") and c.i != strike.i
                                                                       for c in verb.children):
            return False  # ("called the Indian strike an act of war": a name given)
        called = lemma_of(verb) in ("observe", "call", "announce")  # (a strike "in Karachi" is where it is held)
        if any(self.actors.at(c) is not None for c in strike.children if c.dep_ in ("amod", "compound", "poss")) or any(
                p.dep_ == "prep" and p.lower_ in (("on",) if called else ("on", "at", "in")) and any(
                    self.actors.at(o) is not None or (p.lower_ == "on" and o.ent_type_ not in ("DATE", "TIME"))
                    for o in p.children if o.dep_ == "pobj") for p in (*strike.children, *verb.children)):
            return False  # ("launched a strike on X", "the Indian strike", "a strike on its facilities")
        doers = [m for s in doers_of(verb) for m in self.np(s, [])[0]]
        if called:  # (not a state's: "India announced a strike in Bahawalpur")
            return not any(m.kind in ("state", "metonym") or m.actor.sector == "MIL" for m in doers)
        return bool(doers) and all(m.actor.sector in CROWD_SECTORS | {"BUS", "LAB", "EDU", "MED"} for m in doers)

    def _vowed_harm(self, verb: Token) -> str | None:
        """The CAMEO code of the threat a vow makes when what it vows harms ("vowed to fight X",
        "promised to retaliate"); None for a vow of anything else, one made to a party ("promised
        X to expel the militants") or one to act with a partner ("to fight terrorism with X")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.dep_ == "dative" or (c.dep_ == "prep" and lemma_of(c) == "to") for c in verb.children) or any(
                pos_of(c) != "NOUN" or self.actors.at(c) is not None for c in objects):
            return None  # "promised Pakistan to expel the militants": a promise to Pakistan
        if objects:  # "vowed revenge (against X)": a harm vowed (not "will not tolerate aggression")
            return None if lemma_of(verb) not in PROMISING_VERBS else next((code for c in objects for kind, code in [INTENT_CAMEO.get(act_type(c, self.lex), (None, None))]
                         if kind == "THREATEN"), None)
        for comp in (c for c in verb.children if c.dep_ in ("xcomp", "acl") and infinitive(c)):  # (a noun's: "its
            # determination to punish X")
            if any(c.dep_ == "prep" and lemma_of(c) in ("with", "alongside") for c in comp.children) or any(
                    c.dep_ == "neg" for c in comp.children):
                continue  # "promised to fight terrorism with X": side by side with X; "vowed not to attack X"
            kind, code = INTENT_CAMEO.get(act_type(comp, self.lex), (None, None))
            if kind == "THREATEN":
                return code
        return None

    def _to_border(self, verb: Token) -> bool:
        """Whether forces a verb sends go to a border, and nowhere else, for no purpose told ("sent
        troops to the Afghan border"; not "to Belarus near the border", "to the border to help")."""
        goals = [o for h in (verb, *(c for c in verb.children if c.dep_ == "dobj"))  # (the parse may hang
                 for p in h.children if p.dep_ in ("prep", "dative") and lemma_of(p) in ("to", "along", "near")
                 for o in p.children if o.dep_ == "pobj"]  # "to the border" on the troops)
        return (bool(goals) and all(lemma_of(o) in GROUND for o in goals)
                and not any(c.dep_ in ("xcomp", "advcl") for c in verb.children))

    def _shelters(self, verb: Token) -> bool:
        """Whether all the verb's objects that are actors are refugees or armed groups, hosted for no
        talks ("hosted the rebels for peace talks", "hosted Hamas negotiators" are meetings)."""
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in (c, *c.conjuncts)]
        talkers = self.lex.sets["&negotiator"] | self.lex.words["envoy"] | self.lex.words["visitor"]
        if any(lemma_of(o) in talkers for o in objects):
            return False
        if any(p.dep_ == "prep" and p.lower_ == "for" and "CONSULT" in self.lex.event_types(lemma_of(o))
               for h in (verb, *objects) for p in h.children for o in p.children if o.dep_ == "pobj"):
            return False
        objects += [o for t in objects for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]  # "thousands of refugees"
        guests = [m for m in map(self.actors.at, objects) if m is not None]
        return bool(guests) and all(m.actor.sector in SHELTERED_SECTORS for m in guests)

    def _armed(self, verb: Token) -> bool:
        """Whether a verb of lashing out strikes "with" weapons, at a crowd or at ground, or is vowed
        or threatened ("vowed to hit back at X": a reprisal)."""
        objects = [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        return any(lemma_of(o) in self.arms or lemma_of(o) == "baton" or "ASSAULT" in self.lex.event_types(lemma_of(o))
                   for o in objects if o.head.lower_ == "with") or any(
            lemma_of(o) in CROWDS | STRUCK_GROUND for o in objects if o.head.lower_ == "at") or (
            verb.dep_ == "xcomp" and lemma_of(verb.head) in PROMISING_VERBS | {"threaten"})

    def _quits_body_or_ground(self, verb: Token) -> bool:
        """Whether a verb of quitting has a body for its object, or forces for its subject."""
        left = [m for c in verb.children if c.dep_ == "dobj" for m in [self.actors.at(c)] if m is not None]
        if any(m.actor.org and not m.actor.country for m in left):
            return True
        return any((m := self.actors.at(s)) is not None and m.actor.sector == "MIL" for s in doers_of(verb))

    def _courtesy_call(self, verb: Token) -> bool:
        """Whether "called on X to ..." is a visit: one official or envoy calls on a person to discuss
        something or to bid farewell ("the ambassador called on Foreign Minister X to discuss trade";
        not "called on X to resign")."""
        hosts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"]
        purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and lemma_of(c) in COURTESY_PURPOSES]
        callers = [m for s in doers_of(verb) for m in [self.actors.at(s)] if m is not None]
        return bool(purposes) and any((m := self.actors.at(h)) is not None and m.kind == "person" for h in hosts) \
            and bool(callers) and all(m.kind in ("person", "descriptor") for m in callers)  # (an envoy's call;
        # "Washington called on President X to discuss a ceasefire": an appeal)

    def _sent_away(self, verb: Token) -> bool | None:
        """Whether those a verb asks to leave are sent away: True when they are another state's and
        what they are to leave is a country or a town ("asked a Peruvian diplomat to leave the
        country", "... to leave Lima"), False when it is a room or a meeting, None when they are no
        other state's ("asked its embassy staff to leave X")."""
        own = {m.actor.key for s in doers_of(verb) for m in self.np(s, [])[0]}
        told = [m for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for m in self.np(c, [])[0]]
        if not told or any(m.actor.key in own for m in told):
            return None
        left = [o for x in verb.children if x.dep_ == "xcomp" and lemma_of(x) in LEAVING
                for o in x.children if o.dep_ == "dobj"]
        return all(
            lemma_of(o) in ("country", "capital") or o.ent_type_ in ("GPE", "LOC") or (
                (m := self.actors.at(o)) is not None and m.kind in ("state", "metonym")) for o in left)

    def _people_given(self, verb: Token) -> bool:
        """Whether what a verb of giving back hands over is people ("handed over 15 fishermen", "the
        detainees"), not a state, an organisation or a thing (nor whom "supplied X with arms" arms)."""
        if lemma_of(verb) not in GIVING_BACK or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            return False
        if verb.dep_ in ("conj", "advcl") and lemma_of(verb.head) in RELEASING and any(
                c.dep_ == "dobj" and c.lower_ in ("them", "him", "her") for c in verb.children):
            return True  # "freed the crew and handed them over to X": the people freed
        given = [self.actors.at(c) for c in verb.children if c.dep_ == "dobj"]
        return any(m is not None and ((m.actor.org is None and m.kind in ("person", "descriptor")) or (
            m.kind in ("org", "group") and (self.doc[m.head].tag_ == "NNS" or (
                m.actor.org is None and self.doc[m.head].tag_ in ("NNPS", "NNP"))))) for m in given)
        # ("handed over three Islamic State militants": men of a group, not the group)

    def _ground_given(self, verb: Token) -> bool:
        """Whether what a verb of giving back hands over is ground: villages, a territory, a base, or
        "them" after ground its sentence named ("withdrew from three villages, handing them over")."""
        return any(c.dep_ in ("dobj", "nsubjpass") and (self._ground(c) or (c.lower_ in ("them", "it") and any(
            self._ground(t) and t.pos_ == "NOUN" for t in c.doc[c.sent.start:c.i]))) for c in verb.children)

    def _ground(self, word: Token) -> bool:
        """Whether a word names ground that can be handed over (a town, a territory, control)."""
        lemma = lemma_of(word)
        return lemma in TERRITORY or lemma in self.lex.sets["&town"]

    def _conditioned(self, noun: Token) -> bool:
        """Whether a benefit is made to hang on something: the object of "condition", "tie" or "link"
        with "on" or "to" ("conditioned aid on the return of ..."), or of "made ... conditional"."""
        verb = noun.head
        if noun.dep_ != "dobj":
            return False
        if lemma_of(verb) in self.lex.words["condition"]:
            return any(c.dep_ == "prep" and (c.lower_ in ("on", "upon") or (c.lower_ == "to" and h is verb))
                       for h in (verb, noun) for c in h.children)  # ("aid to X" names who receives it)
        return lemma_of(verb) == "make" and any(lemma_of(t) in ("conditional", "contingent") and t.pos_ == "ADJ"
                                                for t in verb.subtree)

    def _warns_of_anothers(self, verb: Token) -> bool:
        """Whether a warning is "of" an act another is to do, named by its author ("warned of an
        imminent Indian strike", "of a false flag operation by India") or told as that other's deed
        ("warned that Israel may strike X"): a charge, not a threat."""
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return False  # "warned Russia of NATO retaliation": a threat told to its target
        own = {m.actor.country or m.actor.org for s in subjects_of(verb) for m in [self.actors.at(s)] if m is not None}
        if any(any(self.lex.quads.get(act_type(a, self.lex) or "", 0) == 4  # (not "warned X would face ...")
                   for a in (c, *(x for x in c.subtree if x.dep_ == "xcomp"),  # ("X is likely to strike Y",
                             *(o for o in c.children if o.dep_ == "dobj" and lemma_of(c) in IMPOSING)))
                   and {  # "X could impose a blockade"; not "X would face sanctions", "would regret an attack")
                m.actor.country or m.actor.org for s in c.children if s.dep_ == "nsubj"
                for m in [self.actors.at(s)] if m is not None and m.actor.key} - own
               for c in verb.children if c.dep_ == "ccomp"):
            return True
        for o in (o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("of", "about") for o in p.children
                  if o.dep_ == "pobj" and pos_of(o) == "NOUN"):
            authors = {m.actor.country or m.actor.org for p in self._act_author(o, [])
                       for m in [p.mention] if m.actor.key}
            if authors and not authors & own:
                return True
        return False

    def _objects_to(self, verb: Token) -> bool:
        """Whether a protest verb objects to a thing, said by a state, body or official ("X protested
        the detention", "summoned the envoy to protest against the sale"), not by a crowd ("demonstrators protesting the results"); a state's protest
        is one in words whatever it names ("Japan protested after ...")."""
        subjects = [self.actors.at(c) for c in (subjects_of(verb) if infinitive(verb) else verb.children)
                    if c.dep_ == "nsubj" or (infinitive(verb) and c.dep_ != "nsubjpass")]  # ("summoned X to protest")
        return any(m is not None and (m.kind in ("state", "metonym") or (
            m.actor.sector not in CROWD_SECTORS and any(c.dep_ == "dobj" for c in verb.children)) or (
            m.actor.sector == "GOV" and self.doc[m.head].tag_ != "NNS" and any(  # (not "government employees")
                c.dep_ == "prep" and c.lower_ in ("against", "over") for c in verb.children))) for m in subjects)

    def halter(self, noun: Token) -> Token | None:
        """The verb by which a noun's act is stopped by its own author ("halted its strikes", "the
        raids were suspended", "ended two decades of hostility", "cut its aid"); None if none does,
        or if another's act is stopped ("X's air defences stopped Y's strikes")."""
        held = noun
        if noun.dep_ == "pobj" and ((noun.head.lower_ == "of" and (
                lemma_of(noun.head.head) in TIME_SPANS | self.lex.words["partitive"])) or (
                noun.head.lower_ == "in" and money(noun.head.head))):
            held = noun.head.head  # "two decades of hostility", "a wave of strikes", "$500 million in aid": what
            # they count
        verb = held.head
        withheld = lemma_of(verb) in WITHHOLDING and "AID" in self.lex.event_types(lemma_of(noun))
        called_off = lemma_of(verb) == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
        dropped = lemma_of(verb) in DROPPING and "SANCTION" in self.lex.event_types(lemma_of(noun))
        if held.dep_ not in ("dobj", "nsubjpass") or (
                lemma_of(verb) not in self.lex.words["halt"] and not (withheld or called_off or dropped)) or any(
                c.lower_ == "short" for c in verb.children):  # ("cut short his visit": it took place)
            return None
        if withheld:
            return verb  # "delayed the disbursement", "blocked a World Bank loan to X": aid held back
        if (lemma_of(verb) == "cancel" or called_off) and "CONSULT" in self.lex.event_types(lemma_of(noun)) and (
                held.dep_ != "dobj" or not any(c.dep_ == "prep" and c.lower_ == "with" for c in held.children)
                or self._neutral_cause(verb, held)):
            return None  # "cancelled talks with X": a snub; "the visit was cancelled", "cancelled his trip", "...
            # because of the floods", "for security reasons": no one's
        halter = {m.actor.key for s in doers_of(verb) for m in self.np(s, [])[0]}
        author = {m.actor.key for c in noun.children if c.dep_ in ("poss", "amod", "compound")
                  for m in self.np(c, [], conjuncts=False)[0]}
        return None if halter and author and not halter & author else verb

    def _official(self, verb: Token) -> bool:
        """Whether who does a verb is a state, a body or an official (not reporters or lawmakers)."""
        return any(m.kind in ("state", "metonym") or m.actor.sector in ("GOV", "MIL", "IGO")
                   for s in doers_of(verb) for m in self.np(s, [])[0])

    def _own_business(self, verb: Token) -> bool:
        """Whether trade a verb stops is stopped for reasons of the doer's own: a cause naming no
        state and no hostile act ("because of shortages"), or a reason or purpose told in words of
        its home market ("citing a poor harvest", "to curb domestic prices"; not "to punish X")."""
        held = next((c for c in verb.children if c.dep_ == "dobj"), verb)
        reasons = [c for v in (verb, *(x for x in verb.children if x.dep_ == "xcomp")) for c in v.children
                   if c.dep_ in ("advcl", "xcomp") and (
                       lemma_of(c) == "cite" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
        return self._neutral_cause(verb, held) or any(lemma_of(t) in HOME_MARKET for c in reasons for t in c.subtree)

    def _neutral_cause(self, verb: Token, held: Token) -> bool:
        """Whether a verb, or what it acts on, tells why it was done with a cause that names no state
        or body and no hostile act ("because of the floods", "due to security concerns", "for
        security reasons"; not "because of X's support for terrorism", "due to the continued
        shelling", "for political reasons")."""
        causes = [c for c in (*verb.children, *held.children) if _cause(c)]
        hostile = self.lex.words["wrong"] | TERROR_WORDS | {"political", "diplomatic"}
        return bool(causes) and not any(
            lemma_of(t) in hostile or ((m := self.actors.at(t)) is not None
                                       and m.kind in ("state", "metonym", "demonym", "org"))
            or any(self.lex.quads.get(kind, 0) >= 3 for form in word_forms(t) for kind in self.lex.event_types(form))
            for c in causes for t in c.subtree)

    def _among_people(self, verb: Token) -> bool:
        """Whether the subjects of a verb are all people, by name or office ("the two presidents
        clashed over ..."), not forces or states."""
        people = [m for s in subjects_of(verb) for m in self.np(s, [])[0]]
        return bool(people) and all(m.kind in ("person", "descriptor") for m in people)

    def _in_words(self, verb: Token) -> bool:
        """Whether an attack is made in words: "attacked X, calling him ...", "hit back, accusing X";
        not a blow at a thing, which the words only justify ("struck a building, saying it housed ...")."""
        if any(c.dep_ == "dobj" and lemma_of(c) in STRUCK_THINGS and self.actors.at(c) is None for c in verb.children):
            return False
        for child in verb.children:
            if child.dep_ in ("advcl", "conj") and child.tag_ == "VBG" and child.i > verb.i:
                lemma = lemma_of(child)
                hit = match_trigger(child, self.lex, set())
                if lemma in self.lex.words["name"] or self.lex.cues.get(lemma) == "say" or (
                        hit is not None and hit[0].type == "ACCUSE"):
                    return True
        return False

    def _on_words(self, verb: Token) -> bool:
        """Whether an attack is made on words: "attacked the statement", "responded strongly to X's remarks"."""
        said = self.lex.words["proposal"] | self.lex.words["document"]
        return any(lemma_of(o) in said for o in _acted_on(verb, ("to", "against", "on")))  # not "during the talks"

    def _on_attack(self, verb: Token) -> bool:
        """Whether a verb's object is an attack ("condemned the attack", "denounced the strikes")."""
        return any((hit := match_trigger(o, self.lex, set())) is not None and hit[0].type == "ASSAULT"
                   for o in _acted_on(verb))

    def _in_name(self, tok: Token) -> bool:
        """Whether a noun ends a proper name: a capitalised head after capitalised words that name
        no actor."""
        return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" and self.actors.at(c) is None
                                           for c in tok.children)


def _time_given(verb: Token) -> bool:
    """Whether a verb gives another a time to act ("gave X until Friday", "has given X two months", "gave
    X a deadline")."""
    return lemma_of(verb) == "give" and any(
        (c.dep_ == "prep" and c.lower_ == "until") or lemma_of(c) in DEADLINES for c in verb.children)


def _acted_on(verb: Token, preps: tuple[str, ...] | None = None) -> list[Token]:
    """A verb's direct objects and the objects of its prepositions (of ``preps`` only, if given)."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and (preps is None or lemma_of(c) in preps)
        for o in c.children if o.dep_ == "pobj"]


def _tells_what_was(verb: Token) -> bool:
    """Whether what a verb says is told in the past, with no modal and nothing still to do in it
    ("that X had violated ...", "that the strike was an attempt ..."; not "that any attack would
    be met ...", "that it was ready to use force")."""
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(said) and all(
        (c.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and a.tag_ == "VBD" for a in c.children))
        and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children)
        and not any(d.dep_ in ("xcomp", "acomp") and any(infinitive(v) for v in (d, *d.children))
                    for d in c.children) for c in said)


def _attributive(verb: Token) -> bool:
    """Whether a participle describes a noun instead of telling an act: "the occupied territories"
    (also when the parser makes it a verb with an article or "all" of its own), or a word of a name
    ("Illegally Occupied Kashmir")."""
    if verb.tag_ == "VBN" and verb.dep_ == "amod":
        return True
    if any(c.lower_ in ARTICLES and c.i < verb.i for c in verb.children):
        return True  # "the occupied territories", parsed as a verb
    if verb.i > 0 and verb.nbor(-1).lower_ == "all" and verb.nbor(-1).head == verb and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "all" for c in verb.children):
        return True  # "all occupied territories", with no subject of its own (not "the miners all occupied X")
    return verb.ent_type_ != "" and verb.text[:1].isupper() and verb.i != verb.sent.start


def _handed_to_justice(verb: Token) -> bool:
    """Whether a verb of handing over gives wanted people to another's justice: suspects or fugitives
    ("handed over four suspected militants to X"), anyone under an extradition treaty or to a court;
    not remains or prisoners, nor people in an exchange."""
    if lemma_of(verb) not in GIVING_BACK or any(lemma_of(t) in ("exchange", "swap") for t in verb.sent):
        return False
    given = [c for c in verb.children if c.dep_ == "dobj"]
    if any(lemma_of(c) in RETURNED for c in given):
        return False
    return any(lemma_of(c) in WANTED_PEOPLE or any(a.lower_ in ("suspected", "alleged", "wanted") for a in c.children)
               for c in given) or any(lemma_of(t) in ("extradition", "extradite") for c in verb.children
                                      if c.dep_ == "prep" for t in c.subtree) or any(
        lemma_of(o) in COURTS for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
        for o in c.children if o.dep_ == "pobj")  # "handed X over to the International Criminal Court"


def _cause(word: Token) -> bool:
    """Whether a word opens why its head was done: "because of", "due to", "owing to", "for ...
    reasons", "because ..."."""
    if word.dep_ == "prep":
        return word.lower_ in ("because", "due", "owing") or (
            word.lower_ == "for" and any(lemma_of(o) == "reason" for o in word.children))
    return word.dep_ == "advcl" and (lemma_of(word) == "owe" or any(
        m.dep_ == "mark" and m.lower_ == "because" for m in word.children))


def _score_after(doc, i: int) -> bool:
    """Whether a game's score stands at token ``i`` ("2-1", in one token or three), not a count of
    something ("3-4 times")."""
    if i < len(doc) and SCORE.fullmatch(doc[i].text):
        end = i + 1
    elif i + 2 < len(doc) and doc[i].like_num and doc[i + 1].text == "-" and doc[i + 2].like_num:
        end = i + 3
    else:
        return False
    return end >= len(doc) or doc[end].pos_ not in ("NOUN", "PROPN")


def _question(verb: Token, official: bool) -> bool:
    """Whether what a verb asks is a question, not an act: "about" a topic, or a clause of a wh-word
    or of "whether" or "if", and no infinitive ("asked whether X would honour the treaty", "asked Y
    why it had ..."); not one an ``official`` asker asks of the one asked, on what it will or could
    do ("asked Y if it would send observers", "asked Y what steps it would take": an appeal; not
    reporters' questions)."""
    if not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "about" for h in (verb, *(o for o in verb.children
                                                                        if o.dep_ in ("dobj", "dative")))
                    for c in h.children):
        return True  # "asked the president about tariffs": a question on a topic
    asked = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return not any(c.dep_ == "xcomp" for c in verb.children) and any(
        (c.doc[c.left_edge.i].tag_ in ("WDT", "WP", "WRB")
         or any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children))
        and not (official and asked and any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children))
        for c in verb.children if c.dep_ == "ccomp")


def _contest(verb: Token) -> bool:
    """Whether a verb of blows tells a side's win or play in a game: with a score after whom it beat
    ("beat X 2-1"), a margin ("by five wickets"), in a contest ("in the final"), to win a prize ("to
    win javelin gold"), or done by or to players or the ball ("the batsmen attacked the bowlers")."""
    for c in verb.children:
        if c.dep_ == "dobj" and _score_after(verb.doc, c.right_edge.i + 1):
            return True  # "beat Nigeria 2-1", the score right after whom
        if c.dep_ in ("nsubj", "dobj") and lemma_of(c) in PLAYERS:
            return True  # "X's batsmen attacked the bowlers", "shot the ball past the goalkeeper"
        objects = [o for o in c.children if o.dep_ in ("pobj", "dobj")]
        if c.dep_ == "prep" and ((c.lower_ == "by" and any(lemma_of(o) in MARGINS for o in objects))
                                 or (c.lower_ == "in" and any(lemma_of(o) in CONTESTS for o in objects))):
            return True
        if c.dep_ in ("xcomp", "advcl") and lemma_of(c) == "win" and any(lemma_of(o) in PRIZES for o in objects):
            return True
    return False


def _objects_of(tok: Token) -> list[Token]:
    """What a verb acts on, or what a noun of its act is "of" ("the release of the tranche")."""
    if tok.pos_ == "VERB":
        return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _below(tok: Token, top: Token) -> Iterator[Token]:
    """The heads above ``tok`` up to, not including, ``top``."""
    for head in tok.ancestors:
        if head.i == top.i:
            return
        yield head
