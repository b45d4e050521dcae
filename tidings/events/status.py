"""Status: whether an event occurred, or was planned, requested, denied or only hypothetical,
from the cue words of the lexicon (saying verbs, modals, negation, habitual adverbs) on the
trigger and on the verbs that govern it.

The request itself ("X urged Y to ...") is a REQUEST that occurred; an event asked for inside it
("... to release the prisoners") gets status ``requested``. An agreement occurred; the future
act agreed on is ``planned``; so is the harm a threat names, and what a speaker said "would"
happen. Events under negation are dropped; a refusal said or planned ("will not accept",
"refused to meet") is ``REFUSED``, which the coder makes a rejection when the act refused is one
of cooperation, while a refusal only asked for ("urged X not to recognise Y") is no event. An act
whose object is "no" something did not happen; one only in prospect ("a truce is close") is
hypothetical. Time, cause and concession clauses ("after X said ...", "because of fighting",
"though Y rejected ...") are outside the scope of the verb they hang on.
"""
from __future__ import annotations

from spacy.tokens import Token

from tidings.actors import builtin
from tidings.lexicon import INTENT_CAMEO, NOT_AN_EVENT, VERBAL_QUADS, Lexicon, Trigger

from .grammar import (CONTACT_VERBS, SCHEDULED, UNREAL, agentless, avenged, clauses_between, conditioned, fulfilled_by,
                      imminent, in_setting, infinitive, inverted_condition, lemma_of, main_under_condition, marked,
                      pos_of, present_for_future, promise_kept, reduced_participle)
from .triggers import match_trigger

TELLING = {"confirm", "disclose", "reveal", "inform", "assert", "insist"}  # "confirmed that X would visit": a plan told
ANNOUNCING_VERBS = {"announce", "declare", "unveil"}  # "will announce the withdrawal": a plan made known
REFUSED = "refused"  # a status the coder turns into a REJECT
NO_WAY = {("in", "way"), ("by", "means"), ("under", "circumstances"), ("on", "account"), ("at", "point"),
          ("at", "time")}  # "in no way", "by no means" ... (not "in no time": quickly)
LASTING = {"hold", "last", "remain", "stay", "endure", "survive", "collapse", "fail", "falter", "stall"}  # what an
# act already made does ("a ceasefire is expected to hold", "talks are expected to collapse"), not its taking place
ATTEMPTED_TYPES = {"ASSAULT", "COERCE", "PROTEST"}  # acts of force or protest, done when attempted ("tried to
# hack", "to storm", "tried to march on the parliament")
UNDOING_TYPES = {"REJECT", "SANCTION"}  # acts that keep the act they govern from happening
CALLED_OFF = {"postpone", "cancel", "delay", "defer", "scrap", "shelve", "withdraw", "retract", "suspend", "abandon",
              "drop", "halt"}  # an act put off
# or taken back
DECREED_TYPES = {"SANCTION", "COERCE", "AID", "RETREAT", "CONCEDE"}  # measures a state takes by deciding them
HEDGES = {"likely", "probably", "possibly", "perhaps", "reportedly"}  # what makes a measure said to come a guess
ANYONE = {"any", "anyone", "anybody", "whoever", "whichever"}  # whom a measure hangs over, not a party named
WILL = {"will", "would", "shall", "'ll"}  # the modals of what a speaker says will be done
GOVERNED = {"dobj", "xcomp", "ccomp", "pobj", "pcomp", "nsubjpass", "attr", "oprd", "prep"}  # what an act governs


REFUSING_VERBS = frozenset({"refuse", "decline"})  # "refused to recognise X and recalled its envoy": a deed of its own
COURTESIES = frozenset({"congratulate", "felicitate", "greet", "thank", "praise", "welcome"})  # not done is no
# refusal ("has not congratulated")
PROPOSING = frozenset({"suggest", "recommend", "propose"})  # verbs whose "that" clause in the
# subjunctive is asked for
PENDING = frozenset({"yet"})  # "has not yet approved": still to come
RANKS = frozenset({"first", "second", "third", "last", "only", "latest"})  # "the first country to ..."


DEEDS = frozenset({"AID", "MOBILIZE", "COOPERATE", "ASSAULT", "COERCE"})  # acts done, not stances taken
SCHEMES = frozenset({"plot", "plan", "attempt", "bid", "conspiracy", "scheme"})  # what is foiled before it is done
FOILING = frozenset({"foil", "thwart", "prevent", "avert", "stop", "disrupt", "uncover", "bust", "frustrate"})
PREVENTING = frozenset({"prevent", "stop", "repel", "repulse", "avert", "thwart", "halt", "foil", "intercept"})
# verbs that keep their object's act from happening, which happens when they fail ("unable to prevent strikes")
SUPPOSING = frozenset({"expect", "anticipate", "foresee"})  # verbs whose negation only says an act is not foreseen
UNHESITATING = frozenset({"hesitate", "shy", "flinch"})  # verbs whose negation vows the act ("will not hesitate to")
POLLS = frozenset({"poll", "survey"})  # what shows what people think
AHEAD = frozenset({"next", "upcoming", "forthcoming", "coming"})  # words of a time to come ("next month")
UNMEANT = frozenset({"intention", "intent", "plan", "question", "desire", "prospect", "possibility", "chance", "evidence",
                     "sign", "indication", "record", "mention", "thought", "idea"})  # "no ... of doing it": not done
PLANS = frozenset({"plan", "proposal", "project"})  # "plans for a joint exercise": an act to come
PURPOSES = frozenset({"aim", "goal", "purpose", "objective", "idea", "task", "priority", "intention", "plan", "mission",
                      "challenge", "step", "solution", "way", "option", "stance", "position", "policy", "view",
                      "approach", "role", "duty", "job", "responsibility", "desire", "wish", "hope", "strategy",
                      "focus", "target", "agenda", "answer", "response", "intent", "effort"})  # what "is to" do
# names a purpose, no act of its own ("the aim is to ...")
PEOPLES = frozenset({"people", "voter", "citizen", "respondent", "resident", "adult"})  # "a majority of voters"
ANSWERED = frozenset({"charge", "accusation", "allegation", "claim", "demand", "move", "decision", "step", "ultimatum",
                      "proposal", "offer", "request", "call", "assertion", "suggestion"})  # what a reaction
# answers (", a charge Y denies")
REPORTS = frozenset({"report", "claim", "rumour", "rumor", "speculation", "assertion", "news"})  # what
# tells an act that a denial may answer
UNFOUNDED = frozenset({"false", "unfounded", "baseless", "untrue", "incorrect", "fabricated", "fake", "groundless",
                       "misleading", "wrong", "fabrication", "lie", "nonsense", "propaganda", "fiction", "rumour",
                       "speculation", "concoct", "malicious"})  # what a report is called when it is denied
UNTOLD = frozenset({"say", "comment", "elaborate", "speculate"})  # what
# one declines to do when one tells nothing
DISCREDITING = frozenset({"dismiss", "deny", "refute", "debunk", "rubbish", "discount", "reject"})  # verbs that call a
# report false
HAPPENING = frozenset({"break", "erupt", "flare", "occur", "happen", "rage", "escalate", "intensify", "resume",
                       "begin", "start", "commence"})  # verbs that tell an act their subject names took place
# ("clashes broke out", "talks resumed")


def _discredited(tok: Token, cues: dict[str, str]) -> bool:
    """Whether an act is told only as what a report or claim says, which the sentence calls false:
    the report is said to be false or a fabrication, or is dismissed, denied or described as
    baseless ("reports that X had sent troops to Y were false", "described as baseless reports
    that X had agreed to ...", "Y dismissed reports that X planned to visit Z")."""
    node = tok
    while node.head.i != node.i and not (node.dep_ in ("acl", "ccomp", "relcl") and pos_of(node.head) == "NOUN"
                                         and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in node.children)):
        node = node.head
    report = node.head
    if node.head.i == node.i or lemma_of(report) not in REPORTS:
        return False
    if any(lemma_of(w) in UNFOUNDED for c in report.children if c.i < report.i for w in c.subtree):
        return True  # "described as baseless media reports that ..."
    told = report.head.head if report.dep_ == "pobj" else report.head
    if any(c.dep_ == "neg" for c in told.children) or (told.dep_ == "xcomp" and cues.get(lemma_of(told.head)) == "negate"):
        return False  # "did not deny reports that ...", "refused to dismiss reports that ..."
    if report.dep_ in ("nsubj", "nsubjpass"):  # "... were false", "were 'pure fabrication'"
        return any(lemma_of(w) in UNFOUNDED for c in told.children if c.dep_ in ("acomp", "attr", "oprd")
                   for w in c.subtree)
    return report.dep_ == "dobj" and (lemma_of(told) in DISCREDITING or any(
        lemma_of(w) in UNFOUNDED for c in told.children if c.dep_ in ("prep", "oprd", "advcl") and (
            c.dep_ != "prep" or c.lower_ == "as") for w in c.subtree))  # ("rejected as baseless the claims that")


def _foiled(tok: Token) -> bool:
    """Whether an act is what a plot, bid or plan was for that someone foiled ("foiled a plot to
    attack X", which the parser may hang on "foiled"; "a bid to kill X was thwarted")."""
    if not infinitive(tok):
        return False
    scheme = tok.head if tok.dep_ in ("acl", "relcl") and lemma_of(tok.head) in SCHEMES else next(
        (c for c in tok.head.children if c.dep_ == "dobj" and lemma_of(c) in SCHEMES), None) \
        if tok.dep_ in ("advcl", "xcomp") else None
    if scheme is None or scheme.dep_ not in ("dobj", "nsubjpass"):
        return False
    foiler = scheme.head
    return lemma_of(foiler) in FOILING and not any(c.dep_ == "neg" for c in foiler.children)


def status_of(tok: Token, lex: Lexicon) -> str | None:
    """occurred | planned | requested | denied | hypothetical; ``REFUSED`` when the act itself
    or the verb governing it is negated ("will not accept", "refused to meet") and that refusal
    is said or planned; None when it did not happen otherwise (a habit, an act a rejection or
    sanction undoes, a refusal only asked for, "granted no extension")."""
    if asked(tok):
        return "hypothetical"  # "Would X really freeze Y's assets?": asked, not told
    if _opinion(tok):
        return None  # "most Peruvians support closer ties with X": no act of a state
    if fulfilled_by(tok) is not None and _content_told(tok, lex):
        return None  # "kept its promise to free X": the promise was made before; what is told is its keeping
    if tok.pos_ == "VERB" and (keeping := promise_kept(tok)) is not None:
        return None if any(c.dep_ == "neg" for c in tok.children) else status_of(keeping, lex)  # "made good on its
        # threat to expel X's envoys": expelled (not "kept its promise not to strike X")
    if _supposed(tok) or inverted_condition(tok):
        return "hypothetical"  # "any attack on X would be met with ...", "a strike on X could trigger a war",
        # "Were X to attack Y, ..."
    if any(c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in tok.children):
        return None  # "X no longer supplies gas to Y": what has stopped, not done
    cues = lex.cues
    own = _local(tok, cues)
    if own is None and tok.pos_ == "VERB" and any(c.lower_ in ("neither", "nor") and c.dep_ in ("preconj", "cc")
                                                  for c in (*tok.children, *(tok.head.children if tok.dep_ == "conj"
                                                                             else ()))):
        own = "negate"  # "has neither accepted nor rejected the request": neither done
    if _discredited(tok, lex.cues):
        return "denied"  # "reports that X had sent troops were false", "dismissed reports that X planned to visit Y"
    if _foiled(tok):
        return None  # "foiled a plot to attack a base", "a bid to kill X was thwarted": it never took place
    if _not_as_arranged(tok) or (tok.dep_ == "dobj" and _not_as_arranged(tok.head)):
        return None  # "X, who was to have visited Y on Monday, ...", "was to have made a visit": it did not happen
    if own is None and (_to_be_done(tok) or _noun_to_be_done(tok)):
        own = "plan"  # "X is to visit Y on Friday", "the two are to meet", "talks are to be held": to come
    plan = tok.head.head if pos_of(tok) == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of") else None
    plan = plan if plan is not None and lemma_of(plan) in PLANS else None
    planner = plan if plan is not None else tok.head if (
        tok.dep_ in ("advcl", "acl") and infinitive(tok) and lemma_of(tok.head) in PLANS) else None
    if planner is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in planner.children):
        return None  # "there are no plans for a meeting", "no plans for X to meet Y": none to come
    if tok.dep_ == "pcomp" and tok.head.lower_ == "of" and lemma_of(tok.head.head) in UNMEANT and any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.head.head.children):
        return None  # "has no intention of invading X", "no evidence of X arming Y": none (not "no doubt of")
    if own is None and plan is not None:
        own = "plan"  # "plans for a joint exercise": to come
    if own is None and tok.dep_ == "conj" and tok.pos_ == "VERB" and _local(tok.head, cues) in ("plan", "hypothetical") \
            and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        own = _local(tok.head, cues)  # "will visit X next month and meet Y": the meeting is to come too
    if own is None and pos_of(tok) == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "of" \
            and tok.head.head.lower_ == "ahead":
        return "planned"  # "Ahead of his trip to X, Y spoke ...": the trip is to come
    if own == "negate":
        return None if _only_not_done(tok, lex) else _refusal(tok, lex)
    if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "until" for m in tok.children) and any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in tok.head.children):
        return "hypothetical"  # "would not release the hostages until X withdrew": a condition, not done
    if own == "plan" and tok.dep_ in ("dobj", "nsubjpass") and _put_off(tok.head):
        return None  # "cancelled her planned visit", "the planned talks were called off"
    if plan is not None and plan.dep_ in ("dobj", "nsubjpass") and _put_off(plan.head):
        return None  # "plans for a joint exercise were scrapped": called off before done
    if (own in (None, "plan") or (own == "hypothetical" and tok.dep_ == "ccomp")) and decreed(tok, None, lex):
        return status_of(tok.head, lex)  # "decided to impose sanctions", "announced that a tariff will be
        # imposed", "ordered the expulsion": taken when decided
    if own == "habitual" or _given_nothing(tok) or _mutual_record(tok):
        return None
    if tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP") and not (
            cues.get(lemma_of(tok)) == "deny" and lemma_of(tok.head) in lex.words["proposal"]):
        return None  # "the agency that supports refugees": a standing description (not "a charge X denies")
    if tok.dep_ == "nsubj" and any(c.dep_ == "acomp" and lemma_of(c) in lex.words["prospect"] for c in tok.head.children):
        return "hypothetical"  # "a truce is close", "a deal is possible": not made
    if own in ("plan", "hypothetical") and _plan_denied(tok, lex):
        return "denied"  # "denied that A and B would meet", "denied that A planned to visit B"
    if own == "plan" and _at_once(tok):
        return "occurred"  # "will close the crossing with immediate effect": done as it is said
    if own in ("plan", "hypothetical"):
        return "planned" if own == "plan" or _future_in_the_past(tok, lex) else "hypothetical"
    if tok.dep_ == "advcl" and infinitive(tok) and act_type(tok.head, lex) == "REJECT" and any(
            c.dep_ == "dobj" and lemma_of(c) in lex.words["proposal"] for c in tok.head.children):
        return None  # "blocked a proposal at the UN to blacklist X", the parser hanging "to" on the verb
    if tok.dep_ == "advcl" and infinitive(tok) and not any(c.dep_ == "nsubj" for c in tok.children) and any(
            c.dep_ == "dobj" and lemma_of(c) in lex.words["proposal"] for c in tok.head.children):
        return "planned"  # "welcomed the offer of X to mediate", the parser hanging "to" on the verb: offered
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and infinitive(tok) and _ranked(tok.head):
        return status_of(tok.head.head, lex)  # "became the first country to recognise X": it did
    if tok.pos_ == "VERB" and tok.dep_ in ("acl", "relcl") and infinitive(tok):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.head.children) or (
                tok.head.dep_ in ("dobj", "nsubjpass") and act_type(tok.head.head, lex) == "REJECT"):
            return None  # "had no plans to lift the tariffs", "no intention to attack": none to come;
            # "blocked a proposal to blacklist X": turned down
        if _governed(tok.head, lex) == REFUSED:
            return None  # "failed to provide any evidence to back its claims": nothing is to come
        return "requested" if lemma_of(tok.head) in lex.words["need"] else "planned"  # "the need to send food"
    found = _governed(tok, lex)
    return "denied" if found in ("planned", "hypothetical") and _plan_denied(tok, lex) else found


def _content_told(promise: Token, lex: Lexicon) -> bool:
    """Whether a promise's content is an act the lexicon tells, done as it is kept, or not done ("its
    promise to free X", "not to strike X"; not "to deliver drones", which no pattern holds)."""
    acts = [*promise.children, *(promise.head.children if promise.dep_ == "dobj" else ())]
    return any(promise_kept(c) is not None and (hit := match_trigger(c, lex, set())) is not None
               and hit[0].type != NOT_AN_EVENT for c in acts)


def _ahead(noun: Token) -> bool:
    """Whether an act noun is told of a time to come: "his upcoming visit", "a visit next month",
    "the visit later this month" (not "talks on next year's budget")."""
    times = [c for c in noun.children if c.dep_ in ("npadvmod", "advmod", "nmod")]
    return any(c.dep_ == "amod" and c.lower_ in AHEAD for c in noun.children) or any(
        w.lower_ in AHEAD or (w.lower_ == "later" and w.i + 1 < len(w.doc) and w.nbor(1).lower_ == "this")
        for t in times for w in t.subtree)


def _mutual_record(verb: Token) -> bool:
    """Whether a verb in the present perfect tells what two sides have done to each other over
    time, on no day ("both sides have accused each other of violations"): a habit, as "has long"."""
    return verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lower_ in ("have", "has") for a in verb.children) and any(
        o.dep_ == "dobj" and o.lower_ in ("other", "another") for o in verb.children) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def _at_once(verb: Token) -> bool:
    """Whether an act to come takes effect as it is said ("with immediate effect", "effective
    immediately"), in its own clause and on no condition ("if X does not withdraw")."""
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
           or (c.dep_ == "aux" and c.lower_ == "should" and c.i < verb.i) for c in verb.children):
        return False
    words = [w for w in verb.subtree if not any(
        a.dep_ in ("advcl", "ccomp", "xcomp", "relcl", "acl", "conj") and a.lower_ != "effective"
        and verb.is_ancestor(a) for a in w.ancestors)]
    return any((w.lower_ == "effect" and any(c.lower_ == "immediate" for c in w.children))
               or (w.lower_ == "immediately" and w.head.lower_ == "effective") for w in words)


def asked(tok: Token) -> bool:
    """Whether a verb is what a yes-or-no question asks ("Would X really freeze Y's assets?", "..., but
    will X retaliate?"; not "Why did X close the crossing?", which takes it as done), or what a clause
    says is unknown ("it is unclear whether X will retaliate"): nothing told."""
    question = _question(tok.sent)
    node = tok.head if question and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else tok  # ("will the talks
    # resume?", "is an invasion likely?")
    while True:
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if marks & {"whether", "if"} or (question and _asked_of(node)):
            return True
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head


def _question(sent) -> bool:
    """Whether a sentence ends with a question mark (before any closing quotation mark)."""
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    return last is not None and last.text == "?"


def _asked_of(verb: Token) -> bool:
    """Whether a question asks a verb: its auxiliary or copula comes before its subject with no
    question word ("did X ...?", "is an invasion likely?"), or it is to come ("why would X attack Y?");
    not "why did X close the crossing?", which takes it as done."""
    if verb.tag_ == "MD" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) or (
            lemma_of(verb) == "be" and verb.i == verb.sent.start):
        return True
    first = next((c.i for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    subject = next((c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first is not None and subject is not None and first < subject and not any(
        t.tag_ in ("WRB", "WP", "WDT") for t in verb.subtree if t.i < first)


def _a_people(noun: Token) -> bool:
    """Whether a plural noun names a people ("Peruvians", "voters"), not officials or a party's members."""
    name = " ".join([c.text for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i
                     and c.lower_ != "most" and c.text[:1].isupper()] + [noun.text])  # ("South Koreans")
    return noun.tag_ in ("NNS", "NNPS") and (lemma_of(noun) in PEOPLES or builtin().country(name) is not None)


def _opinion(tok: Token) -> bool:
    """Whether a clause tells what people think, not what a state does: what a poll shows ("a poll
    shows most Americans oppose sending troops"), or what most of a people want ("most Peruvians
    support closer ties with X"; not "most NATO members condemned X")."""
    node, shown = tok, False
    while True:
        for subject in (c for c in node.children if c.dep_ == "nsubj"):
            if shown and lemma_of(subject) in POLLS:
                return True
            if (lemma_of(subject) in ("majority", "most") and any(
                    o.dep_ == "pobj" and _a_people(o)
                    for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)) or (
                    any(c.lower_ == "most" for c in subject.children) and _a_people(subject)):
                return True
        if node.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp", "acomp") or node.head.i == node.i:
            return False
        node, shown = node.head, True


def _plan_denied(verb: Token, lex: Lexicon) -> bool:
    """Whether an act to come is what a denial says will not be: the clause a verb of denying
    governs, through the verbs of planning above the act ("denied that X planned to visit Y")."""
    node = verb
    while node.dep_ in ("xcomp", "ccomp", "conj") and node.head.i != node.i:
        denier = node.head
        if node.dep_ == "ccomp" and node.i > denier.i and lex.cues.get(lemma_of(denier)) == "deny":
            return not (_local(denier, lex.cues) == "negate" or denier.dep_ in ("xcomp", "conj") or any(
                c.dep_ == "preconj" for c in denier.head.children))  # (not "did not deny", "refused to deny",
            # "neither confirmed nor denied")
        node = denier
    return False


def _only_not_done(verb: Token, lex: Lexicon) -> bool:
    """Whether a negation only tells an act was not done, no refusal: a meeting or courtesy in the past
    or perfect ("did not meet", "has not congratulated"; not "did not sign", "did not extradite":
    what was expected and not given), or a deed never done or done with nothing ("has never deployed
    troops in X", "had not shared any evidence"); one not done "yet" is still to come ("has not yet
    approved")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes) or not any(lemma_of(c) in ("do", "have") for c in auxes):
        return False
    kind = act_type(verb, lex)
    return kind == "CONSULT" or lemma_of(verb) in COURTESIES or any(c.lower_ in PENDING for c in verb.children) or (
        kind in DEEDS and any(c.lower_ == "never" or (c.dep_ == "dobj" and any(
            d.dep_ == "det" and d.lower_ == "any" for d in c.children)) for c in verb.children))


def wished(act: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of wanting wants another to do an act: the act is an infinitive with a
    subject of its own ("wants Y to release ..."; not "wants to join")."""
    return lemma_of(verb) in lex.words["wish"] and _anothers(act, verb)


def _anothers(act: Token, verb: Token) -> bool:
    """Whether an act under a verb is an infinitive with a subject of its own ("wants Y to ..."), or
    what a "that" clause says another will do ("hoped that Y would exercise restraint")."""
    if act.head.i != verb.i or not any(s.dep_ == "nsubj" for s in act.children):
        return False
    return (act.dep_ == "ccomp" and infinitive(act)) or (act.dep_ in ("ccomp", "acl") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in act.children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would") for c in act.children) and any(
        s.dep_ == "nsubj" and s.pos_ == "PROPN" for s in act.children))  # (not "that relations would improve")


def _refusal(verb: Token, lex: Lexicon) -> str | None:
    """``REFUSED`` when the refusing or negated ``verb`` is itself said or planned; None when it
    is only asked for or supposed ("urged X not to recognise Y": X refused nothing)."""
    return REFUSED if _governed(verb, lex) in ("occurred", "planned") else None


def _governed(tok: Token, lex: Lexicon) -> str | None:
    """The status the verbs governing ``tok`` give it."""
    cues = lex.cues
    node = tok
    means = False  # on the way up a "by" clause and the complements above it: how what governs them was done
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "parataxis") and node.i < node.head.i and any(
                t.text == ";" for t in node.doc[node.i:node.head.i]):
            break  # "X expelled Y's envoy; will Y retaliate?": a clause of its own, which the parser hangs on the next
        if main_under_condition(node):
            break  # "X threatened to close the port should Y strike": the threat is not in the condition
        if node.dep_ in ("ccomp", "parataxis") and node.i < node.head.i and answered(node):
            break  # "X accused Y of ..., a charge Y rejected": told as done, then answered
        if node.dep_ == "conj":  # a coordinate act shares its first conjunct's scope, not its status
            finite = node.tag_ in ("VBD", "VBZ") and node.head.tag_ == "VB" and node.head.dep_ == "xcomp" \
                and lemma_of(node.head.head) in REFUSING_VERBS
            node = node.head.head if finite else node.head  # ("refused to recognise X and recalled its envoy":
            continue  # a deed of the refuser's own, the parser hanging it on the infinitive)
        if node is tok and tok.dep_ == "pobj" and tok.head.lower_ == "for" and any(
                c.lower_ in UNREAL or (c.lower_ == "another" and any(a.tag_ == "MD" for a in tok.head.head.children))
                for c in tok.children):
            return "hypothetical"  # "vowed retaliation for future strikes", "would retaliate for another strike"
        if avenged(node):
            return "occurred"  # "vowed to avenge the killing of its soldiers", "revenge for the strikes": done
        near = imminent(node)
        frame = near or (node.head if node.dep_ == "xcomp" and lemma_of(node.head) == "suppose" and not any(
            c.dep_ == "aux" and c.lower_ == "have" for c in node.children) else None)
        if frame is not None and not clauses_between(tok, node) and not any(
                _local(w, cues) == "negate" for w in (frame, node.head, frame.head)):
            # "X is about to sign", "is on the verge of signing", "is supposed to sign": to come; "was about to",
            # "was supposed to": it did not come (but "said it was about to": it is to); "is not about to": a refusal
            told_past = (frame.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                                    for c in frame.children)) and not (
                near is not None and frame.dep_ == "ccomp" and is_saying(frame.head, lex))
            return "hypothetical" if told_past else "planned"
        if node.dep_ in ("dobj", "nsubjpass") and _put_off(node.head) and _named_by(tok, node):
            return None  # "the visit was postponed", "cancelled the talks": it did not take place
        if node.dep_ in ("dobj", "nsubjpass") and lemma_of(node.head) == "reschedule" and _named_by(tok, node):
            return "planned"  # "the visit has been rescheduled for June": it is to come
        if node.dep_ in ("csubj", "nsubj", "nsubjpass") and ruled_out(node.head):
            return _refusal(node.head, lex)  # "lifting sanctions is out of the question", "has been ruled out"
        if node is tok and node.dep_ in ("nsubj", "nsubjpass") and pos_of(tok) == "NOUN" and _to_come(node.head):
            return "planned"  # "talks will resume on Monday", "a meeting is expected next month"
        if node is tok and node.dep_ == "nsubj" and pos_of(tok) == "NOUN" and lemma_of(node.head) in LASTING \
                and act_type(tok, lex) == "AGREE":
            return None  # "the ceasefire has largely held", "the truce collapsed": a standing accord, not its making
        if node is tok and node.dep_ in ("nsubj", "nsubjpass") and pos_of(tok) == "NOUN" and (
                (lemma_of(node.head) not in HAPPENING and _local(node.head, cues) == "hypothetical")
                or _needed(node.head) or _not_foreseen(node.head)) and _cooperative(tok, lex):
            return "hypothetical"  # "talks between X and Y must be concluded first", "a deal could end the war",
            # "talks need to be held", "talks are not expected to resume": wanted or supposed, not told as held
        if node is tok and node.dep_ == "nsubjpass" and pos_of(tok) == "NOUN" and act_type(node.head, lex) == "REJECT":
            return None  # "a truce was rejected": never agreed
        if node is tok and node.dep_ in ("nsubj", "nsubjpass") and (lemma_of(node.head) in HAPPENING or any(
                c.dep_ == "dobj" and c.lower_ == "place" for c in node.head.children) or (
                node.dep_ == "nsubjpass" and lemma_of(node.head) == "hold")):  # "clashes broke out", "fighting
            return status_of(node.head, lex)  # could erupt", "a summit may take place", "talks could be held"
        if node is not tok and lemma_of(node) in REPORTS and node.dep_ == "nsubj" and any(
                c.dep_ in ("acomp", "attr") and lemma_of(c) in UNFOUNDED for c in node.head.children):
            return "denied"  # "reports that X had expelled Y were false": told as not done
        if node.dep_ in ("nsubj", "nsubjpass", "relcl", "appos") or (node.dep_ == "advcl" and marked(node)) or (
                node is tok and reduced_participle(node)):
            break  # (an act told by a participle of a noun was done: "a ceasefire mediated by X")
        if node.dep_ == "advcl" and cues.get(lemma_of(node)) == "say":
            break  # "denied that ..., saying it was reached": what they say, apart from what they deny
        if in_setting(node):
            if node is tok and tok.head.lower_ in ("at", "during") and act_type(tok, lex) == "CONSULT" \
                    and (_local(tok.head.head, cues) == "plan" or _ahead(tok) or (
                        act_type(tok.head.head, lex) == "CONSULT" and status_of(tok.head.head, lex) == "planned")):
                return "planned"  # "will raise it at talks on Tuesday", "agreed to meet at the summit in October",
                # "are set to sign a deal during X's visit to Y next month": the talks are to come too
            break  # "agreed ... during a meeting", "closed ... because of fighting": not what was agreed, closed
        gov = node.head
        kind = cues.get(lemma_of(gov)) if gov.pos_ in ("VERB", "ADJ") else None
        hit = match_trigger(gov, lex, set())
        gtype = hit[0].type if hit and hit[0].host != "refused" else None  # ("accept": no act unless refused)
        local = _local(gov, cues)
        if node is tok and claim_rejected(tok, lex):
            node = gov  # "rejected X's accusations", "denied the allegations": they were made
            continue
        said = node.dep_ == "advcl" and node.tag_ == "VBG" and lex.quads.get(act_type(node, lex)) in VERBAL_QUADS
        if said and (kind in ("deny", "negate") or local == "negate"):
            node = gov  # "denied the allegations, accusing X of lies": a further act, not denied (but "denied
            continue  # shelling the market, killing 20": what the shelling did)
        if said and node.i > gov.i and any(t.text == "," for t in node.doc[gov.i:node.i]) and (
                denier := next((a for a in gov.ancestors if cues.get(lemma_of(a)) == "deny"), None)) is not None:
            node = denier  # "denied targeting civilians, blaming X": the denier's further act, not denied
            continue
        if node.dep_ == "xcomp" and local == "negate" and lemma_of(gov) in UNHESITATING:
            return "planned" if any(c.dep_ == "aux" and cues.get(c.lower_) in ("plan", "hypothetical")
                                    for c in gov.children) else "occurred"  # "will not hesitate to strike X": a vow
            # to strike; "did not hesitate to": done
        if node.dep_ == "xcomp" and local == "negate" and lemma_of(gov) in lex.words["halt"] and not any(
                c.dep_ == "aux" and c.tag_ == "MD" for c in gov.children):
            node = gov  # "has not stopped attacking X": still done (not "will not stop attacking X": a vow)
            continue
        if node is not tok and lemma_of(node) in REPORTS and node.dep_ == "dobj" and gtype == "REJECT" \
                and local != "negate" and gov.dep_ not in ("xcomp", "conj"):
            return "denied"  # "dismissed reports that X had met Y", "rejected claims that ...": denied (not "did
            # not dismiss", "refused to dismiss")
        undone = (gtype in UNDOING_TYPES and kind != "deny" and node.dep_ in GOVERNED) or (
            node.dep_ == "xcomp" and node.tag_ == "VBG" and lemma_of(gov) in lex.words["halt"]) or (
            node.dep_ == "dobj" and lemma_of(gov) in lex.words["harm"] and _cooperative(tok, lex))  # "stopped
        # exporting weapons to X": no longer done; "derailed the talks", "obstructed aid": not held, not given
        if node is tok and node.dep_ == "advcl" and infinitive(node) and act_type(tok, lex) == "ASSAULT" and not any(
                c.dep_ in ("nsubj", "mark") for c in node.children) and (
                _cooperative(gov, lex) or act_type(gov, lex) == "MOBILIZE"):
            return "hypothetical"  # "sent troops to X to fight Y", "provided drones to X to strike Y": what the
            # aid or the force is for, not an attack told
        if node is not tok and lemma_of(node) in PREVENTING and node.dep_ == "xcomp" and (
                kind == "negate" or local == "negate" or lemma_of(gov) == "unable"):
            return "occurred"  # "was unable to prevent Israeli strikes", "failed to stop the attacks": they happened
        if node.dep_ == "xcomp" and lemma_of(gov) == "unable":
            return None  # "was unable to reach an agreement", "to visit the hostages": not done, refused by no one
        if local == "negate" and node.dep_ in GOVERNED and (lemma_of(gov) in SUPPOSING or _rules_out(gov)):
            return "hypothetical"  # "is not expected to attend", "did not rule out sending troops": still open
        if kind == "negate" and local == "negate" and node.dep_ in GOVERNED:
            return None  # "has never refused to negotiate": no refusal, and no act either
        if kind == "negate" and node.dep_ in GOVERNED and node is not tok and lemma_of(node) in UNTOLD:
            return None  # "declined to say whether it would sanction X": nothing told
        if (kind == "negate" or local == "negate") and node.dep_ in GOVERNED:
            return _refusal(gov, lex)  # "refused to meet", "did not want to sign"
        if kind in ("negate", "habitual") or local == "negate" or undone or (local == "habitual" and node.dep_ == "dobj"):
            return None  # "froze the aid": the act under it did not happen; "has frequently carried out strikes": a
            # habit
        if node.dep_ == "xcomp" and lemma_of(gov) in lex.words["ongoing"]:
            if any(conditioned(v, "if") for v in (node, gov)):
                return "hypothetical"  # "would continue to strike X if attacks resumed": on a condition
            node = gov  # "will continue to support X": the support goes on now, whatever the tense
            continue
        if node.dep_ == "xcomp" and lemma_of(gov) in ("have", "be") and any(
                c.dep_ == "advmod" and c.lower_ in PENDING for c in gov.children):
            return None  # "have yet to sign the deal": not done
        if node.dep_ == "xcomp" and gov.pos_ == "ADJ" and lemma_of(gov) in ("likely", "unlikely") and not any(
                c.dep_ == "aux" and c.lower_ == "have" for c in node.children):  # (not "is likely to have struck")
            negated = lemma_of(gov) == "unlikely" or any(c.dep_ == "neg" for c in (*gov.children, *gov.head.children))
            return "planned" if not negated and _cooperative(node, lex) else "hypothetical"  # "X is likely to
            # visit Y"; "is likely to strike Y", "is not likely to": a forecast, no plan
        if kind == "deny" and node.dep_ == "ccomp" and node.i < gov.i and _charge_denied(gov, lex):
            node = gov  # "X accused Y of ..., a charge Y denies": the charge was made; its content is denied
            continue
        if kind == "deny":
            return "denied"
        if kind == "attempt":  # "tried to assassinate X": an attack made, if it failed; "tried to reach a deal",
            if act_type(tok, lex) not in ATTEMPTED_TYPES:  # "tried to impose sanctions": none made
                return "hypothetical"
            node = gov
            continue
        if gtype == "REQUEST" or (node.dep_ == "ccomp" and lemma_of(gov) in PROPOSING and _subjunctive(node)) or (
                wished(node, gov, lex)):
            return "requested"  # ("suggested that X accommodate Y", "wants X to free Y": asked of X, not done)
        if lemma_of(gov) in PROPOSING and node.dep_ in ("dobj", "xcomp"):
            return "planned"  # "proposed new sanctions on X", "proposed to suspend ...": not yet taken
        if lemma_of(gov) == "expect" and _anothers(node, gov) and act_type(node, lex) != "CONSULT":
            return "hypothetical"  # "expects X to free Y": neither X's promise nor a demand (but "expects X to
            # visit next month": a visit announced)
        if gtype == "CONSULT" and node.pos_ == "VERB" and node.dep_ in GOVERNED:
            if lemma_of(gov) in CONTACT_VERBS and infinitive(node) and _past(gov):
                node = gov  # "telephoned X to congratulate him": done in the call
                continue
            return "planned"  # "discussed signing an accord": talked about, not done
        means = (means and node.dep_ in ("prep", "xcomp")) or (node.dep_ == "pcomp" and lemma_of(gov) == "by")
        if gtype == "AGREE" and means and _past(gov) and _cooperative(tok, lex):
            node = gov  # "agreed to boost trade by signing an accord": the signing is how they agreed
            continue  # (not "agreed to punish X by imposing tariffs": that is still to come)
        if gtype == "AGREE" or kind == "plan" or local == "plan":
            return "planned"
        if node is tok and tok.pos_ == "ADJ" and local == "hypothetical" and _future_in_the_past(gov, lex):
            return "planned"  # "said it would be open to talks": a stance stated
        if gtype == "THREATEN" and (node is tok or (node.i == tok.head.i and tok.dep_ == "dobj")) and _intent_act(tok, lex):
            return "planned"  # "threatened to ban X", "to impose a curfew": the act the threat holds, as a vow's
        if (local == "hypothetical" and node.dep_ in ("xcomp", "advcl") and infinitive(node) and gtype != "THREATEN"
                and _future_in_the_past(gov, lex)):
            return "planned"  # "said X would travel to Y to attend a summit": what was said to come (not
            # "would raise the shooting with Y": a topic)
        if gtype == "THREATEN" or kind == "hypothetical" or local == "hypothetical":
            return "hypothetical"
        node = gov
    return "occurred"


def ruled_out(verb: Token) -> bool:
    """Whether a verb says its subject will not be done: "is out of the question", "was ruled out"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "was not out of the question"
    if lemma_of(verb) == "rule":
        return _rules_out(verb)
    return any(c.dep_ == "prep" and c.lower_ == "out" and any(
        o.lower_ == "of" and any(lemma_of(q) == "question" for q in o.children) for o in c.children)
        for c in verb.children)


def _rules_out(verb: Token) -> bool:
    """Whether a verb is "rule out"."""
    return lemma_of(verb) == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _needed(verb: Token) -> bool:
    """Whether a verb says its subject needs to take place ("talks need to be held")."""
    return lemma_of(verb) == "need" and any(c.dep_ == "xcomp" for c in verb.children)


def _not_foreseen(verb: Token) -> bool:
    """Whether a negated verb of expecting says its subject is not to take place ("talks are not
    expected to resume"; not "... to produce a breakthrough", nor "... to begin until Monday")."""
    act = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return (lemma_of(verb) in SUPPOSING | SCHEDULED and any(c.dep_ == "neg" for c in verb.children) and act is not None
            and lemma_of(act) in HAPPENING | {"hold", "take"} and not _until(act))


def _until(verb: Token) -> bool:
    """Whether "until" bounds a verb ("not ... until Monday": then)."""
    return any(c.lower_ == "until" for c in (*verb.children, *verb.head.children))


def _to_come(verb: Token) -> bool:
    """Whether a verb tells that its subject is still to come: "will resume", "is scheduled to
    resume", "will be held", "is expected next month" (not "was expected to fail", nor "a ceasefire
    is expected to hold": what goes on or ends)."""
    frame = verb if lemma_of(verb) in SCHEDULED else verb.head if (
        verb.dep_ == "xcomp" and lemma_of(verb.head) in SCHEDULED) else None
    if frame is not None and _not_foreseen(frame):
        return False  # "talks are not expected to resume soon" (but "not scheduled until next month": then)
    act = verb if frame is None else next((c for c in frame.children if c.dep_ == "xcomp"), None)
    occurs = act is None or lemma_of(act) not in LASTING or (  # ("is expected next month")
        lemma_of(act) == "hold" and any(c.dep_ == "auxpass" for c in act.children))  # ("will be held")
    coming = any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in verb.children) or (
        frame is not None and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "was", "were", "been")
                                  for c in frame.children))  # ("a summit was (has been) scheduled for March": planned)
    return occurs and coming


def _ranked(noun: Token) -> bool:
    """Whether a noun is what its clause's subject is called as the first, last or only one to do
    something ("became the first country to recognise X")."""
    return noun.dep_ in ("attr", "oprd") and any(c.dep_ == "amod" and c.lower_ in RANKS for c in noun.children)


def _subjunctive(verb: Token) -> bool:
    """Whether a verb is in the subjunctive: its base form, or with a singular subject ("that Turkey
    accommodate"; not "that Russian forces use", a plain present)."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and any(
        c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in verb.children))


def _charge_denied(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of denying has a charge or claim for its object before it ("..., a charge Y
    denies", parsed with the charge's clause under the verb)."""
    return any(c.dep_ == "dobj" and c.i < verb.i and lemma_of(c) in lex.words["proposal"] for c in verb.children)


def _put_off(verb: Token) -> bool:
    """Whether a verb puts off or calls off what it governs ("postponed", "called off", "put off")."""
    return lemma_of(verb) in CALLED_OFF or (lemma_of(verb) in ("call", "put") and any(
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children))


def _named_by(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` is ``noun``, or reached from it only through conjuncts and "of" ("the
    delivery of aid"), not a topic or a cause ("talks over the attack", "a meeting on the strikes")."""
    while tok.i != noun.i:
        if not (tok.dep_ == "conj" or (tok.dep_ == "pobj" and lemma_of(tok.head) == "of")
                or (tok.dep_ == "prep" and lemma_of(tok) == "of")):
            return False
        tok = tok.head
    return True


def future_verb(noun: Token, lex: Lexicon) -> Token | None:
    """The verb of speaking of, or reacting to, an act, whose object an event noun is, when only
    that verb's own future made the noun planned ("will condemn the attacks", "will talk about the
    attacks": what is to come is the speaking); not a verb that tells of plans ("will announce the
    withdrawal"), nor an agreement, nor a noun itself to come ("the upcoming withdrawal"), nor one
    in a setting ("during the visit")."""
    verb = (noun.head if noun.dep_ == "dobj"
            else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not in_setting(noun) else None)
    if verb is None or verb.pos_ != "VERB" or _local(verb, lex.cues) != "plan" or _local(noun, lex.cues) == "plan":
        return None
    hit = match_trigger(verb, lex, set())
    act = hit[0].type if hit else None
    speaks = ((is_saying(verb, lex) and lemma_of(verb) not in TELLING | ANNOUNCING_VERBS)
              or (act is not None and lex.quads[act] in VERBAL_QUADS))
    return verb if speaks and act != "AGREE" else None


def decreed(tok: Token, trig: Trigger | None, lex: Lexicon) -> bool:
    """Whether a measure (``trig``, else the one ``tok`` heads) is what a verb of deciding above
    it decides ("decided to impose sanctions", "ordered the expulsion", "announced that a tariff
    will be imposed"): the state that decides takes it then."""
    if tok.dep_ == "ccomp" and not agentless(tok) and _announced_measure(tok, lex):
        return True  # "said it would impose tariffs on X": the measure (not "said he would withdraw ...")
    if lemma_of(tok.head) not in lex.words["decree"] or not (tok.dep_ in ("xcomp", "ccomp", "dobj") or (
            tok.dep_ == "acl" and tok.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))):
        return False  # (a noun of deciding: "welcomed X's decision to lift the sanctions")
    if tok.dep_ == "ccomp" and not agentless(tok):
        return False  # "announced that he will withdraw ...": an intent its author states
    return (trig.type if trig is not None else act_type(tok, lex)) in DECREED_TYPES


def _announced_measure(verb: Token, lex: Lexicon) -> bool:
    """Whether a clause a verb of saying or deciding governs announces, on no condition, a measure
    its subject will take ("said it would impose tariffs on X", "announced that it will lift its
    sanctions"): an economic measure is taken when announced; not one set on a condition ("... if X
    does not ..."), which threatens, nor other acts ("said they would release the hostages", "will
    withdraw the inspectors"), which are promised or threatened (PLOVER's reading)."""
    hit = match_trigger(verb, lex, set())
    if hit is None or "economic" not in hit[0].contexts or hit[0].type not in ("SANCTION", "RETREAT"):
        return False
    if not (lemma_of(verb.head) in lex.words["decree"] or is_saying(verb.head, lex)):
        return False
    modals = {lemma_of(c) for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"}
    conditions = [c for c in verb.children if c.dep_ == "advcl"] + [
        c for c in verb.head.children if c.dep_ == "advcl" and any(m.dep_ == "mark" for m in c.children)]
    if not modals or not modals <= WILL or conditions or any(
            c.dep_ == "neg" or lemma_of(c) in HEDGES for c in (*verb.children, *verb.head.children)):
        return False  # (a clause of condition or time, "if", "once", "should talks fail", or a hedge: "would
        # likely impose": a threat or a guess)
    return not any(t.lower_ in ANYONE or (t.dep_ == "relcl" and t.head.dep_ in ("pobj", "dobj")) for t in verb.subtree)
    # ("tariffs on any country that buys X's oil": a threat to whoever does)


def _past(verb: Token) -> bool:
    """Whether a verb, or the finite verb whose complement it is ("agreed to boost"), tells the past."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and lemma_of(c) == "have"
                                                             for c in verb.children))


def act_type(tok: Token, lex: Lexicon) -> str | None:
    """The type of the act a word heads, if any (an idiom's is none)."""
    hit = match_trigger(tok, lex, set())
    return hit[0].type if hit is not None and hit[0].type != NOT_AN_EVENT else None


def _cooperative(tok: Token, lex: Lexicon) -> bool:
    """Whether a word heads an act of cooperation, in words or deeds (quad class 1 or 2)."""
    kind = act_type(tok, lex)
    return kind is not None and lex.quads[kind] <= 2


def _intent_act(tok: Token, lex: Lexicon) -> bool:
    """Whether a word heads an act that, announced, is a threat or a promise (``INTENT_CAMEO``)."""
    return act_type(tok, lex) in INTENT_CAMEO


def answered(clause: Token) -> bool:
    """Whether a clause is followed by the answer to it in a noun phrase the parser takes for the
    subject of the clause's head (", a charge Y rejected", ", a demand Y turned down")."""
    return any(t.dep_ in ("nsubj", "npadvmod", "dep") and t.head.i == clause.head.i and lemma_of(t) in ANSWERED
               and any(p.text == "," for p in t.doc[max(clause.i, t.i - 3):t.i])
               for t in clause.doc[clause.right_edge.i + 1:clause.head.i])


def claim_rejected(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is an accusation ("allegations", "accusations") that the verb whose object
    it is rejects or denies: the accusation was made all the same, against whoever rejects it."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return False
    own = match_trigger(noun, lex, set())
    if own is None or own[0].type != "ACCUSE":
        return False
    verb = match_trigger(noun.head, lex, set())
    return (verb is not None and verb[0].type == "REJECT") or lex.cues.get(lemma_of(noun.head)) == "deny"


def is_saying(tok: Token, lex: Lexicon) -> bool:
    """Whether a word is a saying verb of the lexicon ("said", "added", "stressed")."""
    return tok.pos_ == "VERB" and lex.cues.get(lemma_of(tok)) == "say"


def _given_nothing(tok: Token) -> bool:
    """Whether an act is "no" act ("has no desire for war") or its object is "no" something
    ("granted no extension", "reached no deal", "no agreement was reached"): it did not happen."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or any(
        c.dep_ in ("dobj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in tok.children)


def _future_in_the_past(tok: Token, lex: Lexicon) -> bool:
    """Whether "would" tells what a speaker said was to come ("said the minister would visit X"),
    not a supposition: the clause is what a saying verb says, on no condition."""
    clause = tok.head if tok.dep_ == "conj" else tok
    return (any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children)
            and clause.dep_ == "ccomp" and (is_saying(clause.head, lex) or lemma_of(clause.head) in TELLING)
            and not conditioned(tok, "if") and not conditioned(tok, "unless"))


def _in_no_way(prep: Token) -> bool:
    """Whether a prepositional phrase negates its verb: "in no way", "by no means", "at no time"
    (not "in no small way")."""
    return prep.dep_ == "prep" and any(
        o.dep_ == "pobj" and (prep.lower_, o.lower_) in NO_WAY and [d.lower_ for d in o.children] == ["no"]
        for o in prep.children)


def _over_years(prep: Token) -> bool:
    """Whether a phrase spans years of acts ("over the decades", "has for years supported X",
    "throughout the years"; not "their first talks for years")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("over", "throughout", "for") or not any(
            o.dep_ == "pobj" and o.tag_ == "NNS" and lemma_of(o) in ("decade", "year", "century")
            and not any(c.dep_ == "nummod" for c in o.children) for o in prep.children):  # (not "for two years")
        return False
    return prep.lower_ != "for" or any(c.dep_ == "aux" and lemma_of(c) == "have" for c in prep.head.children)


def _supposed(noun: Token) -> bool:
    """Whether an act named as the subject of a clause is only supposed: "any" act, or one "a"
    clause says could or would have an outcome ("a strike on X could trigger a war")."""
    if pos_of(noun) != "NOUN" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    dets = {c.lower_ for c in noun.children if c.dep_ == "det"}
    if "any" in dets:
        return True
    auxes = {c.lower_ for c in noun.head.children if c.dep_ == "aux"}
    told = any(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("relcl", "acl") for t in noun.subtree if t is not noun)
    return bool(dets & {"a", "an"}) and bool(auxes & {"would", "could", "might", "may"}) and "have" not in auxes \
        and not told  # (not "an attack on X on Tuesday could derail the talks", "a strike on X may have killed 20":
    # it happened)


def _to_be_done(tok: Token) -> bool:
    """Whether a verb is what its subject "is to" do ("X is to visit Y", "they were to meet"): an
    arrangement, to come; not what a purpose or a task "is" ("the aim is to boost trade")."""
    be = tok.head
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return (tok.dep_ == "xcomp" and tok.pos_ == "VERB" and infinitive(tok) and be.pos_ == "AUX" and lemma_of(be) == "be"
            and subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN") and subject.tag_ != "WP"
            and not (subject.pos_ == "NOUN" and subject.lemma_.lower() in PURPOSES))


def _not_as_arranged(verb: Token) -> bool:
    """Whether a verb is what its subject "was to have" done: arranged, and not done."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head) == "be" and verb.head.tag_ == "VBD" and {"to", "have"} <= {
        c.lower_ for c in verb.children if c.dep_ == "aux"}


def _noun_to_be_done(noun: Token) -> bool:
    """Whether an act named by a noun is the subject, object or in a phrase of a clause of what
    "is to" be done ("talks are to be held on Saturday", "a meeting is to take place", "are to meet
    for talks", "is to make a visit to X")."""
    if pos_of(noun) != "NOUN":
        return False
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else noun.head.head if noun.dep_ == "pobj" \
        else None
    if verb is None:
        return False
    if noun.dep_ in ("pobj", "dobj"):
        return _to_be_done(verb)
    return verb.pos_ == "AUX" and lemma_of(verb) == "be" and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and infinitive(c) for c in verb.children)


def _local(tok: Token, cues: dict[str, str]) -> str | None:
    """The status cue among a token's own auxiliaries, markers and adverbs."""
    found = None
    for child in tok.children:
        kind = cues.get(lemma_of(child))
        if child.dep_ == "neg" or (kind == "negate" and child.dep_ in ("neg", "advmod")) or _in_no_way(child) or (
                child.dep_ == "nsubj" and any(_in_no_way(c) or (c.dep_ in ("preconj", "det") and c.lower_ == "neither")
                                              for c in child.children)):  # (parsed "[Chile by no means]"; "neither
            return "negate"  # A nor B has agreed")
        if (kind == "habitual" and child.dep_ == "advmod") or _over_years(child):
            found = found or "habitual"  # ("has frequently struck X", "over the decades, X has imposed ...")
        elif kind in ("plan", "hypothetical") and child.dep_ in ("aux", "auxpass"):
            found = found or kind
        elif kind == "plan" and child.dep_ == "amod":  # "the upcoming visit"
            found = found or kind
        elif kind == "demand" and child.dep_ in ("aux", "auxpass"):
            found = found or "hypothetical"  # "X must stop the attacks": asked for, not done
        elif kind == "hypothetical" and child.dep_ == "mark":
            found = "hypothetical"
    return found or ("plan" if present_for_future(tok) else None)  # ("the ministers meet in Lima on Friday")
