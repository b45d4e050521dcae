"""Event coding: PLOVER events with their actors, found in the dependency parse of a body.

Needs: the spaCy ``Doc`` of an article body and the ``ActorMention`` records found in it.
Sets: one ``Candidate`` per coded event mention (type, mode, CAMEO code, source, target,
status, trigger and sentence offsets, speaker, confidence), before dates and merging.

The lexicon (``tidings.lexicon``) is data: trigger lemmas (verbs, event nouns, multi-word
patterns) with their PLOVER type and CAMEO code, plus the cue words (saying verbs, modals,
negation, habitual adverbs) that decide status. The coder reads the parse in layers, one module
each:

- ``grammar``: lemmas, parts of speech, the words in a verb's scope, a passive's agent;
- ``triggers``: the lexicon pattern a word heads (its type and code);
- ``phrases``: the actors a noun phrase denotes (pronouns, "both sides", coordination);
- ``arguments``: a trigger's sources, targets and joint parties, and who reports it;
- ``status``: occurred, planned, requested, denied or hypothetical, from the cue words;
- ``senses``: which act a trigger tells where it stands, or none ("struck a conciliatory note");
- ``coder``: candidates from each trigger, with what the events coded so far leave the next.
"""
from .arguments import REACTION_TYPES
from .coder import Candidate, code
from .grammar import ACT_WORDS, SCHEDULED, WEEKDAYS, agent_noun, present_for_future, promise_kept, reduced_participle
from .phrases import PARTY_HEADS, bare_definite
from .status import is_saying

__all__ = ["ACT_WORDS", "PARTY_HEADS", "REACTION_TYPES", "SCHEDULED", "WEEKDAYS", "Candidate", "agent_noun",
           "bare_definite", "code", "is_saying", "present_for_future", "promise_kept", "reduced_participle"]
