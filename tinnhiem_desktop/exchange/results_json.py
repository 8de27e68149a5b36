"""The JSON shape of ``results --json`` (also the JSON export)."""

from __future__ import annotations

from typing import Any

from tinnhiem_desktop.domain.results import SessionResults
from tinnhiem_desktop.domain.tally import format_percent_json


def results_to_dict(results: SessionResults) -> dict[str, Any]:
    """Every figure of the session as a JSON-ready dict (percentages as ``"38.88"`` strings)."""
    info = results.info
    session: dict[str, Any] = info.to_dict()
    session.update(
        {
            "regime": results.regime.id,
            "regime_name": results.regime.name,
            "legal_basis": results.regime.legal_basis,
            "fingerprint": results.fingerprint,
            "quorum_met": results.quorum_met,
            "absent": results.absent,
            "finalised": None
            if results.finalisation is None
            else {"by": results.finalisation.by, "at": results.finalisation.at},
            "committee": [{"name": m.name, "role": m.role.value} for m in results.committee],
            "addenda": [
                {"number": a.number, "text": a.text, "by": a.by, "at": a.at}
                for a in results.addenda
            ],
        }
    )
    types = []
    for bt in results.ballot_types:
        acc = bt.ballot_type.accounting
        types.append(
            {
                "name": bt.ballot_type.name,
                "issued": acc.issued,
                "spoiled": acc.spoiled,
                "collected": acc.collected,
                "recorded": bt.recorded,
                "whole_invalid": bt.whole_invalid,
                "whole_invalid_reasons": bt.whole_invalid_reasons,
                "denominator": {"basis": bt.basis.value, "value": bt.denominator},
                "candidates": [
                    {
                        "order": cr.candidate.order,
                        "name": cr.candidate.name,
                        "position": cr.candidate.title,
                        "counts": dict(cr.counts),
                        "valid": cr.valid,
                        "invalid": cr.invalid,
                        "percent": {k: format_percent_json(v) for k, v in cr.percents.items()},
                        "band": "none" if cr.band is None else cr.band.id,
                    }
                    for cr in bt.candidates
                ],
                "checks": [
                    {"code": c.code.value, "kind": c.kind.value, "message": c.message}
                    for c in results.checks
                    if c.ballot_type in (None, bt.ballot_type.name)
                ],
            }
        )
    return {"session": session, "ballot_types": types}
