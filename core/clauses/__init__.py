"""The clause reader shared by claims and meetings: who does what to whom, read from a predicate
and the phrases before it (は/が subject, と/との partner, を object, 「…」と complement, によると
source), with the subject carried over from an earlier clause when the sentence omits it.

    from core.clauses import read_clauses
    for clause in read_clauses(body, mentions):
        clause.kind, clause.predicate, clause.subject, clause.partners, clause.object, clause.complement
"""

from core.clauses.reader import Argument, Clause, read_clauses

__all__ = ["Argument", "Clause", "read_clauses"]
