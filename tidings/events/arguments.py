"""Arguments: the sources, targets and joint parties of a trigger, found in the parse, and who
reports it (the speaker).

Beyond the parse: a rejection of a claim or proposal targets its author, else whoever made it
in the clause or sentence it answers; an unattributed attack takes its author from a following
"the attack, claimed by X" and its target from where it happened ("near <city>"); an envoy
summoned or expelled in the agentless passive ("was summoned to the Foreign Office in
<capital>") was so by the state of that place or ministry, else by that of the dateline.
"""
from __future__ import annotations

from dataclasses import replace
from itertools import chain

from spacy.tokens import Doc, Span, Token

from tidings import places
from tidings.actors import ARMED_SECTORS, builtin, make_actor
from tidings.lexicon import NOT_AN_EVENT, RECEIVING, VERBAL_QUADS, Trigger
from tidings.records import Actor, ActorMention

from .grammar import (ABOUT, CONTACT_VERBS, LOCATIVE, PROMISING_VERBS, RAISING, REVENGE, SCHEDULED, SETTING_NOUNS,
                      SETTING_PREPS, SUBJECTS, agent_of, agentless, avenged, breadth, imminent,
                      infinitive, is_preposition, lemma_of, main_under_condition, marked, pos_of, promise_kept)
from .phrases import (DEFINITE, IMPERSONAL, PLACE_KINDS, STATE_SECTORS, Party, PhraseReader, bare_definite, distinct,
                      party_key, provenance, same_side)
from .status import act_type, decreed, is_saying, ruled_out, status_of
from .triggers import MESSAGES, match_trigger, patients_of

# Dependency labels, prepositions and event types that decide which words are arguments.
OBJECTS = {"dobj", "dative", "nsubjpass", "oprd"}
INVITATIONS = {"invitation", "invite"}
TRUCES = {"ceasefire", "truce", "calm", "de-escalation", "deescalation", "restraint", "peace"}  # a fight's end
VIOLENCE = {"violence", "bloodshed", "hostility", "clash", "killing"}  # what an end is called for to, beside fights
VISITING = {"visit", "tour"}  # verbs whose object is where one goes
ACQUIRING = {"acquire", "buy", "purchase", "procure"}  # verbs of getting goods "from" another, who gives them
GETTING = ACQUIRING | RECEIVING | {"get"}  # verbs whose "from" names who gives ("got an invitation from X")
QUALIFIERS = {"compound", "amod", "nmod"}  # words that qualify a noun ("the Chile-Peru dialogue")
TARGET_PREPS = {"with", "to", "on", "against", "toward", "towards", "upon"}
ALLIED_PREPS = {"alongside", "beside"}  # whom one acts with, never against
FORCE_PREPS = {"at", "into"}  # targets only of forceful acts ("fired at", "shells into")
FORCE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "PROTEST", "MOBILIZE"}
PATIENT_TYPES = {"ASSAULT", "COERCE", "SANCTION", "RETREAT", "AID"}
# withdrawals (CAMEO 087x), acts away from whom "from" names ("the withdrawal of X's troops from Y":
# from Y), where it names the author of others ("a call from Y", "the release of X from Y")
WITHDRAWAL_CAMEO = "087"
AWAY_PLACES = {"border", "frontier", "territory", "region", "zone", "soil", "land", "enclave", "province", "base",
               "position", "side", "waters", "airspace", "line", "corridor", "camp", "post",
               "port"}  # (with the &town and &stronghold sets) what forces withdraw from
DEEP_TYPES = {"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "SANCTION", "COERCE",
              "ASSAULT", "AID", "CONCEDE", "AGREE"}
DYAD_TYPES = {"ASSAULT"}  # with no target, aimed at the other side of the article's last conflict
OWN_PEOPLE_SECTORS = {"CVL", "OPP", "MED"}  # people a state holds, frees or silences: its own when unqualified
CAPTIVES = {"prisoner", "detainee", "inmate", "captive"}  # "released 75 political prisoners"
ARRESTING = {"arrest", "detain", "apprehend", "nab", "hold", "jail", "imprison", "sentence", "convict", "charge",
             "indict", "remand", "round"}  # how a state takes people into custody
PERSONS = {"man", "woman", "person", "suspect", "individual", "youth"}  # people of no kind the tables know
OFFENCE_WORDS = {"suspect", "suspicion", "accuse", "convict", "charge", "allege", "link", "involvement"}  # what
# people are held for
ALIENS = {"foreign", "undocumented", "illegal", "overseas", "alien", "expatriate"}  # people of another state
EXCHANGE_WORDS = {"exchange", "swap", "trade"}  # prisoners freed in a swap are the other party's
HURT_SECTORS = {"CVL", "MIL", "COP"}  # people a killing counts: of the place it happened in when no state is named
HANDING = {"hand", "deliver", "submit", "present", "send", "share"}  # verbs of handing a record over
GROUND = {"border", "frontier", "coast", "territory", "soil", "airspace", "waters"}  # a state's own ground
OCCUPY_CAMEO = "192"  # taking ground: of one's own villages, no attack on their people
DOMESTIC_TYPES = {"COERCE", "CONCEDE", "RETREAT"}  # acts a state does to the people of a place of its own ("a curfew
# in <town>", "lifted the curfew in <town>", "allowed access to <region>"); an attack only when it falls on where
# people live ("bombed a village in <region>", not "struck targets in <region>")
DWELLINGS = {"home", "house", "market", "hospital", "school", "mosque", "church", "temple", "monastery", "seminary",
             "madrassa", "madrasa", "wedding", "camp", "neighbourhood", "neighborhood"}
# Acts done on a territory: with no target, aimed at the country where they happen ("lifted a
# curfew in X", "fired at targets in <city>", "aid to refugees in X")
VENUE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "CONCEDE", "RETREAT", "MOBILIZE", "AID"}
RESOLUTIONS = frozenset({"resolution", "draft"})  # what a council votes on
TREATIES = frozenset({"accord", "agreement", "pact", "treaty"})  # what states make with each other
LEFTOVER = frozenset({"old", "unexploded", "leftover", "abandoned", "dud"})  # weapons left from a war, no attack
CROWD_PREPS = frozenset({"in", "at", "through", "across", "outside", "around"})  # where a crowd marches
STREETS = frozenset({"street", "road", "square", "centre", "center", "capital", "city", "town"})  # "of X" a crowd is in
BROKERING = frozenset({"mediate", "broker", "facilitate"})  # what a third party does for the sides of talks or a deal
VETO_CAMEO = "129"  # "vetoed", "blocked the resolution": a measure of another's stopped
ALLIED_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"}  # acts done with or for a party, never against it
COMPLEMENT_TYPES = {"AGREE", "REQUEST", "CONSULT"}  # "agreed to deepen ties with X"
STATEMENT_TYPES = {"ACCUSE", "REQUEST", "REJECT", "PROTEST", "THREATEN"}  # what a note or demarche states
REACTION_TYPES = {"SUPPORT", "ACCUSE", "REJECT"}  # welcoming, condemning, rejecting what another did
TOPIC_PREPS = {"on", "of", "about", "regarding", "over"}  # "the announcement on/about ...": what it tells of
CONTEXT_PREPS = {"during", "in", "at"}
STANCE_NOUNS = {"defiance", "protest", "opposition"}  # "in defiance of X": X is whom the act is against
# prepositions whose gerund is done by the subject of the verb they hang on ("after meeting B")
MANNER_PREPS = {"after", "before", "while", "by", "without", "upon", "since", "through", "despite"}
RECIPROCAL = {"other", "another"}  # "each other", "one another"
CALLING_ON = {"call", "prevail", "press", "count", "rely", "depend", "insist", "urge"}  # "called on X to act": X acts
PLACE_PREPS = {"in", "at", "near", "inside", "on", "across", "throughout", "around", "outside"}  # "an attack near
# <city>", "on its soil", "rallies across <country>"
RELATIONS = {"relation", "relationship", "tie"}  # nouns of the relations between parties
MISSION_PREPS = {"outside", "at", "near", "before", "opposite", "to"}  # where a protest is held at a mission ("marched to")
LEGAL_VERBS = {"charge", "convict", "sentence", "indict", "jail", "imprison", "prosecute", "designate"}  # acts of
# courts and treasuries on a person or firm, whose prepositions name the offence or penalty
EXPELLING = {"expel", "deport", "evict", "oust"}  # "were expelled from X": X expelled them
WITHHOLDING = frozenset({"delay", "postpone", "defer", "cancel", "block", "withhold", "freeze", "withdraw"})  # verbs by
# which aid is held back, by its giver or by another
OWED = frozenset({"debt", "arrears"})  # what a state owes ("wrote off X's debt": X is relieved of it)
CLAIMING = frozenset({"claim", "accept", "admit", "own", "take"})  # verbs of owning an act of violence ("claimed
# responsibility", "claimed the attack", "took responsibility")
CHARGING = frozenset({"accuse", "charge", "suspect", "convict", "arrest", "detain"})  # verbs of what people are held
# for ("accused of spying for X")
ADDRESSING = frozenset({"tell", "inform", "assure", "notify", "reassure", "warn"})  # verbs of saying to someone
TELLING_VERBS = frozenset({"say", "add", "state", "tell"})  # verbs whose clause tells what was said
SPEAKING_ACTS = frozenset({"accuse", "call", "urge", "warn", "demand", "condemn", "reject", "deny", "vow", "threaten",
                           "praise", "welcome", "blame", "criticise", "criticize", "appeal", "denounce",
                           "slam"})  # acts done in words, which a teller goes on to do after what it says
ANSWERING = frozenset({"retaliate", "respond", "react", "reply"})  # verbs whose "with" tells the answer's act
LEAVING = frozenset({"leave", "depart", "quit", "exit"})  # "ordered X to leave": X sent away
AFTER = {"after", "following"}  # "vowed revenge after X struck": what the vow answers
BRIEFING = frozenset({"brief", "apprise", "update", "inform"})  # verbs whose "on" names what one is told of
BORDERS = frozenset({"border", "frontier", "boundary"})
OPPOSING = frozenset({"oppose", "resist", "contest", "dispute", "question", "doubt", "fear"})  # verbs whose subject
# is against the act their object names
FIGHTS = frozenset({"exchange", "encounter", "gunfight", "firefight", "shootout", "skirmish"})  # "in an exchange of
# fire with X": fights named by no word of attack
CONCESSIVE = frozenset({"despite", "amid", "amidst", "notwithstanding"})  # "vowed to go on despite US pressure"
BOMBARDING = frozenset({"artillery", "aerial", "drone", "explosives"})  # modes of attacks that fall on ground from afar
BIDS = frozenset({"bid", "accession", "membership", "candidacy", "application"})  # "ratified X's bid": X's
BASES = frozenset({"warrant", "charge", "order", "request", "behalf", "basis", "instruction"})  # what an act rests on
MISSIONS = {"embassy", "consulate", "commission", "mission"}  # a state's missions abroad
DESTINATION_PREPS = {"to", "into"}  # "access to <region>", "aid into <city>": where an act goes
ASYLUM = ("seek", "&asylum")  # the pattern of seeking refuge, which asks the state it is sought in
INSTRUMENT_VERBS = {"use", "employ", "utilise", "utilize", "exploit"}  # "used X to ...": X is the means, not the doer
HOST_PREPS = {"to", "at", "in", "from"}  # "summoned to the Foreign Office in <capital>"
SHIELDING = {"protect", "shield", "defend", "guard", "save", "rescue", "spare"}  # verbs whose "from" names what
# their object is spared ("protected its citizens from X"), no party to the act
FINITE = {"VBD", "VBZ", "VBP"}  # tags of a verb that needs a subject
MISSIONS = frozenset({"embassy", "consulate", "mission", "office", "commission", "centre", "center"})  # a state's
# posts abroad, which a hostile act on them is aimed at
AGREEING = frozenset({"agree", "agreement"})  # "failed to agree on Taiwan": what is agreed on is no party
MEETING_SETTINGS = frozenset({"after", "following", "during"})  # "after talks with X, Y ...": Y's talks
STATEMENT_SENTENCES = 3  # how far back a rejected claim or offer with no author named looks for who made it


def doers_of(verb: Token) -> list[Token]:
    """The tokens that may name who does ``verb`` (``subjects_of``) but a passive's subject, which
    names whom it is done to."""
    return [s for s in subjects_of(verb) if s.dep_ != "nsubjpass"]


def _come_under(noun: Token) -> bool:
    """Whether an act noun is what its verb's subject "came under" ("came under attack by X")."""
    return noun.dep_ == "pobj" and lemma_of(noun.head) == "under" and lemma_of(noun.head.head) == "come"


def _phrase_of(word: Token, head: Token) -> bool:
    """Whether ``word`` is in the phrase of ``head`` with no clause between them ("assistance from
    A", not "the willingness shown by A")."""
    node = word
    while node.i != head.i and node.head.i != node.i:
        node = node.head
        if node.i != head.i and node.pos_ in ("VERB", "AUX"):
            return False
    return node.i == head.i


def _called(as_: Token, objs: list[Token]) -> list[Token]:
    """What an "as" names, with the object the parser may hang on the word after it ("rejected as
    baseless the Indian claims")."""
    return objs + [d for c in as_.children if c.dep_ == "pcomp" for d in c.children if d.dep_ == "dobj"]


def subjects_of(verb: Token) -> list[Token]:
    """Tokens that may name who does ``verb``, following control, conjunction and relatives."""
    own = [c for c in verb.children if c.dep_ in SUBJECTS
           or (c.dep_ == "dep" and c.pos_ == "PRON" and c.i < verb.i)]  # "... and both “declared ...”"
    own = own or [s for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i < verb.i
                  for s in a.children if s.dep_ in SUBJECTS]  # "X had on Sunday accused ...", the parser hanging
    # the subject on the auxiliary the day follows
    if own:
        return own
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ in ("relcl", "acl") and infinitive(verb) and head.dep_ in ("attr", "oprd"):
        return subjects_of(head.head)  # "X became the first country to recognise Y": X
    if verb.dep_ == "acl" and (keeping := promise_kept(verb)) is not None:
        return [c for c in head.children if c.dep_ == "poss" and c.pos_ != "PRON"] or subjects_of(keeping)  # "kept
        # its promise to free X": whoever kept it
    if verb.dep_ in ("xcomp", "advcl") and infinitive(verb):
        # "urged Iran to ...": the object; "scrambled jets to hit ...": else the subject
        if lemma_of(head) in INSTRUMENT_VERBS | CONTACT_VERBS | PROMISING_VERBS:
            return subjects_of(head)  # "using Afghan soil to launch attacks": not the soil
        for child in head.children:
            if child.dep_ in ("dobj", "dative"):
                return [child, *subjects_of(head)]
            if child.dep_ == "prep" and lemma_of(child) == "on" and lemma_of(head) in CALLING_ON:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs
            if child.dep_ == "nsubjpass" and (lemma_of(head) in SCHEDULED or (
                    lemma_of(head) in RAISING and not any(c.dep_ == "auxpass" for c in verb.children))):
                return [child]  # "X is expected to hold talks", "X is said to have attacked Y": X (not "X is
                # believed to have been killed by Y")
        return subjects_of(head)
    if _active_participle(verb):
        return [head]  # "Israeli strikes killed 30 people, X said", parsed as a participle of the strikes
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        # "militants attacking the convoy", "the envoy, while handing over aid, ...", else whoever
        # made the thing that does it ("X issued a statement demanding ...")
        return [head, *(subjects_of(head.head) if head.dep_ in ("dobj", "pobj") else [])]
    before = verb.doc[verb.i - 1] if verb.i else verb
    if (verb.dep_ == "advcl" and verb.tag_ == "VBG" and before.dep_ == "pobj" and before.pos_ in ("NOUN", "PROPN")
            and lemma_of(before.head) in ("against", "over")):
        return [before]  # "protested against X blocking the flight": X, whom the parser left to "against"
    if (joined := day_joined_subject(verb)) is not None:
        return [joined]  # "A freed X on Sunday and B released Y": B, whom the parser joined to the day
    if verb.dep_ in ("xcomp", "conj", "acomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        return subjects_of(head)
    if (frame := imminent(verb)) is not None:
        return subjects_of(frame)  # "X and Y are on the verge of signing a deal": X and Y
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and lemma_of(head) in MANNER_PREPS and head.head.i != head.i:
        return subjects_of(head.head)  # "A struck a calm tone after accusing B": A accused
    if (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and lemma_of(head) == "to"
            and head.head.dep_ in ("acomp", "xcomp", "oprd") and head.head.head.i != head.head.i):
        return subjects_of(head.head.head)  # "A is committed to lifting the ban": A lifts it
    if verb.dep_ == "relcl" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return [head]  # not "the envoy, who was summoned": the envoy is summoned, not summoning
    return []


def teller_of(verb: Token) -> Token | None:
    """The verb of telling whose next act in words a verb may be, the parser hanging it on what is
    told ("X said Y had shelled Z and accused W of ...": X's accusation, perhaps), or None."""
    head = verb.head
    if (verb.dep_ == "conj" and head.dep_ == "ccomp" and lemma_of(verb) in SPEAKING_ACTS and verb.tag_ == "VBD"
            and lemma_of(head.head) in TELLING_VERBS and lemma_of(head) not in SPEAKING_ACTS
            and not any(c.dep_ in SUBJECTS for c in verb.children)):
        return head.head
    return None


def day_joined_subject(verb: Token) -> Token | None:
    """The subject of a coordinated verb that the parser joined to the day before it ("A freed X on
    Sunday and B released Y": B, a conjunct of "Sunday")."""
    before = verb.doc[verb.i - 1] if verb.i else verb
    if verb.dep_ == "conj" and before.dep_ == "conj" and before.pos_ in ("NOUN", "PROPN", "PRON") \
            and before.head.ent_type_ in ("DATE", "TIME") and before.ent_type_ not in ("DATE", "TIME"):
        return before
    return None


def _active_participle(verb: Token) -> bool:
    """Whether the parser took a finite verb for a participle of the noun before it, which the verb
    has an object of its own to tell ("Israeli strikes killed 30 people, X said"), or which leaves
    the sentence with no verb of its own ("The newly appointed ambassador called on X", "FO called
    upon the world"; not a headline's "Iranian diplomats expelled from X", which drops its articles
    and its "were")."""
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.pos_ in ("NOUN", "PROPN")
            and (any(c.dep_ == "dobj" for c in verb.children) or (verb.head.dep_ == "ROOT" and any(
                (c.dep_ == "det" and c.lower_ in ("the", "a", "an")) or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                for c in (*verb.head.children, *verb.children)))))


def _posts(parties: list[Party]) -> list[Party]:
    """The states or bodies the envoys among ``parties`` are posted to ("its ambassador to X": X)."""
    return [Party(replace(p.mention, actor=p.mention.host, kind="org" if p.mention.host.org else "state", host=None),
                  deep=True) for p in parties if p.mention.host is not None]


def _with_whom(noun: Token) -> bool:
    """Whether a noun names its other party with "with" ("talks with X")."""
    return any(c.dep_ == "prep" and lemma_of(c) == "with" for c in noun.children)


class ArgumentReader(PhraseReader):
    """The arguments of the triggers of one body; ``dateline`` is the state of its dateline, ``ground``
    the states it is told from (``places.lookup``)."""

    def __init__(self, doc: Doc, actors: list[ActorMention], dateline: Actor | None = None, text: str | None = None,
                 ground: tuple[str, ...] = ()):
        super().__init__(doc, actors, text)
        self.dateline = dateline  # the state of the article's dateline place
        self.ground = ground
        self._according: dict[int, Token | None] = {}  # sentence start -> ``_according_to``

    def speaker(self, tok: Token) -> list[ActorMention]:
        """Who reports the clause holding ``tok``: subject of a saying verb above it, or "according to"."""
        for anc in tok.ancestors:
            if is_saying(anc, self.lex):
                for who in [*subjects_of(anc), agent_of(anc)]:
                    found = self.np(who, [])[0] if who is not None else []
                    if found:
                        return found
                return []
        if tok.sent.start not in self._according:  # looked for once a sentence: its triggers ask in turn
            self._according[tok.sent.start] = self._according_to(tok.sent)
        source = self._according[tok.sent.start]
        return self.np(source, [])[0] if source is not None else self._quoted_speaker(tok)

    def _according_to(self, sent: Span) -> Token | None:
        """The words a sentence says it is "according to", if it says so."""
        if "according" not in sent.text.lower():
            return None
        for prep in sent.root.subtree:
            if prep.lower_ == "according":  # (the model lemmatises it "accord")
                for to in prep.children:
                    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
        return None

    def _quoted_speaker(self, tok: Token) -> list[ActorMention]:
        """Who a quotation holding ``tok`` is given to, also over several sentences: the subject of
        the saying verb after its closing mark (“... ,” the spokesperson added) or before its opening,
        in its sentence or, when it opens one, in the sentence before ("X added: ... “...”")."""
        span = self.quotation(tok)
        if span is None:
            return []
        marks = [self.doc.char_span(k, k + 1, alignment_mode="expand") for k in span]
        if not all(marks):
            return []
        opening, closing = marks[0][0], marks[1][0]
        after = [t for t in closing.sent if t.i > closing.i]
        before = [t for t in opening.sent if t.i < opening.i][::-1]
        if not before and opening.sent.start > 0:  # a quotation opening a sentence: the one that introduces it,
            previous = self.doc[opening.sent.start - 1].sent  # in its paragraph
            if "\n" not in self.text[previous.end_char:opening.idx]:
                before = list(previous)[::-1]
        return self._teller(after + before)

    def last_speaker(self, tok: Token) -> list[ActorMention]:
        """Who makes a statement in ``tok``'s sentence or the two before it, nearest first: a clause
        the parse does not hang on a saying verb goes on with the statement around it."""
        return self._teller([t for sent in [tok.sent, *self._sentences_back(tok, 2)] for t in sent])

    def _teller(self, tokens: list[Token]) -> list[ActorMention]:
        """The actor named as subject of the first saying verb among ``tokens`` that has one."""
        for verb in (t for t in tokens if is_saying(t, self.lex)):
            for who in subjects_of(verb):
                found = self.np(who, [])[0]
                if found:
                    return found[:1]
        return []

    def verb_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[Party], list[Party], list[Party]]:
        """Sources, targets and joint parties ("signed between A and B") of a verb or adjective."""
        sources: list[Party] = []
        verb = tok.head if trig.pos == "ADJ" and tok.dep_ == "acomp" else tok
        subjects = subjects_of(verb)  # never the trigger's own passive subject; those of other verbs do it
        if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and subjects and all(
                lemma_of(s) in self.lex.words["proposal"] for s in subjects):
            subjects = subjects_of(verb.head.head)  # "X said the proposal was unfair and accused Y": X accused
        for subj in subjects:  # ("X is expected to hold talks", "troops shelling posts were spotted")
            sources = self.parties(subj, speaker, "direct" if subj.head == tok else "inherited")
            if sources:
                break
        agent = agent_of(tok) or next((c for a in tok.children if a.dep_ == "agent" for c in a.children
                                       if c.dep_ == "pcomp"), None)  # ("by Indian shelling", parsed a gerund)
        if not sources and agent is not None:
            sources = self.parties(agent, speaker) or (
                self._act_author(agent, speaker) if self._attack(agent) else [])  # "injured by Indian shelling"
        if not sources:  # "Israeli strikes killed ...": the author of the act that did it
            sources = next((found for subj in subjects if pos_of(subj) == "NOUN"
                            and (subj.head.i == verb.i or (_active_participle(verb) and subj.i == verb.head.i))
                            and self.lex.event_noun(lemma_of(subj))
                            for found in [self._act_author(subj, speaker)] if found), [])
        patients = [p for t in patients_of(tok, words) for p in self.parties(t, speaker)] if trig.host else []
        targets = patients or self.targets([tok, *words], trig, speaker, sources)
        if any(lemma_of(w) in TREATIES for w in words):  # "quit the Paris accord": named for a city, not with it;
            targets = [t for t in targets if t.mention.actor.sector != "BUS" and not (  # "ended its deal with a firm":
                t.mention.kind == "metonym" and self.doc[t.mention.head].dep_ == "compound")]  # no state's
        if trig.type == "ACCUSE" and len(targets) > 1:  # "lodged a WTO dispute against X": X, not the body it is
            bodies = {c.i for w in words for c in w.children if c.dep_ == "compound"  # lodged with
                      and (m := self.actors.at(c)) is not None and m.actor.org and not m.actor.country}
            targets = [t for t in targets if t.mention.head not in bodies] or targets
        own = {p.mention.actor.key for p in sources}
        if self.lex.quads.get(trig.type, 0) >= 3 and own >= {t.mention.actor.key for t in targets}:
            targets = [Party(m) for w in words if lemma_of(w) in MISSIONS and (m := self.actors.at(w)) is not None
                       and m.actor.key not in own] or targets  # "closed the Peruvian consulate in Arica": Peru's,
            # which the pattern's own word names (not the town it is in)
        if trig.type in REACTION_TYPES and own >= {t.mention.actor.key for t in targets}:
            targets = self._authored_by(tok, sources, speaker) or self._where_done(
                tok, sources, speaker, measures=True) or targets  # "condemned the sentence handed to X by a Y court":
            # Y's; "condemned the
            # detention of a Japanese businessman in China", "the crackdown on protesters in Georgia": a measure
            # by the state it was taken in (not "the killing of X in Y", which no one named did)
        if trig.type == "THREATEN" and not targets:
            targets = self._where_done(tok, sources, speaker, any_object=True)  # "threatened military
            # intervention in Niger"
        if not targets and sources and tok.dep_ == "ccomp" and lemma_of(tok.head) in ADDRESSING \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children) and any(
                    same_side(p.mention, s.mention) for c in subjects_of(tok.head) for p in self.parties(c, speaker)
                    for s in sources):
            targets = _not_own([p for c in tok.head.children if c.dep_ in ("dobj", "dative")
                                for p in self.parties(c, speaker)], sources)  # "told Peru that it would send aid":
            # what one tells another one will do oneself, one will do to him
        if trig.type == "THREATEN" and not targets and main_under_condition(tok):
            targets = _not_own([p for s in subjects_of(tok.head) for p in self.parties(s, speaker)], sources)
            # "threatened to close the port should Y strike", the parser hanging the threat on the condition: Y
        if trig.cameo == OCCUPY_CAMEO:  # "retook villages from X", "seized the town from X": X lost them
            taken = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]  # (the parse may hang "from
            losers = [p for w in [tok, *words, *taken] for c in w.children  # X" on the place the ground is in)
                      if c.dep_ == "prep" and lemma_of(c) == "from" for p in self._objects(c, speaker)]
            targets = _not_own(losers, sources) or targets
        avenged = self._avenged(tok) if trig.type in ("THREATEN", "ASSAULT") else []
        if avenged:  # "vowed to avenge the killing of its soldiers in the Indian strike": at the killers
            targets = _not_own([p for act in avenged for p in (
                self._act_author(act, speaker) if pos_of(act) == "NOUN"
                else [q for s in subjects_of(act) for q in self.parties(s, speaker, "inherited")])], sources)
        if trig.mode in ("persons", "judicial") and len(targets) > 1:  # "handed over the militants to X",
            # "extradited a Peruvian to X": to X, whose they were not
            targets = [t for t in targets if t.mention.head not in {c.i for c in tok.children if c.dep_ == "dobj"}] \
                or targets
        if targets and own >= {t.mention.actor.key for t in targets}:  # "froze US aid to X", "withdrew its troops from X"
            posts = _posts(targets) if trig.host == "envoy" else []  # "recalled its ambassador to X"
            targets = (posts or self._recipients(tok, speaker)
                       or self._moved(tok, own, speaker, away=lemma_of(tok) not in SHIELDING) or targets)
        if sources and not targets and trig.type == "ASSAULT":
            targets = _not_own(self._harmed_then(tok, speaker), sources)
        if not sources and trig.type == "CONSULT" and targets and all(t.mention.host for t in targets):
            sources, targets = targets, _posts(targets)  # "(who) led the Chilean delegation to Lima": Chile's, in Peru
        if sources and not targets and not trig.slots:  # the pattern's own object when it names a party
            targets = _not_own([p for w in words if w.dep_ == "dobj" and self.actors.at(w) is not None
                                for p in self.parties(w, speaker)], sources)  # ("evacuated the settlements in Gaza")
        if sources and not targets and trig.type in ALLIED_TYPES | {"RETREAT", "CONCEDE"} \
                and (keeping := promise_kept(tok)) is not None:
            targets = _not_own([p for h in (keeping, *(c for c in keeping.children if c.dep_ == "dobj"))
                                for c in h.children if c.dep_ == "prep" and c.lower_ == "to"
                                for p in self._objects(c, speaker)], sources)  # "kept its promise to X to supply
            # wheat": to X
        if sources and not targets and trig.mode == "visit":  # "visited Kolkata": India
            targets = _not_own([Party(m, False, deep=True) for c in tok.children if c.dep_ == "dobj"
                                for m in [self._place(c, speaker)] if m is not None], sources)
        if sources and not targets and trig.type in VENUE_TYPES and not avenged:  # (not "avenge the killing
            targets = self._venue_of(tok, trig, sources, speaker)  # of X in Tehran": no one of Tehran's)
        if sources and not targets and trig.words == ASYLUM:  # "sought asylum in X": X is
            targets = [t for t in self._venue(tok, speaker)  # asked (not one's own country)
                       if not any(t.mention.actor.country == s.mention.actor.country for s in sources)]
        if sources and not _not_own(targets, sources) and trig.type == "CONSULT":  # the gathering's host (not
            targets = (self._gathering_host(tok, {p.mention.actor.key for p in sources}, speaker)  # one's own
                       or _posts(sources))  # delegation); "the Chilean embassy in Lima hosted a reception": an
            # envoy's gathering is with the state it is posted to
        agentless_passive = agent is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        if not sources and agentless_passive:  # "X was hit with new US sanctions": the measure's owner's, at X
            measures = [w for w in words if pos_of(w) == "NOUN" and w.dep_ == "pobj" and w.head.lower_ == "with"]
            sources = [p for w in measures for c in w.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                       for p in self.parties(c, speaker, "inherited")] or [
                p for w in measures for c in w.children if c.dep_ == "prep" and c.lower_ == "by"
                for p in self._objects(c, speaker)]  # ("... with fresh sanctions by Japan")
            targets = _not_own(targets, sources)
        if not sources and agentless_passive:  # "X was declared persona non grata by Y", the parser hanging
            sources = [p for c in tok.children if c.dep_ in ("oprd", "dobj")  # "by Y" in the complement
                       for b in c.subtree if b.dep_ == "prep" and b.lower_ == "by" for p in self._objects(b, speaker)]
            sources = sources or [p for c in tok.children if lemma_of(tok) in EXPELLING and c.dep_ == "prep"
                                  and c.lower_ == "from" for p in self._objects(c, speaker)
                                  if p.mention.kind in PLACE_KINDS]  # "X were expelled from Norway": by Norway
            sources = sources or [p for x in tok.children if x.dep_ == "xcomp" and lemma_of(x) in LEAVING
                                  and trig.words[-1] in LEAVING for o in x.children if o.dep_ == "dobj"
                                  for p in self.parties(o, speaker) if p.mention.kind in PLACE_KINDS]  # "X was asked
            # to leave Norway": by Norway
            targets = _not_own(targets, sources)
        if not sources and agentless_passive and trig.type == "ASSAULT":  # "three soldiers were martyred in an
            sources = self._fought_with(tok, speaker)  # exchange of fire with militants": by the militants
            targets = _not_own(targets, sources)
        if trig.host and not sources and agentless_passive:
            sources = self._host(tok, {t.mention.actor.key for t in targets}, speaker, trig.type == "COERCE")
        if not sources and agentless_passive and decreed(tok, trig, self.lex):  # "X announced that tariffs
            # will be imposed on Y": X's
            sources = next((found for s in subjects_of(tok.head) for found in [self.parties(s, speaker)] if found), [])
        if not sources and agentless_passive and trig.type == "REQUEST" and speaker and any(
                c.dep_ == "xcomp" for c in tok.children):  # "X said Y had been asked to act": by X
            sources = [Party(speaker[0], deep=True)]
        if not sources and tok.dep_ == "acl" and decreed(tok, trig, self.lex):  # "X's decision to lift the
            sources = self._act_author(tok.head, speaker)  # sanctions": X's
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        if not sources and not subjects and not passive and tok.tag_ in FINITE:
            sources = self._stranded_subject(tok, speaker)
        if not sources and trig.pos == "VERB" and not passive and all(  # "he said it would ...": the speaker
                (s.pos_ == "PRON" and s.tag_ not in ("WP", "WDT") and not self.in_own_words(s))
                or s.dep_ in ("dobj", "pobj") for s in subjects):  # (not "guerrillas who overran it": theirs)
            sources = [Party(m, False) for m in speaker[:1]]
        if not sources and subjects and all(lemma_of(s) in self.lex.words["document"] | self.lex.words["body"]
                                            for s in subjects):  # "the statement condemned ...", "the mission
            sources = [Party(m, False) for m in (speaker or self.last_speaker(tok))[:1]]  # demanded ..., it said"
        parties = [p for w in [tok, *(w for w in words if pos_of(w) == "NOUN")]  # ("talks between A and B were
                   for c in w.children if c.dep_ == "prep" and lemma_of(c) == "between"  # held")
                   for obj in c.children if obj.dep_ == "pobj" for p in self.parties(obj, speaker)]
        if not sources and not parties and agentless_passive and trig.joint:  # "the Chile-Peru dialogue was held"
            parties = self._qualifying_states([w for w in words if pos_of(w) == "NOUN"])
        if not targets and lemma_of(tok) in ACQUIRING:  # "acquired howitzers from X", the parser hanging "from X"
            targets = [p for o in tok.children if o.dep_ == "dobj" for c in o.children  # on the howitzers
                       if c.dep_ == "prep" and lemma_of(c) == "from" for p in self._objects(c, speaker)]
        givers = [t for t in targets if 0 <= t.mention.head < len(self.doc)
                  and self.doc[t.mention.head].head.lower_ == "from"]
        if givers and (lemma_of(tok) in self.lex.words["receive"] | ACQUIRING) and (
                "from" in trig.words or (trig.words[:2] == ("come", "under") and len(givers) == len(targets))
                or lemma_of(tok) in GETTING):
            sources, targets = givers, sources  # "X received a call from Y": Y called X; "X came under fire from
            # Y", "X acquired jets from Y", "received an invitation from Y to attend the G7 summit": Y's
        return sources, targets, parties

    def _complained_of(self, verb: Token, speaker) -> list[Party]:
        """Whom the "against" of a verb carrying a complaint names, on the verb or on the body it is
        made to ("filed a complaint with the WTO against X's duties": X)."""
        hung = [*verb.children, *(g for p in verb.children if p.dep_ == "prep" for o in p.children
                                  if o.dep_ == "pobj" for g in o.children)]
        return [p for c in hung if c.dep_ == "prep" and c.lower_ == "against" for o in c.children if o.dep_ == "pobj"
                for p in self.parties(o, speaker, "inherited") or self._act_author(o, speaker)]

    def _fought_with(self, verb: Token, speaker) -> list[Party]:
        """Who fought the fight a passive harm happened in ("three soldiers were martyred in an
        exchange of fire with militants": the militants), as its own "with" or "by" names them."""
        fights = [f for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "during") for f in c.children
                  if (f.dep_ == "pobj" and (lemma_of(f) in FIGHTS or "ASSAULT" in self.lex.event_types(lemma_of(f))))
                  or (f.dep_ == "pcomp" and lemma_of(f) in FIGHTS | {"fire", "firing", "shelling"})]
        words = [w for f in fights for w in (*f.children, *(g for o in f.children if o.dep_ == "prep"
                                                            and o.lower_ == "of" for x in o.children for g in x.children))]
        return [p for w in words if w.dep_ == "prep" and w.lower_ in ("with", "by", "from")
                for p in self._objects(w, speaker) if w.lower_ != "from" or p.mention.actor.sector in ARMED_SECTORS | {
                    "GOV", None}]  # ("injured in firing from the Afghan side": by that side)

    def settled_where(self, tok: Token, words: list[Token], own: set[str]) -> list[Party]:
        """The state where a ceasefire or an end to fighting is called for ("called for a ceasefire
        in Sudan", "an end to the violence in X": X; not "peace talks in Geneva", a venue, nor "an
        end to the blockade in Gaza", which another imposes), but for ``own``."""
        fights = self.lex.sets["&fight"] | VIOLENCE
        return [p for w in [tok, *words] for c in w.children if c.dep_ == "prep"
                for o in c.children if o.dep_ == "pobj" and lemma_of(o) in self.lex.words["settle"]
                and "CONSULT" not in self.lex.event_types(lemma_of(o)) and (
                    lemma_of(o) in TRUCES or any(lemma_of(f) in fights for p in o.children if p.dep_ == "prep"
                                                 for f in p.children if f.dep_ == "pobj"))
                for p in self._venue(o, []) if p.mention.actor.key not in own]

    def _hostile(self, noun: Token) -> bool:
        """Whether a noun names an act of material conflict ("war", "offensive", "strikes")."""
        return lemma_of(noun) in self.lex.sets["&fight"] or any(
            self.lex.quads.get(kind, 0) == 4 for kind in self.lex.event_types(lemma_of(noun)))

    def _qualifying_states(self, nouns: list[Token]) -> list[Party]:
        """The two or more states that qualify a noun of a joint act ("the Chile-Peru strategic
        dialogue", parsed as modifiers of modifiers); none when fewer are named."""
        found: list[ActorMention] = []
        queue = [c for n in nouns for c in n.children if c.dep_ in QUALIFIERS]
        while queue:
            word = queue.pop(0)
            found += [m for m in [self.actors.at(word)] if m is not None and m.kind in PLACE_KINDS | {"demonym"}]
            queue += [c for c in word.children if c.dep_ in QUALIFIERS]
        found = distinct(found)
        return [Party(m, False) for m in found] if len({m.actor.key for m in found}) > 1 else []

    def _gathering_host(self, verb: Token, own: set[str], speaker) -> list[Party]:
        """Whom one meets by attending a gathering ("attended the summit hosted by X", "the X-hosted
        summit", "attended the conference in <capital>") or leading a delegation to it ("will lead the
        delegation to the summit in X"): its host, else the country where it is held."""
        if lemma_of(verb) in self.lex.words["attend"]:
            gatherings = [c for c in verb.children if c.dep_ == "dobj"]
        elif any(c.dep_ == "dobj" and lemma_of(c) == "delegation" for c in verb.children):
            gatherings = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
                          for o in p.children if o.dep_ == "pobj"]
        else:
            return []
        for gathering in gatherings:
            if "CONSULT" not in self.lex.event_types(lemma_of(gathering)):
                continue
            for found in (self._act_author(gathering, speaker), self._venue(gathering, speaker)):
                found = [p for p in found if p.mention.actor.key not in own]
                if found:
                    return found
        return []

    def _recipients(self, verb: Token, speaker) -> list[Party]:
        """Whom the thing a verb acts on is for or aimed at: the "to"/"for"/"against" of its object
        ("froze its aid to X", "lifted its ban on imports from X")."""
        return [p for obj in verb.children if obj.dep_ in OBJECTS for prep in obj.children
                if prep.dep_ == "prep" and lemma_of(prep) in TARGET_PREPS | {"for", "from"}
                for p in self._objects(prep, speaker)]

    def _moved(self, verb: Token, own: set[str], speaker, away: bool = True) -> list[Party]:
        """Whom a verb acting on one's own thing aims at: the other party it goes to or with, or
        (if ``away``) the state it is taken from ("offered its help to X", "withdrew its troops from
        X"; not "protected its citizens from X")."""
        found = []
        for prep in verb.children:
            if prep.dep_ not in ("prep", "dative") or lemma_of(prep) not in TARGET_PREPS | ({"from"} if away else set()):
                continue
            objs = self._left(prep) if lemma_of(prep) == "from" else [o for o in prep.children if o.dep_ == "pobj"]
            objs += [n for o in objs if lemma_of(o) in GROUND for w in o.children if w.dep_ == "prep"
                     and lemma_of(w) == "with" for n in w.children if n.dep_ == "pobj"]  # "to its border with X": X
            found += [p for o in objs for p in self.parties(o, speaker, "inherited") if p.mention.actor.key not in own]
        return found

    def _left(self, prep: Token) -> list[Token]:
        """The objects of a "from" that name what is left: a party or a place ("from X", "from the
        Peruvian border", "from the border with X"), not an accord or an act ("withdrew from a deal
        between X and Y", "from the Iranian nuclear deal")."""
        places = AWAY_PLACES | self.lex.sets["&town"] | self.lex.sets["&stronghold"]
        return [o for o in prep.children if o.dep_ == "pobj" and (
            self.actors.at(o) is not None or {lemma_of(o), o.lower_, o.lower_.removesuffix("s")} & places)]
        # (the model takes "bases" for the plural of "basis")

    def _objects(self, prep: Token, speaker) -> list[Party]:
        """The parties a preposition's objects name."""
        return [p for obj in prep.children if obj.dep_ == "pobj" for p in self.parties(obj, speaker, "inherited")]

    def _harmed_then(self, verb: Token, speaker) -> list[Party]:
        """Who was harmed when an attack with no target of its own took place: the passive subject
        of the harm its "when" clause times ("two of its soldiers were wounded when X opened fire")."""
        harm = verb.head
        if verb.dep_ != "advcl" or not any(c.lower_ == "when" for c in verb.children) or harm.i == verb.i:
            return []
        hit = match_trigger(harm, self.lex, set())
        if hit is None or hit[0].type != "ASSAULT":
            return []
        return [p for s in harm.children if s.dep_ == "nsubjpass" for p in self.parties(s, speaker, "inherited")]

    def _stranded_subject(self, verb: Token, speaker) -> list[Party]:
        """The actors right before a finite verb the parser left without a subject, which it hung
        elsewhere ("in talks in Lima, Chile and Peru discussed ..." with Chile as a
        conjunct of Lima): the first of a coordinated list of actors; the actor a past-tense verb is
        hung on as its modifier ("Chile, which borders Peru, called for ..." parsed with "called" an
        ``acl`` of Chile)."""
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i and self.actors.at(verb.head) is not None:
            return self.parties(verb.head, speaker, "inherited")
        k = verb.i - 1
        while k > verb.sent.start and (self.doc[k].pos_ in ("ADV", "AUX", "PART") or self.doc[k].is_quote):
            k -= 1
        tok = self.doc[k]
        if self.actors.at(tok) is None:
            tok = self._participle_subject(tok, verb)
            if tok is None:
                return []
        while tok.dep_ == "conj" and self.actors.at(tok.head) is not None:
            tok = tok.head
        return self.parties(tok, speaker, "inherited")

    def _participle_subject(self, tok: Token, verb: Token) -> Token | None:
        """The actor a participle phrase before ``verb`` tells of, when the phrase ends at ``tok``
        ("X police shooting from a bridge wounded ..." parsed with "police" the subject of
        "shooting")."""
        node = tok
        while node.tag_ != "VBG" and node.head.i != node.i and node.head.i < verb.i:
            node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None) if node.tag_ == "VBG" else None
        return subject if subject is not None and self.actors.at(subject) is not None else None

    def _act_author(self, noun: Token, speaker, by_only: bool = False) -> list[Party]:
        """Who does the act an event noun names: its possessor or qualifier ("Israel's strikes",
        "Israeli strikes"), or (alone if ``by_only``) the object of its "by" ("strikes by Israel")."""
        for child in noun.children:
            if child.dep_ in ("poss", "amod", "compound", "nmod") and not by_only:
                found = self.parties(child, speaker, "inherited")
            elif child.dep_ == "prep" and lemma_of(child) == "by":
                found = self._objects(child, speaker)
            elif child.dep_ == "prep" and lemma_of(child) == "of":
                found = self._by_on_object(child, speaker)
            elif (child.dep_ == "acl" and agent_of(child) is not None  # "the summit hosted by X", not
                  and (lemma_of(child) in self.lex.words["stage"] | {"host", "carry"}  # "the raid reported by X";
                       or lemma_of(noun) in self.lex.words["proposal"])):  # "the allegations made by X": X's
                found = self.parties(agent_of(child), speaker, "inherited")
            else:
                continue
            if found:
                return found
        return self._by_on_verb(noun, speaker)

    def _probed(self, noun: Token, speaker) -> list[Party]:
        """Whom an investigation "into" acts looks at, when it names no party itself: the acts'
        author ("into war crimes committed by X's forces"), else the state where they were done
        ("into crimes against humanity in X")."""
        acts = self.acts_under(noun, ("into",))
        return self.acts_doers(acts, speaker) or [
            Party(m, False, deep=True) for a in acts for p in a.children if p.dep_ == "prep" and lemma_of(p) == "in"
            for o in p.children if o.dep_ == "pobj" for m in [self._place(o, speaker)] if m is not None]

    def acts_under(self, head: Token, preps: tuple[str, ...]) -> list[Token]:
        """The nouns, no party themselves, that ``preps`` on ``head`` introduce ("an investigation
        into war crimes", "a protest over the shots"): the acts a word is about."""
        return [o for p in head.children if p.dep_ == "prep" and lemma_of(p) in preps for o in p.children
                if o.dep_ == "pobj" and self.actors.at(o) is None]

    def acts_doers(self, acts: list[Token], speaker) -> list[Party]:
        """Who did ``acts``, told in a participle with its agent ("the shots fired by X": X)."""
        return [p for a in acts for c in a.children if c.dep_ == "acl" for agent in [agent_of(c)]
                if agent is not None for p in self.parties(agent, speaker, "inherited")]

    def _by_on_verb(self, noun: Token, speaker) -> list[Party]:
        """The actor after the object of an active verb that the parser hung on the verb with "by",
        who does the act the object names ("protested the detention of X by Y": Y detained)."""
        verb = noun.head
        if noun.dep_ != "dobj" or any(c.dep_ == "auxpass" for c in verb.children):
            return []
        return [p for c in verb.children if c.dep_ == "prep" and lemma_of(c) == "by" and c.i > noun.i
                for o in c.children if o.dep_ == "pobj" and self.actors.at(o) is not None for p in self.parties(o, speaker)]

    def _bodies_named(self, qualifier: Token) -> list[Token]:
        """The words of a qualifier that name a state (or its people) or an organisation, not a person
        or an office ("the Chile-Peru Business Forum": Chile, Peru; "Peruvian prisoners": Peru)."""
        words = [qualifier, *(c for c in qualifier.children if c.dep_ == "compound" or (
            c.dep_ == "amod" and qualifier.dep_ == "compound"))]  # ("took 20 Ukrainian soldiers hostage")
        return [w for w in words if (found := self.actors.at(w)) is not None
                and found.kind in PLACE_KINDS | {"org", "demonym"}]

    def _movers(self, of: Token, trig: Trigger) -> list[Token]:
        """Who moves in an act of moving, as the objects of its "of" name them: the visitor ("the
        visit of X to Y"), who withdraws or whose forces ("the withdrawal of X from Y", "of X's
        troops from Y"; a release of prisoners is no withdrawal)."""
        objs = [o for o in of.children if o.dep_ == "pobj"]
        if trig.mode == "visit":
            return objs
        if not trig.cameo.startswith(WITHDRAWAL_CAMEO):
            return []
        forces = self.lex.sets["&military"] | self.lex.sets["&pko"]
        return [o for o in objs if lemma_of(o) in forces or (  # (not "of its ambassador": a recall)
            (m := self.actors.at(o)) is not None and m.kind in ("state", "group", "org", "demonym", "metonym"))]

    def _by_on_object(self, of: Token, speaker) -> list[Party]:
        """The doer of an act named through the object of its "of" (or "on"), on which the parser hung
        the "by" ("recognition of X by Y", "the attack on X by Y": Y)."""
        return [p for obj in of.children if obj.dep_ == "pobj" for by in obj.children
                if by.dep_ == "prep" and lemma_of(by) == "by" for p in self._objects(by, speaker)]

    def _acts_told(self, noun: Token) -> list[Token]:
        """The acts a noun names or tells of: an event noun itself, else the event nouns its
        "on"/"of"/"about" introduces ("the announcements on recognition of X")."""
        if self.lex.event_noun(lemma_of(noun)):
            return [noun]
        return [obj for prep in noun.children if prep.dep_ == "prep" and lemma_of(prep) in TOPIC_PREPS
                for obj in prep.children if obj.dep_ == "pobj" and pos_of(obj) == "NOUN"
                and self.lex.event_noun(lemma_of(obj))]

    def _host(self, tok: Token, targets: set[str], speaker, coerced: bool = False) -> list[Party]:
        """The state that summoned or expelled an envoy (``targets``) in an agentless passive: the
        place or ministry he was called to ("to the Foreign Office in <capital>", "in <capital>"),
        else the state of the dateline. A place named outranks a ministry's assumed country. For
        one ``coerced`` (arrested, deported), "to" names where he was sent, not who sent him."""
        downed = any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)  # "shot down over X": by X
        preps = [c for c in tok.children if c.dep_ == "prep" and lemma_of(c) in HOST_PREPS | ({"over"} if downed else set())]
        if coerced:  # "deported to X from Y": Y, which the parse may hang on X
            preps = [p for c in preps for p in ([c] if lemma_of(c) != "to" else
                                                 (q for o in c.children for q in o.children if q.dep_ == "prep"
                                                  and lemma_of(q) in HOST_PREPS - {"to"}))]
        objs = [o for c in preps for o in c.children if o.dep_ == "pobj"]
        places_named = (self._place(inner, speaker) for obj in objs for inner in [obj, *breadth(obj)])
        orgs = (m for m in map(self.actors.at, objs) if m is not None and m.kind == "org")
        for found in chain(places_named, orgs):
            if found is not None and found.actor.key not in targets:
                return [Party(found, False, deep=True)]
        if downed and (told := [m for m in speaker if m.actor.country and m.actor.key not in targets
                                and m.actor.sector in ("MIL", "GOV")]):
            return [Party(told[0], deep=True)]  # "drones were shot down near the border, the army said": its own
        if self.dateline is None or self.dateline.key in targets:
            return []
        # no words name it: the mention is the trigger's, as the dateline stands behind the verb
        return [Party(self._dateline_at(tok), deep=True)]

    def targets(self, heads: list[Token], trig: Trigger, speaker, sources: list[Party] = ()) -> list[Party]:
        """Direct objects and prepositional targets of the trigger words, else deeper actors: the
        first that is not on the side of the act's ``sources`` ("assured she would work for better
        A-B relations": B, not she)."""
        measures = [w for w in heads[1:] if pos_of(w) == "NOUN"] if (
            trig.cameo == VETO_CAMEO or (trig.type == "ACCUSE" and lemma_of(heads[0]) in OPPOSING)) else []
        if trig.cameo == VETO_CAMEO and any(lemma_of(w) in RESOLUTIONS for w in measures or [
                c for c in heads[0].children if c.dep_ == "dobj"]):  # "vetoed a US-sponsored resolution on X at the
            return self._deciding_body(heads[0])[:1]  # Security Council": the council's, whoever drafted it
        if measures:  # "blocked the EU's sanctions package against X", "Sweden's bid", "a move by X", "opposed
            # X's restrictions on Y", "the Peruvian decision": whose it is, never whom it aims at ("blocked sanctions on
            # X"); a body's ("a UN Security Council resolution")
            owners = [p for w in measures for c in w.children
                      if (c.dep_ == "poss" or ((m := self.actors.at(c)) is not None and (
                          (c.dep_ in ("compound", "nmod") and ((m.actor.org and not m.actor.country)
                                                               or m.kind in ("state", "metonym")))
                          or (c.dep_ == "amod" and m.kind in ("state", "demonym")))))
                      for p in self.parties(c, speaker, "inherited")]
            owners += [p for w in measures for c in w.children if c.dep_ == "prep" and lemma_of(c) in (
                "by", *(("of",) if trig.type == "ACCUSE" else ())) for p in self._objects(c, speaker)]  # ("the
            # decision of the WTO")
            return owners
        direct: list[Token] = []
        deep: list[Token] = []
        withdrawal = trig.cameo.startswith(WITHDRAWAL_CAMEO)
        spared = lemma_of(heads[0]) in SHIELDING and any(c.dep_ in OBJECTS and c not in heads for c in heads[0].children)
        for head in heads:
            for child in head.children:
                if is_preposition(head) and child.dep_ in ("pobj", "pcomp"):
                    if lemma_of(heads[0]) in LEGAL_VERBS:
                        continue  # "charged X with hacking": the offence
                    if not (spared and lemma_of(head) == "from"):  # "protect its citizens from X": they
                        direct.append(child)  # are spared X (not "won support from X")
                elif child.dep_ in OBJECTS and child not in heads:
                    if head is heads[0] and lemma_of(head) in self.lex.words["topic"]:  # what is discussed is no
                        direct.extend(o for p in child.children if p.dep_ == "prep" and lemma_of(p) == "with"
                                      for o in p.children if o.dep_ == "pobj")  # party ("discussed trade with X":
                    else:  # the parser hangs "with X" on the topic)
                        direct.append(child)
                elif child.dep_ == "prep" and child not in heads and not _fronted(child):
                    if trig.type == "REQUEST":  # "made demands, including that X withdraw": X is asked
                        clauses = [c for c in child.children if c.dep_ == "pcomp"
                                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
                        direct.extend(s for c in clauses for s in c.children
                                      if s.dep_ == "nsubj" and self.actors.at(s) is not None)
                    objs = [c for c in child.children if c.dep_ == "pobj" and lemma_of(c) not in SETTING_NOUNS
                            and not any(is_saying(a, self.lex) for a in c.children)]  # ("with its minister saying")
                    prep = lemma_of(child)
                    if _offence(child) and trig.type in ("COERCE", "ASSAULT"):
                        objs = []  # "arrested X on suspicion of spying for Y": what X is held for, not Y
                    if prep == "into" and trig.cameo.startswith("09"):  # "an investigation into X": X, named;
                        deep.extend(o for o in objs if self.actors.at(o) is None and any(  # into an act, its
                            c.dep_ in ("poss", "amod", "compound") and self.actors.at(c) is not None  # author
                            for c in o.children))  # ("into X's treatment of Y"; not "into the death of a Y")
                        objs = [o for o in objs if self.actors.at(o) is not None]
                    if prep == "from" and withdrawal:
                        objs = [o for o in self._left(child) if lemma_of(o) not in SETTING_NOUNS]
                    if prep == "of" and head is heads[0]:
                        movers = self._movers(child, trig)  # who moves is a source (``noun_args``); where
                        # to or from, the parser may hang on them
                        direct.extend(o for mover in movers for p in mover.children if p.dep_ == "prep"
                                      and lemma_of(p) == ("from" if withdrawal else "to")
                                      for o in p.children if o.dep_ == "pobj")
                        objs = [o for o in objs if o not in movers
                                and not (withdrawal and self.actors.at(o) is not None)]  # ("of its ambassador")
                    if prep == "of" and pos_of(head) == "NOUN":  # "tariffs of 25 percent on X", "a loan of $2
                        direct.extend(o for amount in objs if _amount(amount) for p in amount.children  # billion
                                      if p.dep_ == "prep" and lemma_of(p) in TARGET_PREPS  # to X": the parser
                                      for o in p.children if o.dep_ == "pobj")  # hangs whom on the amount
                    if prep == "with" and trig.type in ("ASSAULT", "COERCE") and any(
                            c.dep_ == "dobj" and c not in heads and self.actors.at(c) is None
                            and lemma_of(c) not in self.lex.sets["&fight"] for c in head.children):
                        objs = []  # "to fight terrorism with X": side by side with X (not "fought with X",
                        # "fought a war with X")
                    if (prep in DESTINATION_PREPS and head is heads[0] and trig.type in REACTION_TYPES
                            and trig.pos == "VERB" and trig.words[-1] not in DESTINATION_PREPS and any(
                                c.dep_ == "dobj" and c.i < child.i and c not in heads and lemma_of(c) not in MESSAGES
                                and self.lex.event_noun(lemma_of(c)) for c in head.children)):
                        objs = []  # "condemned X's deportation of Y to Z": where the act went, which the parser
                        # hangs on the verb (not "conveyed a protest note to X": whom it is addressed to)
                    if prep in ("on", "under") and any(lemma_of(o) in BASES for o in objs):
                        objs = []  # "arrested X on an ICC warrant": what the act rests on, not whom it is at
                    if prep in ("on", "about") and head is heads[0] and lemma_of(head) in BRIEFING:
                        objs = []  # "briefed X on India's posture": what X was told of, no party
                    if (trig.type == "CONSULT" or lemma_of(heads[0]) in AGREEING) and prep in TOPIC_PREPS - {"of"} | ABOUT:
                        objs = [w for o in objs for w in self._met_on(o)]  # "an emergency meeting on the clashes
                        # between A and B": what is discussed, no party
                    if prep in ("on", "for") and head is heads[0] and any(
                            c.dep_ == "dobj" and self.actors.at(c) is not None for c in head.children):
                        objs = []  # "congratulated X on the conclusion of the SCO meeting": the occasion
                    if lemma_of(heads[0]) in LEGAL_VERBS and prep in ("with", "of", "for", "to", "over", "on"):
                        objs = []  # "charged X with hacking into Y's networks", "sentenced X to death": the
                        # offence or the penalty, not a party
                    if prep in TARGET_PREPS:  # "attaches importance to its relations with X": X, not its own
                        objs = [w for o in objs for w in (_partners(o) or [o])]
                    if _kept_from(child, head) or (prep == "against" and trig.type in ALLIED_TYPES):
                        pass  # "protect its citizens from X", "defend its rights against X": X is what they are kept
                        # from; cooperation "against X" (aid, support, a pact) is with others, not with X (but
                        # lifting sanctions against X, the undoing of a hostile act, is towards X)
                    elif (prep in TARGET_PREPS or (prep in FORCE_PREPS and trig.type in FORCE_TYPES)
                            or (prep == "into" and objs and trig.cameo.startswith("09"))
                            or (prep == "of" and head.pos_ == "NOUN" and trig.type in PATIENT_TYPES)
                            or (prep == "of" and trig.type == "PROTEST" and lemma_of(head) in self.lex.words["emblem"])
                            or (prep == "from" and withdrawal)
                            or (prep == "of" and withdrawal and head.lower_ == "out"
                                and all(self.actors.at(o) is not None for o in objs))):  # ("pulled out of X", not
                        # "of the accord with X")
                        direct.extend(objs)
                        warned = prep == "against" and any(c.dep_ == "dobj" and self.actors.at(c) is not None
                                                           for c in head.children)  # ("warned X against
                        if prep in TARGET_PREPS and not warned:  # deploying troops to Y": X, not Y); and the act
                            direct.extend(c for c in child.children if c.dep_ == "pcomp"  # it is to: "commitment
                                          and not is_saying(c, self.lex))  # to deepening trade with X" (not "with
                            # its spokesman saying ...")
                    elif (prep == "as" and head is heads[0] and trig.type in REACTION_TYPES
                          and not any(c.dep_ == "dobj" for c in head.children)
                          and any(lemma_of(o) in self.lex.words["proposal"] for o in _called(child, objs))):
                        direct.extend(_called(child, objs))  # "rejected as baseless Indian allegations that ...":
                        # the allegations, parsed as what they are called (or as the object of "baseless")
                    elif (prep == "by" and head is heads[0] and trig.type in REACTION_TYPES
                          and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
                          and any(c.dep_ == "dobj" and lemma_of(c) in self.lex.words["proposal"] for c in head.children)):
                        direct.extend(objs)  # "rejected the proposal by X": X's, the parse hanging "by X" on the verb
                    elif prep == "in" and any(lemma_of(o) in STANCE_NOUNS for o in objs):
                        direct.extend(t for o in objs for c in o.children if c.dep_ == "prep"  # "in defiance of X"
                                      for t in c.children if t.dep_ == "pobj")
                    elif prep == "for" and lemma_of(head) == "warrant":
                        direct.extend(objs)  # "issued an arrest warrant for X over Y": X is sought
                    elif head is not heads[0] and head.pos_ == "NOUN" and prep in ("in", "for"):
                        deep.extend(objs)  # "expressed interest in closer ties with X", "in expanding trade with X"
                        deep.extend(c for c in child.children if c.dep_ == "pcomp")
                    elif (prep == "from" and head.pos_ == "NOUN" and head is not heads[0] and (
                            lemma_of(head) in self.lex.words["proposal"] or (
                                head.dep_ == "pobj" and head.head.lower_ == "of"
                                and lemma_of(head.head.head) in self.lex.words["proposal"]))):
                        direct.extend(objs)  # "accepted an invitation from X", "rejected an offer of talks from X":
                        # X's, whom the answer is to
                    elif prep == "from" and head.pos_ == "NOUN":
                        pass  # "a commitment from X": X is its author (``noun_args``), not its target
                    elif prep not in CONTEXT_PREPS | FORCE_PREPS | SETTING_PREPS | ALLIED_PREPS | {
                            "between", "by", "within", "under"}:
                        deep.extend(objs)  # (not "fought alongside X": an ally)
                elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children):
                    direct.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))  # "called for X to ...": X
                elif child.dep_ in ("xcomp", "ccomp", "acl") or (child.dep_ == "advcl" and not marked(child)
                                                                 and child.i > head.i
                                                                 and lemma_of(child) not in self.lex.words["receive"]):
                    deep.append(child)  # not a participle before it: "Addressing the UN, X warned ...", nor what
                    # the act earned its doer ("..., drawing condemnation from X")
                    if child.dep_ == "ccomp" and trig.type == "REQUEST" and head is heads[0]:
                        direct.extend(c for c in child.children if c.dep_ == "nsubj"  # "demanded that it act": it,
                                      and (c.pos_ == "PRON" or self.actors.at(c) is not None)  # a party of
                                      and _not_own(self.parties(c, speaker), sources))  # another side
                elif head is not heads[0] and head.pos_ in ("NOUN", "PROPN") and (
                        child.dep_ in ("compound", "nmod") or (child.dep_ == "amod" and not trig.slots)):
                    direct.extend(self._bodies_named(child))  # "addressed a UN session": the body whose it is;
                    # "repatriated 50 Peruvian prisoners" (a hand-written pattern): the state whose they are
                elif (head is not heads[0] and head.pos_ == "NOUN" and child.dep_ == "poss" and (
                        lemma_of(head) in GROUND | OWED or (child.pos_ != "PRON" and (
                            trig.type == "REQUEST" or lemma_of(head) in self.lex.words["proposal"] | BIDS)))):
                    direct.append(child)  # "need X's support": X is asked; "questioned X's claim": X's;
                    # "violated X's airspace": X's
                elif child.dep_ == "prt":  # "kidnapped up to 16 advisers": the parse hangs "to" on "up"
                    direct.extend(o for p in child.children if p.dep_ == "prep" and lemma_of(p) in TARGET_PREPS
                                  for o in p.children if o.dep_ == "pobj")
        out: list[Party] = []
        direct = [t for t in direct if lemma_of(t) not in RECIPROCAL  # "stood with each other"
                  and t.ent_type_ not in ("DATE", "TIME")]  # "on Monday"
        for tok in direct:
            out.extend(self.parties(tok, speaker, "direct" if tok.head in heads else "inherited"))
        named = [p for h in heads[1:] if is_preposition(h) and h.dep_ != "agent" and lemma_of(h) not in ("by", "from")
                 for o in h.children if o.dep_ == "pobj" and o in direct
                 for p in self.parties(o, speaker, "direct")]
        if named:  # "conferred on him the country's highest honour": him, whom the pattern names; if the
            own = {s.mention.actor.key for s in sources}  # doer's country's, whom the pattern acts on ("added X
            out = [p for p in named if p.mention.actor.key not in own] or [  # to its entity list": X)
                p for t in direct if t.dep_ == "dobj" for p in self.parties(t, speaker, "direct")] or named
        out = out or [Party(m, False) for h in heads[1:] if is_preposition(h) and lemma_of(h) == "in"
                      for o in h.children if o.dep_ == "pobj" for m in [self._place(o, speaker)] if m is not None]
        # ("invest in X", whose "in" names the place that gains, not where)
        if any(lemma_of(h) in MISSIONS for h in heads[1:]):  # "closed its embassy in X": X's
            if for_safety(heads[0]):
                return []  # "temporarily closed its embassy in X amid fighting", "over threats from Y": at no one
            hosts = [Party(m, False) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "to")
                     for o in p.children if o.dep_ == "pobj" for m in [self._place(o, speaker)] if m is not None]
            out = out if _not_own(out, sources) or not hosts else hosts
        acts = [t for t in direct if t.dep_ == "dobj" and pos_of(t) == "NOUN" and self.lex.event_noun(lemma_of(t))]
        backed = [t for t in direct if t.dep_ == "dobj" and trig.type == "SUPPORT" and self._hostile(t)]  # "backed
        # its war on X"
        doers = _not_own([p for t in direct if t.dep_ == "dobj" and pos_of(t) == "NOUN"
                          for p in self._act_author(t, speaker, by_only=t not in backed)], sources) \
            if out and trig.type in REACTION_TYPES else []
        if doers or (out and backed):  # "condemned the return of Afghan refugees by X": X, who did it, not whom
            return [replace(p, deep=True) for p in doers]  # it was done to; a war backed is its wager's, never
            # with whom it is against
        if out and acts and trig.type in REACTION_TYPES and all(
                t.dep_ == "pobj" and t.head.head in heads and lemma_of(t.head) in ("on", "against")
                and any(a.i < t.i for a in acts) for t in direct if t not in acts) and (authors := _not_own([
                    p for a in acts for c in a.children if c.dep_ in ("poss", "amod")
                    for p in self.parties(c, speaker, "inherited")], sources)):
            return [replace(p, deep=True) for p in authors]  # "denounced the Israeli strikes on Iran", the parser
            # hanging "on Iran" on the verb: at Israel, whose strikes they are
        if out and (trig.type not in REACTION_TYPES or not acts or _not_own(out, sources)):
            return out  # (not "condemned the Indian strike on its territory": the strike's author, below)
        if trig.type in REACTION_TYPES | {"REQUEST", "ASSAULT", "PROTEST"}:  # "welcomed the recognition of X by Y":
            # Y did what is welcomed; "counted on X's support": X is asked for it; "protested against X's raids": X
            asked = trig.type in ("REQUEST", "PROTEST")
            answered = direct + (heads[1:] if trig.type == "ASSAULT" else [])  # "countered the aggression by X": X
            authors = _not_own([p for t in answered if pos_of(t) == "NOUN" for act in self._acts_told(t)
                                for p in self._act_author(act, speaker, by_only=not asked)], sources)  # (not "the
            # attack on X's patrol by Y", the parser hanging "by Y" on the patrol: at X)
            if authors:
                return [replace(p, deep=True) for p in authors]
        addressed = any(t.dep_ in ("dobj", "dative") or (t.dep_ == "pobj" and lemma_of(t.head) == "on")
                        for t in direct)
        if trig.type == "REQUEST" and addressed and any(t.dep_ == "xcomp" or (t.dep_ == "advcl" and infinitive(t))
                                                        for t in deep):
            return out  # "urged the world to ...": the addressee named no party
        if trig.type in ("AGREE", "REQUEST") or trig.mode == "third-party":  # "offered to host talks between A and
            # B", "mediated a ceasefire between A and B": both
            between = self._joint_parties(direct + deep, speaker, [p.mention.actor.key for p in sources])
            if between:
                return between
        if trig.type in DEEP_TYPES:
            # mediating is not a party, nor whom an issue concerns ("to address issues concerning X")
            skip = LOCATIVE | ABOUT | CONCESSIVE | {"within", "according"} | (
                {"between"} if trig.type == "AGREE" else set())  # ("to strengthen cooperation within the SCO": where,
            # not with whom; "..., according to the UN": who tells it)
            counted = [o for t in direct if _amount(t) for p in t.children if p.dep_ == "prep" and lemma_of(p) in ("in", "of")
                       for o in p.children if o.dep_ == "pobj"]  # "pledged 500 million euros in aid to X": the aid
            for tok in direct + deep + counted:
                if (pos_of(tok) == "NOUN" and lemma_of(tok) in self.lex.words["proposal"]
                        and trig.type not in COMPLEMENT_TYPES and not _with_whom(tok)):
                    continue  # "denied claims of backing X": X is the claim's content ("open to talks with X",
                    # "ruled out talks with X": X)
                act = (match_trigger(tok, self.lex, set())
                       if trig.type == "THREATEN" and tok in direct and pos_of(tok) == "NOUN" else None)
                if act is not None and act[0].type != NOT_AN_EVENT:  # "threatened tariffs on X": what they hit
                    aimed = self.targets([tok, *act[1]], act[0], speaker, sources)
                    if aimed:
                        return [replace(p, deep=True) for p in aimed]
                for inner in [*([tok] if tok in deep else []), *breadth(tok, clauses=True, skip=skip)]:
                    found = None if provenance(inner) or _kept_from(inner, tok) or _in_charge(inner, tok) or (
                        trig.type in FORCE_TYPES and inner is not tok and _border_side(inner)) else self.actors.at(inner)
                    # ("shelled villages near the border with X": on this side of it)
                    if found is not None and not any(same_side(p.mention, found) for p in sources) and not (
                            trig.type == "REQUEST" and pos_of(tok) == "NOUN" and self.lex.event_noun(lemma_of(tok))
                            and _compatriots(found, sources)):  # "called for the release of Chilean fishermen
                        # held by X": asked of X, not of them
                        listed = [found, *(m for c in inner.conjuncts for m in [self.actors.at(c)] if m is not None
                                           and not any(same_side(p.mention, m) for p in sources)
                                           and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].pos_ == "VERB"))
                                  ] if _phrase_of(inner, tok) else [found]  # ("from A and B": both)
                        return self._between(inner, sources, speaker) or [
                            Party(m, False, deep=True) for m in distinct(listed)]
        if trig.type in COMPLEMENT_TYPES:
            for tok in deep:
                for inner in breadth(tok):
                    if inner.dep_ == "prep" and lemma_of(inner) == "with":  # "between A and B": their act
                        for obj in (c for c in inner.children if c.dep_ == "pobj"):
                            out.extend(replace(p, deep=True) for p in self.parties(obj, speaker, "inherited"))
                    elif (inner.dep_ == "prep" and lemma_of(inner) == "in"  # "committed to invest in X": X gains
                          and lemma_of(inner.head) in self.lex.words["invest"]):
                        out.extend(Party(m, False, deep=True) for obj in inner.children if obj.dep_ == "pobj"
                                   for m in [self._place(obj, speaker)] if m is not None)
                    if out:
                        return out
        return out

    def _deciding_body(self, verb: Token) -> list[Party]:
        """The bodies of states named in a verb's own clause (a council, an assembly), nearest first;
        not those of a clause within it ("a resolution condemning attacks on IAEA inspectors",
        "drawing condemnation from NATO"), but for the UN's, nor of the one telling it ("..., ASEAN
        diplomats said")."""
        found = [(abs(t.i - verb.i), m) for t in breadth(verb) if (m := self.actors.at(t)) is not None
                 and m.actor.org and not m.actor.country] or [
            (abs(t.i - verb.i), m) for t in verb.subtree if (m := self.actors.at(t)) is not None
            and m.actor.org == "UN"]  # (the parser may hang "at the Security Council" on a clause within it)
        return [Party(m, False, deep=True) for _, m in sorted(found, key=lambda pair: pair[0])]

    def _between(self, tok: Token, sources: list[Party], speaker) -> list[Party]:
        """Every party of the "between A and B" that ``tok`` is one of, none on the side of
        ``sources`` ("concern over the clashes between A and B": both)."""
        head = tok
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ != "pobj" or head.head.lower_ != "between":
            return []
        found = [replace(p, deep=True) for p in self._objects(head.head, speaker)]
        return _not_own(found, sources) if len(found) >= 2 else []

    def _joint_parties(self, heads: list[Token], speaker, own: list[str]) -> list[Party]:
        """The parties of a joint act a proposal or request is about, when its author is none of
        them ("called for talks between A and B", "offered to host talks between A and B")."""
        for head in heads:
            for prep in (t for t in [head, *breadth(head)] if t.dep_ == "prep" and lemma_of(t) == "between"):
                if prep.head.pos_ != "NOUN" or not any(  # talks, not "the fighting between A and B"
                        t.joint and not t.slots for t in self.lex.triggers.get((lemma_of(prep.head), "NOUN"), ())):
                    continue
                found = [p for o in prep.children if o.dep_ == "pobj" for p in self.parties(o, speaker, "inherited")]
                if len({p.mention.actor.key for p in found}) >= 2 and not set(own) & {p.mention.actor.key for p in found}:
                    return [replace(p, deep=True) for p in found]
        return []

    def noun_args(self, tok: Token, words: list[Token], trig: Trigger, speaker) -> tuple[list[Party], list[Party], list[Party]]:
        """Sources, targets and joint parties of an event noun."""
        withdrawal = trig.cameo.startswith(WITHDRAWAL_CAMEO)
        sources: list[Party] = []
        parties: list[Party] = []
        shared = [c for conj in tok.conjuncts if conj.i > tok.i for c in conj.children if c.dep_ == "acl"]
        hung = [c for w in words for o in w.children if o.dep_ == "pobj" for c in o.children
                if c.dep_ == "prep" and lemma_of(c) == "from"] if trig.type == "REQUEST" else []
        acted_on = [w for w in words if w.dep_ == "pobj" and w.head.head.i == tok.i]  # "a ban on Chilean imports":
        # Chile's imports, the ban's target (not its author)
        for child in [*tok.children, *(c for w in words if w not in acted_on for c in w.children), *shared,
                      *hung]:  # "the A and B made by X"; "calls for restraint from X", the parser hanging who calls
            # on what is asked
            if child.dep_ in ("poss", "amod", "compound", "nmod") and child not in words:
                if trig.type == "AGREE" and child.pos_ == "VERB":
                    continue  # "a US-brokered truce": the mediator is not a party
                if trig.type == "ACCUSE" and child.dep_ == "compound" and tok.dep_ == "dobj" and (
                        (m := self.actors.at(child)) is not None and m.actor.org and not m.actor.country):
                    continue  # "launched a WTO complaint against X": the body it is made to, not its author
                sources.extend(self.parties(child, speaker))
            elif child.dep_ == "prep" and lemma_of(child) == "of" and withdrawal and child.head.i == tok.i:
                for mover in self._movers(child, trig):  # "the withdrawal of X", "of Russian troops": theirs;
                    owners = [mover] if self.actors.at(mover) is not None else [  # "of its troops": its
                        o for o in mover.children if o.dep_ in ("poss", "amod", "compound", "nmod")]
                    sources.extend(p for owner in owners for p in self.parties(owner, speaker))
                sources.extend(self._by_on_object(child, speaker))
            elif child.dep_ == "prep" and (lemma_of(child) in ("between", "by")
                                           or (lemma_of(child) == "from" and not withdrawal)
                                           or (lemma_of(child) == "of" and (trig.type == "REQUEST"
                                                                            or trig.mode == "visit"))):
                for obj in (c for c in child.children if c.dep_ == "pobj"):  # "the request of X", "the visit of X"
                    (parties if lemma_of(child) == "between" else sources).extend(self.parties(obj, speaker))
            elif child.dep_ == "acl":
                agent = agent_of(child)
                if agent is not None and not (trig.type in ("AGREE", "CONSULT") and lemma_of(child) in BROKERING):
                    # (not "talks mediated by A and B": the mediators are no parties to them)
                    sources.extend(self.parties(agent, speaker, "inherited"))
            elif child.dep_ == "prep" and lemma_of(tok) not in self.lex.words["proposal"] and (
                    lemma_of(child) == "of" or (lemma_of(child) in ("on", "against") and trig.type in PATIENT_TYPES)):
                sources.extend(self._by_on_object(child, speaker))  # "the expulsion of Y's diplomats by X", "the
                # attack on Y by X": X (not "allegations of abuse by X": X is accused)
        if not sources and not parties and tok.dep_ == "nsubj":  # "clashes broke out between A and B": the
            parties = [p for c in tok.head.children if c.dep_ == "prep" and lemma_of(c) == "between"  # parser
                       for obj in c.children if obj.dep_ == "pobj" for p in self.parties(obj, speaker)]  # hangs it
            # on the verb
        sources = sources or self._by_on_verb(tok, speaker)
        text = self.text
        named = [p for p in sources if p.mention.kind != "metonym"
                 or any(c in "-–" for c in text[p.mention.end:p.mention.end + 1] + text[p.mention.start - 1:p.mention.start])]
        if trig.type == "CONSULT" and named and len(named) < len(sources):
            sources = named  # "the Bangkok BIMSTEC meeting": Bangkok is where, BIMSTEC whose (not "the
            # Washington-NATO talks")
        into = [c for c in tok.head.children if c.dep_ == "prep" and lemma_of(c) == "into" and any(
            self.actors.at(t) is not None for o in c.children if o.dep_ == "pobj"
            for t in (o, *(m for m in o.children if m.dep_ in ("poss", "amod", "compound"))))] \
            if trig.cameo.startswith("09") and tok.dep_ == "dobj" else []  # "ordered a probe into X", the parser
        targets = self.targets([tok, *words, *into], trig, speaker, sources + parties)  # hanging "into X" on the verb
        targets += [p for w in acted_on for c in w.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                    for p in self.parties(c, speaker)]
        if not targets and trig.cameo.startswith("09"):  # "opened an investigation into war crimes committed by
            targets = self._probed(tok, speaker)  # X's forces", "... into crimes in X": X
        callers = {t.i for h in hung for t in h.subtree}
        sourced = {s.mention for s in sources}  # ("the attack on X by Y": Y, found under X, is no target)
        targets = [t for t in targets if t.mention.head not in callers and t.mention not in sourced]
        if trig.type == "REQUEST" and tok.dep_ == "pobj" and lemma_of(tok.head) == "at" and sources:
            # "At the request of X, Y will ...": Y was asked
            targets = [p for s in subjects_of(tok.head.head) for p in self.parties(s, speaker, "inherited")] or targets
        if not sources and not parties:
            sources, extra = self._light_verb(tok, speaker, trig.joint, trig.mode == "visit", trig.type == "AID",
                                              trig.type == "CONSULT")
            targets = targets or extra
        if not sources and not parties and trig.type == "CONSULT" and tok.dep_ == "pobj" \
                and tok.head.lower_ in MEETING_SETTINGS and tok.head.head.tag_ == "VBD" \
                and not any(t.mention.actor.sector == "MED" for t in targets):  # (not "talks with reporters")
            doers = _not_own([p for s in subjects_of(tok.head.head) for p in self.parties(s, speaker, "inherited")],
                             targets)  # "Following talks with X, Y said ...": Y took part (not "A and B agreed
            sources = doers if len(doers) == 1 else []  # ... after talks with C": who talked to whom is not told)
        elif not sources and not parties and trig.type == "CONSULT" and tok.dep_ == "pobj" and tok.head.lower_ == "in" \
                and lemma_of(tok.head.head) in ("be", "remain"):  # "A and B are in talks", "A is in talks with B"
            sources = _not_own([p for s in subjects_of(tok.head.head) for p in self.parties(s, speaker, "inherited")],
                               targets)
        elif tok.dep_ == "dobj" and not parties and lemma_of(tok.head) not in self.lex.words["receive"]:
            targets = self._light_verb(tok, speaker, aid=trig.type == "AID")[1] or targets  # "renewed to X his
            # request to ...": X is asked
        elif tok.dep_ == "dobj" and not parties and not targets and (
                lemma_of(tok.head) in RECEIVING or (lemma_of(tok.head) in self.lex.words["receive"]
                                                    and tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG")):
            # "X received a call from Y", "secured a loan from Y", "X did ..., drawing criticism from Y": X (not
            # "faces threats from Y", a state)
            targets = _not_own(self._light_verb(tok, speaker)[1], sources)
        if trig.type == "ACCUSE" and tok.dep_ == "dobj":  # "filed a complaint with the WTO against X": X, not
            targets = self._complained_of(tok.head, speaker) or targets  # the body it is filed with
        if not sources and not parties and not targets and trig.type in COMPLEMENT_TYPES:
            # "their commitment to strengthening cooperation between the two countries": theirs
            topics = TOPIC_PREPS - {"of"} | ABOUT if trig.type == "CONSULT" else frozenset()
            parties = next((found for inner in breadth(tok, skip=topics) if inner.dep_ == "prep"
                            and lemma_of(inner) == "between" for found in [self._objects(inner, speaker)] if found), [])
            # (not "a meeting on the war between A and B")
        if not targets and trig.type in PATIENT_TYPES and _come_under(tok):  # "X came under attack by Y": X
            targets = [p for s in subjects_of(tok.head.head) for p in self.parties(s, speaker, "inherited")]
        if not targets and trig.type in PATIENT_TYPES and tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or (
                lemma_of(tok.head) == "in" and lemma_of(tok.head.head) in self.lex.words["casualty"]) or (
                lemma_of(tok.head) == "with" and any(c.dep_ == "auxpass" for c in tok.head.head.children))):
            targets = [p for s in tok.head.head.children if s.dep_ == "nsubjpass"  # "X was hit by a
                       for p in self.parties(s, speaker, "inherited")]  # strike", "X were killed in an attack by Y",
            # "X was hit with new sanctions": X
        if not sources and not parties and trig.type in DYAD_TYPES:
            sources = self._perpetrator(tok, speaker)
        if sources and not targets and trig.type in VENUE_TYPES:
            targets = self._venue_of(tok, trig, sources, speaker)
        return sources, targets, parties

    def _met_on(self, topic: Token) -> list[Token]:
        """Who a meeting "on" ``topic`` is with: a person ("a farewell call on the minister"), else
        whom the topic is "with" ("talks on trade with X"); not what is discussed."""
        if (m := self.actors.at(topic)) is not None and m.kind in ("person", "descriptor"):
            return [topic]
        return [w for p in topic.children if p.dep_ == "prep" and lemma_of(p) == "with"
                for w in p.children if w.dep_ == "pobj"]

    def _object_in(self, heads: list[Token], kind: str) -> bool:
        """Whether the object of the trigger words is one of the ``kind`` nouns of the lexicon."""
        wanted = self.lex.words[kind]
        for head in heads:
            for child in head.children:
                objs = [child] if child.dep_ in ("dobj", "pobj", "nsubjpass") else []
                if child.dep_ == "prep" and lemma_of(child) in ("for", "to"):
                    objs = [c for c in child.children if c.dep_ == "pobj"]
                if any(lemma_of(o) in wanted for o in objs):
                    return True
        return False

    def _proposer(self, verb: Token, speaker) -> list[Party]:
        """Who made the proposal or claim a rejection answers: the subject of the clause the
        rejecting clause is attached to ("A called for talks, though B rejected them"), else
        the subject of the previous sentence, else whoever made a statement in the sentences before
        ("the army said in a statement ... X denied the claim")."""
        own = {party_key(p.mention.actor) for s in subjects_of(verb) for p in self.parties(s, speaker)}

        def other(m: ActorMention) -> bool:  # (a state's forces answer its rebels)
            return party_key(m.actor) not in own

        hosts = [m for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in INVITATIONS
                 and not any(self.actors.at(t) is not None for t in c.subtree)  # ("to speak at the UN in New York")
                 for t in c.subtree if t.dep_ == "pobj" and lemma_of(t.head) in ("in", "at")
                 for m in [self._place(t, speaker)] if m is not None and other(m)]
        if hosts:  # "declined an invitation to attend the summit in Baku": Azerbaijan's
            return [Party(hosts[0], False, deep=True)]
        offerers = [p for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in self.lex.words["proposal"]
                    for t in c.subtree if t.dep_ == "prep" and t.lower_ == "from" and (t.head == c or (
                        t.head.dep_ == "pobj" and t.head.head.lower_ == "of" and t.head.head.head == c))
                    for o in t.children if o.dep_ == "pobj" for p in self.parties(o, speaker) if other(p.mention)]
        if offerers:  # "rejected an offer of talks from X": X's
            return offerers[:1]
        clause = verb.head if verb.dep_ in ("advcl", "conj") else None
        if clause is None and verb.sent.start > 0:
            clause = self.doc[verb.sent.start - 1].sent.root
        if clause is None:
            return []
        for subj in (c for c in clause.children if c.dep_ in SUBJECTS):
            told = self.speaker(subj) if clause.sent.start != verb.sent.start else speaker  # "we" in a quotation before
            found = [p for p in self.parties(subj, told, "inherited") if other(p.mention)]
            if found:
                return [replace(p, deep=True) for p in found[:1]]
        if not any(c.dep_ == "dobj" and bare_definite(c) for c in verb.children):
            return []  # "questioned official claims": whose they are is not told
        for sent in self._sentences_back(verb, STATEMENT_SENTENCES):
            found = [m for m in self._teller(list(sent)) if other(m)]
            if found:
                return [Party(found[0], deep=True)]
        return []

    def _perpetrator(self, tok: Token, speaker) -> list[Party]:
        """Who a following definite mention of the same act names as its author: "a bombing ...
        The bombing, claimed by X, ..." / "The attack was blamed on X"."""
        perpetrate = self.lex.words["perpetrate"]
        for sent in self._sentences_ahead(tok, 2):
            for later in sent:
                if lemma_of(later) != lemma_of(tok) or not any(
                        c.dep_ == "det" and c.lower_ in DEFINITE for c in later.children):
                    continue
                verbs = [c for c in later.children if c.dep_ == "acl"]
                if later.dep_ == "nsubjpass":
                    verbs.append(later.head)
                for verb in verbs:
                    if lemma_of(verb) not in perpetrate:
                        continue
                    who = agent_of(verb) or next(
                        (o for c in verb.children if c.dep_ == "prep" and lemma_of(c) == "on"
                         for o in c.children if o.dep_ == "pobj"), None)
                    if who is not None:
                        return self.parties(who, speaker, "inherited")
        return []

    def _destination(self, verb: Token) -> list[Party]:
        """The state a journey goes to or is in: "arrived in X", "reached X", "is in X", "here"."""
        objs = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(verb) in ("reach", "enter", "tour")] + [
            o for c in verb.children if c.dep_ == "prep" and lemma_of(c) in ("in", "to", "at", "for")
            for o in c.children if o.dep_ == "pobj"]
        found = [m for o in objs for m in [self._place(o, [])] if m is not None]
        here = next((c for c in verb.children if c.lower_ == "here"), None)
        if not found and self.dateline is not None and here is not None:
            found = [self._dateline_at(here)]
        return [Party(m, False, deep=True) for m in found[:1]]

    def _dateline_at(self, tok: Token) -> ActorMention:
        """The dateline's state as mentioned by ``tok`` ("here", or a verb no words give a place)."""
        return ActorMention(tok.idx, tok.idx + len(tok.text), tok.text, self.dateline, tok.i, "metonym")

    def _venue_of(self, tok: Token, trig: Trigger, sources: list[Party], speaker) -> list[Party]:
        """The country where an act took place (``_venue``), or, for a state coercing a place of its
        own or attacking where people live in it, that place's people ("imposed a curfew in <town>",
        "bombed a village in <region>"). A town an attack falls on is where it took place ("shelled
        Odesa")."""
        struck = [m for c in tok.children if c.dep_ == "dobj"
                  for m in [self._place(c, speaker, bombarded=trig.mode in BOMBARDING)] if m is not None] \
            if trig.type == "ASSAULT" and trig.pos == "VERB" else []
        offence = {t.i for c in (*tok.children, *(g for o in tok.children if o.dep_ == "dobj" for g in o.children))
                   if _offence(c) for t in c.subtree}  # ("arrested X on suspicion of spying for Y": not in Y)
        targets = [Party(m, False, deep=True) for m in struck[:1]] or [
            t for t in self._venue(tok, speaker) if (trig.type == "MOBILIZE" or not self._borders_on(t.mention))
            and t.mention.head not in offence]
        domestic = trig.type in DOMESTIC_TYPES or (trig.type == "ASSAULT" and trig.cameo != OCCUPY_CAMEO
                                                   and self._on_homes(tok))  # (not "retook two villages")
        if domestic and any(same_side(t.mention, s.mention) for t in targets for s in sources):
            return [_people_of(t) for t in targets]
        return targets

    def _authored_by(self, verb: Token, sources: list[Party], speaker) -> list[Party]:
        """Who did the act a reaction's object names, as its participle's or its own "by" says ("condemned
        the death sentence handed to X by a Y court", "the sentencing of X by Y")."""
        found = [p for o in verb.children if o.dep_ == "dobj"
                 for by in (*(a for c in o.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"),
                            *(c for c in o.children if c.dep_ == "prep" and c.lower_ == "by"))
                 for p in self._objects(by, speaker)]
        return _not_own(found, sources)

    def _where_done(self, verb: Token, sources: list[Party], speaker, any_object: bool = False,
                    measures: bool = False) -> list[Party]:
        """The state, on no side of ``sources``, where an act a verb's object names (``any_object``: any
        thing it names; ``measures``: only a state's measure of coercion whose doer is not named) was or is
        to be done."""
        acts = [c for c in verb.children if c.dep_ == "dobj" and (any_object or self.lex.event_noun(lemma_of(c)))]
        if measures:
            acts = [a for a in acts if self.lex.event_types(lemma_of(a)) & {"COERCE", "SANCTION"}
                    and not self._act_author(a, speaker, by_only=True)]
        found = [Party(m, False, deep=True) for act in acts for o in breadth(act)
                 if o.dep_ == "pobj" and lemma_of(o.head) in ("in", "at")
                 for m in [self._place(o, speaker)] if m is not None]
        if measures and not found:  # "the crackdown on protesters in Georgia": the state of the people it fell on
            found = [Party(replace(m, actor=builtin().state(m.actor.country), kind="state"), deep=True)
                     for act in acts for o in breadth(act) if o.dep_ == "pobj" and lemma_of(o.head) in ("on", "against")
                     for m in [self.actors.at(o)] if m is not None and m.actor.sector == "CVL" and m.actor.country]
        return _not_own(found, sources)[:1]

    def _borders_on(self, mention: ActorMention) -> bool:
        """Whether a state is named only as the one a border is with ("raided a village near the
        Jordanian border": not in Jordan), which forces massed there are against (``MOBILIZE``)."""
        return _border_side(self.doc[mention.head])

    def _on_homes(self, tok: Token) -> bool:
        """Whether an attack falls on where people live: its object, or what it is "on" or "against",
        on it or on the verb that carries it ("bombed a village", "carried out a strike on a school")."""
        homes = DWELLINGS | self.lex.sets["&town"]
        around = [*tok.children, *(tok.head.children if tok.dep_ == "dobj" else ())]
        hit = [c for c in around if c.dep_ == "dobj"] + [o for c in around if c.dep_ == "prep" and lemma_of(c) in (
            "on", "against") for o in c.children if o.dep_ == "pobj"]
        return any(lemma_of(w) in homes for w in hit)

    def _venue(self, tok: Token, speaker) -> list[Party]:
        """The country where an act took place: "an attack near <city>", "strikes on its soil"."""
        if lemma_of(tok) in places.TAKING:  # "seized Bukavu": the ground taken
            taken = next((m for c in tok.children if c.dep_ == "dobj" for m in [self._place(c, speaker)] if m), None)
            if taken is not None:
                return [Party(taken, False, deep=True)]
        heads = [tok]
        if tok.dep_ in ("nsubj", "dobj") and tok.head.pos_ == "VERB":
            heads.append(tok.head)  # "an attack occurred at ...", "carried out a raid in ..."
        for child in list(tok.children):  # "aid to refugees in <country>", "shelled villages near <city>",
            # "strikes on what it called camps in <country>"
            objs = [child] if child.dep_ in OBJECTS else [c for c in child.children if c.dep_ in ("pobj", "pcomp")] \
                if child.dep_ == "prep" and (lemma_of(child) in TARGET_PREPS or (  # ("the bombing of a mosque
                    lemma_of(child) == "of" and pos_of(tok) == "NOUN")) else []  # in Kabul")
            heads.extend(o for o in objs for o in (o, *o.conjuncts) if self.actors.at(o) is None)  # ("drones and
            # missiles at X")
        for head in heads:
            for prep in head.children:
                if prep.dep_ != "prep" or (lemma_of(prep) not in PLACE_PREPS | DESTINATION_PREPS and not (
                        lemma_of(prep) == "of" and lemma_of(head) in places.PLACE_NOUNS)):
                    continue  # ("the cities of X", "seized control of X")
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    for inner in [obj, *breadth(obj)]:
                        found = self._place(inner, speaker)
                        if found is not None:
                            return [Party(found, False, deep=True)]
        return []

    def _avenged(self, verb: Token) -> list[Token]:
        """The acts a vow of revenge is for: what "to avenge" acts on, or what revenge is "for",
        with the acts their phrases tell ("the killing of X in an Israeli strike": both); failing
        those, what revenge is vowed "after" ("vowed vengeance after US strikes killed ...")."""
        told = [o for c in [verb, *verb.children] if c is verb or c.dep_ == "xcomp"
                for o in c.children if avenged(o)]
        revenge = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in REVENGE]
        told += [o for c in revenge for f in c.children if f.dep_ == "prep" for o in f.children if avenged(o)]
        if revenge and not told:
            told = [c for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in AFTER for m in c.children)]  # "after X killed ..."
            told += [o for c in verb.children if c.dep_ == "prep" and c.lower_ in AFTER for o in c.children]
        return [t for o in told for t in o.subtree if (pos_of(t) == "NOUN" and self.lex.event_noun(lemma_of(t)))
                or (t.i == o.i and pos_of(t) == "VERB" and act_type(t, self.lex) == "ASSAULT")]  # ("after X killed")

    def mission_protested(self, tok: Token, speaker) -> list[Party]:
        """The state whose mission a protest is held at ("rallied outside the Russian embassy", "a
        sit-in in front of the US consulate", "staged a protest outside X's high commission"); none
        for a rally in its support."""
        heads = [tok, *([tok.head] if tok.dep_ in ("dobj", "nsubj") and tok.head.pos_ == "VERB" else [])]
        if any(lemma_of(t) in ("support", "solidarity") for h in heads for t in h.subtree):
            return []  # "rallied outside the US embassy in support of the alliance": for it, not against it
        found: list[Party] = []
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if lemma_of(obj) == "front":  # "in front of X"
                    obj = next((o for p in obj.children if p.dep_ == "prep" and lemma_of(p) == "of"
                                for o in p.children if o.dep_ == "pobj"), obj)
                elif lemma_of(prep) not in MISSION_PREPS:
                    continue
                if lemma_of(obj) in MISSIONS and self.actors.at(obj) is not None:
                    found.extend(self.parties(obj, speaker, "inherited"))
        return found

    def crowd(self, tok: Token, speaker) -> list[Party]:
        """Unnamed people who protest ("tens of thousands of people rallied in X", "protesters in X
        burned ..."): the civilians of the country where they do it."""
        verb = tok
        while verb.pos_ != "VERB" and verb.head.i != verb.i:  # "gathered for a rally in X"
            verb = verb.head
        crowd = self.lex.words["crowd"]
        who = next((s for s in doers_of(verb) if any(lemma_of(t) in crowd for t in s.subtree)), None)
        if who is None:
            return []
        place = next((found[0].mention.actor.country for at in (tok, verb, who, who.head)
                      for found in [self._venue(at, speaker)] if found), None)
        if place is None:  # "burned an effigy of the Indian premier in Lahore": the one place the clause names
            named = {m.actor.country for t in verb.subtree if t.dep_ == "pobj" and (lemma_of(t.head) in CROWD_PREPS or (
                         lemma_of(t.head) == "of" and lemma_of(t.head.head) in STREETS))
                     for m in [self._place(t, speaker)] if m is not None}  # ("through the streets of X")
            place = named.pop() if len(named) == 1 else None
        if place is None:
            return []
        start, end = who.left_edge.idx, who.right_edge.idx + len(who.right_edge.text)
        actor = make_actor(self.text[start:end], place, sector="CVL")
        return [Party(ActorMention(start, end, self.text[start:end], actor, who.i, "org"), deep=True)]

    def attackers(self, tok: Token, victims: list[Party], speaker, sides: list[ActorMention]) -> list[Party]:
        """Unnamed attackers of a verb of killing, wounding or seizing people when the text names
        none: the passive "five soldiers were killed in X", "... were killed by a roadside bomb in
        X", or a weapon or an attack as subject ("a roadside bomb near X killed ..."). In a place
        that is one ``sides`` of the fight the article tells, they are the other side (unless that
        is the victims' own); else they are of the country where it happened (PLOVER's reading).
        None when no place is named, when the victims are no people named as such ("the reform was
        killed"), when a mishap or the state's custody killed ("in a road accident", "a blast at a
        plant"), when what killed has an author ("in Israeli strikes"), when a clause tells how, not
        by an attack ("when their bus overturned"), or for a toll that names no attack ("have been
        killed in X")."""
        if lemma_of(tok) not in self.lex.words["casualty"] or self._told_how(tok):
            return []
        doers = [tok.head if d.tag_ in ("WDT", "WP") and tok.dep_ == "relcl" else d for d in doers_of(tok)]  # ("a
        # bombing that killed ...": the bombing)
        doers += [o for a in tok.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if (doers and not all(self._attack(d) for d in doers)) or not (doers or agentless(tok)):
            return []
        claimed = [p for d in doers if pos_of(d) == "NOUN" for p in self._light_verb(d, speaker)[0]
                   if p.mention.actor.sector in ARMED_SECTORS]
        if claimed:
            return claimed  # "X claimed responsibility for a bombing that killed ...": X's
        hurt = _hurt_words(tok)
        if not victims or any(v.mention.kind in PLACE_KINDS or v.mention.head not in hurt for v in victims):
            return []
        causes = [*doers, *(o for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")]
        mishap = self.lex.words["mishap"]
        if any(not self._attack(c) and any(lemma_of(w) in mishap for w in c.subtree) for c in causes) or any(
                self.actors.at(w) and not (_placed(w) or (w.dep_ in ("poss", "compound") and _placed(w.head)))
                for c in causes for w in c.subtree):  # (a state owning the place is no author: "in X's Y province")
            return []
        if not any(self._attack(c) for c in causes) and any(c.dep_ == "aux" and lemma_of(c) == "have"
                                                           for c in tok.children):
            return []  # "370 staff have been killed in X": a toll, not an attack
        place = self._scene(tok, [*doers, *(self.doc[v.mention.head] for v in victims)], speaker)
        if not place:
            return []
        country = place[0].mention.actor.country
        own = {v.mention.actor.key for v in victims}
        other = [m for m in sides if m.actor.key not in (country, *own)]
        if len(other) == 1 and any(m.actor.key == country for m in sides):
            return [Party(other[0], deep=True)]  # "A shelled B's posts ... three farmers were killed in B"
        named = next((c for c in causes if self._attack(c)), tok)
        actor = make_actor("unidentified attackers", country, sector="UAF")
        return [Party(ActorMention(named.idx, named.idx + len(named.text), named.text, actor, named.i, "descriptor"),
                      deep=True)]

    def claimers(self, sent: Span, skip: Token | None = None, told_before: bool = False) -> list[Party]:
        """Named armed groups a sentence says claimed an act of violence ("..., and X claimed
        responsibility", "...; X later claimed the attack", "X said it was behind the attack"), but
        ``skip`` (the act's own verb); ``told_before``: only claims of an act told before ("X claimed
        responsibility for the attack", not "for a bombing in Y"). Not "no group has claimed it"."""
        found = []
        for claim in sent:
            lemma = lemma_of(claim)
            if lemma not in CLAIMING and lemma != "behind":
                continue
            if claim == skip or any(c.dep_ == "neg" for c in claim.children) or any(
                    d.dep_ == "det" and d.lower_ == "no" for s in subjects_of(claim) for d in s.children) or any(
                    a.dep_ == "relcl" or (a.dep_ == "advcl" and marked(a)) for a in (claim, *claim.ancestors)):
                continue  # (not "days after X claimed ...", "X, which has claimed attacks on ...": other acts)
            if lemma in CLAIMING and claim.pos_ == "VERB":
                owned = [w for o in claim.children if o.dep_ == "dobj" for w in (
                    [p for f in o.children if f.dep_ == "prep" and lemma_of(f) == "for" for p in f.children
                     if p.dep_ == "pobj"] or [o] if lemma_of(o) == "responsibility" else
                    [o] if lemma == "claim" and (o.pos_ == "PRON" or self._attack(o)) else [])]
            elif lemma == "behind" and lemma_of(claim.head) == "be" and all(
                    s.pos_ == "PRON" for s in subjects_of(claim.head)):  # (not "Y said X was behind it": a charge)
                owned = [o for o in claim.children if o.dep_ == "pobj" and (self._attack(o) or o.pos_ == "PRON")]
                claim = claim.head
            else:
                continue
            if told_before:  # "the attack", "it" (not "the Bannu attack", "Monday's bombing in X": another)
                owned = [o for o in owned if lemma_of(o) == "responsibility" or o.pos_ == "PRON" or (
                    any(d.dep_ == "det" and d.lower_ in DEFINITE for d in o.children) and not any(
                        c.dep_ in ("compound", "amod", "poss", "nummod", "nmod") for c in o.children)
                    and not any(self.actors.at(t) is not None or self._place(t, []) is not None
                                for t in o.subtree if t is not o))]
            if owned and status_of(claim, self.lex) == "occurred":
                found += [p for s in subjects_of(claim) for p in self.parties(s, self.speaker(claim), "inherited")
                          if p.mention.actor.sector in ARMED_SECTORS and p.mention.kind != "descriptor"]
        return found

    def _scene(self, verb: Token, words: list[Token], speaker) -> list[Party]:
        """The country where a killing took place, told of its verb, of the clause a participle
        ends ("exploded outside a station in X, killing ..."), of a clause telling how ("when a
        bomber rammed a convoy in X", also on a conjunct of the verb), or of ``words`` (its doers or victims: "shot dead a policeman
        in X")."""
        clause = [verb.head] if verb.dep_ == "advcl" and verb.tag_ == "VBG" else []
        clause += [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]  # (a clause the
        # parser hangs on the next conjunct: "were killed and another injured when a bomber ... in X")
        return next((found for at in [verb, *clause, *words] for found in [self._venue(at, speaker)] if found), [])

    def counted_victims(self, tok: Token, speaker) -> list[Party]:
        """People a verb of killing or wounding counts with no state of their own, where an attack
        took place ("a suicide bomber killed 32 people at a mosque in <city>"): of its country."""
        place = self._scene(tok, doers_of(tok), speaker)
        if not place or lemma_of(tok) not in self.lex.words["casualty"]:
            return []
        country = place[0].mention.actor.country
        found = []
        for word in (self.doc[i] for i in sorted(_hurt_words(tok))):
            counted = word.tag_ == "NNS" and word.dep_ in ("dobj", "nsubjpass", "conj")
            sector = builtin().sector_of(word.text) if counted else None
            if sector in HURT_SECTORS and ((known := self.actors.at(word)) is None or not known.actor.country):
                found.append(_people_named(word, country, sector))  # (of no state: "five policemen")
        return found

    def own_people(self, tok: Token, source: Party, sides: list[ActorMention]) -> list[Party]:
        """People a state's act of coercion or release names with no state of their own ("released
        75 political prisoners", "detained 20 journalists"): its own (PLOVER's reading); but the
        prisoners a side of the fight the article tells frees are the other side's, and prisoners of
        war no one's named."""
        country = source.mention.actor.country
        if not country or source.mention.actor.sector not in STATE_SECTORS:
            return []
        at_war = any(m.actor.key == source.mention.actor.key for m in sides)
        found = []
        for word in (w for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for w in (c, *c.conjuncts)):
            if any(c.dep_ in ("amod", "compound") and lemma_of(c) in ALIENS for c in word.children) or (
                    lemma_of(word) in CAPTIVES and any(lemma_of(t) in EXCHANGE_WORDS for t in tok.sent)):
                continue  # "foreign prisoners", "undocumented migrants", prisoners freed in a swap: not its own
            captive = lemma_of(word) in CAPTIVES
            offence = {t.i for c in word.children if _offence(c) for t in c.subtree}
            sector = "OPP" if captive else builtin().sector_of(word.text) or (
                "CVL" if lemma_of(word) in PERSONS and self._held_at_home(tok, word, country, offence) else None)
            if captive and at_war:  # "A released 90 prisoners under the truce": B's people
                found += [Party(m, deep=True) for m in sides if m.actor.key != source.mention.actor.key][:1]
                continue
            if captive and any(c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
                continue  # ("prisoners of war": the enemy's, whoever that is)
            if (word.tag_ == "NNS" or lemma_of(word) in PERSONS) and sector in OWN_PEOPLE_SECTORS \
                    and self.actors.at(word) is None and not any(
                        (m := self.actors.at(t)) is not None and m.actor.country not in (None, country)
                        for t in word.subtree if t.i not in offence):  # ("people from X": whose, the text leaves
                found.append(_people_named(word, country, sector))  # open; but "men suspected of spying for X"
                # are held where they are, the state's own, as the gold reads them)
        return found

    def _held_at_home(self, verb: Token, word: Token, country: str, offence: set[int]) -> bool:
        """Whether unnamed people ("a man", "three suspects") a state arrests or detains are held at
        home: not "the men" told before, not where the sentence places the act, or what they are held
        for, in another state ("arrested a man in Nablus"), and not when the state's own country is one the offence
        names ("police arrested a man accused of attacking a Turkish diplomat": whose police, the
        sentence does not say)."""
        if lemma_of(verb) not in ARRESTING or any(
                c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in word.children):
            return False
        if any((m := self.actors.at(t)) is not None and m.actor.country == country for t in word.subtree
               if t.i in offence):
            return False
        places_named = [m for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "inside")
                        for m in [self._place(t, [])] if m is not None and m.actor.country]
        return all(m.actor.country == country for m in places_named)

    def _told_how(self, verb: Token) -> bool:
        """Whether a clause tells how people were killed other than by an unnamed attacker ("when
        their bus overturned", "as police opened fire"; not "after their convoy was attacked", "when
        a bomb exploded", "when their vehicle hit a landmine")."""
        for clause in (c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"):  # (also one
            doers = doers_of(clause)  # the parser hangs on the next conjunct: "... and ten injured when ...")
            hit = match_trigger(clause, self.lex, set())
            if not (all(self._attack(s) for s in doers) and (doers or (hit and hit[0].type == "ASSAULT"))) and not any(
                    c.dep_ == "dobj" and self._attack(c) for c in clause.children):  # (not "when their vehicle hit
                return True  # a landmine")
        return False

    def _attack(self, noun: Token) -> bool:
        """Whether a noun names an attack or a weapon, itself or by a word before it ("bombing",
        "roadside bomb", "sniper fire", "suicide blast"; not "a blast at a plant")."""
        weapons = self.lex.words["weapon"]
        before = [c for c in noun.subtree if c.i < noun.i and c.dep_ in ("compound", "amod")]
        return not any(lemma_of(c) in LEFTOVER for c in before) and any(
            lemma_of(w) in weapons or "ASSAULT" in self.lex.event_types(lemma_of(w)) for w in [noun, *before])
        # ("an improvised explosive device blast"; not "an old mortar shell", "unexploded ordnance")

    def _place(self, tok: Token, speaker, bombarded: bool = False) -> ActorMention | None:
        """A state, or the country of a city, named by ``tok``; "its" as in "on its soil".
        ``bombarded``: ``tok`` is what shells or bombs fell on, a place though the recognizer
        took it for a person or a product ("shelled Kharkiv")."""
        found = self.actors.at(tok)
        if found is not None and found.kind not in PLACE_KINDS and tok.i != found.head \
                and tok.ent_type_ in ("GPE", "LOC"):
            found = None  # "soldiers in Afghanistan's Helmand province": the place a descriptor names
        if found is not None and found.host is not None and tok.i != found.head and found.host.country:
            return ActorMention(tok.idx, tok.idx + len(tok.text), tok.text,  # "the US embassy in Baghdad": in Iraq
                                Actor(name=tok.text, country=found.host.country), tok.i, "metonym")
        if found is not None:  # a state's own ground named by its adjective: "near the Peruvian border"
            return found if found.kind in PLACE_KINDS or (found.kind == "demonym" and lemma_of(tok.head) in GROUND) \
                else None
        if tok.dep_ == "poss" and lemma_of(tok) in IMPERSONAL:
            hit = self.np(tok, speaker)[0]
            return hit[0] if hit and hit[0].kind in PLACE_KINDS else None
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.text in places.FEATURES:
            return None  # "in the Gulf of Aden": at sea, not in Yemen
        if tok.dep_ == "compound" and tok.head.text in places.WATERS:
            return None  # "near the Scarborough Shoal": a shoal, not the English town
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            name = next(e for e in self.doc.ents if e.start <= tok.i < e.end)
            if name.text.islower():
                return None  # "the region's west bank": no proper name (not the West Bank)
        elif _proper(tok) and (not tok.ent_type_ or _settlement_named(tok) or (
                tok.ent_type_ in ("ORG", "PERSON", "NORP") and tok.dep_ == "pobj"
                and lemma_of(tok.head) in PLACE_PREPS | DESTINATION_PREPS) or (
                tok.dep_ == "compound" and lemma_of(tok.head) in places.SETTLEMENTS) or (
                tok.dep_ == "dobj" and (lemma_of(tok.head) in places.TAKING or bombarded
                                        or (lemma_of(tok.head) in VISITING and tok.ent_type_ != "ORG")))):
            # a name the recognizer left untagged ("in the US", "in Sagaing", tagged a common noun) or
            # mistook ("the town of X", "near El Fasher", "access to Tigray", "in Punjab", "the Sumy region",
            # "visited Kolkata")
            name = self.doc[min([tok.i, *(c.i for c in tok.children if c.dep_ == "compound")]):tok.i + 1]
        else:
            return None
        sent = tok.sent  # a name several states bear: that of a state the sentence names, else of the story's
        ground = (*(m.actor.country for m in self.actors.mentions if sent.start_char <= m.start < sent.end_char
                    and m.kind in ("state", "demonym") and m.actor.country), *self.ground)
        end = name.end
        if end + 1 < len(self.doc) and self.doc[end].lower_ == "of" and self.doc[end + 1].pos_ == "PROPN":
            end += 1  # "the Democratic Republic of Congo"
        while end < len(self.doc) and end - name.end < 4 and self.doc[end].pos_ == "PROPN" \
                and self.doc[end].text[:1].isupper():
            end += 1
        longer = places.lookup(self.doc[name.start:end].text, ground) if end > name.end else None
        name = self.doc[name.start:end] if longer is not None else name  # ("the State of Palestine")
        place = longer or places.lookup(name.text, ground) or (  # "Dera Ismail Khan", the recognizer taking
            # "Ismail Khan" for a person (not "Dera"); "Western Cambodia": Cambodia (not "of", a Turkish town,
            places.lookup(tok.text, ground) if tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON"
            and not places.common_word(tok.text) else None)
        # nor "Lockheed Martin", a firm taken for a person)
        if place is None or not place.country:
            return None
        return ActorMention(name.start_char, name.end_char, name.text, Actor(name=name.text, country=place.country),
                            name.root.i, "metonym")

    def aims_other_act(self, tok: Token, trig: Trigger) -> bool:
        """Whether a participle only says whom an act of another kind is aimed at: "sanctions
        targeting X", "issued sanctions on Monday targeting X" (not "strikes killing 20", nor a
        statement made with the act: "imposed sanctions on X, accusing it of ...")."""
        if tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or (
                tok.dep_ == "advcl" and self.lex.quads.get(trig.type) in VERBAL_QUADS):
            return False
        acts = [tok.head] if tok.dep_ == "acl" else [c for c in tok.head.children if c.dep_ == "dobj"]
        found = [hit[0].type for act in acts if (hit := match_trigger(act, self.lex, set())) is not None]
        return bool(found) and trig.type not in found

    def hands_over_statement(self, verb: Token) -> bool:
        """Whether a verb's object is a statement ("handed over a demarche", "delivered a demand") or
        a record ("handed over a list of terrorists", "a dossier"), not a thing given ("provided
        military support")."""
        handing = lemma_of(verb) in HANDING  # (a record granted or provided may be aid: "registration cards")
        return any(c.dep_ == "dobj" and ((handing and lemma_of(c) in self.lex.words["record"]) or any(
            self.lex.event_types(lemma_of(w)) & STATEMENT_TYPES for w in [c, *(m for m in c.children if m.dep_ == "compound")]))
                   for c in verb.children)  # (also "a protest note")

    def _carries_act(self, verb: Token) -> bool:
        """Whether a verb only carries the act its object names: it heads no act of its own, it
        stops the act ("suspended aid to X") or hosts it with a party named ("hosted a meeting with
        X"; not "offered to host the summit"), or it is a verb of giving that hands over a statement."""
        if lemma_of(verb) in OPPOSING:
            return False  # "India had opposed the loan": another's act, which the subject is against
        hit = match_trigger(verb, self.lex, set(), derived=False)
        hosted = lemma_of(verb) == "host" and any(p.dep_ == "prep" and p.lower_ in ("with", "between")
                                                  for o in verb.children if o.dep_ == "dobj" for p in o.children)
        return (hit is None or hit[0].type == NOT_AN_EVENT or lemma_of(verb) in self.lex.words["halt"] | WITHHOLDING
                or hosted or (hit[0].type == "AID" and self.hands_over_statement(verb)))

    def _light_verb(self, tok: Token, speaker, joint: bool = False, visit: bool = False, aid: bool = False,
                    talks: bool = False) -> tuple[list[Party], list[Party]]:
        """Actors of the verb that carries an event noun ("held a meeting", "during the visit"); the
        subject of a verb of receiving ("faced threats", "received aid") is the target. Whom a
        verb acts on during a ``joint`` act is a party to it ("told Y in the meeting"). A ``visit``
        a journey is for is its traveller's, to where it goes ("arrived in X on a visit"); ``aid``
        is for whom the verb says ("approved a loan of $7bn for X": the parser hangs "for X" on it).
        ``talks`` after which the verb's subject speaks, or its two subjects act, are theirs ("told
        reporters after talks with X", "A and B signed a deal after talks in Z"). An amount stands
        for the noun it counts ("pledged $5m in aid"), a responsibility for the act it is for
        ("claimed responsibility for the attack")."""
        verb = None
        carried = tok
        letter = tok.dep_ == "pobj" and lemma_of(tok.head) == "of" and lemma_of(tok.head.head) in MESSAGES
        if tok.dep_ == "pobj" and lemma_of(tok.head) in ("in", "of") and (_amount(tok.head.head) or letter):
            tok = tok.head.head  # "announced $500 million in aid", "sent tonnes of relief", "sent a message of
            # condolence": the amount's or message's verb
        elif (tok.dep_ == "pobj" and lemma_of(tok.head) == "for" and lemma_of(tok.head.head) == "responsibility"
              and lemma_of(tok.head.head.head) in ("claim", "accept", "admit", "take", "own")):
            if _record(tok):
                return [], []  # "X, which has claimed responsibility for attacks on Y": a record, no one act
            tok = tok.head.head  # "claimed responsibility for the attack": the attack is the claimer's (not "said
            # X bore responsibility for it)
        elif tok.dep_ == "conj" and tok.head.dep_ == "dobj" and self.lex.event_noun(lemma_of(tok.head)):
            tok = tok.head  # "launched a massive missile and drone attack", the parser joining the attack to the
            # missile: the verb's, as the first noun's
        purpose = tok.dep_ == "pobj" and ((lemma_of(tok.head) == "for" and joint)
                                          or (lemma_of(tok.head) in AFTER and talks and not bare_definite(tok)
                                              and (is_saying(tok.head.head, self.lex)
                                                   or (len([c for s in subjects_of(tok.head.head)
                                                            for c in (s, *s.conjuncts)]) > 1
                                                       and not _with_whom(tok))))
                                          or (lemma_of(tok.head) in ("for", "on") and visit))
        if (tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"
                and self._carries_act(tok.head)):
            verb = tok.head
            if lemma_of(verb) in CLAIMING and _record(tok):
                return [], []  # "X, which has claimed attacks on Y": a record of claims, no one act told
        elif tok.dep_ == "pobj" and lemma_of(tok.head) == "to" and lemma_of(tok.head.head) == "resort":
            verb = tok.head.head  # "resorted to unprovoked firing": the subject's act
        elif tok.dep_ == "pobj" and lemma_of(tok.head) == "with" and lemma_of(tok.head.head) in ANSWERING:
            verb = tok.head.head  # "retaliated with levies", "responded with airstrikes": the subject's answer
        elif tok.dep_ == "pobj" and (tok.head.head.pos_ == "VERB" or (visit and tok.head.head.pos_ == "AUX")) and (
                lemma_of(tok.head) in CONTEXT_PREPS or purpose):
            verb = tok.head.head  # "during the visit", "returned to Geneva for talks", "is here on a visit"
        if verb is None or (tok.dep_ == "pobj" and (act_type(verb, self.lex) == "ACCUSE"
                                                    or any(c.dep_ == "neg" for c in verb.children))):
            return [], []  # ("accused X of involvement in the killing of Y": the charge, no act of the accuser;
            # "did not meet X at the summit": who was there, the sentence does not say)
        sources: list[Party] = []
        subjects = subjects_of(verb)
        for who in [*subjects, agent_of(verb)]:
            if who is not None and who.dep_ != "nsubjpass":
                sources = self.parties(who, speaker, "inherited")
                if sources:
                    break
        if not sources and not subjects and verb.tag_ in FINITE:  # "In a call with X, Y “stressed ...”"
            sources = self._stranded_subject(verb, speaker)
        if not sources and not subjects and verb.dep_ == "csubj" and ruled_out(verb.head):  # "removing the
            sources = [Party(m, False) for m in speaker[:1]]  # sanctions is out of the question, X said": X's
            # refusal (not "removing them was right, X said": another's act X judges)
        if lemma_of(verb) in self.lex.words["receive"]:  # "Russia faces threats from X": Russia is the target
            givers = [p for c in verb.children if c.dep_ == "prep" and lemma_of(c) == "from"
                      for p in self._objects(c, speaker)]
            return givers, sources
        targets: list[Party] = []
        if visit and purpose:
            targets = self._destination(verb)
        elif tok.dep_ != "pobj":
            over = any(c.dep_ == "prep" and c.lower_ in ("over", "against", "about") and any(  # naming a party
                self.actors.at(t) is not None for t in c.subtree) for c in verb.subtree) and any(
                {"ACCUSE", "PROTEST"} & self.lex.event_types(lemma_of(o))  # a grievance sent ("a letter of protest")
                for t in {carried.i: carried, tok.i: tok}.values() for o in (t, *(
                    g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)))
            for child in verb.children:
                if over and lemma_of(child) == "to":
                    continue  # "sent a letter of protest to the UN over X's actions": the UN is no target
                if child.dep_ in ("prep", "dative") and lemma_of(child) in TARGET_PREPS | {"between"}:
                    targets.extend(self._objects(child, speaker))  # (the parser may label "to X" a dative)
                elif (child.dep_ == "dative" or (child.dep_ == "nsubjpass" and tok.dep_ == "dobj")) and aid:  # "will
                    targets.extend(self.parties(child, speaker, "inherited"))  # give X a grant", "X was given a loan"
                elif child.dep_ == "prep" and lemma_of(child) == "for" and aid:  # a party, not "for the purchase
                    targets.extend(p for o in child.children if o.dep_ == "pobj" and self.actors.at(o) is not None
                                   for p in self.parties(o, speaker, "inherited"))  # of Chinese jets"
                elif (child.dep_ == "advcl" and child.tag_ == "VBG"
                      and (hit := match_trigger(child, self.lex, set())) is not None
                      and self.aims_other_act(child, hit[0])):
                    targets.extend(p for o in child.children if o.dep_ == "dobj"  # "issued sanctions targeting X"
                                   for p in self.parties(o, speaker, "inherited"))
        elif joint:  # whom the verb acts on, goes to or with; of another side ("told reporters" names no party)
            own = {p.mention.actor.key for p in sources}
            for child in verb.children:
                if child.dep_ in ("dobj", "dative"):
                    objects = [child]
                elif child.dep_ == "prep" and lemma_of(child) in ("to", "with"):
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                else:
                    continue
                targets += [p for o in objects for p in self.parties(o, speaker, "inherited")
                            if p.mention.actor.key not in own]
        return sources, targets


def _in_charge(word: Token, top: Token) -> bool:
    """Whether a word is in what people are accused of, below ``top`` ("arrested eight people
    accused of spying for X": X is no party to the arrest)."""
    return any(a.dep_ in ("acl", "relcl") and lemma_of(a) in CHARGING for a in word.ancestors
               if top.is_ancestor(a))


def _border_side(word: Token) -> bool:
    """Whether a word names a state only as the other side of a border ("the Jordanian border",
    "the Jordan border"; not "the border with Jordan", where strikes mostly fall across it)."""
    return lemma_of(word.head) in BORDERS and word.dep_ in ("amod", "compound")


def _offence(modifier: Token) -> bool:
    """Whether a modifier of people tells what they are suspected, accused or convicted of
    ("suspected of spying for X", "on suspicion of", "convicted of"), not whose they are."""
    if modifier.dep_ in ("acl", "relcl") and lemma_of(modifier) in OFFENCE_WORDS:
        return True
    return modifier.dep_ == "prep" and any(lemma_of(o) in OFFENCE_WORDS for o in modifier.children if o.dep_ == "pobj")


def _people_named(word: Token, country: str, sector: str) -> Party:
    """People a plural noun names ("32 people", "20 journalists"), of ``country``."""
    actor = make_actor(word.text, country, sector=sector)
    return Party(ActorMention(word.idx, word.idx + len(word.text), word.text, actor, word.i, "descriptor"), deep=True)


def _people_of(place: Party) -> Party:
    """The people of the place a party names: its civilians."""
    actor = make_actor(f"people of {place.mention.text}", place.mention.actor.country, sector="CVL")
    return replace(place, mention=replace(place.mention, actor=actor))


def _compatriots(found: ActorMention, sources: list[Party]) -> bool:
    """Whether an actor is of the country of one of ``sources``: one's own people."""
    return found.actor.country is not None and any(p.mention.actor.country == found.actor.country for p in sources)


def _fronted(prep: Token) -> bool:
    """Whether a phrase stands before its verb set off by a comma: the topic of what follows ("On
    Gaza, he condemned ..."), not whom the act is aimed at."""
    after = prep.right_edge.i + 1
    return prep.i < prep.head.i and after < len(prep.doc) and prep.doc[after].text == ","


def _partners(noun: Token) -> list[Token]:
    """Whom relations are with ("its relations with X", "ties between A and B"): none for another noun."""
    if lemma_of(noun) not in RELATIONS:
        return []
    return [o for p in noun.children if p.dep_ == "prep" and lemma_of(p) in ("with", "between")
            for o in p.children if o.dep_ == "pobj"]


def _amount(tok: Token) -> bool:
    """Whether a noun is an amount ("$500 million", "25,000 tons")."""
    return tok.pos_ in ("NOUN", "NUM", "SYM") and (tok.like_num or any(c.dep_ == "nummod" for c in tok.children))


def _record(noun: Token) -> bool:
    """Whether a plural act noun names acts in general, with no article, owner or count ("attacks
    on Chinese nationals"): a record, not one act."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def _not_own(parties: list[Party], sources: list[Party]) -> list[Party]:
    """The parties that are on none of the sources' sides."""
    return [p for p in parties if not any(same_side(p.mention, s.mention) for s in sources)]


def _settlement_named(tok: Token) -> bool:
    """Whether a word is the name in "the town of X", "the district of X", "control of X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in places.PLACE_NOUNS


def _kept_from(word: Token, top: Token) -> bool:
    """Whether a word, below ``top``, names what a verb of shielding keeps its object from ("vowed
    to protect its citizens from X", "to defend its rights against X")."""
    while word.i != top.i and word.head.i != word.i:
        if word.dep_ == "prep" and lemma_of(word) in ("from", "against") and (lemma_of(word.head) in SHIELDING or (
                word.head.dep_ == "dobj" and lemma_of(word.head.head) in SHIELDING)):  # (hung on the object)
            return True
        word = word.head
    return False


def _proper(tok: Token) -> bool:
    """Whether a word is a proper name, or one the tagger took for a common noun or a verb:
    capitalised inside its sentence ("in Sagaing", "in Sagaing region", tagged a gerund)."""
    return tok.pos_ == "PROPN" or (tok.pos_ in ("NOUN", "VERB") and tok.is_title and tok.i > tok.sent.start)


def for_safety(verb: Token) -> bool:
    """Whether a verb's act is done for safety, not at anyone: "temporarily", "amid fighting",
    "citing security concerns", "due to the war"."""
    return any((c.dep_ == "advmod" and c.lower_ == "temporarily")
               or (c.dep_ == "prep" and c.lower_ in ("amid", "amidst", "due", "because", "following"))
               or (c.dep_ == "advcl" and lemma_of(c) == "cite") for c in verb.children) or any(
        lemma_of(t) in ("security", "safety") for t in verb.subtree)


def _placed(tok: Token) -> bool:
    """Whether a word only says where ("in central Baghdad", "near the town of X")."""
    return tok.dep_ == "pobj" and (lemma_of(tok.head) in PLACE_PREPS or _settlement_named(tok))


def _hurt_words(verb: Token) -> set[int]:
    """The tokens that can name whom a verb of killing hurts: its object or passive subject and
    their conjuncts, the name after their "of" ("the commander of the United Nations Interim Force"),
    and the words before people counted in the plural ("two Iraqi youths"; not "the Chilean reform")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    heads += [c for h in heads for c in h.conjuncts]
    found = {h.i for h in heads}
    for head in heads:
        found |= {c.i for c in head.children if head.tag_ == "NNS"}
        for of in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            found |= {w.i for o in of.children if o.dep_ == "pobj"
                      for w in [o, *(c for c in o.children if c.dep_ == "compound")]}
    return found
