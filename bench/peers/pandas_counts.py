"""The pandas peer of `npm run bench`: the nine metrics' counts over the same CSV files that
`wres report` reads, vectorised (read_csv + boolean masks + groupby), as an analyst would write it.

    python3 bench/peers/pandas_counts.py config.json   (config written by bench/peers.ts)

Prints the counts as JSON with the same keys as bench/peers/duckdb-counts.mjs.
"""
import json
import sys

import pandas as pd

config = json.load(open(sys.argv[1]))
files, period, bands = config["files"], config["period"], config["bands"]
ethnicity = config["ethnicity"]
start, end = period["start"], period["end"]
counts = {}


def group_of(values):
    return values.fillna("").map(ethnicity).fillna("unknown")


def tally(cell, group, outcome):
    """Counts of the outcome and the population, by group, into `counts`."""
    frame = pd.DataFrame({"group": group.values, "outcome": outcome.values})
    summary = frame.groupby("group")["outcome"].agg(["sum", "count"])
    for name in ("minority", "white"):
        have = name in summary.index
        counts[f"{cell} {name} count"] = int(summary.loc[name, "sum"]) if have else 0
        counts[f"{cell} {name} total"] = int(summary.loc[name, "count"]) if have else 0


staff = pd.read_csv(files["staff"], dtype={"id": str, "ethnicity": str, "payBand": str, "employment": str, "service": str},
                    usecols=["id", "ethnicity", "payBand", "seniorManager", "employment", "regulatedProfessional", "startDate", "endDate"])
employment = staff["employment"]
staff = staff[employment.isna() | (employment.str.strip().str.lower() == "direct")]
group = group_of(staff["ethnicity"])
started = staff["startDate"].isna() | (staff["startDate"] <= end)
snapshot = started & (staff["endDate"].isna() | (staff["endDate"] >= end))
at_risk = started & (staff["endDate"].isna() | (staff["endDate"] >= start))
band = staff["payBand"].str.strip()
known_band = snapshot & band.notna() & (band != "")
for label in bands:
    tally(f"band:{label}", group[known_band], band[known_band] == label)


def distinct_ids(path, keep=None):
    frame = pd.read_csv(path, dtype={"staffId": str})
    mask = (frame["date"] >= start) & (frame["date"] <= end)
    if keep is not None:
        mask &= keep(frame)
    return set(frame.loc[mask, "staffId"])


tally("entered-disciplinary", group[at_risk], staff.loc[at_risk, "id"].isin(distinct_ids(files["disciplinaryCases"])))
regulated = at_risk & (staff["regulatedProfessional"] == True)  # noqa: E712 (missing is not regulated)
tally("fitness-to-practise-referral", group[regulated], staff.loc[regulated, "id"].isin(distinct_ids(files["fitnessToPractiseReferrals"])))
funded = distinct_ids(files["cpd"], lambda f: (f["funded"] == True) & (f["mandatory"] == False))  # noqa: E712
tally("accessed-funded-cpd", group[at_risk], staff.loc[at_risk, "id"].isin(funded))
ended = staff["endDate"]
tally("left-organisation", group[at_risk], (ended[at_risk] >= start) & (ended[at_risk] <= end))
tally("senior-management", group[snapshot], staff.loc[snapshot, "seniorManager"] == True)  # noqa: E712

applications = pd.read_csv(files["applications"], dtype={"ethnicity": str}, usecols=["ethnicity", "shortlisted", "appointed", "date"])
shortlisted = applications[(applications["shortlisted"] == True) & (applications["date"] >= start) & (applications["date"] <= end)]  # noqa: E712
tally("appointed-from-shortlisting", group_of(shortlisted["ethnicity"]), shortlisted["appointed"] == True)  # noqa: E712

survey = pd.read_csv(files["survey"], dtype={"ethnicity": str})
survey_group = group_of(survey["ethnicity"])
for cell, column in (("harassment-from-public", "harassmentFromPublic"), ("harassment-from-colleagues", "harassmentFromColleagues"),
                     ("harassment-from-managers", "harassmentFromManagers")):
    answered = survey[column].notna()
    tally(cell, survey_group[answered], survey.loc[answered, column] == True)  # noqa: E712

json.dump(counts, sys.stdout)
