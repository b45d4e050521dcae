"""Reading the dependency parse: the lemma and part of speech the lexicon keys on, the words
under a token within a verb's scope, and a passive's agent. English grammar, no actors and no
lexicon.

Time and concession clauses ("after X said ...", "though Y rejected ...") are outside the scope
of the verb they hang on, for status and for finding targets.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

# Dependency labels, prepositions and clause markers: English grammar, not vocabulary.
SUBJECTS = {"nsubj", "csubj"}
SETTING_PREPS = {"during", "at", "amid", "amidst", "after", "following", "before", "since", "until", "despite",
                 "because", "due", "owing"}  # "closed the border because of fighting": a cause, not an object
SETTING_NOUNS = {"sideline", "margin", "eve", "occasion"}  # "on the sidelines of X"
LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "across", "along", "during", "on", "over",
                      "after", "before", "since", "amid"})
ABOUT = frozenset({"about", "regarding", "concerning"})  # what a phrase is about, never who it names
ACT_WORDS = frozenset({"decision", "move", "step", "measure", "action"})  # "criticised the move": the act just told
PLANNABLE = frozenset({"meet", "visit", "hold", "leave", "arrive", "travel", "attend", "resume", "begin", "start",
                       "host", "sign", "fly", "head", "chair", "address", "tour"})  # acts a
# schedule announces in the plain present ("the ministers meet in Lima on Friday")
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# What a party may fail to do with no wrong done: a try that came to nothing ("failed to reach an
# agreement", "failed to hit their targets", "failed to qualify"); any other failure is a charge
TRIES = frozenset({"reach", "agree", "win", "secure", "hit", "achieve", "qualify", "find", "get", "make", "produce",
                   "score", "pass", "attract", "break", "gain", "persuade", "convince", "land", "arrive", "materialise",
                   "materialize", "yield"})
SCHEDULED = frozenset({"expect", "schedule", "set", "slate", "poise", "due", "plan", "intend", "likely"})
# "X is expected to meet", "X plans to meet", "X is likely to meet", "X is poised to meet": X will, and soon
RAISING = frozenset({"believe", "say", "report", "think", "understand", "know", "allege", "rumour", "rumor",
                     "suppose", "reckon"})  # "X is believed to have sent troops": X sent them (as reported)
# verbs of contact whose infinitive of purpose is the subject's, not the object's, and done in the
# contact ("summoned the envoy to protest", "telephoned X to congratulate him")
CONTACT_VERBS = frozenset({"summon", "call", "phone", "telephone", "ring", "meet", "visit", "receive", "host",
                           "contact"})
CURRENCIES = {"dollar", "euro", "rupee", "yuan", "renminbi", "yen", "pound", "riyal", "dirham", "ruble", "rouble"}
ORDERING = frozenset({"order", "instruct", "direct", "command"})  # "ordered X to withdraw": asked of X, or
# decided by the one who orders when X is its own (whom the coder tells apart)
PROMISING_VERBS = frozenset({"promise", "pledge", "vow", "swear", "guarantee"})  # "promised X to expel ...": the
# promiser expels, though an object stands between
UNREAL = frozenset({"any", "future", "possible", "potential"})  # "for any attack": none told
REVENGE = frozenset({"revenge", "vengeance", "retaliation", "reprisal"})  # "vowed revenge for X": X was done
IMMINENT = frozenset({"verge", "brink", "cusp", "point"})  # "on the verge of signing": about to sign
INVERTING = frozenset({"were", "had", "should"})  # "Were X to attack Y, ...": if X attacked Y
COMMITMENTS = frozenset({"promise", "pledge", "commitment", "vow", "threat", "undertaking", "assurance"})
FULFILLING = frozenset({"fulfil", "fulfill", "honour", "honor", "keep", "implement", "redeem", "uphold"})  # verbs
# that carry a commitment out, and those that do with their particle (not "stood by", "kept up": held to it)
FULFILLING_PHRASES = {"make": "good", "follow": "through", "carry": "out", "live": "up", "deliver": "on", "act": "on"}
EMPHATIC = frozenset({"never", "only", "not", "nor", "neither", "rarely", "seldom", "hardly", "so", "little"})
# words after which an auxiliary goes before its subject in a statement ("Never had X ...")
CLAUSE_MARKS = {"after", "before", "since", "as", "while", "when", "though", "although", "because",
                "whereas", "until", "once"}  # adverbial clauses outside a verb's scope


def reduced_participle(tok: Token) -> bool:
    """Whether a word is a past participle telling of the noun it follows, with no subject,
    auxiliary or conjunction of its own ("a ceasefire mediated by X"; not "reports that its jets
    had bombed X", which the parser may label alike)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)


def avenged(tok: Token) -> bool:
    """Whether a word names what is avenged: the object of "avenge", or what revenge is vowed
    or taken "for" ("vowed revenge for the strikes", "retaliated for the attack"); not an act
    still to come ("would retaliate for any attack", "for future strikes")."""
    if any(c.lower_ in UNREAL for c in tok.children):
        return False
    if tok.dep_ == "dobj":
        return lemma_of(tok.head) == "avenge"
    if tok.dep_ != "pobj" or lemma_of(tok.head) != "for":
        return False
    owner = tok.head.head
    return lemma_of(owner) in REVENGE | {"retaliate"} or any(
        c.dep_ == "dobj" and lemma_of(c) in REVENGE for c in owner.children)


def pos_of(tok: Token) -> str | None:
    """The part of speech the lexicon's triggers are keyed on: VERB, NOUN (proper nouns too), ADJ."""
    if tok.pos_ == "VERB":
        return "VERB"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "NOUN"
    if tok.pos_ == "ADJ":
        return "ADJ"
    return None


def is_preposition(tok: Token) -> bool:
    """A preposition by its tag or by its place in the parse ("upon" is tagged SCONJ)."""
    return tok.pos_ == "ADP" or tok.dep_ == "prep"


NEWS_LEMMAS = {"bases": "base"}  # forms whose lemma in news is not the tagger's ("struck militant bases": not "basis")


def lemma_of(tok: Token) -> str:
    """Lower-case lemma; capitalised nouns ("Consultations") are tagged PROPN and kept inflected.
    (Found for the whole document on its first look-up: the coder asks for a word's lemma often.)"""
    try:
        return tok.doc.user_data["lemmas"][tok.i]
    except KeyError:
        lemmas = tok.doc.user_data["lemmas"] = [_lemma(t) for t in tok.doc]
        return lemmas[tok.i]


def _lemma(tok: Token) -> str:
    if tok.lower_ in NEWS_LEMMAS:
        return NEWS_LEMMAS[tok.lower_]
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s") and not lemma.endswith("ss"):
        return lemma[:-1]
    return lemma


def word_forms(tok: Token) -> tuple[str, ...]:
    """The lemmas a pattern word may match: ``lemma_of``, for a gerund used as a noun its own form
    too ("closed the crossing", tagged a verb of lemma "cross"), and for the last part of a hyphenated
    word the whole word, which the tokenizer splits ("sit-in", "cross-border"). (Kept per document,
    as the lemmas are.)"""
    forms = tok.doc.user_data.setdefault("word_forms", {})
    found = forms.get(tok.i)
    if found is None:
        lemma = lemma_of(tok)
        joined = hyphenated(tok)
        if tok.tag_ == "VBG" and tok.lower_ != lemma and any(c.dep_ == "det" for c in tok.children):
            found = (lemma, tok.lower_, *joined)
        else:
            found = (lemma, *joined)
        forms[tok.i] = found
    return found


def hyphenated(tok: Token) -> tuple[str, ...]:
    """The whole of a hyphenated word ``tok`` ends, with and without its hyphen ("sit-in",
    "cease-fire" and "ceasefire"), which the tokenizer splits in three; none for another word."""
    doc = tok.doc
    if tok.i not in hyphen_ends(doc):
        return ()
    first, last = doc[tok.i - 2].lower_, lemma_of(tok)
    return f"{first}-{last}", f"{first}{last}"


def hyphen_ends(doc: Doc) -> frozenset[int]:
    """The tokens that end a hyphenated word of letters ("in" of "sit-in"), found once per document
    (kept in its ``user_data``: looking tokens up one by one is slow)."""
    if "hyphen_ends" not in doc.user_data:
        words = [(t.text, t.is_alpha, bool(t.whitespace_)) for t in doc]
        doc.user_data["hyphen_ends"] = frozenset(
            i for i in range(2, len(words)) if words[i - 1][0] == "-" and words[i][1] and words[i - 2][1]
            and not words[i - 1][2] and not words[i - 2][2])
    return doc.user_data["hyphen_ends"]


def nearby(tok: Token) -> Iterator[Token]:
    """Children and grandchildren of a token."""
    for child in tok.children:
        yield child
        yield from child.children


def marked(clause: Token) -> bool:
    """Whether an adverbial clause opens with a time or concession marker ("after X said")."""
    return any(c.dep_ == "mark" and lemma_of(c) in CLAUSE_MARKS for c in clause.children)


def infinitive(verb: Token) -> bool:
    """Whether a verb has its infinitive marker of its own ("to meet")."""
    return any(c.dep_ == "aux" and lemma_of(c) == "to" for c in verb.children)


def in_setting(obj: Token) -> bool:
    """Whether a preposition's object is the setting or cause of an act, not what it acts on
    ("during the talks", "because of fighting", "due to attacks"; "following", which is tagged
    a verb, included)."""
    prep = obj.head
    return obj.dep_ == "pobj" and (prep.lower_ in SETTING_PREPS
                                   or (prep.dep_ == "pcomp" and prep.head.lower_ in SETTING_PREPS))


def conditioned(verb: Token, mark: str) -> bool:
    """Whether an act is stated on a condition opened by ``mark``: one the other side must meet
    ("... unless X"), or an offer ("would meet X if ...")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == mark for m in c.children)
               for c in verb.children)


def imminent(verb: Token) -> Token | None:
    """The verb that tells an act as about to be done ("X is about to sign", "X and Y are on the
    verge of signing"), whose subject does it; None when the act is not told so."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ == "about" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        return head.head
    if verb.dep_ == "pcomp" and head.lower_ == "of" and lemma_of(head.head) in IMMINENT and (
            head.head.dep_ == "pobj" and head.head.head.lower_ == "on" and head.head.head.head.i != head.head.head.i):
        return head.head.head.head
    return None


def inverted_condition(tok: Token) -> bool:
    """Whether a word stands in a condition opened by an inverted auxiliary ("Were X to attack Y,
    ...", "Had X not intervened, ...", "X will retaliate should Y strike"); not the main clause the
    parser hangs on such a condition ("X threatened to retaliate should Y strike", "strike" its root)."""
    verbs, openers = _inversions(tok.doc)
    if not verbs and not openers:
        return False
    for node in (tok, *tok.ancestors):
        if node.i in verbs or node.i in openers:
            return True
        if main_under_condition(node):
            return False
    return False


def inverted(verb: Token) -> bool:
    """Whether a verb's auxiliary of condition comes before its subject ("should Y strike"), not
    after a word that inverts a statement ("Never before had X ...", "Only then had X ...")."""
    return verb.i in _inversions(verb.doc)[0]


def _inversions(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """The verbs of a document whose auxiliary of condition comes before their subject, and the
    adverbial clauses an inverted auxiliary opens ("Were X to ..."), found once a document."""
    found = doc.user_data.get(("inversions",))
    if found is None:
        verbs, openers = set(), set()
        for aux in (t for t in doc if t.lower_ in INVERTING and t.pos_ == "AUX"):
            before = doc[aux.i - 1] if aux.i else None
            if before is not None and (before.pos_ in ("ADV", "ADP", "NUM", "PART") or before.lower_ in EMPHATIC):
                continue  # "Never before had X ...": a statement
            verb = aux.head
            subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if aux.dep_ in ("aux", "auxpass") and subject is not None and aux.i < subject:
                verbs.add(verb.i)
            follower = doc[aux.i + 1] if aux.i + 1 < len(doc) else aux
            openers.update(n.i for n in (aux, verb) if n.dep_ == "advcl" and n.left_edge.i == aux.i
                           and follower.pos_ in ("PROPN", "NOUN", "PRON", "DET"))
        found = doc.user_data[("inversions",)] = (frozenset(verbs), frozenset(openers))
    return found


def clauses_between(tok: Token, ancestor: Token) -> bool:
    """Whether a clause boundary lies between a word and an ancestor of it ("was about to launch
    drones when Y shot down ...": "shot" is in a clause of its own)."""
    node = tok
    while node.i != ancestor.i and node.head.i != node.i:
        if node.dep_ in ("advcl", "ccomp", "relcl", "acl", "parataxis", "csubj"):
            return True
        node = node.head
    return False


def main_under_condition(clause: Token) -> bool:
    """Whether a clause is the main one, which the parser hung on the inverted condition after it
    ("X threatened to close the port should Y strike": "threatened" under "strike")."""
    return clause.dep_ in ("ccomp", "parataxis") and clause.i < clause.head.i and inverted(clause.head)


def breadth(tok: Token, clauses: bool = False, skip: frozenset[str] = frozenset()) -> Iterator[Token]:
    """Tokens under ``tok``, nearest first; clauses are skipped unless asked (time and concession
    clauses always), and so are prepositional phrases headed by a word in ``skip``, unless a clause
    is their object."""
    queue = list(tok.children)
    while queue:
        node = queue.pop(0)
        if not clauses and node.dep_ in ("relcl", "acl", "advcl", "ccomp", "parataxis"):
            continue
        if node.dep_ == "advcl" and marked(node):
            continue
        if node.dep_ == "prep" and node.lower_ in skip and not any(c.dep_ == "pcomp" for c in node.children):
            continue  # "in Lima", not "in improving ties with X"
        yield node
        queue.extend(node.children)


def agent_of(verb: Token) -> Token | None:
    """The agent of a passive verb: X in "was claimed by X"."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def present_for_future(verb: Token) -> bool:
    """Whether a verb in the plain present tells what is to come by the day it names ("the two
    ministers meet in Lima on Friday", "X resumes talks next week"), as news tells a plan."""
    present = verb.tag_ in ("VBP", "VBZ") or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))
    if verb.pos_ != "VERB" or not present or verb.dep_ not in ("ROOT", "conj", "ccomp") \
            or verb.lemma_.lower() not in PLANNABLE or any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False  # (a base form with a subject is a present the tagger took for one: "A and B resume"; a
        # strike or a sanction in the present is a headline's past: "X strikes Y on Sunday, killing 20")
    times = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children if o.dep_ == "pobj"]
    times += [c for c in verb.children if c.dep_ == "npadvmod"]
    return any((t.text.lower() in WEEKDAYS and not any(c.lower_ in ("last", "every", "each") for c in t.children))
               or (lemma_of(t) in ("week", "month") and any(c.lower_ == "next" for c in t.children)) for t in times)


def agentless(verb: Token) -> bool:
    """A passive with no agent ("was discussed", "it was agreed that ...")."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def money(noun: Token) -> bool:
    """Whether a noun is a sum of money: it is or bears a currency sign or word ("$1 billion", "a
    $500 million deposit", "2 billion euros")."""
    def currency(t: Token) -> bool:
        return t.tag_ == "$" or lemma_of(t) in CURRENCIES
    return currency(noun) or any(currency(c) or any(currency(g) for g in c.children)
                                 for c in noun.children if c.dep_ in ("quantmod", "nummod", "compound", "nmod", "amod"))


def agent_noun(verb: Token) -> Token | None:
    """The passive verb whose "by" a gerund follows as a noun the parser took for a clause ("were
    killed by Pakistani shelling", "by Russian shelling near X": the shelling, no clause of its own)."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in verb.children):
        return None
    if verb.dep_ == "pcomp" and verb.head.dep_ == "agent":
        return verb.head.head
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return verb.head if verb.dep_ == "advcl" and before is not None and before.dep_ == "pobj" \
        and before.head.dep_ == "agent" and before.head.head.i == verb.head.i else None


def fulfilled_by(noun: Token) -> Token | None:
    """The verb that carries out a promise or threat a noun names ("kept its promise", "honoured its
    pledge", "made good on its threat", "delivered on its commitment"), if one does."""
    if lemma_of(noun) not in COMMITMENTS:
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if verb is None or verb.pos_ != "VERB":
        return None
    particle = FULFILLING_PHRASES.get(lemma_of(verb))
    kept = lemma_of(verb) in FULFILLING and not any(c.dep_ == "prt" for c in verb.children)  # (not "kept up")
    return verb if kept or (particle is not None and any(c.lower_ == particle for c in verb.children)) else None


def promise_kept(act: Token) -> Token | None:
    """The verb that keeps the promise or threat whose content an infinitive ``act`` is ("kept its
    promise to free X", or, as the parser may hang it, on the verb: "kept its promise to Y to free X")."""
    if act.dep_ == "acl" and infinitive(act):
        return fulfilled_by(act.head)
    if act.dep_ == "advcl" and infinitive(act) and any(
            fulfilled_by(c) is not None for c in act.head.children if c.dep_ == "dobj"):
        return act.head
    return None
