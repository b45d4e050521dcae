"""The coder: every trigger of a body (and every reported "must") becomes candidates, one for
each pair of parties its arguments give, with its status and a confidence; the public ``code``.

What the events coded so far leave carries on: the parties of the last joint event are "they"
and "both sides", and those of an agentless joint act in the next sentence ("Trade was
discussed"); a third party's appeal for "an end to the fighting" or a ceasefire, an
unattributed truce and untargeted fire go to the sides of the article's last fight, and a side's
untargeted fire or warning to the other side; condemning "the attack" accuses the side that
struck last. An act its author announces for the future is also a threat (harm) or a promise
(help) made when said, and a meeting offered on a condition an offer to meet.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from itertools import combinations

from spacy.symbols import DET, NOUN, NUM, PRON
from spacy.tokens import Doc, Span, Token

from tidings import places
from tidings.actors import ARMED_SECTORS, builtin, make_actor
from tidings.lexicon import INTENT_CAMEO, RECEIVING, SAME_WORD, VERBAL_QUADS, Trigger, lexicon
from tidings.records import Actor, ActorMention

from .arguments import (ACQUIRING, ANSWERING, DOMESTIC_TYPES, DYAD_TYPES, INVITATIONS, QUALIFIERS, REACTION_TYPES,
                        RECIPROCAL, RELATIONS, VENUE_TYPES, WITHDRAWAL_CAMEO, day_joined_subject, doers_of, subjects_of,
                        teller_of)
from .grammar import (ACT_WORDS, ORDERING, SUBJECTS, TRIES, agent_of, agentless, breadth, conditioned, hyphen_ends, hyphenated,
                      infinitive, inverted_condition, lemma_of, money, nearby, pos_of, word_forms)
from .phrases import DEFINITE, NER_KINDS, STATE_SECTORS, Party, bare_definite, distinct, out_of_office, same_side
from .senses import (CRAFT, GIVING_BACK, JUDICIAL_CAMEO, RELEASING, RETURNED_PEOPLE_CAMEO, STRUCK_THINGS, TERROR_WORDS,
                     UNDOING_CAMEO, SenseReader, endangers, outlawed)
from .status import REFUSED, REFUSING_VERBS, UNTOLD, act_type, asked, claim_rejected, future_verb, is_saying, status_of, wished
from .triggers import (ARMS_RECEIPT, CHARGE, CULPABLE, DEMAND, DISMISSAL, INVITED, MESSAGES, NAMING, ORDER, RECEIPT,
                       RELIEF_RECEIPT, RETURN_RECEIPT, RETURNED, WISH, head_lemma, match_trigger, verb_lemmas)

UNTARGETED_TYPES = {"PROTEST", "MOBILIZE"}
LOCATIVE_PREPS = {"in", "on", "at", "against", "into", "inside"}  # where an act of force falls
CAMPAIGNS = {"campaign", "offensive"}  # what force is waged as ("its bombing campaign against X")
VANQUISHING = {"defeat", "wipe", "eliminate", "crush", "eradicate", "root", "destroy", "annihilate", "vanquish",
               "neutralise", "neutralize", "exterminate", "uproot"}  # what a resolve against a foe is to do
SEEKING = {"negotiation", "effort", "push", "bid", "prospect", "hope", "chance", "attempt", "initiative", "process",
           "mediation"}  # what seeks a truce ("efforts toward a truce"), besides proposals and talks
# concessions that need no party named: resigning, stepping down, declaring a ceasefire, lifting a state of emergency
YIELDING_CAMEO = {"080", "0831", "0871", "0814"}
YIELDING = {"resign", "step", "declare", "announce", "lift"}  # the verbs that make them
YIELDED = {"emergency", "state", "ceasefire", "truce", "curfew", "law"}  # what they declare or lift
SIDED_TYPES = DYAD_TYPES | {"THREATEN"}  # with no target, a side of the last fight aims them at the other
ANAPHORA_SENTENCES = 3  # how far back "the <act>" looks for the act it names
NAMED_FOR_VICTIMS = {"genocide", "holocaust"}  # wrongs an adjective names by their victims ("the Armenian genocide")
EXCHANGE = {"exchange", "swap", "trade"}  # verbs of giving each other what the other gives
TOGETHER = {"together", "jointly"}  # "A and B vowed to work together": an agreement between them
LIKE = {"similar", "same", "like"}  # "a similar call": an act like the last of its kind, at the same targets
DRAFTS = {"resolution", "draft", "text", "motion"}  # what a veto strikes down
PERMANENT_MEMBERS = {"USA", "RUS", "CHN", "GBR", "FRA"}  # who veto the Security Council's drafts
ACROSS_TYPES = {"ASSAULT", "SANCTION", "RETREAT"}  # acts at whoever is across a border
CROSSINGS = {"border", "crossing", "corridor", "gate", "pass", "checkpoint", "terminal", "bridge"}  # a measure's ground
FIRED_ON = {"ceasefire", "post", "position", "checkpost", "bunker", "village", "area", "sector"}  # ground, no one
SUFFERED = frozenset({"killing", "assassination", "murder", "death", "invasion", "occupation", "execution"})  # acts
# whose possessive is their victim ("X's killing")
DRAWING = frozenset({"draw", "attract", "earn", "elicit", "spark", "provoke", "prompt", "trigger", "win"})  # verbs of
# what an act or party earns from others ("drew condemnation from X")
ULTIMATUM = ("THREATEN", "130")  # an act announced "unless" the other side complies: a threat
# Acts whose negation is a refusal ("will not accept", "did not agree", "refused to deploy"): a REJECT.
REFUSABLE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE"}
REFUSAL_CAMEO = "120"
COMPLAINT_CAMEO = "114"  # complain officially (a government's protest)
DESIGNATION_CAMEO = "163"  # a party designated a wrongdoer ("a terrorist group"): a sanction on it
LODGING = frozenset({"issue", "lodge", "register", "file", "convey", "deliver", "send", "make", "raise"})  # verbs
# by which a government makes a protest ("issued a strong protest to X")
COOPERATION = frozenset({"cooperation", "partnership", "collaboration", "coordination"})  # what two parties share
VENUE_PREPS = frozenset({"with", "to", "before", "at"})  # what names the body a complaint is lodged with
HARMED_PREPS = frozenset({"into", "inside", "on", "upon", "against", "over", "across", "at"})  # whom force is
# aimed at: "fired into X", "struck targets inside X"
RESTRAINT = frozenset({"restraint", "escalate", "deescalate", "escalation", "calm", "ceasefire", "truce"})  # what
# the sides of a fight are urged to
MEDIATING = frozenset({"mediate", "mediation", "facilitate"})  # what a third party offers the sides of a fight
FORCEFUL_TYPES = {"COERCE", "ASSAULT"}  # force used on people
POSSESSIVES = ("'s", "’s")  # what follows a possessor's name ("the minister's nephew")
SCENES = frozenset({"in", "at", "near", "outside", "inside"})  # prepositions of where an attack took place
CLEMENCY = frozenset({"political", "amnesty", "pardon", "clemency", "eid", "christmas", "holiday", "own", "nowruz",
                      "ramadan", "independence", "anniversary", "festival"})  # words of prisoners a state frees of
# its own
KILLINGS = frozenset({"killing", "murder", "death", "abduction", "kidnapping", "assassination", "massacre"})
MEDIATORS = frozenset({"mediator", "broker", "facilitator", "guarantor", "intermediary"})  # who offers it
FORCES = frozenset({"troop", "force", "soldier", "army", "unit", "personnel"})  # what each of several states moves
# of its own ("moved their troops"), shared by none
SCOURGES = frozenset({"extremism", "militancy", "corruption", "trafficking", "smuggling", "poverty", "piracy",
                      "radicalism", "radicalisation", "radicalization", "crime", "terror", "disease", "pandemic",
                      "hunger", "narcotics", "scourge", "menace", "polio", "epidemic"})  # what states fight side by
# side ("vowed to fight extremism")
PLACE_REACH = 5  # words, at most, from what blows fell on to the "in" naming where it lies
LEAVING_CAMEO = "160"  # reduce relations: leaving an international body
ANNOUNCING = {"will", "would", "shall", "'ll"}  # "said they would boycott": an announced act
POSSIBLE = {"could", "may", "might"}  # "warned it could impose duties": an act held out
JOINT_WORDS = {"both", "two"}  # "both sides", "the two countries"
ANAPHORIC_TYPES = {"SANCTION", "AID", "COERCE", "RETREAT"}  # measures "the sanctions" may refer back to
PROMPTING = frozenset({"prompt", "force", "lead", "push", "spur", "provoke", "compel", "trigger"})  # "..., prompting
# X to act": X answers the clause's subject
FIGHT_AIMED_TYPES = DYAD_TYPES | {"REQUEST"}  # acts aimed at the sides of a fight their sentence may tell after them
COUNTING_POS = {NOUN, PRON, DET, NUM}  # parts of speech of the words that count acts (``_lift_acts``)
QUANTIFIERS = {"any", "some", "all", "most", "many", "several", "half", "each", "both", "few"}  # "any of the"
SHARED_WORDS = {"their", "bilateral", "mutual"}  # "their ties": what two subjects share
BACKGROUND_PREPS = {"in", "under", "of", "despite", "amid", "during", "since", "within"}
TRUCE_CAMEO = "0871"  # a ceasefire or truce, which with no party named is of the last fight
SEATS = {"Vienna", "Brussels"}  # capitals where international bodies sit and host others' talks
TALKS = {"talk", "negotiation", "consultation"}  # words of talks, which a host state abroad may hold
PROTESTED_PREPS = {"over", "against", "about"}  # what a protest or charge is made over ("a protest over the killing")
ANSWERING_PREPS = {"after", "following", "at", "upon", "on"}  # "freed them after an appeal from X": X's request met
SYMPATHY = {"condolence", "sympathy"}  # what is felt for the struck ("condolences over the floods in X")
ANSWERING_TYPES = {"RETREAT", "CONCEDE", "AID", "COOPERATE", "SUPPORT", "AGREE"}  # acts that can meet a request


@dataclass(frozen=True)
class Candidate:
    """One coded event mention, before dates/merging."""

    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str | None
    quad_class: int
    goldstein: float
    source: ActorMention
    target: ActorMention | None
    symmetric: bool
    status: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    attribution: ActorMention | None
    confidence: float


class _Coder(SenseReader):
    def __init__(self, doc: Doc, actors: list[ActorMention], dateline: Actor | None = None, text: str | None = None,
                 ground: tuple[str, ...] = ()):
        super().__init__(doc, actors, dateline, text, ground)
        self.conflict: list[ActorMention] = []  # the two sides of the last ASSAULT coded
        self.striker: ActorMention | None = None  # the author of the last ASSAULT coded that took place
        self.dispute: list[ActorMention] = []  # the two sides of the last hostile act coded (quad class 3 or 4)
        self.aimed: dict[str, tuple[int, list[ActorMention]]] = {}  # type -> (sentence, targets) of its last act
        self.aimed_ever: dict[str, set[str]] = {}  # type -> keys of every target its acts have had
        self.aimed_by: dict[int, tuple[set[bool], list[ActorMention]]] = {}  # trigger -> (conflict?, targets)
        self.joined_by: dict[int, list[ActorMention]] = {}  # trigger -> the parties of its joint acts
        self.accusers: dict[str, tuple[int, ActorMention]] = {}  # accused -> (sentence, author) of the last charge
        self.told: list[tuple[int, int, ActorMention, frozenset[str], bool]] = []  # (trigger, sentence, source, its
        # type and nouns, whether it took place) of each act coded, for "the move", "the threat" told after it

    def code(self) -> list[Candidate]:
        """The candidates of every trigger, then of every reported "must", each once; what each
        trigger's candidates leave (the last joint pair, the last fight) serves the next. A strike
        aimed at no one named is read again against the fight its sentence tells after it."""
        out: list[Candidate] = []
        seen: set[tuple] = set()
        used: set[int] = set()
        matches, demands, charged, wanting, receiving, ordering, invited = [], [], [], [], [], [], []
        heads, cues, duties = self.lex.heads, self.lex.cues, self.lex.words["duty"]
        joined = hyphen_ends(self.doc)
        for sent in self.doc.sents:  # one pass over the words, each read once
            tokens = list(sent)
            lemmas = [lemma_of(t) for t in tokens]
            found = frozenset(lemmas)
            found |= {SAME_WORD[w] for w in found if w in SAME_WORD}  # the sentence's lemmas
            found |= {form for t in tokens if t.i in joined or t.tag_ == "VBG"
                      for form in word_forms(t)}  # (a gerund's own form, a hyphenated word's whole)
            outlaws = not TERROR_WORDS.isdisjoint(found)
            for tok, lemma in zip(tokens, lemmas):
                pos, dep = tok.pos_, tok.dep_
                if (lemma in heads or pos == "VERB" or tok.i in joined) and head_lemma(tok, self.lex, lemma) in heads:
                    hit = match_trigger(tok, self.lex, used, lemmas=found)
                    if hit is not None and hit[0].slots and hit[0].type in ("AID", "ASSAULT") and lemma in RECEIVING:
                        hit = None  # "received jets from X": aid from X (``receipt``), neither from the receiver nor
                        # an attack
                    if hit is not None:
                        trig, words = hit
                        if not trig.slots:  # a derived pattern leaves its words to their own triggers
                            used.update(w.i for w in words)
                        matches.append((tok, trig, words))
                if dep in ("aux", "auxpass") and cues.get(tok.lower_) == "demand":
                    demands.append((tok.head, DEMAND, [tok]))
                elif lemma in duties and _bound(tok):  # "X has the responsibility to ...": X must
                    demands.append((tok.head, DEMAND, [tok]))
                if (lemma if pos != "PROPN" else tok.lemma_.lower()) in self.charge_words or (
                        outlaws and pos == "NOUN" and outlawed(tok)):
                    charged.append(tok)
                if pos == "VERB":
                    if lemma in self.lex.words["wish"]:
                        wanting.append(tok)
                    elif lemma in ORDERING:
                        ordering.append(tok)
                    elif lemma in RECEIVING:
                        receiving.append(tok)
                elif lemma in INVITATIONS and dep == "pobj" and tok.head.lower_ in ("at", "on", "upon"):
                    invited.append(tok)
        headed = used | {tok.i for tok, _, _ in matches}
        charges = [(tok, kind, []) for tok in charged for kind in [self._charge_kind(tok, headed)] if kind is not None]
        asks = [(tok, WISH, []) for tok in wanting if tok.i not in headed
                and any(wished(c, tok, self.lex) for c in tok.children)]
        asks += [(tok, ORDER, []) for tok in ordering if tok.i not in headed and self.ordered_party(tok) is not None]
        receipts = [(tok, RECEIPT, []) for tok in receiving if tok.i not in headed]
        invitations = [(tok, INVITED, []) for tok in invited if tok.i not in headed]
        unanswered = []  # fights with no side named against them, for the fight their sentence tells next
        for tok, trig, words in sorted(matches + demands + charges + asks + receipts + invitations,
                                       key=lambda m: m[0].i):
            if trig is not DEMAND and tok.i in used:  # a word of another trigger's pattern
                continue
            cands = (self.demand(tok, words[0]) if trig is DEMAND else self.charge(tok) if trig is CHARGE
                     else self.blame(tok) if trig is NAMING else self.culpable(tok) if trig is CULPABLE
                     else self.dismissal(tok) if trig is DISMISSAL
                     else self.receipt(tok) if trig is RECEIPT else self.invitation(tok) if trig is INVITED
                     else self.candidates(tok, trig, words))
            if not cands and trig not in (DEMAND, CHARGE, NAMING, CULPABLE, DISMISSAL, RECEIPT, INVITED) \
                    and trig.type in FIGHT_AIMED_TYPES:
                unanswered.append((tok, trig, words))
            self._keep(tok, cands, out, seen)
        for tok, trig, words in unanswered:  # "As A launched strikes, B downed A's jets in response", "X called
            # for restraint after clashes between A and B"
            fight = next((c for c in out if c.type in DYAD_TYPES and c.target is not None
                          and c.sentence_start == tok.sent.start_char and c.trigger_start > tok.idx), None)
            if fight is not None:
                self.conflict = [fight.source, fight.target]
                self._keep(tok, self.candidates(tok, trig, words), out, seen)
        return self._claimed_after(out)

    def _claimed_after(self, out: list[Candidate]) -> list[Candidate]:
        """Attacks by unnamed armed men that a named group claims in one of the next sentences ("A
        bomber killed six soldiers in X. The Y group claimed responsibility."): the group's."""
        if not any(c.type == "ASSAULT" and _unnamed_armed(c.source) for c in out):
            return out
        sents = list(self.doc.sents)
        for n, sent in enumerate(sents):
            claimers = self.claimers(sent, told_before=True) if n else []
            if not claimers:
                continue
            before = {s.start_char for s in sents[max(0, n - ANAPHORA_SENTENCES):n]}
            out = [replace(c, source=claimers[0].mention) if c.type == "ASSAULT" and c.sentence_start in before
                   and _unnamed_armed(c.source) else c for c in out]
        return out

    def _keep(self, tok: Token, cands: list[Candidate], out: list[Candidate], seen: set[tuple]) -> None:
        """Add a trigger's candidates to ``out``, each once, and note what they leave for the next."""
        met = [c for c in cands if c.symmetric]
        visits = [c for c in cands if c.type == "CONSULT" and c.mode == "visit" and not c.symmetric and c.target is not None]
        met = met or (visits if len(visits) == 1 else [])  # a visit meets too: "X visited Y. Both sides
        if met and not (tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following")  # signed ...": X and Y (not
                        and self.last_pair_sent == tok.sent.start):  # a mediation between two others, nor talks
            # before a meeting the sentence tells: "met X following talks with Y")
            sides = distinct(c.target for c in met) if self._mediators(tok) else []  # ("mediators met A and B.
            self.last_pair = sides if len(sides) == 2 else [met[0].source, met[0].target]  # The two sides ...": A, B)
            self.last_pair_sent = tok.sent.start
            self.last_group = sides or distinct(m for c in met for m in (c.source, c.target))
        fight = next((c for c in cands if c.type == "ASSAULT" and c.target), None)
        if fight is not None:
            self.conflict = [fight.source, fight.target]
            self.striker = fight.source if fight.status == "occurred" else self.striker
        hostile = next((c for c in cands if c.quad_class >= 3 and c.target), None)
        if hostile is not None:
            self.dispute = [hostile.source, hostile.target]
        for kind in {c.type for c in cands if c.target is not None}:
            self.aimed[kind] = (tok.sent.start, distinct(c.target for c in cands if c.type == kind and c.target))
            self.aimed_ever.setdefault(kind, set()).update(m.actor.key for m in self.aimed[kind][1])
        for cand in cands:  # by its type, and by the nouns of its words ("lodged a protest": "the protest")
            span = self.doc.char_span(cand.trigger_start, cand.trigger_end, alignment_mode="expand")
            kinds = frozenset([cand.type, *(lemma_of(t) for t in span or () if t.pos_ == "NOUN")])
            self.told.append((tok.i, tok.sent.start, cand.source, kinds, cand.status == "occurred"))
        for cand in cands:
            if cand.type == "ACCUSE" and cand.target is not None:
                self.accusers[cand.target.actor.key] = (tok.sent.start, cand.source)
        aimed = [c for c in cands if c.target is not None and not c.symmetric]
        self.aimed_by[tok.i] = ({c.quad_class >= 3 for c in aimed}, distinct(c.target for c in aimed))
        self.joined_by[tok.i] = distinct(m for c in cands if c.symmetric for m in (c.source, c.target))
        for cand in cands:
            key = (cand.type, cand.source.actor.key, cand.target.actor.key if cand.target else None,
                   cand.trigger_start, cand.status)
            if key not in seen:
                seen.add(key)
                out.append(cand)

    def _harmed_in(self, verb: Token, speaker) -> list[Party]:
        """The parties a harm that a denial tells falls on, of its clause or of the reports or
        claims it denies ("denied that militants were using its soil to attack X", "denied reports
        that its jets had struck targets inside X": X): the parties and places its verbs of force
        act on, not their doers."""
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        clauses += [c for o in verb.children if o.dep_ == "dobj" and lemma_of(o) in self.lex.words["proposal"]
                    for c in o.children if c.dep_ in ("acl", "ccomp")
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        harms = [w for c in clauses for w in c.subtree
                 if w.pos_ == "VERB" and (kind := act_type(w, self.lex)) is not None and self.lex.quads[kind] == 4]
        found = []
        for harm in harms:
            doers = {t.i for d in doers_of(harm) for t in d.subtree}
            for word in (w for w in harm.subtree if w.i not in doers and (w.dep_ == "dobj" or (
                    w.dep_ == "pobj" and lemma_of(w.head) in HARMED_PREPS))):  # (not "fighting alongside X",
                # "its consulate in X had been attacked": an ally, where it stands)
                place = self.actors.at(word) or self._place(word, speaker)
                if place is not None and place.actor.key:
                    found.append(Party(place, deep=True))
        return found

    def _suffered(self, noun: Token) -> bool:
        """Whether an act noun's possessive names whom it befalls ("X's arrest", "X's release", "X's
        killing", "X's invasion"), not who does it ("X's strikes", "X's decision")."""
        return lemma_of(noun) in SUFFERED or act_type(noun, self.lex) in ("COERCE", "RETREAT")

    def _drawn(self, noun: Token, speaker) -> tuple[list[Party], list[Party]] | None:
        """Who reacts, and to whom, in a reaction a verb like "draw" says an act or a party earned
        ("the strike drew condemnation from X", "Y's move drew praise from X"): those "from" whom it
        came, at the act's author or the party itself."""
        verb = noun.head
        givers = [p for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == "from"
                  for o in c.children if o.dep_ == "pobj" for p in self.parties(o, speaker)]
        earners = [p for s in verb.children if s.dep_ == "nsubj" for p in (
            self.parties(s, speaker) if self.actors.at(s) is not None
            else self._clause_doers(verb, speaker) if s.tag_ == "WDT"  # "X struck Y, which drew ...": X
            else self._act_author(s, speaker, by_only=self._suffered(s)))]
        return (givers, earners) if givers and earners else None  # (whose arrest or release drew it, the "by"
        # names, not the possessive: "X's arrest by Y drew criticism from Z" is at Y)

    def _clause_doers(self, relative: Token, speaker) -> list[Party]:
        """The doers of the clause a "which" clause tells the outcome of ("X struck Y, which drew
        ...": X)."""
        clause = next((a for a in relative.ancestors if a.pos_ in ("VERB", "AUX")), None)
        return [p for s in subjects_of(clause) for p in self.parties(s, speaker)] if clause is not None else []

    def candidates(self, tok: Token, trig: Trigger, words: list[Token]) -> list[Candidate]:
        said = trig.type == "PROTEST" or self.lex.quads.get(trig.type) in VERBAL_QUADS  # (not "a tariff letter": it
        # tells of tariffs to come)
        if tok.dep_ in ("compound", "amod") and trig.pos != "VERB" and (
                (lemma_of(tok.head) in MESSAGES and said)
                or (lemma_of(tok.head) in self.lex.words["consignment"] and not self._hit_by_force(tok.head))
                or (lemma_of(tok.head) in CAMPAIGNS and trig.type == "ASSAULT")):
            tok, words, trig = tok.head, [tok, *words], replace(trig, pos="NOUN")  # "approved an aid package for
            # X", "sent a condolence message to X", "halted its bombing campaign": the package, the message, the
            # campaign is the act
        told, trig = trig, self.reading(tok, trig)
        if trig is None:
            return []
        if len(trig.words) < len(told.words):  # a shorter pattern read ("asked X to leave the meeting": "ask"):
            words = [w for w in words if any(self.lex.is_word(f, x) for f in word_forms(w) for x in trig.extras)]
        halted = trig.pos == "NOUN" and trig.cameo == UNDOING_CAMEO.get(told.type) != told.cameo
        status = status_of(self.halter(tok) if halted else tok, self.lex)  # "suspended its strikes": as the
        # suspension is, though a sanction's verb would undo them
        if trig.host == "refused" and status != REFUSED:
            return []  # "accepted X's mediation" tells no act; "will in no way accept it" is a rejection
        refused_joint = status == REFUSED and trig.joint  # "will not negotiate": with whom the talk was of
        refused = trig if status == REFUSED else None
        if status == REFUSED:  # a refused act of cooperation is a rejection by whoever refuses it
            refusable = trig.type in REFUSABLE_TYPES and (trig.pos == "VERB" or halted)  # ("removing the
            # sanctions is out of the question": their removal, told by a verb)
            trig, status = replace(trig, type="REJECT", cameo=REFUSAL_CAMEO, joint=False), "occurred" if refusable else None
        if status is None:
            return []
        if trig.type == "REJECT" and trig.pos == "VERB" and any(c.dep_ == "xcomp" and lemma_of(c) in UNTOLD
                                                                for c in tok.children):
            return []  # "declined to say whether it would ...", "refused to comment": nothing refused but words
        if trig.type == "AGREE" and lemma_of(tok) == "determined" and any(
                c.dep_ == "xcomp" and lemma_of(c) in VANQUISHING for c in tok.children):
            return []  # "vowed to defeat the rebels", "is determined to wipe out terrorism": a resolve against a foe,
            # no promise to anyone
        if (trig.pos == "NOUN" and trig.type == "AGREE" and tok.dep_ == "pobj"
                and lemma_of(tok.head) in BACKGROUND_PREPS):
            return []  # "a deadline in the ceasefire": a standing state, not its agreement
        speaker = self.speaker(tok)
        args = self.noun_args if trig.pos == "NOUN" else self.verb_args
        sources, targets, parties = args(tok, words, trig, speaker)
        if trig.pos == "NOUN" and trig.type in REACTION_TYPES and tok.dep_ == "dobj" and lemma_of(tok.head) in DRAWING:
            sources, targets = self._drawn(tok, speaker) or (sources, targets)  # "X's strike drew condemnation
            # from Y": Y's, of X
        if trig.pos == "VERB" and (teller := teller_of(tok)) is not None:
            sources = self._teller_named(teller, sources, targets, speaker)
        crowd = self.crowd(tok, speaker) if trig.type == "PROTEST" and not parties and all(
            p.mention.actor.sector == "CVL" for p in sources) else []
        sources = crowd or sources  # "thousands of people marched in X": X's people
        if trig.type == "PROTEST" and trig.pos == "NOUN" and "protest" in trig.words and sources and (
                lemma_of(tok) in MESSAGES or (tok.dep_ == "dobj" and all(
                    p.mention.kind in ("state", "metonym") or p.mention.actor.sector == "GOV" for p in sources) and (
                    lemma_of(tok.head) in self.lex.words["receive"] or lemma_of(tok.head) in LODGING)) or (
                    tok.dep_ == "pobj" and tok.head.lower_ == "with" and lemma_of(tok.head.head) in ANSWERING)):
            trig = replace(trig, type="ACCUSE", cameo=COMPLAINT_CAMEO, mode=None)  # "drawing a protest from
            # Taipei", "a protest statement", "issued a strong protest to X": a government's protest is a complaint in
            # words
        if trig.type == "PROTEST" and sources and not targets:
            targets = [p for p in self.mission_protested(tok, speaker)  # "rallied outside X's embassy": at X
                       if not any(same_side(p.mention, s.mention) for s in sources)]
        sources, targets, parties = _unique(sources), _unique(targets), _unique(parties)
        if trig.type == "ACCUSE" and targets and self._on_killing(tok):
            hurt = self._victims(tok)  # "condemned the attack that killed two Bolivian engineers": at the
            targets = [t for t in targets if not any(t.mention.start <= self.doc[i].idx < t.mention.end
                                                     for i in hurt)]  # attackers, not the victims
        if trig.type in ("ACCUSE", "PROTEST") and sources and targets and all(
                self._own_victims(t, sources) for t in targets):
            aimed = next((found for node in tok.ancestors for found in [self.aimed_by.get(node.i, (set(), []))[1]]
                          if found), [])  # "summoned X's envoy to protest the detention of two of its nationals":
            targets = [Party(m, deep=True) for m in aimed]  # at X (what the summons is aimed at), not at them
            if trig.type == "PROTEST":
                trig = replace(trig, type="ACCUSE", cameo=COMPLAINT_CAMEO, mode=None)  # a state's protest: in words
        if refused is not None and refused.type == "SUPPORT" and (measures := [
                o for o in tok.children if o.dep_ == "dobj" and any(
                    self.lex.quads.get(kind) == 4 for kind in self.lex.event_types(lemma_of(o)))]):
            targets = [p for o in measures for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       for p in self.parties(c, speaker, "inherited") if p.mention.actor.org]  # "would not back new
            # sanctions against X": a refusal to the body that proposes them (the EU's), not to X
        if refused is not None and sources and not targets and refused.type in VENUE_TYPES and (
                any(c.dep_ == "neg" for c in tok.children) or lemma_of(tok.head) in REFUSING_VERBS):
            targets = [t for t in self._venue_of(tok, refused, sources, speaker)  # "refused to deploy peacekeepers
                       if t.mention.actor.key not in {s.mention.actor.key for s in sources}]  # in X": X (not what
            # one does not authorise others to do, nor one's own ground: "refused to allow X's aircraft into
            # its airspace")
        if trig.cameo.startswith(WITHDRAWAL_CAMEO) and targets and all(
                t.mention.actor.org and not t.mention.actor.country for t in targets):
            trig = replace(trig, type="SANCTION", cameo=LEAVING_CAMEO, mode=None)  # "withdrew from the WHO":
            # ties cut with a body, no forces moved
        if halted and told.type == "AID" and (blockers := [p for d in doers_of(self.halter(tok))
                                                          for p in self.parties(d, speaker, "inherited")]):
            sources = blockers  # "the US blocked a World Bank loan to X": the US holds it back
        if status in ("occurred", "planned") and trig.type != "REQUEST" and self.under_order(tok):
            status = "requested"  # "the court ordered Israel to halt its offensive": asked of Israel, not done
        if status == "planned" and trig.pos == "NOUN" and sources and self._anothers_future(tok, sources, speaker):
            status = "occurred"  # "X will condemn Y's attacks on Z": X's act is to come, Y's attacks are told
        if trig.type == "ASSAULT" and not (trig.joint or parties) and all(
                same_side(s.mention, t.mention) for s in sources for t in targets):
            sources = self._protested_to(tok) or sources  # "summoned X's envoy to protest the killing of
            # soldiers in a cross-border attack": X's (not the protester's, which a light verb may give)
        if trig.type == "ASSAULT" and trig.pos == "VERB" and not (trig.joint or sources or parties):
            targets = targets or self.counted_victims(tok, speaker)  # "a bomb killed 32 people in <city>"
            sources = self.attackers(tok, targets, speaker, self.conflict)  # "three civilians were killed in X"
        if trig.type == "ASSAULT" and not trig.joint and all(_unnamed_armed(p.mention) for p in sources):
            sources = self.claimers(tok.sent, skip=tok) or sources  # "gunmen killed four, and X claimed
            # responsibility", "X said it was behind the attack on Y"
        charged = self._charged_here(tok, sources) if trig.type == "REJECT" else None
        if charged is not None:
            targets = [Party(charged, deep=True)]  # "X accused Y of sheltering militants, a charge Y denies": at X
        elif trig.type == "REJECT" and tok.dep_ == "relcl" and lemma_of(tok.head) in self.lex.words["proposal"]:
            return []  # "have long accused X of ..., a charge X denies": a standing denial of a standing charge
        elif (trig.type == "REJECT" and self.lex.cues.get(lemma_of(tok)) == "deny"
                and not any(c.dep_ == "dobj" and lemma_of(c) in self.lex.words["proposal"] for c in tok.children)):
            targets = [t for t in targets if t.mention.actor.sector != "REB"]  # "denied harbouring the
            # militants", "denied supplying weapons to the RSF": a denial answers whoever charged it, not the
            # armed group it is said to shelter or arm (unlike "denied the group's allegations")
            if any((kind := act_type(a, self.lex)) is not None and self.lex.quads[kind] <= 2
                   for c in tok.children if c.dep_ == "ccomp"
                   for a in (c, *(x for x in c.children if x.dep_ == "xcomp"))):
                return []  # "denied that Putin had spoken with Trump", "... that Trump planned to meet Kim": a
                # report of a meeting denied, no rejection
            targets = targets or self._denied_scene(tok, sources, speaker)
        if trig.joint and trig.cameo == TRUCE_CAMEO and trig.pos == "NOUN" and not (sources or targets or parties) \
                and self._truce_told(tok):
            parties = [Party(m, deep=True) for m in self.conflict]  # "a US-brokered truce": of the fighting (not
            # "their shared commitment to peace")
        if (trig.joint and trig.pos == "VERB" and not (sources or parties) and agentless(tok)
                and self._recent(tok, self.last_pair_sent)):
            parties = [Party(m, deep=True) for m in self.last_pair]  # "... met. Trade was discussed": theirs
        own = {p.mention.actor.key for p in sources}
        if len(own) >= 2 and not (trig.joint or refused_joint):
            named = {p.mention.start for p in sources}
            targets = [t for t in targets if t.collective or t.mention.start not in named]  # "A, B and C withdrew
            # their troops from X": from X, not from one another
        blamed = [o for c in tok.children if c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"
                  and p.lower_ == "on" for o in p.children if o.dep_ == "pobj"] if lemma_of(tok) == "blame" else []
        if blamed and not targets:
            targets = [p for o in blamed for p in self.parties(o, speaker, "inherited")]  # "blamed the attack on X"
        if tok.dep_ == "dobj" and lemma_of(tok.head) == "blame" and trig.pos == "NOUN":
            targets = [t for t in targets if not (self.doc[t.mention.head].head.lower_ == "on"
                                                  and self.doc[t.mention.head].head.head.i == tok.i)]  # (on whom the
            # attack is blamed, not whom it hit)
        denier = tok.head if tok.dep_ == "dobj" and self.lex.cues.get(lemma_of(tok.head)) == "deny" else None
        if trig.type == "ACCUSE" and trig.pos == "NOUN" and (charged := [
                p for c in tok.children if c.dep_ in ("acl", "ccomp") and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                for s in c.children if s.dep_ in ("nsubj", "nsubjpass")
                for who in ([*doers_of(denier)] if s.pos_ == "PRON" and denier is not None else [s])
                for p in self.parties(who, speaker, "inherited") if p.mention.actor.key not in own]):
            targets = charged  # "accusations by X that it allowed weapons to flow to Y", which Z denies: at Z
        if trig.type == "REJECT" and len(own) == 1 and (told := self.accusers.get(next(iter(own)))) is not None \
                and self._recent(tok, told[0], ANAPHORA_SENTENCES) and any(
                    c.dep_ == "dobj" and "ACCUSE" in self.lex.event_types(lemma_of(c)) and (bare_definite(c) or any(
                        d.dep_ == "det" and d.lower_ in ("that", "those") for d in c.children)) for c in tok.children):
            targets = [Party(told[1], deep=True)]  # "X criticised Y ... Y rejected that criticism": at X
        venues = [t for t in targets if t.mention.actor.org and not t.mention.actor.country
                  and self.doc[t.mention.head].dep_ == "pobj" and self.doc[t.mention.head].head.lower_ in VENUE_PREPS]
        if trig.type == "ACCUSE" and venues:
            others = [t for t in targets if t not in venues]
            targets = others + self._accused_before_body(tok, venues, own, speaker) or targets  # "lodged a complaint
            # with the Security Council against X", "... over X's curbs": at X, the body is where it is lodged
        if trig.cameo == JUDICIAL_CAMEO and (receivers := [
                p for h in (tok, *(o for o in tok.children if o.dep_ == "dobj")) for c in h.children
                if c.dep_ == "prep" and c.lower_ == "to" for p in self._objects(c, speaker)
                if p.mention.kind in ("state", "metonym") and p.mention.actor.key not in own]):
            targets = receivers  # "extradited an ISIS suspect to Iraq": to Iraq, the state that receives him
        if trig.cameo == RETURNED_PEOPLE_CAMEO and lemma_of(tok) in GIVING_BACK and all(
                t.mention.actor.country is None for t in targets) and (returned := [
                p for h in (tok, tok.head) for c in h.children if c.dep_ == "dobj" and c.pos_ != "PRON"
                and (h.i == tok.i or lemma_of(h) in RELEASING) for p in self.parties(c, speaker)
                if p.mention.actor.country and p.mention.actor.key not in own]):
            targets = _unique(returned)[:1]  # "handed over 50 Peruvian detainees to the Red Cross": to Peru, through
            # it (but "to the United States": to the state named)
        if trig.type == "ASSAULT" and trig.pos == "NOUN" and sources and not targets and not trig.joint:
            targets = [Party(m, deep=True) for c in tok.children if c.dep_ == "compound"
                       for m in [self._place(c, speaker)] if m is not None and m.actor.key not in own]  # "carried
            # out the Mumbai attacks": at India
        if trig.type == "ASSAULT" and not trig.joint and sources and targets and (
                abroad := self._ground_abroad(tok, targets, sources, speaker)) is not None:
            targets = [Party(abroad, deep=True)]  # "Iran struck X's bases in Pakistan": at Pakistan
        if targets and all(t.collective for t in targets) and not trig.joint and (
                any(t.mention.actor.key in own for t in targets) or (self._half_the_fight(targets) and (
                    trig.mode == "third-party" or any(lemma_of(w) in MEDIATING for w in tok.subtree)
                    or (trig.type == "REQUEST" and any(lemma_of(w) in RESTRAINT for w in tok.subtree))))):
            sides = [m for m in self.conflict or self.dispute if m.actor.key not in own]  # "A and B urged both
            targets = [Party(m, collective=True) for m in sides] or [  # sides to ...", "X urged both countries to
                t for t in targets if t.mention.actor.key not in own]  # exercise restraint" after a meeting of one of
            # them with a third: the sides of the last quarrel
        if (refused_joint and own and own >= {t.mention.actor.key for t in targets}
                and self._recent(tok, self.last_pair_sent) and own & {m.actor.key for m in self.last_pair}):
            targets = [Party(m, deep=True) for m in self.last_pair if m.actor.key not in own]  # the other side
        if not targets or (trig.host == "envoy" and all(same_side(t.mention, s.mention)
                                                         for t in targets for s in sources)):
            targets = self._implied_targets(tok, trig, words, speaker, own, parties) or targets  # ("recalled its
            # ambassador": whom it answers, when no state it is posted to is named)
        if not (targets or parties) and trig.type == "CONSULT" and TALKS & set(trig.words) and not trig.slots \
                and len(sources) == 1 and sources[0].mention.actor.country:  # "X's negotiators held talks in Cairo":
            targets = [p for p in self._venue(tok, speaker) if p.mention.actor.key not in own  # with their hosts,
                       and places.kind_of(p.mention.text) == "capital" and p.mention.text not in SEATS]  # whom no
            # other party names; a capital's (not a body's summit in its host state, a meeting with others
            # abroad, nor talks in Geneva or Vienna, where bodies sit)
        pairs: list[tuple[Party, Party | None, bool]] = []
        if trig.joint:
            if len(parties) >= 2:
                everyone = parties
            elif len(sources) >= 2:  # "A and B exchanged fire": only the subjects and their own objects
                everyone = _unique(sources + [t for t in targets if not t.deep])
            else:
                everyone = _unique(sources + targets)
            if len(sources) == 1 and len(targets) >= 2 and everyone is not parties:
                pairs = [(sources[0], t, True) for t in targets]  # "A met B and C": not B with C
            elif (len(sources) >= 2 and everyone is not parties and self.lex.quads[trig.type] >= 3
                  and any(lemma_of(c) in TOGETHER or (c.dep_ == "dobj" and c not in words and self.actors.at(c) is None
                                                      and lemma_of(c) in self.lex.words["wrong"] | TERROR_WORDS | SCOURGES)
                          for c in tok.children)):
                pairs = []  # "A and B will fight terrorism together", "vowed to fight terrorism": side by side, not at
                # each other (but "A and B fought a war")
            elif trig.type == "AGREE" and targets and everyone is not parties \
                    and not any(self._partner(t) for t in targets) and (len(sources) == 1 or (
                        len(sources) > 1 and not any(s.collective for s in sources) and not any(
                            t.deep or same_side(s.mention, t.mention) for s in sources for t in targets))):
                pairs = [(s, t, False) for s in sources for t in targets]  # "pledged aid to X", "its commitment to
                # defend X", "A and B pledged $3bn to X": a promise to X, no pact with it (nor of A with B)
            elif len(sources) >= 2 and everyone is not parties and any(t not in sources for t in everyone) \
                    and self._mediators(tok):
                pairs = [(s, t, True) for s in sources for t in everyone if t not in sources]  # "mediators from A
                # and B met C": each with C, not with each other
            elif len(everyone) >= 2 and (everyone is parties or len(sources) >= 2 or (sources and targets)):
                pairs = [(a, b, True) for a, b in combinations(everyone, 2)]
        elif (not targets and len(sources) >= 2 and ((trig.type == "AGREE" and any(p.collective for p in sources))
                                                     or any(lemma_of(c) in RECIPROCAL for c in nearby(tok)))):
            pairs = [(a, b, False) for a in sources for b in sources if a is not b]  # "blamed each other"
        elif len(sources) == 2 and trig.type == "SANCTION" and all(any(same_side(s.mention, t.mention) for s in sources)
                                                           for t in targets) and any(
                c.dep_ == "dobj" and lemma_of(c) in self.lex.words["envoy"]
                and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children) for c in tok.children) \
                and not any(m.actor.key not in own for t in tok.sent if (m := self.actors.at(t)) is not None):
            pairs = [(a, b, False) for a in sources for b in sources if a is not b]  # "A and B recalled their
            # ambassadors": each from the other
        elif len(sources) >= 2 and lemma_of(tok) in EXCHANGE and all(self._venue_named(t) for t in targets):
            pairs = [(a, b, False) for a in sources for b in sources if a is not b]  # "A and B exchanged
            # prisoners", "swapped accusations": each to the other
        elif not targets and len(sources) >= 2 and trig.type != "AID" and (self._shared_object(
                tok, trig.type == "AGREE") or (
                trig.type == "AGREE" and not parties and any(lemma_of(w) in TOGETHER for w in tok.subtree))):
            pairs = [(a, b, True) for a, b in combinations(sources, 2)]  # "A and B upgraded their ties", "A and
            # B vowed to work together": theirs together
        if not pairs:
            for src in sources:
                tgts = [t for t in targets if not _one_party(trig, src, t, self.text)]
                if not targets and (trig.type in SIDED_TYPES or (trig.cameo == UNDOING_CAMEO["ASSAULT"] and trig.joint)) \
                        and any(same_side(src.mention, m) for m in self.conflict):  # (and a mutual fight's undoing:
                    # "paused the fighting"); the sides may be of one state, rebels and the state's forces
                    tgts = [Party(m) for m in distinct(m for m in self.conflict if not same_side(src.mention, m))]
                if tgts:
                    pairs.extend((src, t, False) for t in tgts)
                elif (trig.type in UNTARGETED_TYPES and (trig.pos == "VERB" or self._staged(tok) or crowd
                                                         or trig.mode == "strike")  # ("observed a strike")
                      and not (trig.type == "MOBILIZE" and trig.slots) and not self._aimed(tok)):
                    # (a derived pattern aimed at no one, "launched a monitoring system", mobilises nothing)
                    pairs.append((src, None, False))
                elif trig.type in DOMESTIC_TYPES and trig.pos == "VERB" and not (targets or trig.joint) and (
                        people := self.own_people(tok, src, self._pair_of_states(tok, sources) or self.conflict)):
                    pairs.extend((src, p, False) for p in people)  # "released 75 political prisoners": its own;
                    # "A and B will release prisoners": each the other's
                elif trig.cameo in YIELDING_CAMEO and trig.pos == "VERB" and not targets and status == "occurred" \
                        and lemma_of(tok) in YIELDING and self._yielded_alone(tok):
                    pairs.append((src, None, False))  # "the prime minister resigned", "the rebels declared a
                    # unilateral ceasefire", "lifted the state of emergency": a concession to no one named
        if status == "planned" and trig.joint and self._offered_by_another(tok, pairs, speaker):
            return []
        inward = trig.type == "REQUEST" and trig.pos == "VERB" and self._protesting(tok)  # (a protest's demand on
        # its own state is the protest's: "blocked roads, demanding that the government resign")
        found = [self.build(tok, trig, words, status, s, t, sym, speaker) for s, t, sym in pairs
                 if t is None or not (_one_party(trig, s, t, self.text)
                                      or (inward and s.mention.actor.country == t.mention.actor.country))]
        going_on = tok.dep_ == "xcomp" and lemma_of(tok.head) in self.lex.words["ongoing"] and _announcing(tok.head)
        announced = (trig.pos == "VERB" and (status == "planned" or going_on or _announcing(tok))) or self._weighed(tok, own)
        return found + (self._announced(found, speaker, tok, going_on) if announced else [])

    @staticmethod
    def _pair_of_states(tok: Token, sources: list[Party]) -> list[ActorMention]:
        """Two states that free prisoners together, as sides to each other ("A and B freed prisoners"),
        or none (not "political prisoners", an amnesty's, a pardon's or a holiday's: each its own)."""
        if any(lemma_of(t) in CLEMENCY for t in tok.sent):
            return []
        states = [s.mention for s in sources if s.mention.actor.country and s.mention.actor.sector in STATE_SECTORS]
        return states if len(sources) == 2 and len({m.actor.country for m in states}) == 2 else []

    def _mediators(self, tok: Token) -> bool:
        """Whether the subjects of a joint act are mediators ("Egyptian and Qatari mediators held talks
        with X"): on one side, third parties to each other."""
        verb = tok if tok.pos_ == "VERB" else tok.head
        subjects = [c for s in subjects_of(verb) for c in (s, *s.conjuncts)]
        return bool(subjects) and all(lemma_of(s) in MEDIATORS for s in subjects)  # (not "mediators and X's envoys")

    def _yielded_alone(self, verb: Token) -> bool:
        """Whether a concession names nothing it is made to or from ("resigned", "lifted the state of
        emergency"; not "resigned from the council", "declared the truce over", "lifted the emergency
        restrictions on X")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return not any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children) and not any(
            c.lower_ in ("over", "void", "dead", "null") for o in (verb, *objects) for c in o.children
            if c.dep_ in ("advmod", "prt", "oprd", "acomp", "amod", "prep")) and all(
            lemma_of(o) in YIELDED for o in objects)

    def _denied_scene(self, denial: Token, sources: list[Party], speaker) -> list[Party]:
        """The state where a denied act of force took place, when no one is named charging it: whom
        the denial answers ("denied any involvement in the bombing in X", "denied that its jets had
        struck targets in X")."""
        for act in (w for c in denial.children if c.dep_ not in SUBJECTS for w in c.subtree
                    if pos_of(w) in ("NOUN", "VERB") and (kind := act_type(w, self.lex)) is not None
                    and self.lex.quads[kind] == 4):
            carrier = act.head if act.dep_ == "dobj" else act  # ("carried out strikes in X")
            for word in (t for t in carrier.subtree if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS):
                found = self.actors.at(word) or self._place(word, speaker)
                if found is not None and found.actor.country and not any(
                        same_side(s.mention, found) for s in sources):
                    return [Party(found, deep=True)]
        return []

    def _venue_named(self, target: Party) -> bool:
        """Whether a party is only named as where an act took place ("exchanged prisoners in X")."""
        word = self.doc[target.mention.head]
        return word.dep_ == "pobj" and word.head.lower_ in ("in", "at") and word.head.head.pos_ == "VERB"

    def _partner(self, target: Party) -> bool:
        """Whether a party is one an agreement is made with ("agreed with X", "a deal between A and
        X") or a meeting agreed on is held with ("agreed to meet X"), not only its beneficiary."""
        word = self.doc[target.mention.head]
        while word.dep_ in ("conj", "appos") and word.head.i != word.i:
            word = word.head
        if word.dep_ == "pobj":
            return word.head.lower_ in ("with", "between", "among", "alongside") or (  # ("a deal to buy jets
                word.head.lower_ == "from" and lemma_of(word.head.head) in ACQUIRING | {"import"})  # from X")
        return word.dep_ in ("dobj", "nsubj") and act_type(word.head, self.lex) in ("CONSULT", "AGREE")

    def _truce_told(self, noun: Token) -> bool:
        """Whether a truce noun tells of a truce made or holding, not one sought ("talks on a
        ceasefire", "calls for a truce", "efforts toward a truce"; but "three weeks into the truce")."""
        sought = noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" else None
        return sought is None or lemma_of(sought) not in self.lex.words["proposal"] | SEEKING

    def _own_victims(self, target: Party, sources: list[Party]) -> bool:
        """Whether a party is the protester's own people that the protested act was done to ("the
        detention of two French nationals", in France's protest)."""
        word = self.doc[target.mention.head] if 0 <= target.mention.head < len(self.doc) else None
        return word is not None and word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ == "NOUN" \
            and any(target.mention.actor.key == s.mention.actor.key for s in sources)

    def _protested_to(self, tok: Token) -> list[Party]:
        """Whom a hostile act told before, of which an attack from abroad is what it is "over" or
        "against", is aimed at: the attack's author, when the text names none ("summoned X's envoy to
        lodge a protest over the killing of soldiers in a cross-border attack"). An attack with no
        sign that it came from abroad, or one in the protested state, is not its ("summoned X's envoy
        over an attack on its nationals in X": X hosts it)."""
        crossed = any(w.lower_ in ("cross", "cross-border") for w in tok.sent)  # ("a cross-border attack")
        over = False
        for node in tok.ancestors:
            if node.dep_ == "prep" and (lemma_of(node) in PROTESTED_PREPS or lemma_of(node.head) in ("summon", "protest")):
                over = True  # (or "in" an attack, the parse hanging it on the summons)
            hostile, aimed = self.aimed_by.get(node.i, (set(), []))
            if over and True in hostile and aimed:
                return [Party(_state_of(m), deep=True) for m in aimed] if crossed else []
        return []

    def _hit_by_force(self, thing: Token) -> bool:
        """Whether a thing is what an act of force falls on ("a drone struck an aid convoy")."""
        verb = thing.head.head if thing.dep_ == "pobj" else thing.head if thing.dep_ in ("dobj", "nsubjpass") else None
        kind = act_type(verb, self.lex) if verb is not None else None
        return kind is not None and self.lex.quads[kind] == 4

    def _act_before(self, pronoun: Token) -> Token | None:
        """The last act named as a subject or object before a pronoun in its sentence ("the move",
        "the attack"), which the "it" that harms ("saying it would undermine ...") stands for."""
        return next((t for t in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start])
                     if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in ("dobj", "nsubj", "nsubjpass")
                     and (lemma_of(t) in ACT_WORDS or self.lex.event_noun(lemma_of(t)))), None)

    def _anothers_future(self, noun: Token, sources: list[Party], speaker) -> bool:
        """Whether an event noun is planned only by the future of a verb whose subject is none of
        its authors ("Pakistan will condemn the Israeli attacks": Pakistan's future, not Israel's)."""
        verb = future_verb(noun, self.lex)
        tellers = {p.mention.actor.key for s in subjects_of(verb) for p in self.parties(s, speaker)} if verb else set()
        return bool(tellers) and not tellers & {p.mention.actor.key for p in sources}

    def _offered_by_another(self, tok: Token, pairs: list[tuple[Party, Party | None, bool]], speaker) -> bool:
        """Whether a joint act to come is only what a third party offers or asks for ("B offered to
        host talks between A and C"): the subject of the offer or request above it is none of its
        parties (one who only reports it, "A and C will meet, B said", offers nothing)."""
        parties = {p.mention.actor.key for pair in pairs for p in pair[:2] if p is not None}
        for verb in (a for a in tok.ancestors if a.pos_ in ("VERB", "ADJ")):  # (or "ready to help ...")
            hit = match_trigger(verb, self.lex, set())
            if hit is None or hit[0].type not in ("AGREE", "REQUEST"):
                continue
            subjects = [p for s in doers_of(verb) for p in self.parties(s, speaker)]
            return bool(subjects) and not parties & {p.mention.actor.key for p in subjects}
        return False

    def _teller_named(self, teller: Token, sources: list[Party], targets: list[Party], speaker) -> list[Party]:
        """Who does an act in words joined to what a teller tells ("X said Y had shelled Z and accused
        W"): the teller, when it is named (a state, a person, a qualified office: not "officials" or
        "sources") and the act is not aimed at its own state; else whoever the clause told names."""
        told = [p for s in doers_of(teller) for p in self.parties(s, speaker)]
        aimed = {t.mention.actor.country for t in targets}
        named = [p for p in told if p.mention.actor.country and p.mention.actor.country not in aimed and any(
            t.pos_ == "PROPN" or (t.pos_ == "ADJ" and t.text[:1].isupper())
            for t in self.doc.char_span(p.mention.start, p.mention.end, alignment_mode="expand") or ())]
        return named if named and len(named) == len(told) else sources

    def _half_the_fight(self, pair: list[Party]) -> bool:
        """Whether a pair "both sides" was read as holds one side of the last fight between two
        states and one other (the two who met: "X met Y's minister ... urged both countries")."""
        fought = {m.actor.country for m in self.conflict}
        return len(fought) == 2 and None not in fought and len(fought & {p.mention.actor.country for p in pair}) == 1

    def _ground_abroad(self, tok: Token, targets: list[Party], sources: list[Party], speaker) -> ActorMention | None:
        """The state whose ground blows fell on when they fell on a group's bases, camps or
        hideouts there, a state neither the group's nor the attacker's own ("Iran struck X's bases
        in Pakistan", "bombed TTP hideouts in Afghanistan's Khost province"); None when a state is
        struck, or the ground is the group's or the attacker's."""
        if any(t.mention.kind in ("state", "metonym", "demonym") or not t.mention.actor.country
               or t.mention.actor.sector in STATE_SECTORS for t in targets):
            return None  # (not "struck Iranian military bases in Syria": Iran's forces)
        homes = {p.mention.actor.country for p in (*sources, *targets)}
        struck = [node for t in targets for node in (self.doc[t.mention.head], self.doc[t.mention.head].head)
                  if node.pos_ == "NOUN" and any(form in STRUCK_THINGS for form in word_forms(node))]
        if not struck or not tok.sent.start <= struck[0].i < tok.sent.end:
            return None
        after = self.doc[struck[0].i + 1:min(struck[0].i + PLACE_REACH, tok.sent.end)]
        return next((m for p in after if p.dep_ == "prep" and lemma_of(p) in ("in", "inside")
                     for o in p.children if o.dep_ == "pobj" for inner in (o, *breadth(o))
                     for m in [self._place(inner, speaker)] if m is not None and m.actor.country
                     and m.actor.country not in homes), None)

    def _implied_targets(self, tok: Token, trig: Trigger, words: list[Token], speaker: list[ActorMention],
                         own: set[str], parties: list[Party]) -> list[Party]:
        """Whom an act by ``own`` (the keys of its sources) that names no target is aimed at, from
        what the text has told so far."""
        if parties:  # "mediated between A and B": a third party's act, aimed at both
            return parties if own and not trig.joint else []
        bound = [Party(p.mention, deep=True) for c in tok.children if c.dep_ == "advcl"
                 and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                 for subj in subjects_of(c) for p in self.parties(subj, speaker) if p.mention.actor.key not in own]
        if bound:
            return bound  # "will boycott the talks unless X apologises": aimed at X, who must
        prompters = [p for s in subjects_of(tok.head.head) for p in self.parties(s, speaker)
                     if p.mention.actor.key not in own] if (
            tok.dep_ == "xcomp" and lemma_of(tok.head) in PROMPTING and tok.head.dep_ == "advcl") else []
        if prompters:
            return [replace(p, deep=True) for p in prompters]  # "X condemned the raid, prompting Y to recall its
            # ambassador": Y answers X
        if lemma_of(tok) in SYMPATHY:
            struck = self._struck(tok, speaker, own)
            if struck:
                return struck  # "condolences over the loss of lives in the floods in X": to X
        asker = self._asked_by(tok, speaker, own) if trig.type in ANSWERING_TYPES and not trig.joint else []
        if asker:
            return asker  # "freed 52 prisoners after an appeal from X": towards X
        if any(c.dep_ == "amod" and lemma_of(c) in LIKE for w in [tok, *words] for c in w.children):
            sent, aimed = self.aimed.get(trig.type, (-1, []))  # "imposed similar sanctions": on whom the last were
            return [Party(m, deep=True) for m in aimed] if self._recent(tok, sent) else []
        if trig.pos == "NOUN" and trig.type in ANAPHORIC_TYPES and bare_definite(tok):
            sent, aimed = self.aimed.get(trig.type, (-1, []))  # "X imposed sanctions on Y ... Z triggered
            if self._recent(tok, sent) or len(self.aimed_ever.get(trig.type, ())) == 1:  # the sanctions": the ones just
                # told, or the only ones the story has told of, on Y
                return [Party(m, deep=True) for m in aimed if m.actor.key not in own]
        if claim_rejected(tok, self.lex):
            return [p for s in subjects_of(tok.head) for p in self.parties(s, speaker)]  # "X denied Y's allegations": X
        quad = self.lex.quads[trig.type]
        if own and quad in VERBAL_QUADS and own <= {m.actor.key for m in speaker}:  # the teller's own statement
            told = [p for p in self._addressees(tok, speaker) if p.mention.actor.key not in own]
            if told:
                return told  # "X told Y that it was ready to resume talks": at Y (not "told reporters")
        if (trig.mode == "visit" and trig.pos == "NOUN" and not trig.slots
                and own and self.dateline is not None and self.dateline.key not in own):
            return [Party(self._dateline_at(tok), deep=True)]  # "(LIMA:) ... a visit by X": X came to Peru
        if trig.mode == "visit" and trig.pos == "VERB" and own and (
                went := [p for p in self._destination(tok) if p.mention.actor.key not in own]):
            return went  # "will travel to Peru", "arrived in Lima": Peru is visited
        answered = (self._author_of(tok, self._act_over(tok), own) or self._done_by(tok, own, speaker)
                    if quad in VERBAL_QUADS and not trig.joint else [])
        if answered:  # "X attacked Y's posts. Z demanded an investigation over the attack": at X
            return answered
        across = self._across(tok, trig, own) if trig.type in ACROSS_TYPES else []
        if across:
            return across  # "fired along the LoC", "closed the Torkham border": at the state on its other side
        if trig.pos != "VERB":
            return self._sides(own) if trig.type == "REQUEST" and self._object_in([tok, *words], "settle") else []
            # "calls for restraint": on the sides of the last fight or quarrel
        sides, aimed = self.aimed_by.get(tok.head.i, (set(), []))
        addressed = trig.type == "REQUEST" and (  # "... and called upon the world to ...", "urged the world
            any(o.dep_ == "pobj" for w in words if w.lower_ in ("on", "upon") for o in w.children)  # to ...": of
            or any(c.dep_ == "xcomp" for c in tok.children) and any(c.dep_ == "dobj" for c in tok.children))  # the
        # world (not "demanded their release", "called for an end to the aggression")
        if (tok.dep_ == "conj" and quad in VERBAL_QUADS and (sides == {quad >= 3} or (trig.type == "REQUEST" and sides))
                and not addressed and not any(c.dep_ in SUBJECTS for c in tok.children)
                and day_joined_subject(tok) is None):
            return [Party(m, deep=True) for m in aimed if trig.type != "REQUEST" or m.actor.sector != "UAF"]
            # "imposed sanctions on X and warned of more": at X; a demand on either side ("condemned X's raid and
            # demanded the prisoners' release"), not on attackers no one named
        if trig.joint and own and self.last_pair_sent == tok.sent.start and own & {m.actor.key for m in self.last_pair}:
            return [Party(m, deep=True) for m in self.last_pair if m.actor.key not in own]  # "During his visit to
            # X, Y signed 20 agreements": with X, whom the sentence's meeting or visit was with
        partners = [m for m in self.joined_by.get(tok.head.i, []) if m.actor.key not in own]
        if trig.joint and tok.dep_ == "conj" and own and partners and not any(c.dep_ in SUBJECTS for c in tok.children):
            return [Party(m, deep=True) for m in partners]  # "met X and signed an accord": with X
        if (trig.type == "REQUEST" and self._object_in([tok, *words], "settle")) or trig.mode == "third-party" or (
                trig.type == "AGREE" and self._hosts_talks(tok)):
            return self._sides(own) or (self.settled_where(tok, words, own) if trig.type == "REQUEST" else [])
            # "urged an end to the fighting", "urged restraint" after a threat; "offered to mediate", "offered to
            # host talks": between the sides of the last fight or quarrel; else where the fighting is ("called for
            # a ceasefire in Sudan")
        denial = trig.type == "REJECT" and self.lex.cues.get(lemma_of(tok)) == "deny"
        if trig.type in ("REJECT", "ACCUSE", "AGREE") and self._object_in([tok], "proposal") and (
                (proposer := self._proposer(tok, speaker)) or not denial):
            return proposer  # "rejected the offer", "accepted the invitation": whoever made it
        answered = (self._author_of(tok, self._act_named(tok), own) or self._act_before_move(tok, own)
                    if trig.type in REACTION_TYPES else [])
        if answered:  # "X closed the border. Y criticised the move": X's; "X threatened to ... Y dismissed
            return answered  # the threat": X's
        answered = (self._doers_after(tok, own, speaker) or self._owner_over(tok, own, speaker)
                    if quad == 3 and trig.type != "REQUEST" else [])
        if answered:  # "Japan protested after a Chinese ship entered its waters": at China; "protested over
            return answered  # the Indian army chief's remarks": at India
        if trig.type == "REJECT" and lemma_of(tok) == "veto" and own and own <= PERMANENT_MEMBERS and any(
                c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in DRAFTS for c in tok.children):
            council = builtin().lookup("Security Council")  # "vetoed the resolution", "the resolution was vetoed by
            # X": the Council's draft
            return [Party(ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, council, tok.i, "org"), deep=True)]
        denier = next(iter(own)) if len(own) == 1 else None
        if denial and denier in self.accusers:
            sent, accuser = self.accusers[denier]  # "X accused Y of ... Y denied that it had ...": Y answers X
            if self._recent(tok, sent, ANAPHORA_SENTENCES):
                return [Party(accuser, deep=True)]
        if denial:  # "denied that militants used its soil to attack X", "denied reports that its jets struck X": X,
            return [p for p in self._harmed_in(tok, speaker) if p.mention.actor.key not in own]  # who charges it
        if trig.type == "ACCUSE" and self._on_killing(tok):
            if self.striker is not None:
                return [Party(self.striker, deep=True)]  # "condemned the attack": the author of the last one
                # (not of "attacks" only planned)
            return self._unnamed_attackers(tok, speaker)  # "condemned the attack on a mosque in Y": Y's
        return []

    def _on_killing(self, verb: Token) -> bool:
        """Whether a verb's object is an attack or a killing ("condemned the attack", "the killing of X")."""
        return self._on_attack(verb) or any(c.dep_ == "dobj" and lemma_of(c) in KILLINGS for c in verb.children)

    def _victims(self, verb: Token) -> set[int]:
        """The people an attack a verb reacts to killed or hurt ("the attack that killed two engineers",
        "the killing of four policemen"), by their heads."""
        hurt = self.lex.words["casualty"]
        return {w.i for o in verb.children if o.dep_ in ("dobj", "nsubjpass") for v in o.subtree
                for w in (v, *v.conjuncts)
                if (v.dep_ in ("dobj", "nsubjpass") and lemma_of(v.head) in hurt)
                or (v.dep_ == "pobj" and v.head.lower_ == "of" and lemma_of(v.head.head) in KILLINGS)}

    def _unnamed_attackers(self, tok: Token, speaker: list[ActorMention]) -> list[Party]:
        """The unnamed attackers of an attack a reaction names, where no side struck before and none
        is named: of the country it took place in, by the place its phrase names ("condemned the suicide
        bombing at a mosque in <city>", "the attack on its consulate in <city>", "the killing of its
        nationals in <state>"; PLOVER's reading)."""
        attacks = [o for o in tok.children if o.dep_ in ("dobj", "nsubjpass")]
        if any(self.actors.at(w) is not None for o in attacks for w in o.children
               if w.dep_ in (*QUALIFIERS, "poss")) or any(
                p.dep_ in ("prep", "agent") and p.lower_ == "by" for o in attacks for p in o.children):
            return []  # ("the Israeli strike", "the attack by X": named, whatever the speaker's side)
        phrases = [*attacks, *(p for p in tok.children if p.dep_ == "prep" and p.i > attacks[0].i)] if attacks else []
        place = next((w for h in phrases for w in h.subtree if w.dep_ == "pobj" and w.head.lower_ in SCENES
                      and w.pos_ == "PROPN"), None)  # (named: not "its engineers", whose country is no scene; also
        # where the parser hangs it on the verb: "condemned the bombing at a market in X")
        found = self._place(place, speaker) if place is not None else None
        country = found.actor.country if found is not None else (
            where.country if place is not None and (where := places.lookup(place.text)) is not None else None)
        if country is None:
            return []
        actor = make_actor("unidentified attackers", country, sector="UAF")
        return [Party(ActorMention(place.idx, place.idx + len(place.text), place.text, actor, place.i, "descriptor"),
                      deep=True)]

    def _charged_here(self, tok: Token, sources: list[Party]) -> ActorMention | None:
        """Who made the charge a verb of denying or rejecting rejects, when that charge was told in
        its own sentence ("X accused Y of ..., a charge Y denies", "... a charge Y rejected")."""
        charges = self.lex.words["proposal"]
        if not ((self.lex.cues.get(lemma_of(tok)) == "deny" and any(
                c.dep_ == "dobj" and lemma_of(c) in charges for c in tok.children))
                or (tok.dep_ == "relcl" and lemma_of(tok.head) in charges)):
            return None
        for denier in {p.mention.actor.key for p in sources}:
            sent, accuser = self.accusers.get(denier, (-1, None))
            if accuser is not None and sent == tok.sent.start:
                return accuser
        return None

    def _accused_before_body(self, tok: Token, bodies: list[Party], own: set[str],
                             speaker: list[ActorMention]) -> list[Party]:
        """The states a complaint lodged with a body is against ("against X") or over ("over X's
        curbs"), on the complaint, on the verb that lodges it or on the body."""
        holders = [tok, *([tok.head] if tok.dep_ == "dobj" else []), *(self.doc[b.mention.head] for b in bodies)]
        against = [p for h in holders for c in h.children if c.dep_ == "prep" and lemma_of(c) == "against"
                   for p in self._objects(c, speaker) if p.mention.actor.key not in own and p.mention.actor.country]
        return against or [p for h in holders for p in self._owner_over(h, own, speaker)]

    def _owner_over(self, tok: Token, own: set[str], speaker: list[ActorMention]) -> list[Party]:
        """The states whose words or deeds a grievance is "over", "against" or "about", named by their owner
        ("over the Indian army chief's remarks", "against Chinese incursions")."""
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return [replace(p, mention=_state_of(p.mention), deep=True)
                for h in heads for prep in h.children if prep.dep_ == "prep" and lemma_of(prep) in ("over", "against", "about")
                for o in prep.children if o.dep_ == "pobj" and pos_of(o) == "NOUN"
                for d in o.children if d.dep_ in ("poss", "amod", "compound")
                for p in self.parties(d, speaker, "inherited") if p.mention.actor.key not in own
                and p.mention.actor.country]

    def _doers_after(self, tok: Token, own: set[str], speaker: list[ActorMention]) -> list[Party]:
        """The states whose deed, by their government or forces, a clause of "after" on a verb tells,
        which the verb answers ("protested after a Chinese survey ship entered its waters")."""
        return [replace(p, mention=_state_of(p.mention), deep=True) for c in tok.children if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and lemma_of(m) == "after" for m in c.children) and not is_saying(c, self.lex)
                for s in subjects_of(c) if s.dep_ == "nsubj" for p in self.parties(s, speaker, "inherited")
                if p.mention.actor.key not in own and p.mention.actor.country and (
                    p.mention.actor.sector in ("GOV", "MIL", "COP") or p.mention.kind in ("state", "metonym")
                    or lemma_of(s) in CRAFT)]  # (a state's deed, or its ship's; not fans', a journalist's or proxies')

    def _across(self, tok: Token, trig: Trigger, own: set[str]) -> list[Party]:
        """The state on the other side of a line or border crossing, for an act by a state on one side
        of it: fire along it at no one named, or ground there ("fired along the LoC", "violated the
        ceasefire along the LoC"), or a measure on the crossing itself ("closed the Torkham crossing");
        not an arrest or a killing there of people named (``places.boundaries_in``)."""
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if trig.type == "ASSAULT":
            if any(lemma_of(o) not in FIRED_ON for o in objects):
                return []
            clause = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)
        elif objects and set(word_forms(objects[0])) & CROSSINGS:
            clause = objects[0]  # the crossing closed or reopened
        else:
            return []
        text = self.text[clause.left_edge.idx:clause.right_edge.idx + len(clause.right_edge.text)]
        for pair in places.boundaries_in(text) if len(own) == 1 else ():
            if own & set(pair):
                other = builtin().state(next(c for c in pair if c not in own))
                return [Party(ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, other, tok.i, "metonym"),
                              deep=True)]
        return []

    def _hosts_talks(self, verb: Token) -> bool:
        """Whether an offer or promise is to host talks or a meeting ("offered to host another round of
        talks")."""
        return any(c.dep_ == "xcomp" and lemma_of(c) == "host" and any(
            "CONSULT" in self.lex.event_types(lemma_of(t)) and not any(  # (not "talks with Iran", "on the climate")
                p.dep_ == "prep" and p.lower_ in ("with", "on", "between", "about") for p in t.children)
            for t in c.subtree) for c in verb.children)

    def _sides(self, own: set[str]) -> list[Party]:
        """The sides of the last fight told, else of the last quarrel, but for ``own``."""
        return [Party(m, deep=True) for m in self.conflict or self.dispute if m.actor.key not in own]

    def _struck(self, tok: Token, speaker: list[ActorMention], own: set[str]) -> list[Party]:
        """The state where the loss that sympathy is expressed over took place: the first place named
        "in" or "at" the phrase of its "over", "on" or "for", not where a gathering is held."""
        heads = [tok, *([tok.head] if tok.dep_ == "dobj" else [])]  # ("expressed sympathy over ...")
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "for")):
            for inner in (t for o in prep.children if o.dep_ == "pobj" for t in o.subtree):
                place = (self._place(inner, speaker) if inner.dep_ == "pobj" and inner.head.lower_ in ("in", "at")
                         and not self._at_gathering(inner) else None)
                if place is not None and place.actor.key not in own:
                    return [Party(place, False, deep=True)]
        return []

    def _at_gathering(self, place: Token) -> bool:
        """Whether a place is where a gathering is held ("victims at a summit in X"), not where the
        loss was."""
        return any(a.pos_ == "NOUN" and self.lex.event_types(lemma_of(a)) & {"CONSULT"} for a in place.ancestors)

    def _asked_by(self, tok: Token, speaker: list[ActorMention], own: set[str]) -> list[Party]:
        """Who asked for the act, done "after", "following" or "at" their request, call or appeal
        ("after an appeal from X", "at the request of X", "following X's call")."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in ANSWERING_PREPS:
                continue
            for noun in (c for c in prep.children if c.dep_ == "pobj"):
                if "REQUEST" not in self.lex.event_types(lemma_of(noun)):
                    continue
                authors = self._act_author(noun, speaker) or [
                    p for c in noun.children if c.dep_ == "prep" and lemma_of(c) in ("from", "of")
                    for p in self._objects(c, speaker)]
                return [p for p in authors if p.mention.actor.key not in own]
        return []

    def _author_of(self, tok: Token, named: tuple[int, ActorMention] | None, own: set[str]) -> list[Party]:
        """The author of an act told before, in its sentence or up to ``ANAPHORA_SENTENCES`` back, that
        ``tok`` refers to (``named``: its sentence and author), when it is another party ("A expelled
        B's envoys on Monday and B condemned the move")."""
        if named is None:
            return []
        sent, author = named
        if sent <= tok.sent.start and self._recent(tok, sent, ANAPHORA_SENTENCES) and author.actor.key not in own:
            return [Party(author, deep=True)]
        return []

    def _act_named(self, verb: Token) -> tuple[int, ActorMention] | None:
        """``(sentence, author)`` of the act a verb's object names, with no author of its own: the
        act just told, by a word for an act alone ("the decision", "the move", "this step"); the
        last act of its type, by the definite noun of that type ("the threat", "the protest")."""
        for c in verb.children:
            if c.dep_ != "dobj" or any(d.dep_ in ("poss", "compound", "amod", "acl", "relcl") or (
                    d.dep_ == "prep" and d.lower_ != "as") for d in c.children):  # ("condemned the decision as illegal")
                continue
            if lemma_of(c) in ACT_WORDS or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children):
                told = self._last_told(c)
                if told is not None:
                    return told
        return None

    def _act_before_move(self, verb: Token, own: set[str]) -> list[Party]:
        """The author of the act a relative clause's "move" or "decision" stands for, told just
        before it in the sentence: "X began deporting Afghans, a move that Kabul condemned" (or "a
        move Kabul condemned"): X."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not (verb.dep_ == "relcl" and lemma_of(verb.head) in ACT_WORDS and (
                any(c.tag_ in ("WDT", "WP") for c in objects)
                or (not objects and any(c.dep_ == "nsubj" for c in verb.children)))):
            return []
        told = self._last_told(verb.head)
        return [Party(told[1], deep=True)] if told is not None and told[1].actor.key not in own else []

    def _done_by(self, tok: Token, own: set[str], speaker: list[ActorMention]) -> list[Party]:
        """Who did the act that a demand or charge is "over" or "into" on a trigger or its object,
        told with its doer ("demanded an investigation over the shots fired by X": X)."""
        acts = [a for h in (tok, *(c for c in tok.children if c.dep_ == "dobj"))
                for a in self.acts_under(h, ("over", "into"))]
        return [replace(p, deep=True) for p in self.acts_doers(acts, speaker) if p.mention.actor.key not in own]

    def _act_over(self, tok: Token) -> tuple[int, ActorMention] | None:
        """``(sentence, author)`` of the act that "the <act>" names after "over", "into" or "against"
        on a trigger or on the object it heads ("demanded an investigation over the attack")."""
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj"), *([tok.head] if tok.dep_ == "dobj" else [])]
        for obj in (o for h in heads for p in h.children if p.dep_ == "prep" and lemma_of(p) in ("over", "into", "against")
                    for o in p.children if o.dep_ == "pobj" and (bare_definite(o) or _definite_done(o))):
            told = self._last_told(obj)
            if told is not None:
                return told
        return None

    def _last_told(self, noun: Token) -> tuple[int, ActorMention] | None:
        """``(sentence, author)`` of the last act told before ``noun`` by its own words (else of its
        type), or of any type for a word for an act alone ("the move", "the decision"): the last that
        took place, if any did ("... targeted militants who were planning attacks. X condemned the
        strikes": the targeting)."""
        lemma = lemma_of(noun)
        wanted = None if lemma in ACT_WORDS else {lemma, *self.lex.event_types(lemma)}
        told = [act for act in self.told if act[0] < noun.i and (wanted is None or act[3] & wanted)]
        told = [act for act in told if lemma in act[3]] or told  # ("the drills": the drills, not an alert raised)
        told = [act for act in told if act[4]] or told
        if not told:
            return None
        _, (_, sent, author, _, _) = max(enumerate(told), key=lambda act: (act[1][0], act[0]))  # the last told
        return sent, author

    def _addressees(self, tok: Token, speaker: list[ActorMention]) -> list[Party]:
        """Whom the saying verb whose statement holds ``tok`` addresses ("told Y that ..."); the press
        told ("told reporters", "told Reuters") carries what is said, and is addressed by nothing."""
        node = tok
        while node.head.i != node.i and not is_saying(node.head, self.lex):
            node = node.head
        said = node.head if node.dep_ == "ccomp" else None  # what is said, not "told X during talks with ..."
        return [Party(p.mention, deep=True) for c in (said.children if said is not None else ())
                if c.dep_ in ("dobj", "dative") and (self.actors.at(c) is not None or c.pos_ == "PRON")
                for p in self.parties(c, speaker, "inherited")  # a party, not "reiterated its concern at ..."
                if p.mention.actor.sector != "MED"]

    def _announced(self, found: list[Candidate], speaker: list[ActorMention], verb: Token,
                   going_on: bool = False) -> list[Candidate]:
        """An act its author announces for the future is also a statement made when it is said: a
        threat when the act harms ("said they would boycott all contact with X") or is made a
        condition ("will withdraw its troops unless X ..."), a promise when it helps ("said it
        would lift its sanctions on X"), also of an act ``going_on`` ("will continue to support
        X": it goes on, and is promised). A meeting announced stays a planned meeting; one offered
        on a condition ("would meet X if ...") is an offer to meet."""
        if asked(verb) or inverted_condition(verb):
            return []  # "Would X really impose sanctions?", "Were X to attack Y, ...": nothing announced
        out = []
        ultimatum, offered = conditioned(verb, "unless"), conditioned(verb, "if")
        bound = [m for c in verb.children if c.dep_ == "advcl" and any(
                 m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                 for s in subjects_of(c) for m in [self.actors.at(s)] if m is not None and m.actor.key] if ultimatum else []
        for cand in found:
            kind, code = INTENT_CAMEO.get(cand.type, (None, None))
            if ultimatum and code is not None:
                kind, code = ULTIMATUM
                if bound and bound[0].actor.key != cand.source.actor.key:  # "will recognise Palestine unless
                    cand = replace(cand, target=bound[0])  # Israel agrees to a ceasefire": a threat at Israel
            if (code is None or (cand.type == "CONSULT" and not offered)
                    or cand.status not in ("planned", "hypothetical", *(("occurred",) if going_on else ()))
                    or cand.target is None
                    or (speaker and speaker[0].actor.key != cand.source.actor.key)):
                continue
            goldstein, _, _ = self.lex.cameo[code]
            out.append(replace(cand, type=kind, mode=None, contexts=(), cameo=code, status="occurred",
                               quad_class=self.lex.quads[kind], goldstein=goldstein))  # (one of two together, if
            # joint: "A and B will hold a joint exercise")
        return out

    def _weighed(self, tok: Token, own: set[str]) -> bool:
        """Whether an act is one its author (``own``: the keys of its sources) is weighing ("is
        considering sanctions on X", "is weighing retaliatory duties", "is exploring the possibility
        of normalising ties with X"), not another's act a party looks into."""
        node = tok
        for _ in range(4):
            if node.head.i == node.i or node.dep_ not in ("dobj", "xcomp", "pobj", "pcomp", "prep", "acl") or (
                    node.dep_ == "prep" and node.lower_ != "of"):
                return False
            node = node.head
            if node.pos_ == "VERB":
                return lemma_of(node) in self.lex.words["deliberate"] and bool(own) and own <= {
                    m.actor.key for s in subjects_of(node) for m in self.np(s, [])[0]}
        return False

    def _shared_object(self, verb: Token, promised: bool = False) -> bool:
        """Whether a verb acts on what its subjects share: "their ties", "bilateral relations",
        "diplomatic relations"; or, ``promised``, the infinitive it takes ("vowed to deepen cooperation")."""
        if promised and any(c.dep_ == "dobj" and lemma_of(c) in COOPERATION
                            for x in verb.children if x.dep_ == "xcomp" for c in x.children):
            return True
        return any(c.dep_ == "dobj" and (lemma_of(c) in RELATIONS or (lemma_of(c) not in FORCES | CRAFT and any(
            m.lower_ in SHARED_WORDS for m in c.children if m.dep_ in ("poss", "amod")))) for c in verb.children)

    def _aimed(self, tok: Token) -> bool:
        """Whether the text names what an act is against, though not as an actor ("to protest
        against the detention of activists"): the act has a target, unknown, and is not coded
        as having none."""
        return any(c.dep_ == "prep" and lemma_of(c) in ("against", "at")
                   and any(o.dep_ == "pobj" for o in c.children) for c in tok.children)

    def _staged(self, noun: Token) -> bool:
        """Whether an act noun is the object of a verb that carries it out: "staged a rally"."""
        verb = noun.head  # the tagger's lemma or the dictionary's: "staged" is sometimes "stag"
        lemmas = {lemma_of(verb), *verb_lemmas(verb.lower_)}
        return noun.dep_ == "dobj" and bool(lemmas & self.lex.words["stage"])

    def demand(self, verb: Token, modal: Token) -> list[Candidate]:
        """A reported obligation ("must", "should") is a demand on its subject: in "India must fulfil
        its obligations," the spokesperson said", the speaker asks India (REQUEST speaker → subject).
        A sentence of its own goes on with the statement of the sentence before."""
        speaker = self.speaker(verb) or self.last_speaker(verb)
        if not speaker or inverted_condition(verb):
            return []  # (not "..., should Y fail to act": a condition)
        inward = self._protest_says(verb)  # "staged rallies against X, saying he must resign": the protest's
        subjects = [subj for subj in subjects_of(verb) if subj.dep_ != "expl"]
        if any(c.lower_ in JOINT_WORDS for subj in subjects for c in [subj, *subj.children]):
            return []  # "both countries should ...": a resolve the speaker shares, not a demand
        asked = [p for subj in subjects for p in self.parties(subj, [])]
        return [self.build(modal, DEMAND, [verb], "occurred", source, target, False, speaker)
                for source in _tellers(speaker) for target in _unique(asked)
                if not same_side(source.mention, target.mention)
                and not (inward and source.mention.actor.country == target.mention.actor.country)]

    def _protest_says(self, verb: Token) -> bool:
        """Whether a clause is what a protest says ("staged rallies against X, saying he must
        resign"): on the protesters' own state, the protest's own demand, not another act."""
        saying = next((a for a in verb.ancestors if is_saying(a, self.lex)), None)
        return saying is not None and self._protesting(saying)

    def _protesting(self, participle: Token) -> bool:
        """Whether a participle tells how a protest in the street is made ("blocked roads,
        demanding that ...", "staged rallies, saying ..."; not a state's protest: "Pakistan lodged
        a strong protest, saying India must ...")."""
        if participle.dep_ != "advcl" or participle.tag_ != "VBG":
            return False
        acts = [participle.head, *(c for c in participle.head.children if c.dep_ == "dobj")]  # ("staged rallies")
        doers = [m for s in doers_of(participle.head) for m in self.np(s, [])[0]]
        return not any(m.kind in ("state", "metonym") or m.actor.sector in STATE_SECTORS - {None} for m in doers) and any(
            (hit := match_trigger(a, self.lex, set())) is not None and hit[0].type == "PROTEST" for a in acts)

    def charge(self, verb: Token) -> list[Candidate]:
        """A harm a speaker says another did is an accusation: in "X has destabilised the region,"
        the minister said", the speaker accuses X (ACCUSE speaker → X); also the author of an act
        that does it ("X's designs have destabilised ..."). So is a deceit told of another ("X's
        propaganda", "X built a false narrative"), by the speaker or by whoever exposes or names it."""
        noun = pos_of(verb) == "NOUN"
        doers = (self._act_author(verb, []) or self._said_of(verb)) if noun and not outlawed(verb) else []
        made = noun and not doers and self._done_by_subject(verb)  # "X built a false narrative", "X sponsors
        # terrorism": X's own (not "agreed to fight disinformation")
        speaker = self.speaker(verb) or (self._accuser(verb, made) if noun else [])
        if not speaker or status_of(verb, self.lex) not in ("occurred", "planned", "hypothetical",
                                                            *(("requested",) if noun else ())):
            return []  # (a wrong named in a demand is charged all the same: "urged X to end its aggression")
        if any(pos_of(a) == "NOUN" and lemma_of(a) in self.lex.words["proposal"] - self.lex.words["document"]
               for a in verb.ancestors):  # (not "said in a statement that X had ...": the speaker's own)
            return []  # "speculation that X is working to destabilise ...": a claim the speaker reports, not his
        for subj in subjects_of(verb.head if made else verb) if made or not noun else []:
            if subj.dep_ != "nsubjpass":
                act = self._act_before(subj) if lemma_of(subj) == "it" else None  # "rejected the move, saying it
                doers += (self._act_author(act, []) if act is not None  # would undermine ...": the move's author
                          else self.parties(subj, []) or self._act_author(subj, []))
        return [self.build(verb, CHARGE, [], "occurred", source, doer, False, speaker)
                for source in _tellers(speaker) for doer in _unique(doers)
                if not same_side(source.mention, doer.mention)]

    def _said_of(self, noun: Token) -> list[Party]:
        """The authors of what a deceit is predicated of ("X's claims are lies", "the account given
        by X is replete with fabrications"): the copula's subject's."""
        node = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
        if node.dep_ not in ("acomp", "attr"):
            return []
        return [Party(m, deep=True) for s in node.head.children if s.dep_ == "nsubj"
                for m in self.np(s, [])[0] or self._author(s, [])]

    def blame(self, verb: Token) -> list[Candidate]:
        """Calling another's act or words a wrong is an accusation ("termed X's move illegal",
        "described the strike as an act of aggression"), calling what another says false a
        rejection ("called X's claims baseless"); calling a party one ("branded X's leader a liar")
        accuses that party, and designating it one ("designated X a terrorist group") sanctions it."""
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [  # "termed the decision biased", parsed as
            s for c in verb.children if c.dep_ in ("oprd", "ccomp") for s in c.children if s.dep_ == "nsubj"] or (  # a
            [verb.head] if verb.dep_ in ("relcl", "acl") and pos_of(verb.head) == "NOUN" else []) or [  # clause;
            c for c in verb.children if c.dep_ == "oprd" and pos_of(c) == "NOUN"]  # "..., a move X called biased":
        # the move; "termed X's decision to ... an act of war", the decision parsed as what it is called
        around = [*verb.children, *(objects[0].children if objects else ())]  # "the move as a violation"
        named = [c for c in around if c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as")
                 or (objects and c.i == objects[0].head.i != verb.i)  # (the small clause: "the decision biased")
                 or (objects and c.dep_ in ("amod", "appos") and c.i > objects[0].i)]  # ("called the move
        # unjustified and protectionist", "branded X's leader a liar", parsed as the object's modifiers)
        named += objects[1:]  # "branded the strike an act of aggression", parsed as two objects
        named += [o for c in (objects[0].children if objects else ()) if c.dep_ == "acl"  # "termed X's decision
                  for o in [c for c in c.children if c.dep_ == "dobj"][1:]]  # to hold the treaty in abeyance an act
        # of war", the parse hanging what it is called on the decision's infinitive as its second object
        wrong = self.lex.words["blame"] | self.lex.words["false"] | self.lex.words["deceit"]
        if (verb.dep_ in ("relcl", "acl") and pos_of(verb.head) == "NOUN" and len(objects) == 1
                and objects[0] is not verb.head and any(lemma_of(t) in wrong for t in objects[0].subtree)):
            named, objects = [objects[0]], [verb.head]  # "..., a move X called a violation of law": the move
        if not objects or objects[0].pos_ == "PRON" or not any(lemma_of(t) in wrong or t.lower_ in wrong  # ("biased",
                                                                for c in named for t in c.subtree):  # tagged a verb)
            return []  # ("condemned the raid, terming it a violation": the condemnation says it)
        if status_of(verb, self.lex) != "occurred":
            return []
        speaker = self.speaker(verb)
        sources = [p for s in doers_of(verb) for p in self.parties(s, speaker)]
        said = lemma_of(objects[0]) in self.lex.words["proposal"]
        targets = (self.parties(objects[0], speaker) if self.actors.at(objects[0]) is not None  # "called X a liar"
                   else self._act_author(objects[0], speaker))  # whose act, not its victims ("violence against X")
        told = self._last_told(objects[0]) if not targets and (bare_definite(objects[0]) or lemma_of(objects[0]) in ACT_WORDS) else None
        if told is not None and self._recent(verb, told[0], ANAPHORA_SENTENCES):  # "X imposed tariffs ... Y called the
            # tariffs unjustified"
            targets = [Party(told[1], deep=True)]
        trig = (replace(NAMING, type="REJECT", cameo=REFUSAL_CAMEO) if said
                else replace(NAMING, type="SANCTION", cameo=DESIGNATION_CAMEO) if lemma_of(verb) == "designate"
                else NAMING)  # "designated X a terrorist group": a measure against X, not words
        return [self.build(verb, trig, [], "occurred", src, tgt, False, speaker)
                for src in sources[:1] for tgt in _unique(targets) if not same_side(src.mention, tgt.mention)]

    def dismissal(self, word: Token) -> list[Candidate]:
        """Saying that what another claims is false rejects it ("X said Y's accusations were
        baseless"): a rejection by the teller of the claim's author."""
        verb = word.head
        speaker = self.speaker(verb)
        if not speaker or status_of(verb, self.lex) != "occurred":
            return []
        claims = [s for s in verb.children if s.dep_ == "nsubj"]
        return [self.build(word, DISMISSAL, [], "occurred", source, author, False, speaker)
                for source in _tellers(speaker)
                for author in _unique([p for c in claims for p in self._act_author(c, speaker)])
                if source.mention.actor.key != author.mention.actor.key]  # ("the reports in Indian media
        # were false", an Indian spokesman said: no quarrel with one's own)

    def culpable(self, word: Token) -> list[Candidate]:
        """Holding another to blame is an accusation: "held X responsible for the attack" (by the
        subject), "X is responsible for ...", "X was behind the attack" (by whoever says so); "it" is
        the act its sentence named before."""
        verb = word.head
        held = [self._act_before(o) or o if o.pos_ == "PRON" else o  # "condemned the attack and said X was
                for p in [word, *word.children] if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]  # behind it"
        if held and not any(lemma_of(o) in self.lex.words["blame"] or any(  # a harm: "responsible for the
                self.lex.quads.get(t, 0) == 4 for t in self.lex.event_types(lemma_of(o))) for o in held):
            return []  # violence", not "for border security" nor "for the investigation"
        if word.dep_ == "amod" and word.i > verb.i and verb.dep_ == "dobj":  # "held X's president responsible",
            doers, verb = [verb], verb.head  # parsed as a modifier of the object
        else:  # (or the subject of the adjective: "hold X accountable" parsed as a small clause)
            doers = [c for c in verb.children if c.dep_ == "dobj"] or [c for c in word.children if c.dep_ == "nsubj"]
        speaker = self.speaker(verb)
        asked = False
        if lemma_of(verb) == "hold":
            accusers, asked = self._holders(verb, speaker)
        elif verb.lemma_ == "be" and word.dep_ in ("acomp", "prep") and held:
            doers = [s for s in subjects_of(verb) if s.dep_ == "nsubj"]
            accusers = _tellers(speaker)
        else:
            return []
        if status_of(verb, self.lex) not in ("occurred", "requested", *(("hypothetical",) if asked else ())):
            return []
        blamed = [p for d in doers if self.actors.at(d) is not None or d.pos_ == "PRON"  # not "the earthquake"
                  for p in self.parties(d, speaker, "inherited")]
        return [self.build(word, CULPABLE, [], "occurred", src, tgt, False, speaker)
                for src in _unique(accusers) for tgt in _unique(blamed) if not same_side(src.mention, tgt.mention)]

    def _holders(self, verb: Token, speaker: list[ActorMention]) -> tuple[list[Party], bool]:
        """Who holds another to blame with "hold", and whether a speaker demands it: whoever urges
        it ("urged the world to hold X accountable"), the speaker for a "must" ("the world must
        hold X accountable", "must take note of ... and hold X accountable") or when no party
        holds, else the subject."""
        clause = verb.head if verb.dep_ == "conj" else verb
        asked = any(c.dep_ == "aux" and self.lex.cues.get(c.lower_) == "demand" for c in clause.children)
        if clause.dep_ == "xcomp":
            holders = subjects_of(clause.head)
        else:
            holders = [] if asked else subjects_of(verb)
        accusers = [p for s in holders if s.dep_ != "nsubjpass" for p in self.parties(s, speaker)]
        return accusers or _tellers(speaker), asked

    @cached_property
    def charge_words(self) -> frozenset[str]:
        """The lemmas that may state a charge of their own (``_charge_kind``)."""
        words = self.lex.words
        return frozenset(words["harm"] | words["deceit"] | words["wrong"] | words["proposal"] | ACT_WORDS
                         | words["name"] | words["culpable"] | words["false"] | {"behind", "threaten"})

    def _charge_kind(self, tok: Token, headed: set[int]) -> Trigger | None:
        """The charge a word states, if any: a harm or deceit told of another (``CHARGE``), another's
        act called a wrong (``NAMING``), another held to blame (``CULPABLE``), another's claims
        said to be false (``DISMISSAL``). A wrong is charged
        even where it heads a trigger of its own ("Israel's aggression" is an attack, and the
        teller's charge), and so is a violation told ("X violated the ceasefire, Y said")."""
        lemma = lemma_of(tok)
        if ((tok.i not in headed or lemma == "violate") and ((tok.pos_ == "VERB" and lemma in self.lex.words["harm"]
                                      and (lemma != "fail" or _duty_failed(tok))) or self._deceit(tok))
                or self._wrong(tok) or endangers(tok)):
            return CHARGE
        if tok.pos_ == "VERB" and lemma in self.lex.words["name"]:
            return NAMING
        if (tok.pos_ == "ADJ" and lemma in self.lex.words["culpable"]) or (
                tok.lower_ == "behind" and tok.head.lemma_ == "be"):
            return CULPABLE
        if lemma in self.lex.words["false"] and tok.dep_ == "acomp" and any(
                s.dep_ == "nsubj" and lemma_of(s) in self.lex.words["proposal"] for s in tok.head.children):
            return DISMISSAL
        return None

    def _accuser(self, noun: Token, made: bool) -> list[ActorMention]:
        """Who tells of a deceit or wrong no one is reported saying: the subject of a verb above it
        that names a party, not of the verb that ``made`` it ("X will expose Y's lies", "what he
        termed Y's propaganda", "X urged the world to take notice of Y's atrocities")."""
        for verb in noun.ancestors:
            if verb.pos_ == "VERB" and not (made and verb.i == noun.head.i):
                found = [m for s in doers_of(verb) for m in self.np(s, [])[0] if m.actor.key]
                if found:
                    return found[:1]
        return []

    def _deceit(self, noun: Token) -> bool:
        """Whether a noun tells of a deceit ("propaganda", "disinformation", "false claims") that no
        rejection or charge around it already answers ("rejected the false claims of X")."""
        if pos_of(noun) != "NOUN":
            return False
        lemma = lemma_of(noun)
        if lemma not in self.lex.words["deceit"] and not (lemma in self.lex.words["proposal"] and any(
                c.dep_ == "amod" and lemma_of(c) in self.lex.words["false"] for c in noun.children)):
            return False
        for verb in (a for a in noun.ancestors if a.pos_ == "VERB"):
            hit = match_trigger(verb, self.lex, set())
            if (hit is not None and hit[0].type in ("REJECT", "ACCUSE")) or self.lex.cues.get(lemma_of(verb)) == "deny":
                return False
        return True

    def _wrong(self, noun: Token) -> bool:
        """Whether a noun names a wrong ("atrocities", "aggression", "irresponsible statements",
        "illegal actions") that its author, named with it ("Indian atrocities", "Israel's genocide"),
        is charged with by whoever tells of it: unless an act above it answers it, a rejection or
        charge of its own ("condemned X's aggression") or a deed ("retaliated against X's aggression")."""
        if pos_of(noun) != "NOUN" or noun.dep_ in ("amod", "compound"):
            return False  # (not a modifier: "the anti-terrorism dialogue")
        lemma = lemma_of(noun)
        called = (lemma in self.lex.words["proposal"] or lemma in ACT_WORDS) and (any(  # "X's irresponsible
            lemma_of(a) in self.blaming_words for c in noun.children if c.dep_ == "amod"  # statements", "its
            for a in (c, *c.conjuncts)) or (noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(  # unilateral
                c.dep_ in ("acomp", "attr") and lemma_of(c) in self.blaming_words  # and illegal actions", "X's
                for c in noun.head.children)))  # remarks were unacceptable"
        if not (lemma in self.lex.words["wrong"] or called or (  # "supports terrorist groups": the support is
                self._done_by_subject(noun) and outlawed(noun))):  # the wrong
            return False
        if lemma in NAMED_FOR_VICTIMS and not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by")
                                                  for c in noun.children):
            return False  # "the Armenian genocide": the victims' (not "Israel's genocide", "genocide by X")
        doing = noun.head if self._done_by_subject(noun) else None  # ("funds terrorism": no aid given)
        kinds = (act_type(verb, self.lex) for verb in noun.ancestors if verb.pos_ == "VERB" and verb is not doing)
        return not any(kind in ("REJECT", "ACCUSE") or self.lex.quads[kind] not in VERBAL_QUADS
                       for kind in kinds if kind is not None)

    def _done_by_subject(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb of making or doing it ("built a false narrative",
        "sponsors terrorism"), whose subject is its author."""
        return noun.dep_ == "dobj" and lemma_of(noun.head) in self.lex.words["spread"]

    @cached_property
    def blaming_words(self) -> frozenset[str]:
        """The words that call a thing a wrong and are no wrong themselves ("illegal", not "crime")."""
        return frozenset(self.lex.words["blame"] - self.lex.words["wrong"])

    def receipt(self, verb: Token) -> list[Candidate]:
        """Money, arms or relief goods received from another are aid from that other: "X received $1
        billion from Y", "got a $500 million deposit from Y" (aid named by its own word is read as
        that word's act), "received a batch of missiles from Y"; not money received for something or
        as something else ("for oil purchases", "in remittances").
        People received back from another were released by it ("received the bodies of 900 soldiers
        from Y", "received 22 fishermen from Y")."""
        sums = [o for o in verb.children if o.dep_ == "dobj" and money(o) and not self.lex.event_types(lemma_of(o))]
        people = [w for o in verb.children if o.dep_ == "dobj" and _returned(o)
                  for w in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))]
        goods = [w for o in verb.children if o.dep_ == "dobj"
                 for w in (o, *(g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))
                 if lemma_of(w) in self.arms | self.lex.sets["&relief"]]
        status = status_of(verb, self.lex) if sums or people or goods else None
        if status not in ("occurred", "planned") or (sums and self._paid_for(verb, sums)):
            return []
        speaker = self.speaker(verb)
        givers = [p for w in [verb, *sums, *people, *goods] for c in w.children if c.dep_ == "prep"
                  and lemma_of(c) == "from" for o in c.children if o.dep_ == "pobj"
                  for p in self.parties(o, speaker, "inherited")]
        receivers = [p for s in subjects_of(verb) if s.dep_ == "nsubj" for p in self.parties(s, speaker, "inherited")]
        trig = RECEIPT if sums else RETURN_RECEIPT if people else ARMS_RECEIPT if any(
            lemma_of(w) in self.arms for w in goods) else RELIEF_RECEIPT
        if trig is RETURN_RECEIPT:  # ("received 22 fishermen from Pakistan": from the state, not the fishermen)
            givers = [replace(p, mention=_state_of(p.mention)) for p in givers]
        return [self.build(verb, trig, [], status, giver, receiver, False, speaker)
                for giver in givers for receiver in receivers if not same_side(giver.mention, receiver.mention)]

    def invitation(self, noun: Token) -> list[Candidate]:
        """A visit or a meeting "at the invitation of" another is that other's invitation to whoever
        makes it ("X arrived in Y at the invitation of his counterpart", "At the invitation of X, Y
        will visit ...")."""
        verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
        status = status_of(verb, self.lex) if verb is not None else None
        if status not in ("occurred", "planned"):
            return []
        speaker = self.speaker(verb)
        hosts = [([Party(m)] if (m := self.actors.at(o)) is not None else self.parties(o, speaker, "inherited"))
                 for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        # (the host named, not a guest the parser hangs on it by a comma)
        guests = [p for s in subjects_of(verb) if s.dep_ == "nsubj" for p in self.parties(s, speaker, "inherited")]
        return [self.build(noun, INVITED, [], "occurred", host, guest, False, speaker)
                for named in hosts for host in named for guest in guests if not same_side(host.mention, guest.mention)]

    def _paid_for(self, verb: Token, sums: list[Token]) -> bool:
        """Whether money is told as paid for or as something other than aid: a "for" or "in" phrase
        on the verb or the sum that names a common noun which is no aid ("for oil purchases", "in
        remittances"; not "in June", "in aid")."""
        return any(o.pos_ == "NOUN" and "AID" not in self.lex.event_types(lemma_of(o)) and lemma_of(o) != "deposit"
                   for w in [verb, *sums] for c in w.children if c.dep_ == "prep" and lemma_of(c) in ("for", "in")
                   for o in c.children if o.dep_ == "pobj")

    def build(self, tok, trig, words, status, src: Party, tgt: Party | None, symmetric, speaker) -> Candidate:
        goldstein, _, _ = self.lex.cameo[trig.cameo]
        span = sorted((part for t in (tok, *words) for part in ((t.doc[t.i - 2], t) if hyphenated(t) else (t,))),
                      key=lambda t: t.i)  # (the whole of a hyphenated word: "sit-in")
        sent: Span = tok.sent
        start, end = span[0].idx, span[-1].idx + len(span[-1].text)
        attribution = next((m for m in speaker if m != src.mention), None) if speaker else None
        return Candidate(
            type=trig.type, mode=trig.mode, contexts=trig.contexts, cameo=trig.cameo,
            quad_class=self.lex.quads[trig.type], goldstein=goldstein,
            source=src.mention, target=tgt.mention if tgt else None, symmetric=symmetric,
            status=status, trigger=self.text[start:end], trigger_start=start, trigger_end=end,
            sentence_start=sent.start_char, sentence_end=sent.end_char, attribution=attribution,
            confidence=_confidence(trig, src, tgt, status))


def _returned(obj: Token) -> bool:
    """Whether an object names people handed back, or their bodies ("the bodies of 909 soldiers")."""
    return lemma_of(obj) in RETURNED or any(lemma_of(o) in RETURNED for p in obj.children
                                            if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _duty_failed(verb: Token) -> bool:
    """Whether "fail" tells of a duty not done ("failed to protect X", "failed to take action"), not
    of a try that came to nothing ("failed to reach an agreement", "failed to hit their targets")."""
    return any(c.dep_ == "xcomp" and lemma_of(c) not in TRIES for c in verb.children)


def _one_party(trig: Trigger, source: Party, target: Party, text: str) -> bool:
    """Whether an act's source and target are one party (``same_side``), but for force used on a person
    (not a possessor: "arrested the minister's nephew") or a hostile act on one out of office: a mayor
    arrested, a former prime minister accused, is not the state acting on itself (while "former minister
    X led the delegation" leads his own)."""
    person = target.mention.kind == "person" and text[target.mention.end:target.mention.end + 2] not in POSSESSIVES
    return same_side(source.mention, target.mention) and not (
        (trig.type in FORCEFUL_TYPES and person)
        or (lexicon().quads[trig.type] >= 3 and out_of_office(target.mention.actor)))


def _state_of(mention: ActorMention) -> ActorMention:
    """The state an official or envoy stands for, as the same mention ("the Cambodian ambassador":
    Cambodia); any other actor as it is."""
    actor = mention.actor
    if not actor.role or not actor.country or actor.org:
        return mention
    return replace(mention, actor=builtin().state(actor.country), kind="state")


def _bound(noun: Token) -> bool:
    """Whether a noun of duty binds the subject of its verb to an act: "X has (or bears) the
    responsibility to uphold ...", "X had an obligation to protect ..."."""
    return (noun.dep_ == "dobj" and noun.head.lemma_ in ("have", "bear")
            and any(c.dep_ in ("acl", "relcl") and infinitive(c) for c in noun.children))


def _announcing(verb: Token) -> bool:
    """Whether a verb tells what will be done ("will", "would"), or what the warner itself may do
    ("X warned it could impose duties"; not "Y may strike, X warned"): an act announced."""
    return any(c.dep_ == "aux" and (c.lower_ in ANNOUNCING or (c.lower_ in POSSIBLE and _warned_of_own(verb)))
               for c in verb.children)


def _warned_of_own(verb: Token) -> bool:
    """Whether a verb is what its warner says it may do itself: "X warned it could ..."."""
    return verb.dep_ == "ccomp" and lemma_of(verb.head) == "warn" and verb.i > verb.head.i and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") for c in verb.head.children)  # (not "X warned Y it could ...": whose?)


def _definite_done(noun: Token) -> bool:
    """Whether a noun is "the" noun and a participle that names no doer ("the shots fired during
    the visit"): an act told before, named again by how it was done."""
    words = [c for c in noun.children if c.dep_ != "punct"]
    return (len(words) == 2 and words[0].dep_ == "det" and words[0].lower_ == "the" and words[1].dep_ == "acl"
            and words[1].tag_ in ("VBN", "VBD") and agent_of(words[1]) is None)


def _unnamed_armed(mention: ActorMention) -> bool:
    """Whether a party is armed men the text does not name ("gunmen", "a suicide bomber",
    unidentified attackers; not "Hamas militants")."""
    return mention.actor.sector in ARMED_SECTORS and (
        mention.kind == "descriptor" or mention.text.lower() == (mention.actor.role or "").lower())


def _tellers(speaker: list[ActorMention]) -> list[Party]:
    """Each party that tells a clause ("A and B said X had ...": A and B)."""
    return [Party(m) for m in distinct(speaker)]


def _unique(parties: list[Party]) -> list[Party]:
    """The first party of each actor."""
    return distinct(parties, lambda p: p.mention)


def _confidence(trig: Trigger, src: Party, tgt: Party | None, status: str) -> float:
    """0..1 from lexicon strength, whether both actors hang directly on the trigger, and NER kinds."""
    score = 0.3 + 0.3 * trig.weight
    score += 0.15 if src.direct else 0.0
    score += 0.15 if (tgt.direct if tgt else trig.type in UNTARGETED_TYPES) else 0.0
    kinds = {src.mention.kind} | ({tgt.mention.kind} if tgt else set())
    score += 0.1 if kinds <= NER_KINDS else 0.0
    score -= 0.1 if status != "occurred" else 0.0
    return round(max(0.05, min(score, 0.99)), 2)


def code(doc: Doc, actors: list[ActorMention], dateline: Actor | None = None, text: str | None = None,
         ground: tuple[str, ...] = ()) -> list[Candidate]:
    """Find, type and attach every event mention in ``doc`` (an article body); ``dateline`` is
    the state of the article's dateline, the host of an envoy summoned with no place named;
    ``ground`` the states the article is told from, which a place name several bear means
    (``places.lookup``)."""
    counting = lexicon().words["partitive"] | QUANTIFIERS
    for word in [doc[i] for i, pos in enumerate(doc.to_array("POS")) if pos in COUNTING_POS]:
        if (word.pos_ == "NUM" and word.like_num) or word.lemma_.lower() in counting:
            _lift_acts(word)
    return _Coder(doc, actors, dateline, text, ground).code()


def _lift_acts(partitive: Token) -> None:
    """Put what a word counts in its place in the parse ("held a round of talks" as "held talks",
    "launched a wave of strikes on X" as "launched strikes on X", "freed 20 of the prisoners"): the
    noun of its "of" takes its head, its label and its other words, and the counting word hangs on it."""
    of = next((c for c in partitive.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    acts = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if acts is None or acts.pos_ != "NOUN":
        return
    acts.head = acts if partitive.head.i == partitive.i else partitive.head
    acts.dep_ = partitive.dep_
    for child in [c for c in partitive.children if c.i != of.i]:
        child.head = acts
    partitive.head, partitive.dep_ = acts, "quantmod"

