#!/usr/bin/env python3
"""Writes samples/riverbend-thrives.network.json: the sample initiative the service loads on first start.

"Riverbend Thrives" is a fictional place-based, cradle-to-career collective impact initiative in a
fictional river city. Every organization, person, place and e-mail domain is invented.

The document follows /work/shared/spec/network-format.md (format `collective-impact-network/1`). The
structure is written by hand where the analyses are demonstrated (the planted cases listed in
samples/README.md); the bulk (people, their ties, the everyday partner ties, measurement noise) is
drawn from random.Random(2026), so the output is byte-for-byte the same on every run. Nothing reads the
clock: the sample is meant to be analysed as of 2026-11-26.

Standard library only. Run:  python3 samples/make_sample.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys

SEED = 2026
AS_OF = dt.date(2026, 11, 26)
OUT_NAME = "riverbend-thrives.network.json"

PLACES = ["riverbend-central", "eastbank", "millbrook", "northgate",
          "kingfisher-flats", "ironbark-hill", "wattle-grove", "south-ferry"]

# ---------------------------------------------------------------------------------------------------
# Common agenda
# ---------------------------------------------------------------------------------------------------
GOALS = [
    ("g-ready-for-school", "Children are ready for school",
     "Every child starts school with the health, skills and confidence to thrive."),
    ("g-reading-by-year-3", "Children read well by Year 3",
     "Children are reading at or above the expected level by the end of Year 3."),
    ("g-finishing-school", "Young people finish school",
     "Young people stay engaged in learning and complete Year 12 or an equivalent."),
    ("g-into-work-or-study", "Young people move into work or study",
     "Young people leave school into a job, an apprenticeship or further study."),
    ("g-healthy-families", "Families are healthy, safe and housed",
     "Families have good health care, a stable home and support when they need it."),
    # Added at the 2026 partners' forum; nobody has signed up to it and it has no measure yet.
    ("g-safe-connected-neighbourhoods", "Neighbourhoods are safe and connected",
     "Added at the November 2026 partners' forum: residents feel safe and know their neighbours. "
     "Indicators and partner commitments are still to be agreed."),
]

# id, name, goal, unit, direction, (baseline value, date), (target value, date), cadence, reporter,
# plan ("on" = ahead of the straight line to target, "off" = behind it), decimals, last measurement date
# (None = the regular cadence up to mid-2026).
INDICATORS = [
    ("i-kindy-enrolment", "Children enrolled in kindy the year before school", "g-ready-for-school", "%",
     "INCREASE", (71.0, "2019-01-01"), (92.0, "2030-12-31"), "yearly", "o-regional-education-office", "on", 1, None),
    ("i-early-development-on-track", "Children on track in all five early development domains",
     "g-ready-for-school", "%", "INCREASE", (58.2, "2018-06-30"), (68.0, "2030-06-30"), "triennial",
     "o-regional-statistics-unit", "on", 1, "2024-06-30"),
    ("i-playgroup-participation", "Families with children under 4 attending a playgroup", "g-ready-for-school",
     "%", "INCREASE", (24.0, "2019-01-01"), (40.0, "2030-12-31"), "yearly", "o-playgroup-network", "on", 1, None),
    ("i-child-health-checks", "Children completing the four-year-old health check", "g-ready-for-school", "%",
     "INCREASE", (63.5, "2019-01-01"), (85.0, "2030-12-31"), "half-yearly", "o-child-family-health", "on", 1, None),
    ("i-year3-reading-benchmark", "Year 3 students at or above the reading benchmark", "g-reading-by-year-3",
     "%", "INCREASE", (78.4, "2019-01-01"), (90.0, "2030-12-31"), "yearly", "o-regional-education-office",
     "on", 1, None),
    ("i-library-membership-0-8", "Children aged 0-8 with a library card", "g-reading-by-year-3", "%",
     "INCREASE", (31.0, "2019-01-01"), (55.0, "2030-12-31"), "half-yearly", "o-riverbend-library", "on", 1, None),
    ("i-school-attendance-prep-3", "Average attendance, Prep to Year 3", "g-reading-by-year-3", "%",
     "INCREASE", (91.6, "2019-01-01"), (94.0, "2030-12-31"), "half-yearly", "o-regional-education-office",
     "off", 1, None),
    ("i-year12-completion", "Young people completing Year 12 or equivalent", "g-finishing-school", "%",
     "INCREASE", (68.0, "2019-01-01"), (85.0, "2030-12-31"), "yearly", "o-regional-education-office",
     "on", 1, None),
    ("i-chronic-absence-secondary", "Secondary students chronically absent (under 85% attendance)",
     "g-finishing-school", "%", "DECREASE", (26.0, "2019-01-01"), (15.0, "2030-12-31"), "half-yearly",
     "o-regional-education-office", "off", 1, None),
    ("i-school-suspensions", "Short suspensions per 100 secondary students", "g-finishing-school",
     "per 100 students", "DECREASE", (9.8, "2019-01-01"), (5.0, "2030-12-31"), "yearly",
     "o-regional-education-office", "on", 1, None),
    ("i-year9-numeracy", "Year 9 students at or above the numeracy benchmark", "g-finishing-school", "%",
     "INCREASE", (72.5, "2019-01-01"), (85.0, "2030-12-31"), "yearly", "o-regional-education-office",
     "on", 1, None),
    ("i-youth-neet", "Young people 15-24 not in employment, education or training", "g-into-work-or-study",
     "%", "DECREASE", (16.5, "2019-01-01"), (9.0, "2030-12-31"), "half-yearly", "o-employment-office",
     "on", 1, None),
    ("i-apprenticeship-starts", "Local apprenticeship and traineeship commencements", "g-into-work-or-study",
     "commencements a year", "INCREASE", (310.0, "2019-01-01"), (500.0, "2030-12-31"), "yearly",
     "o-riverbend-tafe", "on", 0, None),
    ("i-tertiary-enrolment", "School leavers enrolled in tertiary study within six months",
     "g-into-work-or-study", "%", "INCREASE", (38.0, "2019-01-01"), (50.0, "2030-12-31"), "yearly",
     "o-riverbend-university", "on", 1, "2025-03-31"),
    ("i-leavers-in-work-or-study", "School leavers in work or study six months after leaving",
     "g-into-work-or-study", "%", "INCREASE", (74.0, "2019-01-01"), (88.0, "2030-12-31"), "yearly",
     "o-regional-education-office", "on", 1, None),
    ("i-asthma-ed-visits", "Emergency department visits for asthma per 1,000 children", "g-healthy-families",
     "per 1,000 children", "DECREASE", (14.2, "2019-01-01"), (8.0, "2030-12-31"), "half-yearly",
     "o-riverbend-health", "on", 1, None),
    ("i-antenatal-first-trimester", "Mothers with a first antenatal visit in the first trimester",
     "g-healthy-families", "%", "INCREASE", (61.0, "2019-01-01"), (80.0, "2030-12-31"), "yearly",
     "o-riverbend-health", "on", 1, None),
    ("i-child-dental-decay", "Children aged 5-6 with tooth decay", "g-healthy-families", "%", "DECREASE",
     (42.0, "2019-01-01"), (30.0, "2030-12-31"), "yearly", "o-riverbend-dental", "on", 1, None),
    ("i-families-in-housing-stress", "Low-income families in rental housing stress", "g-healthy-families",
     "%", "DECREASE", (38.0, "2019-01-01"), (30.0, "2030-12-31"), "yearly", "o-housing-office", "off", 1, None),
    ("i-child-protection-notifications", "Child protection notifications per 1,000 children",
     "g-healthy-families", "per 1,000 children", "DECREASE", (48.0, "2019-01-01"), (36.0, "2030-12-31"),
     "half-yearly", "o-child-safety-office", "on", 1, None),
    ("i-immunisation-5yr", "Children fully immunised at five years", "g-healthy-families", "%", "INCREASE",
     (90.5, "2019-01-01"), (95.0, "2030-12-31"), "half-yearly", "o-child-family-health", "on", 1, None),
]

# ---------------------------------------------------------------------------------------------------
# Partners
# ---------------------------------------------------------------------------------------------------
R, E, S, W, H = ("g-ready-for-school", "g-reading-by-year-3", "g-finishing-school",
                 "g-into-work-or-study", "g-healthy-families")

# id, name, sector, communityLed, goals committed to, people
ORGANIZATIONS = [
    ("o-backbone", "Riverbend Thrives Backbone", "NONPROFIT", False, [R, E, S, W, H], 10),
    ("o-riverbend-family-services", "Riverbend Family Services", "NONPROFIT", False, [R, H], 9),
    ("o-eastbank-neighbourhood-centre", "Eastbank Neighbourhood Centre", "NONPROFIT", False, [R, H], 6),
    ("o-millbrook-community-hub", "Millbrook Community Hub", "NONPROFIT", False, [R, H], 5),
    ("o-playgroup-network", "Riverbend Playgroup Network", "NONPROFIT", False, [R], 5),
    ("o-youth-futures", "Youth Futures Riverbend", "NONPROFIT", False, [S, W], 7),
    ("o-homeground-housing", "Homeground Housing Support", "NONPROFIT", False, [H], 6),
    ("o-reading-rivers", "Reading Rivers Literacy Trust", "NONPROFIT", False, [E], 4),
    ("o-new-arrivals-support", "New Arrivals Support Service", "NONPROFIT", False, [R, W, H], 6),
    ("o-bright-steps", "Bright Steps Early Learning", "NONPROFIT", False, [R, E], 7),
    ("o-mentor-match", "Mentor Match Riverbend", "NONPROFIT", False, [S, W], 4),
    ("o-food-share", "Riverbend Food Share", "NONPROFIT", False, [H], 4),
    ("o-safe-harbour", "Safe Harbour Family Support", "NONPROFIT", False, [H], 5),
    ("o-kingfisher-youth-club", "Kingfisher Flats Youth Club", "NONPROFIT", False, [S], 4),
    ("o-pathways-to-work", "Pathways to Work Riverbend", "NONPROFIT", False, [W], 6),
    ("o-eastbank-primary", "Eastbank Primary School", "EDUCATION", False, [R, E], 7),
    ("o-millbrook-state-school", "Millbrook State School", "EDUCATION", False, [E], 6),
    ("o-northgate-primary", "Northgate Primary School", "EDUCATION", False, [E], 6),
    ("o-st-columbas-primary", "St Columba's Primary School", "EDUCATION", False, [E], 4),
    ("o-riverbend-high", "Riverbend High School", "EDUCATION", False, [S, W], 8),
    ("o-ironbark-college", "Ironbark Hill State College", "EDUCATION", False, [S, W], 7),
    ("o-south-ferry-secondary", "South Ferry Secondary College", "EDUCATION", False, [S, W], 6),
    ("o-riverbend-tafe", "Riverbend Institute of Technical Education", "EDUCATION", False, [W], 6),
    ("o-kingfisher-kindy", "Kingfisher Flats Community Kindergarten", "EDUCATION", False, [R], 3),
    ("o-wattle-grove-early-learning", "Wattle Grove Early Learning Centre", "EDUCATION", False, [R], 4),
    ("o-city-council", "Riverbend City Council", "GOVERNMENT", False, [R, H, W], 8),
    ("o-riverbend-library", "Riverbend Libraries", "GOVERNMENT", False, [R, E], 7),
    ("o-regional-education-office", "Department of Education, Riverbend Region", "GOVERNMENT", False,
     [R, E, S], 7),
    ("o-child-safety-office", "Child Safety Services, Riverbend", "GOVERNMENT", False, [H], 5),
    ("o-housing-office", "Regional Housing Office", "GOVERNMENT", False, [H], 4),
    ("o-employment-office", "Employment and Skills Office, Riverbend", "GOVERNMENT", False, [W], 5),
    ("o-police-youth-liaison", "Riverbend Police Youth Liaison Unit", "GOVERNMENT", False, [S], 3),
    ("o-regional-statistics-unit", "Regional Statistics Unit", "GOVERNMENT", False, [], 3),
    ("o-riverbend-health", "Riverbend Health Service", "HEALTH", False, [H, R], 10),
    ("o-child-family-health", "Child and Family Health Riverbend", "HEALTH", False, [R, H], 8),
    ("o-eastbank-community-health", "Eastbank Community Health Centre", "HEALTH", False, [H], 6),
    ("o-first-nations-health", "Riverbend First Nations Health Service", "HEALTH", True, [H, R], 6),
    ("o-riverbend-dental", "Riverbend Community Dental Service", "HEALTH", False, [H], 3),
    ("o-youth-mental-health", "Riverbend Youth Mental Health", "HEALTH", False, [S, H], 5),
    ("o-gp-network", "Riverbend General Practice Network", "HEALTH", False, [H, R], 4),
    ("o-riverbend-foundation", "Riverbend Community Foundation", "PHILANTHROPY", False, [R, E, S, W, H], 4),
    ("o-hallam-family-trust", "Hallam Family Trust", "PHILANTHROPY", False, [E, S], 2),
    ("o-river-city-giving", "River City Giving Circle", "PHILANTHROPY", False, [H], 3),
    ("o-ironbark-quarries-foundation", "Ironbark Quarries Foundation", "PHILANTHROPY", False, [W], 2),
    ("o-riverbend-chamber", "Riverbend Chamber of Commerce", "BUSINESS", False, [W], 4),
    ("o-northgate-manufacturing", "Northgate Precision Manufacturing", "BUSINESS", False, [W], 3),
    ("o-riverbend-credit-union", "Riverbend Credit Union", "BUSINESS", False, [W, H], 3),
    ("o-riverlink-buses", "Riverlink Buses", "BUSINESS", False, [S], 2),
    ("o-greenleaf-grocers", "Greenleaf Grocers", "BUSINESS", False, [H], 3),
    ("o-south-ferry-logistics", "South Ferry Logistics", "BUSINESS", False, [W], 3),
    ("o-st-marks-parish", "St Mark's Parish Riverbend", "FAITH", False, [E, H], 4),
    ("o-eastbank-islamic-centre", "Eastbank Islamic Community Centre", "FAITH", True, [S, H], 4),
    ("o-millbrook-community-church", "Millbrook Community Church", "FAITH", False, [R], 3),
    ("o-riverbend-university", "University of the Riverbend, Centre for Child and Family Research", "RESEARCH",
     False, [R, E, W], 6),
    ("o-children-data-institute", "Riverbend Children's Data Institute", "RESEARCH", False, [R, E], 4),
    ("o-evaluation-collective", "Riverbend Evaluation Collective", "RESEARCH", False, [], 3),
    ("o-eastbank-residents", "Eastbank Residents' Association", "COMMUNITY", True, [R, E], 4),
    ("o-millbrook-residents", "Millbrook Residents' Association", "COMMUNITY", True, [R], 3),
    ("o-first-nations-elders", "Riverbend First Nations Elders Group", "COMMUNITY", True, [R, H], 4),
    ("o-parents-network", "Riverbend Parents' Network", "COMMUNITY", True, [R, E, H], 4),
    ("o-kingfisher-tenants", "Kingfisher Flats Tenants' Group", "COMMUNITY", True, [H], 3),
    ("o-young-parents-collective", "Young Parents Collective", "COMMUNITY", True, [H], 3),
    ("o-youth-voice-council", "Riverbend Youth Voice Council", "COMMUNITY", True, [S, W], 4),
    ("o-african-communities-council", "Riverbend African Communities Council", "COMMUNITY", True, [E, W], 3),
    ("o-rovers-football-club", "Riverbend Rovers Football Club", "OTHER", False, [S], 3),
    ("o-river-city-radio", "River City Community Radio", "OTHER", False, [H], 2),
    ("o-riverbend-arts", "Riverbend Arts Collective", "OTHER", False, [R], 3),
]

# Organizations whose every connection is written by hand below, so the planted cases stay true:
# the peripheral community-led groups, the isolated business and the parish whose homework club
# duplicates the library's reading club without either knowing. Random draws never touch them.
CONTROLLED = {"o-first-nations-elders", "o-millbrook-residents", "o-kingfisher-tenants",
              "o-south-ferry-logistics", "o-st-marks-parish"}
# Organizations that lead or partner on no activity (funders that only fund, a signatory that never engaged).
NO_ACTIVITY = {"o-south-ferry-logistics", "o-hallam-family-trust", "o-ironbark-quarries-foundation"}
# Pairs that must stay unjoined in the ORGANIZATIONS projection, whatever the random draws do.
FORBIDDEN_PAIRS = {frozenset(p) for p in [
    ("o-millbrook-community-hub", "o-child-family-health"),  # keeps the elders four steps from child health
    ("o-st-marks-parish", "o-riverbend-library"),             # keeps the homework-club duplication uncoordinated
]}

# ---------------------------------------------------------------------------------------------------
# Activities: id, name, lead, partners (list, or a number to draw), indicators, populations, places,
# status, start, end
# ---------------------------------------------------------------------------------------------------
ALL = PLACES
ACTIVITIES = [
    # Ready for school
    ("a-early-years-working-group", "Early Years Working Group", "o-backbone", 13,
     ["i-kindy-enrolment", "i-early-development-on-track", "i-playgroup-participation", "i-child-health-checks"],
     ["children-0-5", "parents-and-carers"], ALL, "ACTIVE", "2019-03-01", None),
    ("a-playgroups-in-the-park", "Playgroups in the Park", "o-playgroup-network",
     ["o-city-council", "o-eastbank-neighbourhood-centre", "o-parents-network"],
     ["i-playgroup-participation", "i-early-development-on-track"], ["children-0-5", "parents-and-carers"],
     ["eastbank", "northgate", "wattle-grove"], "ACTIVE", "2019-09-02", None),
    ("a-kindy-transition-eastbank", "Kindy Transition Support, Eastbank", "o-bright-steps",
     ["o-eastbank-neighbourhood-centre", "o-parents-network"],
     ["i-kindy-enrolment", "i-early-development-on-track"], ["children-3-5", "parents-and-carers"],
     ["eastbank"], "ACTIVE", "2020-02-03", None),
    ("a-starting-school-eastbank", "Starting School Together, Eastbank", "o-eastbank-primary",
     ["o-riverbend-library"], ["i-kindy-enrolment", "i-early-development-on-track"], ["children-3-5"],
     ["eastbank"], "ACTIVE", "2021-07-12", None),
    ("a-reading-buddies", "Reading Buddies", "o-reading-rivers",
     ["o-eastbank-primary", "o-millbrook-state-school", "o-riverbend-library"],
     ["i-year3-reading-benchmark", "i-library-membership-0-8"], ["children-5-8"], ["eastbank", "millbrook"],
     "ACTIVE", "2020-02-03", None),
    ("a-going-to-kindy-millbrook", "Going to Kindy Door-Knock, Millbrook", "o-millbrook-community-hub",
     ["o-millbrook-residents"], ["i-kindy-enrolment"], ["children-3-5", "families-in-temporary-housing"],
     ["millbrook"], "ACTIVE", "2022-02-07", None),
    ("a-elders-yarning-circles", "Elders' Yarning Circles for Young Families", "o-first-nations-elders",
     ["o-millbrook-residents"], ["i-kindy-enrolment", "i-child-health-checks"],
     ["first-nations-families", "children-0-5"], ["millbrook"], "ACTIVE", "2023-05-01", None),
    ("a-first-nations-child-health-outreach", "First Nations Child Health Outreach", "o-child-family-health",
     ["o-first-nations-health"], ["i-child-health-checks", "i-immunisation-5yr", "i-kindy-enrolment"],
     ["first-nations-families", "children-0-5"], ["eastbank", "kingfisher-flats", "ironbark-hill"],
     "ACTIVE", "2021-03-01", None),
    ("a-new-parent-home-visits", "Right from the Start Home Visiting", "o-child-family-health", 2,
     ["i-child-health-checks", "i-immunisation-5yr", "i-child-protection-notifications"],
     ["young-parents", "children-0-5"], ["kingfisher-flats", "south-ferry", "eastbank"], "ACTIVE", "2019-07-01",
     None),
    ("a-antenatal-outreach", "Antenatal Outreach in Community Hubs", "o-riverbend-health",
     ["o-eastbank-neighbourhood-centre"], ["i-antenatal-first-trimester"], ["expectant-parents", "young-parents"],
     ["eastbank", "millbrook", "kingfisher-flats"], "ACTIVE", "2020-03-02", None),
    ("a-little-libraries", "Little Libraries in Waiting Rooms", "o-riverbend-library",
     ["o-gp-network", "o-child-family-health"], ["i-library-membership-0-8", "i-year3-reading-benchmark"],
     ["children-0-5", "parents-and-carers"], ["riverbend-central", "eastbank", "northgate"], "ACTIVE",
     "2022-04-04", None),
    ("a-rhyme-time", "Rhyme Time and Story Time", "o-riverbend-library", [],
     ["i-library-membership-0-8", "i-playgroup-participation"], ["children-0-5", "parents-and-carers"],
     ["riverbend-central", "northgate", "millbrook"], "ACTIVE", "2019-01-15", None),
    ("a-kindy-fee-relief", "Kindy Fee Relief Fund", "o-riverbend-foundation",
     ["o-bright-steps", "o-kingfisher-kindy", "o-wattle-grove-early-learning"], ["i-kindy-enrolment"],
     ["children-3-5", "families-in-temporary-housing"], ["kingfisher-flats", "wattle-grove", "eastbank"],
     "ACTIVE", "2021-01-18", None),
    ("a-bilingual-playgroups", "Bilingual Playgroups for New Arrivals", "o-new-arrivals-support",
     ["o-playgroup-network", "o-eastbank-islamic-centre"], ["i-playgroup-participation", "i-kindy-enrolment"],
     ["refugee-and-migrant-families", "children-0-5"], ["eastbank", "northgate"], "ACTIVE", "2022-08-01", None),
    ("a-northgate-early-years-hub", "Northgate Early Years Hub", "o-city-council", 3,
     ["i-playgroup-participation", "i-child-health-checks", "i-kindy-enrolment"], ["children-0-5"],
     ["northgate"], "PLANNED", "2027-02-01", None),
    ("a-speech-screening", "Speech and Language Screening in Kindy", "o-eastbank-community-health",
     ["o-kingfisher-kindy", "o-bright-steps"], ["i-early-development-on-track", "i-child-health-checks"],
     ["children-3-5"], ["kingfisher-flats", "eastbank"], "COMPLETED", "2020-02-03", "2023-12-15"),
    ("a-early-learning-temporary-housing", "Early Learning for Families in Temporary Housing",
     "o-homeground-housing", ["o-wattle-grove-early-learning", "o-playgroup-network"],
     ["i-kindy-enrolment", "i-playgroup-participation"], ["families-in-temporary-housing", "children-0-5"],
     ["south-ferry", "kingfisher-flats"], "ACTIVE", "2023-03-06", None),
    ("a-dads-playgroups", "Dads' Playgroups", "o-playgroup-network", ["o-millbrook-community-church"],
     ["i-playgroup-participation"], ["parents-and-carers", "children-0-5"], ["ironbark-hill", "millbrook"],
     "ACTIVE", "2023-06-03", None),
    ("a-wattle-grove-kindy-outreach", "Kindy Outreach, Wattle Grove", "o-wattle-grove-early-learning",
     ["o-parents-network"], ["i-kindy-enrolment"], ["children-3-5"], ["wattle-grove"], "ACTIVE", "2022-05-02",
     None),
    ("a-gp-developmental-checks", "Developmental Checks in General Practice", "o-gp-network", 1,
     ["i-child-health-checks", "i-early-development-on-track"], ["children-0-5"], ALL, "ACTIVE", "2021-09-01",
     None),
    ("a-arts-play", "Arts Play for Little Ones", "o-riverbend-arts", ["o-riverbend-library"],
     ["i-playgroup-participation"], ["children-0-5", "parents-and-carers"], ["riverbend-central"], "ACTIVE",
     "2024-02-05", None),
    ("a-playgroup-evaluation", "Playgroup Outcomes Evaluation", "o-evaluation-collective",
     ["o-playgroup-network"], ["i-playgroup-participation"], ["children-0-5"], ["eastbank", "northgate"],
     "COMPLETED", "2022-03-01", "2023-06-30"),
    ("a-data-linkage", "Children's Data Linkage Project", "o-children-data-institute", 2,
     ["i-early-development-on-track", "i-kindy-enrolment", "i-year3-reading-benchmark"],
     ["children-0-5", "children-5-8"], ALL, "ACTIVE", "2024-07-01", None),
    # Reading by Year 3
    ("a-early-reading-working-group", "Early Reading Working Group", "o-backbone", 9,
     ["i-year3-reading-benchmark", "i-library-membership-0-8", "i-school-attendance-prep-3"], ["children-5-8"],
     ALL, "ACTIVE", "2020-02-17", None),
    ("a-after-school-reading-club", "After-School Reading Club", "o-riverbend-library",
     ["o-reading-rivers", "o-northgate-primary"], ["i-year3-reading-benchmark", "i-school-attendance-prep-3"],
     ["children-5-8"], ["northgate", "riverbend-central"], "ACTIVE", "2021-02-01", None),
    ("a-st-marks-homework-club", "St Mark's Homework Club", "o-st-marks-parish", ["o-food-share"],
     ["i-year3-reading-benchmark", "i-school-attendance-prep-3"], ["children-5-8", "refugee-and-migrant-families"],
     ["northgate"], "ACTIVE", "2022-02-07", None),
    ("a-every-day-counts", "Every Day Counts Attendance Campaign", "o-regional-education-office", 4,
     ["i-school-attendance-prep-3", "i-chronic-absence-secondary"], ["children-5-8", "school-students-9-15"],
     ALL, "ACTIVE", "2023-01-30", None),
    ("a-read-together-packs", "Read Together Packs", "o-reading-rivers", [],
     ["i-library-membership-0-8", "i-year3-reading-benchmark"], ["children-0-5", "parents-and-carers"],
     ["millbrook", "kingfisher-flats"], "COMPLETED", "2019-05-01", "2022-12-16"),
    ("a-phonics-coaching", "Phonics Coaching for Early Years Teachers", "o-riverbend-university",
     ["o-eastbank-primary", "o-millbrook-state-school", "o-northgate-primary", "o-st-columbas-primary"],
     ["i-year3-reading-benchmark"], ["children-5-8"], ["eastbank", "millbrook", "northgate", "ironbark-hill"],
     "ACTIVE", "2022-07-11", None),
    ("a-family-reading-nights", "Family Reading Nights", "o-millbrook-state-school",
     ["o-riverbend-library", "o-parents-network"], ["i-year3-reading-benchmark", "i-library-membership-0-8"],
     ["children-5-8", "parents-and-carers"], ["millbrook"], "ACTIVE", "2021-03-01", None),
    ("a-school-breakfast-club", "School Breakfast Club", "o-food-share",
     ["o-northgate-primary", "o-eastbank-primary", "o-greenleaf-grocers"], ["i-school-attendance-prep-3"],
     ["children-5-8", "school-students-9-15"], ["northgate", "eastbank"], "ACTIVE", "2019-02-04", None),
    ("a-free-school-bus-trial", "Free School Bus Trial", "o-riverlink-buses",
     ["o-city-council", "o-ironbark-college"], ["i-school-attendance-prep-3", "i-chronic-absence-secondary"],
     ["school-students-9-15"], ["ironbark-hill", "south-ferry"], "COMPLETED", "2023-01-30", "2024-12-13"),
    ("a-stories-in-home-languages", "Stories in Home Languages", "o-african-communities-council",
     ["o-riverbend-library", "o-new-arrivals-support"], ["i-library-membership-0-8"],
     ["refugee-and-migrant-families", "children-0-5"], ["eastbank", "northgate"], "ACTIVE", "2024-03-04", None),
    ("a-volunteer-reading-tutors", "Volunteer Reading Tutors", "o-mentor-match", 2,
     ["i-year3-reading-benchmark"], ["children-5-8"], ["south-ferry", "kingfisher-flats"], "ACTIVE", "2020-05-04",
     None),
    ("a-walking-school-bus", "Walking School Bus, Eastbank", "o-eastbank-residents", ["o-eastbank-primary"],
     ["i-school-attendance-prep-3"], ["children-5-8"], ["eastbank"], "ACTIVE", "2022-04-20", None),
    ("a-st-columbas-reading-recovery", "Reading Recovery at St Columba's", "o-st-columbas-primary", [],
     ["i-year3-reading-benchmark"], ["children-5-8"], ["wattle-grove"], "ACTIVE", "2021-02-01", None),
    # Finishing school
    ("a-school-engagement-working-group", "School Attendance and Engagement Working Group", "o-backbone", 10,
     ["i-chronic-absence-secondary", "i-school-suspensions", "i-year12-completion"],
     ["school-students-9-15", "young-people-15-24"], ALL, "ACTIVE", "2021-05-03", None),
    ("a-flexible-learning-centre", "Riverbend Flexible Learning Centre", "o-youth-futures",
     ["o-regional-education-office", "o-riverbend-tafe"], ["i-year12-completion", "i-chronic-absence-secondary"],
     ["young-people-15-24"], ["riverbend-central", "south-ferry"], "ACTIVE", "2019-01-29", None),
    ("a-restorative-practice", "Restorative Practice in Schools", "o-regional-education-office",
     ["o-riverbend-high", "o-ironbark-college", "o-south-ferry-secondary"],
     ["i-school-suspensions", "i-chronic-absence-secondary"], ["school-students-9-15"],
     ["ironbark-hill", "south-ferry", "riverbend-central"], "ACTIVE", "2022-01-31", None),
    ("a-kingfisher-homework-space", "Kingfisher Flats Homework Space", "o-kingfisher-youth-club",
     ["o-kingfisher-tenants"], ["i-year9-numeracy", "i-chronic-absence-secondary"], ["school-students-9-15"],
     ["kingfisher-flats"], "ACTIVE", "2021-08-02", None),
    ("a-numeracy-boost", "Numeracy Boost, Years 7 to 9", "o-ironbark-college", ["o-riverbend-university"],
     ["i-year9-numeracy"], ["school-students-9-15"], ["ironbark-hill"], "ACTIVE", "2023-02-06", None),
    ("a-mentor-match", "Mentor Match", "o-mentor-match", 3,
     ["i-year12-completion", "i-chronic-absence-secondary", "i-youth-neet"],
     ["young-people-15-24", "school-students-9-15"], ["riverbend-central", "eastbank", "south-ferry"], "ACTIVE",
     "2019-03-04", None),
    ("a-moving-up", "Moving Up: Transition to High School", "o-riverbend-high",
     ["o-eastbank-primary", "o-northgate-primary"], ["i-chronic-absence-secondary", "i-school-suspensions"],
     ["school-students-9-15"], ["riverbend-central", "eastbank", "northgate"], "ACTIVE", "2020-08-03", None),
    ("a-youth-diversion-sport", "Youth Diversion Sport Nights", "o-police-youth-liaison",
     ["o-rovers-football-club", "o-kingfisher-youth-club"], ["i-school-suspensions"], ["young-people-15-24"],
     ["kingfisher-flats", "south-ferry"], "ACTIVE", "2022-03-04", None),
    ("a-school-wellbeing-hubs", "School Wellbeing Hubs", "o-youth-mental-health",
     ["o-riverbend-high", "o-south-ferry-secondary"], ["i-chronic-absence-secondary", "i-school-suspensions"],
     ["school-students-9-15", "young-people-15-24"], ["riverbend-central", "south-ferry"], "ACTIVE",
     "2023-04-17", None),
    ("a-young-parents-education", "Young Parents Education Program", "o-south-ferry-secondary",
     ["o-young-parents-collective", "o-child-family-health"], ["i-year12-completion", "i-youth-neet"],
     ["young-parents"], ["south-ferry"], "ACTIVE", "2020-02-03", None),
    ("a-rovers-in-schools", "Rovers in Schools", "o-rovers-football-club", ["o-riverbend-high"],
     ["i-chronic-absence-secondary"], ["school-students-9-15"], ["riverbend-central"], "ACTIVE", "2021-07-19",
     None),
    ("a-islamic-centre-homework-help", "Homework Help at the Eastbank Islamic Centre", "o-eastbank-islamic-centre",
     ["o-new-arrivals-support", "o-mentor-match"], ["i-year9-numeracy", "i-chronic-absence-secondary"],
     ["school-students-9-15", "refugee-and-migrant-families"], ["eastbank"], "ACTIVE", "2022-05-09", None),
    ("a-youth-voice-in-schools", "Youth Voice in Schools Consultation", "o-youth-voice-council",
     ["o-riverbend-high", "o-regional-education-office"], ["i-school-suspensions", "i-chronic-absence-secondary"],
     ["young-people-15-24"], ["riverbend-central"], "COMPLETED", "2023-08-01", "2024-06-28"),
    ("a-re-engagement-pilot", "Re-engagement Officers Pilot", "o-regional-education-office", 2,
     ["i-chronic-absence-secondary", "i-year12-completion"], ["school-students-9-15"],
     ["kingfisher-flats", "south-ferry"], "COMPLETED", "2020-07-13", "2022-12-09"),
    # Into work or study
    ("a-youth-pathways-working-group", "Youth Pathways Working Group", "o-backbone", 10,
     ["i-youth-neet", "i-apprenticeship-starts", "i-leavers-in-work-or-study"], ["young-people-15-24"], ALL,
     "ACTIVE", "2020-08-03", None),
    ("a-year10-career-conversations", "Year 10 Career Conversations", "o-riverbend-high",
     ["o-pathways-to-work", "o-riverbend-tafe"], ["i-leavers-in-work-or-study", "i-tertiary-enrolment"],
     ["school-students-9-15"], ["riverbend-central"], "ACTIVE", "2021-02-15", None),
    ("a-work-experience-network", "Work Experience Network", "o-riverbend-chamber",
     ["o-northgate-manufacturing", "o-greenleaf-grocers", "o-riverbend-credit-union"],
     ["i-leavers-in-work-or-study", "i-apprenticeship-starts"], ["young-people-15-24"],
     ["northgate", "riverbend-central"], "ACTIVE", "2021-05-10", None),
    ("a-youth-jobs-pathway", "Youth Jobs Pathway", "o-pathways-to-work", ["o-employment-office", "o-youth-futures"],
     ["i-youth-neet", "i-leavers-in-work-or-study"], ["young-people-15-24"],
     ["riverbend-central", "south-ferry", "kingfisher-flats"], "ACTIVE", "2019-04-01", None),
    ("a-apprentice-mentoring", "Apprentice Mentoring", "o-riverbend-tafe",
     ["o-northgate-manufacturing", "o-riverbend-chamber"], ["i-apprenticeship-starts"], ["young-people-15-24"],
     ["northgate", "riverbend-central"], "ACTIVE", "2022-02-14", None),
    ("a-first-in-family", "First in Family University Pathways", "o-riverbend-university",
     ["o-riverbend-high", "o-south-ferry-secondary"], ["i-tertiary-enrolment"], ["school-students-9-15"],
     ["riverbend-central", "south-ferry"], "ACTIVE", "2020-03-02", None),
    ("a-learner-driver-mentors", "Learner Driver Mentor Program", "o-youth-futures",
     ["o-riverbend-credit-union"], ["i-youth-neet"], ["young-people-15-24"], ["kingfisher-flats", "south-ferry"],
     "ACTIVE", "2021-10-04", None),
    ("a-south-ferry-youth-employment-hub", "South Ferry Youth Employment Hub", "o-employment-office", 3,
     ["i-youth-neet", "i-leavers-in-work-or-study"], ["young-people-15-24"], ["south-ferry"], "PLANNED",
     "2027-03-01", None),
    ("a-new-arrivals-youth-employment", "New Arrivals Youth Employment Support", "o-new-arrivals-support",
     ["o-african-communities-council"], ["i-youth-neet"], ["refugee-and-migrant-families", "young-people-15-24"],
     ["eastbank", "northgate"], "ACTIVE", "2023-01-16", None),
    ("a-first-nations-traineeships", "First Nations Traineeships", "o-city-council",
     ["o-first-nations-health", "o-riverbend-tafe"], ["i-apprenticeship-starts", "i-youth-neet"],
     ["first-nations-families", "young-people-15-24"], ["riverbend-central", "kingfisher-flats"], "ACTIVE",
     "2022-07-04", None),
    ("a-trade-taster-days", "Trade Taster Days", "o-riverbend-tafe", 2,
     ["i-apprenticeship-starts", "i-tertiary-enrolment"], ["school-students-9-15"], ["riverbend-central"],
     "COMPLETED", "2019-03-18", "2021-11-26"),
    ("a-youth-jobs-forum", "Youth Voice Jobs Forum", "o-youth-voice-council", ["o-riverbend-chamber"],
     ["i-youth-neet"], ["young-people-15-24"], ["riverbend-central"], "COMPLETED", "2024-08-10", "2024-08-10"),
    ("a-careers-expo", "Riverbend Careers Expo", "o-riverbend-chamber", 4,
     ["i-leavers-in-work-or-study", "i-tertiary-enrolment", "i-apprenticeship-starts"],
     ["school-students-9-15", "young-people-15-24"], ["riverbend-central"], "ACTIVE", "2019-08-14", None),
    # Healthy families
    ("a-healthy-families-working-group", "Healthy Families Working Group", "o-backbone", 10,
     ["i-asthma-ed-visits", "i-antenatal-first-trimester", "i-families-in-housing-stress",
      "i-child-protection-notifications", "i-immunisation-5yr"], ["children-0-5", "parents-and-carers"], ALL,
     "ACTIVE", "2020-05-04", None),
    ("a-asthma-friendly-homes", "Asthma-Friendly Homes", "o-eastbank-community-health",
     ["o-housing-office", "o-homeground-housing"], ["i-asthma-ed-visits"],
     ["children-0-5", "children-5-8", "families-in-temporary-housing"], ["kingfisher-flats", "south-ferry"],
     "ACTIVE", "2021-06-07", None),
    ("a-school-asthma-plans", "Asthma Action Plans in Schools", "o-riverbend-health", 3,
     ["i-asthma-ed-visits"], ["children-5-8", "school-students-9-15"], ALL, "ACTIVE", "2022-02-01", None),
    ("a-immunisation-catch-up", "Immunisation Catch-Up Clinics", "o-gp-network", ["o-child-family-health"],
     ["i-immunisation-5yr"], ["children-0-5"], ["eastbank", "kingfisher-flats", "south-ferry"], "ACTIVE",
     "2020-10-05", None),
    ("a-family-housing-pathways", "Family Housing Pathways", "o-homeground-housing",
     ["o-housing-office", "o-riverbend-family-services"], ["i-families-in-housing-stress"],
     ["families-in-temporary-housing"], ["south-ferry", "kingfisher-flats", "millbrook"], "ACTIVE", "2019-02-11",
     None),
    ("a-emergency-rent-relief", "Emergency Rent Relief", "o-river-city-giving", ["o-homeground-housing"],
     ["i-families-in-housing-stress"], ["families-in-temporary-housing"], ALL, "COMPLETED", "2020-04-14",
     "2022-06-30"),
    ("a-intensive-family-support", "Intensive Family Support", "o-riverbend-family-services",
     ["o-child-safety-office", "o-safe-harbour"], ["i-child-protection-notifications"],
     ["parents-and-carers", "children-0-5"], ALL, "ACTIVE", "2019-01-21", None),
    ("a-safe-at-home", "Safe at Home Outreach", "o-safe-harbour",
     ["o-police-youth-liaison", "o-riverbend-family-services"],
     ["i-child-protection-notifications", "i-families-in-housing-stress"], ["parents-and-carers"],
     ["kingfisher-flats", "south-ferry", "eastbank"], "ACTIVE", "2021-03-15", None),
    ("a-parenting-circles", "Circle of Parents", "o-parents-network", ["o-riverbend-family-services"],
     ["i-child-protection-notifications"], ["parents-and-carers"], ["wattle-grove", "northgate"], "ACTIVE",
     "2022-09-05", None),
    ("a-community-pantry", "Community Pantry", "o-food-share", ["o-st-marks-parish"], [],
     ["families-in-temporary-housing", "parents-and-carers"], ["northgate", "riverbend-central"], "ACTIVE",
     "2019-06-03", None),
    ("a-young-parents-peer-support", "Young Parents Peer Support", "o-young-parents-collective",
     ["o-child-family-health"], ["i-antenatal-first-trimester", "i-child-protection-notifications"],
     ["young-parents"], ["south-ferry", "kingfisher-flats"], "ACTIVE", "2023-02-20", None),
    ("a-community-midwifery", "Community Midwifery Group Practice", "o-riverbend-health", 1,
     ["i-antenatal-first-trimester"], ["expectant-parents"], ALL, "ACTIVE", "2019-07-01", None),
    ("a-first-nations-maternal-health", "First Nations Maternal and Child Health", "o-first-nations-health",
     ["o-riverbend-health"], ["i-antenatal-first-trimester", "i-immunisation-5yr"],
     ["first-nations-families", "expectant-parents"], ["kingfisher-flats", "ironbark-hill", "eastbank"],
     "ACTIVE", "2020-08-17", None),
    ("a-housing-first-families", "Housing First for Families", "o-housing-office", 2,
     ["i-families-in-housing-stress"], ["families-in-temporary-housing"], ["south-ferry", "kingfisher-flats"],
     "PLANNED", "2027-01-18", None),
    ("a-youth-mental-health-outreach", "Youth Mental Health Outreach", "o-youth-mental-health", 1,
     ["i-chronic-absence-secondary"], ["young-people-15-24"], ["kingfisher-flats", "south-ferry"], "ACTIVE",
     "2024-03-11", None),
    # Infrastructure and community events: they contribute to no indicator
    ("a-data-working-group", "Data and Evaluation Working Group", "o-backbone",
     ["o-riverbend-university", "o-evaluation-collective", "o-regional-statistics-unit",
      "o-regional-education-office", "o-riverbend-health", "o-children-data-institute"], [], [], [], "ACTIVE",
     "2019-06-03", None),
    ("a-partner-breakfasts", "Partner Breakfast Series", "o-backbone", ["o-riverbend-chamber"], [], [],
     ["riverbend-central"], "ACTIVE", "2019-04-10", None),
    ("a-family-fun-day", "Riverbend Family Fun Day", "o-riverbend-arts", ["o-city-council", "o-river-city-radio"],
     [], ["children-0-5", "parents-and-carers"], ["riverbend-central"], "ACTIVE", "2019-10-12", None),
    ("a-parenting-on-air", "Parenting on Air", "o-river-city-radio", ["o-riverbend-family-services"],
     ["i-child-protection-notifications"], ["parents-and-carers"], ALL, "COMPLETED", "2021-02-01", "2023-11-30"),
]

# The FEEDS_INTO pipelines: one activity's outputs are the next one's inputs.
FEEDS_INTO = [
    ("a-antenatal-outreach", "a-new-parent-home-visits", "2020-06-01"),
    ("a-new-parent-home-visits", "a-playgroups-in-the-park", "2020-02-03"),
    ("a-playgroups-in-the-park", "a-kindy-transition-eastbank", "2020-06-01"),
    ("a-kindy-transition-eastbank", "a-starting-school-eastbank", "2021-07-12"),
    ("a-starting-school-eastbank", "a-reading-buddies", "2022-02-01"),
    ("a-first-nations-maternal-health", "a-first-nations-child-health-outreach", "2021-03-01"),
    ("a-bilingual-playgroups", "a-stories-in-home-languages", "2024-03-04"),
    ("a-moving-up", "a-year10-career-conversations", "2021-02-15"),
    ("a-year10-career-conversations", "a-work-experience-network", "2021-05-10"),
    ("a-work-experience-network", "a-youth-jobs-pathway", "2021-06-01"),
    ("a-youth-jobs-pathway", "a-apprentice-mentoring", "2022-02-14"),
    ("a-flexible-learning-centre", "a-youth-jobs-pathway", "2019-07-01"),
    ("a-family-housing-pathways", "a-asthma-friendly-homes", "2021-06-07"),
]

# Hand-written organization ties: the planted structure and the obvious relationships of a real network.
HAND_TIES = [
    # the coordinated duplication: the two early-years leads in Eastbank work together
    ("o-bright-steps", "o-eastbank-primary", "COLLABORATES", 4, "2020-02-03", None),
    # the peripheral community-led groups hang on one thread each
    ("o-first-nations-elders", "o-millbrook-residents", "COMMUNICATES", 2, "2022-09-01", None),
    ("o-millbrook-residents", "o-millbrook-community-hub", "COLLABORATES", 2, "2021-03-01", None),
    ("o-kingfisher-tenants", "o-kingfisher-youth-club", "COMMUNICATES", 1, "2021-08-02", None),
    # the parish knows the food share and the backbone, not the library
    ("o-st-marks-parish", "o-food-share", "COLLABORATES", 3, "2019-06-03", None),
    ("o-backbone", "o-st-marks-parish", "COMMUNICATES", 1, "2022-03-01", None),
    # funders
    ("o-riverbend-foundation", "o-backbone", "FUNDS", 450000, "2018-07-01", None),
    ("o-city-council", "o-backbone", "FUNDS", 250000, "2018-07-01", None),
    ("o-hallam-family-trust", "o-reading-rivers", "FUNDS", 120000, "2019-03-01", None),
    ("o-hallam-family-trust", "o-mentor-match", "FUNDS", 85000, "2020-01-15", None),
    ("o-hallam-family-trust", "a-volunteer-reading-tutors", "FUNDS", 40000, "2020-05-04", None),
    ("o-ironbark-quarries-foundation", "o-riverbend-tafe", "FUNDS", 60000, "2021-07-01", None),
    ("o-ironbark-quarries-foundation", "a-apprentice-mentoring", "FUNDS", 75000, "2022-02-14", None),
    ("o-riverbend-foundation", "a-kindy-fee-relief", "FUNDS", 180000, "2021-01-18", None),
    ("o-riverbend-foundation", "o-playgroup-network", "FUNDS", 95000, "2019-07-01", None),
    ("o-riverbend-foundation", "a-elders-yarning-circles", "FUNDS", 15000, "2023-05-01", None),
    ("o-river-city-giving", "a-emergency-rent-relief", "FUNDS", 210000, "2020-04-14", "2022-06-30"),
    ("o-river-city-giving", "o-food-share", "FUNDS", 30000, "2021-07-01", None),
    ("o-regional-education-office", "a-flexible-learning-centre", "FUNDS", 320000, "2019-01-29", None),
    ("o-regional-education-office", "o-bright-steps", "FUNDS", 140000, "2020-01-01", None),
    ("o-employment-office", "o-pathways-to-work", "FUNDS", 380000, "2019-04-01", None),
    ("o-employment-office", "a-first-nations-traineeships", "FUNDS", 160000, "2022-07-04", None),
    ("o-city-council", "a-free-school-bus-trial", "FUNDS", 90000, "2023-01-30", "2024-12-13"),
    ("o-city-council", "o-eastbank-neighbourhood-centre", "FUNDS", 110000, "2018-07-01", None),
    ("o-city-council", "o-millbrook-community-hub", "FUNDS", 95000, "2018-07-01", None),
    ("o-riverbend-credit-union", "a-learner-driver-mentors", "FUNDS", 25000, "2021-10-04", None),
    ("o-greenleaf-grocers", "a-school-breakfast-club", "FUNDS", 18000, "2019-02-04", None),
    ("o-housing-office", "o-homeground-housing", "FUNDS", 520000, "2019-02-11", None),
    ("o-child-safety-office", "o-riverbend-family-services", "FUNDS", 640000, "2019-01-21", None),
    ("o-riverbend-health", "o-first-nations-health", "FUNDS", 210000, "2020-08-17", None),
    # referrals (a year)
    ("o-child-family-health", "o-riverbend-family-services", "REFERS", 85, "2019-03-01", None),
    ("o-child-family-health", "o-playgroup-network", "REFERS", 140, "2019-09-02", None),
    ("o-riverbend-health", "o-child-family-health", "REFERS", 620, "2018-01-01", None),
    ("o-riverbend-health", "o-eastbank-community-health", "REFERS", 210, "2019-05-01", None),
    ("o-gp-network", "o-riverbend-dental", "REFERS", 95, "2020-02-01", None),
    ("o-gp-network", "o-youth-mental-health", "REFERS", 160, "2019-08-01", None),
    ("o-riverbend-family-services", "o-homeground-housing", "REFERS", 70, "2019-02-11", None),
    ("o-safe-harbour", "o-homeground-housing", "REFERS", 45, "2021-03-15", None),
    ("o-police-youth-liaison", "o-youth-futures", "REFERS", 60, "2020-05-01", None),
    ("o-police-youth-liaison", "o-safe-harbour", "REFERS", 110, "2019-01-01", None),
    ("o-riverbend-high", "o-youth-mental-health", "REFERS", 55, "2021-02-01", None),
    ("o-south-ferry-secondary", "o-youth-futures", "REFERS", 40, "2019-01-29", None),
    ("o-new-arrivals-support", "o-pathways-to-work", "REFERS", 35, "2023-01-16", None),
    ("o-pathways-to-work", "o-riverbend-tafe", "REFERS", 80, "2019-06-01", None),
    ("o-eastbank-neighbourhood-centre", "o-food-share", "REFERS", 150, "2019-06-03", None),
    ("o-child-safety-office", "o-riverbend-family-services", "REFERS", 230, "2019-01-21", None),
    ("o-homeground-housing", "o-eastbank-community-health", "REFERS", 30, "2021-06-07", None),
    # shared data
    ("o-eastbank-primary", "o-regional-education-office", "SHARES_DATA", 1, "2019-01-01", None),
    ("o-regional-education-office", "o-backbone", "SHARES_DATA", 1, "2019-06-03", None),
    ("o-riverbend-health", "o-backbone", "SHARES_DATA", 1, "2019-06-03", None),
    ("o-child-family-health", "o-backbone", "SHARES_DATA", 1, "2019-09-01", None),
    ("o-riverbend-library", "o-backbone", "SHARES_DATA", 1, "2020-01-01", None),
    ("o-employment-office", "o-backbone", "SHARES_DATA", 1, "2020-08-03", None),
    ("o-housing-office", "o-backbone", "SHARES_DATA", 1, "2021-01-01", None),
    ("o-child-safety-office", "o-children-data-institute", "SHARES_DATA", 1, "2024-07-01", None),
    ("o-regional-education-office", "o-children-data-institute", "SHARES_DATA", 1, "2024-07-01", None),
    ("o-regional-statistics-unit", "o-backbone", "SHARES_DATA", 1, "2019-06-03", None),
    ("o-children-data-institute", "o-backbone", "SHARES_DATA", 1, "2025-02-01", None),
    ("o-playgroup-network", "o-backbone", "SHARES_DATA", 1, "2020-01-01", None),
    ("o-riverbend-tafe", "o-backbone", "SHARES_DATA", 1, "2020-08-03", None),
    ("o-riverbend-university", "o-backbone", "SHARES_DATA", 1, "2021-03-01", "2025-06-30"),
    ("o-riverbend-dental", "o-riverbend-health", "SHARES_DATA", 1, "2020-02-01", None),
]

# ---------------------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------------------
FIRST_NAMES = [
    "Aisha", "Ben", "Chloe", "Daniel", "Emily", "Farah", "George", "Hannah", "Isaac", "Jasmine", "Kai", "Leila",
    "Mateo", "Nadia", "Oliver", "Priya", "Quinn", "Rosa", "Sam", "Tahlia", "Uma", "Vinh", "Will", "Xavier",
    "Yasmin", "Zoe", "Amara", "Bilal", "Cooper", "Deng", "Eliza", "Finn", "Grace", "Hamid", "Ivy", "Jack",
    "Kiri", "Liam", "Mia", "Nhan", "Olivia", "Patrick", "Ruby", "Sione", "Talia", "Ahmed", "Mei", "Noah",
    "Sofia", "Tom", "Lucy", "Ravi", "Anh", "Maria", "Joseph", "Sarah", "Mohammed", "Ella", "Hugo", "Isla",
    "Achol", "Bronwyn", "Connor", "Dimitri", "Esther", "Fatima", "Gemma", "Harvey", "Ines", "Jordan", "Kylie",
    "Lachlan", "Marcus", "Nicole", "Omar", "Pia", "Rhys", "Shanice", "Tariq", "Vanessa", "Wei", "Yusuf",
]
LAST_NAMES = [
    "Nguyen", "Smith", "Patel", "Williams", "Brown", "Tran", "Jones", "Singh", "Wilson", "Taylor", "Kaur",
    "Anderson", "Thomas", "Walker", "Ali", "Chen", "Harris", "Martin", "Thompson", "White", "Lee", "Robinson",
    "Kelly", "King", "Davies", "Wright", "Hall", "Green", "Baker", "Mitchell", "Campbell", "Clarke", "Scott",
    "Young", "Okafor", "Deng", "Garang", "Hassan", "Rahimi", "Fonua", "Tupou", "Wang", "Zhang", "Le", "Pham",
    "Kim", "Rossi", "Murphy", "O'Brien", "Ryan", "McKenzie", "Morgan", "Bennett", "Cooper", "Hughes",
    "Kowalski", "Novak", "Papadopoulos", "Costa", "Silva", "Reyes", "Santos", "Mabior", "Haddad", "Karimi",
]

ROLES = {  # the first role is the organization's head; the others are drawn for everyone else
    "BACKBONE": ["Executive Director", "Data and Evaluation Lead", "Community Engagement Manager",
                 "Working Group Facilitator", "Project Officer", "Communications Coordinator",
                 "Partnerships Manager", "Community Connector"],
    "NONPROFIT": ["Chief Executive", "Program Manager", "Family Support Worker", "Case Manager",
                  "Community Development Worker", "Volunteer Coordinator", "Youth Worker", "Team Leader"],
    "EDUCATION": ["Principal", "Deputy Principal", "Teacher", "Early Childhood Teacher", "Guidance Officer",
                  "Community Liaison Officer", "Head of Year", "Learning Support Teacher"],
    "GOVERNMENT": ["Regional Director", "Policy Officer", "Senior Advisor", "Program Officer",
                   "Community Services Manager", "Data Analyst", "Team Leader"],
    "LIBRARY": ["Library Services Manager", "Children's Librarian", "Early Literacy Officer", "Branch Librarian",
                "Outreach Librarian"],
    "HEALTH": ["Clinical Director", "Child Health Nurse", "Midwife", "Paediatrician", "Social Worker",
               "Health Promotion Officer", "First Nations Health Worker", "Practice Manager"],
    "PHILANTHROPY": ["Chief Executive", "Grants Manager", "Program Officer", "Trustee"],
    "BUSINESS": ["General Manager", "HR Manager", "Community Partnerships Manager", "Apprenticeship Coordinator",
                 "Owner"],
    "FAITH": ["Minister", "Parish Coordinator", "Youth Leader", "Volunteer Coordinator", "Pastoral Worker"],
    "RESEARCH": ["Director", "Professor", "Research Fellow", "Data Analyst", "Evaluation Lead", "PhD Candidate"],
    "COMMUNITY": ["Chair", "Secretary", "Treasurer", "Member", "Parent Representative", "Coordinator"],
    "ELDERS": ["Chair", "Elder", "Elder", "Cultural Liaison"],
    "OTHER": ["Manager", "Coordinator", "Volunteer", "President", "Station Manager"],
}
ROLE_HEADS = {"o-eastbank-islamic-centre": "Imam", "o-rovers-football-club": "Club President",
              "o-river-city-radio": "Station Manager", "o-riverbend-arts": "Artistic Director"}

TARGET_PEOPLE = 300


# ---------------------------------------------------------------------------------------------------
def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def iso(x: dt.date) -> str:
    return x.isoformat()


def expected_on_line(base: tuple[float, str], target: tuple[float, str], when: dt.date) -> float:
    """The straight line from baseline to target, evaluated at a date (analyses.md, INDICATOR_OFF_TRACK)."""
    b0, t0 = d(base[1]), d(target[1])
    frac = (when - b0).days / (t0 - b0).days
    return base[0] + (target[0] - base[0]) * frac


def measurement_dates(cadence: str, base_date: str, last: str | None) -> list[dt.date]:
    if cadence == "triennial":
        dates = [dt.date(y, 6, 30) for y in (2021, 2024)]
    elif cadence == "half-yearly":
        dates = [dt.date(y, m, dd) for y in range(2019, 2027) for (m, dd) in ((6, 30), (12, 31))]
    else:
        dates = [dt.date(y, 6, 30) for y in range(2019, 2027)]
    dates = [x for x in dates if x > d(base_date) and x <= dt.date(2026, 6, 30)]
    if last is not None:
        dates = [x for x in dates if x < d(last)] + [d(last)]
    return dates


def make_measurements(rng: random.Random, ind: tuple) -> list[dict]:
    iid, _, _, _, direction, base, target, cadence, reporter, plan, decimals, last = ind
    span = target[0] - base[0]
    pace = rng.uniform(1.08, 1.3) if plan == "on" else rng.uniform(-0.5, 0.35)
    out = []
    dates = measurement_dates(cadence, base[1], last)
    for i, when in enumerate(dates):
        line = expected_on_line(base, target, when)
        progress = base[0] + (line - base[0]) * pace
        noise = rng.gauss(0, 0.04 * abs(span))
        if plan != "on" and dt.date(2020, 3, 1) < when < dt.date(2022, 12, 31):
            noise -= 0.12 * span  # the pandemic years set these back, and they have not recovered
        value = progress + noise
        if i == len(dates) - 1:
            # pin the latest value clearly to the intended side of the line, so the planted case is stable
            margin = 0.03 * abs(span)
            ahead = (value - line) * (1 if direction == "INCREASE" else -1)
            if plan == "on" and ahead < margin:
                value = line + margin * (1 if direction == "INCREASE" else -1)
            if plan != "on" and ahead > -2 * margin:
                value = line - 2 * margin * (1 if direction == "INCREASE" else -1)
        value = round(value, decimals)
        out.append({"indicator": iid, "date": iso(when), "value": value if decimals else int(value),
                    "reportedBy": reporter})
    return out


def since_floor(activity: dict) -> str:
    """The earliest plausible start of a tie that grew out of an activity (planned ones: talks began in 2025)."""
    start = activity["start"]
    return "2025-01-01" if start > "2026-06-30" else max(start, "2018-01-01")


def rand_date(rng: random.Random, lo: str, hi: str) -> str:
    a, b = d(lo), d(hi)
    return iso(a + dt.timedelta(days=rng.randrange((b - a).days + 1)))


class OrgProjection:
    """Tracks which organizations are joined, so random additions can honour FORBIDDEN_PAIRS."""

    def __init__(self) -> None:
        self.joined: set[frozenset] = set()

    def would_break(self, orgs: list[str]) -> bool:
        s = set(orgs)
        return any(pair <= s for pair in FORBIDDEN_PAIRS)

    def join(self, orgs: list[str]) -> None:
        for i, a in enumerate(orgs):
            for b in orgs[i + 1:]:
                if a != b:
                    self.joined.add(frozenset((a, b)))


def build() -> dict:
    rng = random.Random(SEED)
    org_by_id = {o[0]: o for o in ORGANIZATIONS}
    proj = OrgProjection()
    goal_of_indicator = {i[0]: i[2] for i in INDICATORS}

    # --- activities (partners drawn where a number is given) ---
    free_orgs = [o[0] for o in ORGANIZATIONS if o[0] not in CONTROLLED and o[0] not in NO_ACTIVITY]
    activities = []
    for (aid, name, lead, partners, inds, pops, places, status, start, end) in ACTIVITIES:
        goals = {goal_of_indicator[i] for i in inds}
        if isinstance(partners, int):
            # funders fund rather than partner, so draws leave philanthropy out
            pool = [o for o in free_orgs if o != lead and org_by_id[o][2] != "PHILANTHROPY"
                    and (not goals or goals & set(org_by_id[o][4]))]
            chosen: list[str] = []
            for o in rng.sample(pool, len(pool)):
                if len(chosen) == partners:
                    break
                if not proj.would_break([lead, *chosen, o]):
                    chosen.append(o)
            partners = sorted(chosen)
        assert not proj.would_break([lead, *partners]), aid
        proj.join([lead, *partners])
        activities.append({"id": aid, "name": name, "lead": lead, "partners": list(partners),
                           "indicators": list(inds), "populations": list(pops), "places": list(places),
                           "status": status, "start": start, "end": end})

    # every organization that is meant to be active but was not drawn joins the working group of its goals
    involved = {a["lead"] for a in activities} | {p for a in activities for p in a["partners"]}
    wg_of_goal = {R: "a-early-years-working-group", E: "a-early-reading-working-group",
                  S: "a-school-engagement-working-group", W: "a-youth-pathways-working-group",
                  H: "a-healthy-families-working-group"}
    for o in free_orgs:
        if o in involved or o == "o-backbone":
            continue
        goals = org_by_id[o][4] or [R]
        act = next(a for a in activities if a["id"] == wg_of_goal[goals[0]])
        assert not proj.would_break([act["lead"], *act["partners"], o]), o
        act["partners"] = sorted(act["partners"] + [o])
        proj.join([act["lead"], *act["partners"]])

    # --- organization ties ---
    ties: list[dict] = []
    tie_keys: set = set()

    def add_tie(frm, to, typ, weight, since, until=None) -> bool:
        directed = typ in ("FUNDS", "REFERS", "SHARES_DATA", "FEEDS_INTO")
        key = (frm, to, typ) if directed else (min(frm, to), max(frm, to), typ)
        if frm == to or key in tie_keys:
            return False
        tie_keys.add(key)
        ties.append({"from": frm, "to": to, "type": typ, "weight": weight, "since": since, "until": until})
        return True

    for (frm, to, typ, w, since, until) in HAND_TIES:
        if frm.startswith("o-") and to.startswith("o-"):
            assert not proj.would_break([frm, to]), (frm, to)
            proj.join([frm, to])
        assert add_tie(frm, to, typ, w, since, until), (frm, to, typ)

    # the backbone convenes: it talks with most partners every month
    random_orgs = [o for o in free_orgs if o != "o-backbone"]
    for o in sorted(rng.sample(random_orgs, 34)):
        add_tie("o-backbone", o, "COMMUNICATES", rng.randint(1, 8), rand_date(rng, "2018-09-01", "2024-06-30"))
        proj.join(["o-backbone", o])

    # partners who share an activity often formalise a collaboration
    for a in activities:
        if a["id"].endswith("working-group"):
            continue
        for p in a["partners"]:
            if rng.random() < 0.45:
                add_tie(a["lead"], p, "COLLABORATES", rng.randint(1, 5), rand_date(rng, since_floor(a), "2026-06-30"))

    # and some collaborate or talk outside any listed activity
    made = 0
    while made < 26:
        a, b = rng.sample(random_orgs, 2)
        if proj.would_break([a, b]):
            continue
        typ = "COLLABORATES" if rng.random() < 0.6 else "COMMUNICATES"
        w = rng.randint(1, 5) if typ == "COLLABORATES" else rng.randint(1, 6)
        if add_tie(a, b, typ, w, rand_date(rng, "2018-01-01", "2026-06-30")):
            proj.join([a, b])
            made += 1

    # a few partnerships that have ended
    made = 0
    while made < 4:
        a, b = rng.sample(random_orgs, 2)
        if proj.would_break([a, b]):
            continue
        since = rand_date(rng, "2018-01-01", "2021-12-31")
        until = iso(d(since) + dt.timedelta(days=rng.randint(300, 1100)))
        if add_tie(a, b, "COLLABORATES", rng.randint(1, 3), since, until):
            proj.join([a, b])
            made += 1

    for (frm, to, since) in FEEDS_INTO:
        assert add_tie(frm, to, "FEEDS_INTO", 1, since), (frm, to)

    # --- people ---
    sizes = {o[0]: o[5] for o in ORGANIZATIONS}
    growable = [o for o in free_orgs if sizes[o] >= 5]
    while sum(sizes.values()) != TARGET_PEOPLE:
        o = rng.choice(growable)
        sizes[o] += 1 if sum(sizes.values()) < TARGET_PEOPLE else -1
    used_names: set = set()
    used_emails: set = set()
    people: list[dict] = []
    members: dict[str, list[str]] = {}
    for (oid, oname, sector, community_led, _, _) in ORGANIZATIONS:
        domain = oid[2:] + ".example"
        if oid == "o-backbone":
            domain, roles = "riverbendthrives.example", ROLES["BACKBONE"]
        elif oid == "o-riverbend-library":
            roles = ROLES["LIBRARY"]
        elif oid == "o-first-nations-elders":
            roles = ROLES["ELDERS"]
        else:
            roles = ROLES[sector]
        for k in range(sizes[oid]):
            while True:
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                if (first, last) not in used_names:
                    break
            used_names.add((first, last))
            local = first[0].lower() + "." + "".join(ch for ch in last.lower() if ch.isalpha())
            email = f"{local}@{domain}"
            n = 2
            while email in used_emails:
                email = f"{local}{n}@{domain}"
                n += 1
            used_emails.add(email)
            if k == 0:
                role = ROLE_HEADS.get(oid, roles[0])
            else:
                role = rng.choice(roles[1:])
            # residents' groups are all residents; community-controlled services and others have some on staff
            member = sector == "COMMUNITY" or (community_led and rng.random() < 0.5) or rng.random() < 0.04
            if member and sector != "COMMUNITY" and k > 0 and rng.random() < 0.5:
                role = "Community Representative"
            pid = f"p-{len(people) + 1:04d}"
            people.append({"id": pid, "name": f"{first} {last}", "organization": oid, "role": role,
                           "email": email, "communityMember": bool(member)})
            members.setdefault(oid, []).append(pid)

    # --- people's ties: colleagues, then across organizations ---
    def person_tie(p, q, since_lo="2018-01-01") -> bool:
        return add_tie(p, q, "COMMUNICATES", rng.randint(1, 12), rand_date(rng, since_lo, "2026-06-30"))

    for oid, ps in members.items():
        for i in range(1, len(ps)):
            person_tie(ps[i], ps[rng.randrange(i)])
            if i >= 2 and rng.random() < 0.4:
                person_tie(ps[i], ps[rng.randrange(i)])

    # people who work on an activity together know each other
    for a in activities:
        for p in a["partners"]:
            if rng.random() < 0.55:
                person_tie(rng.choice(members[a["lead"]]), rng.choice(members[p]), since_floor(a))

    # the controlled organizations' people know only their one neighbour
    for (x, y) in [("o-first-nations-elders", "o-millbrook-residents"),
                   ("o-millbrook-residents", "o-millbrook-community-hub"),
                   ("o-kingfisher-tenants", "o-kingfisher-youth-club"),
                   ("o-st-marks-parish", "o-food-share")]:
        person_tie(members[x][0], members[y][0])

    made = 0
    while made < 70:
        a, b = rng.sample(random_orgs, 2)
        if proj.would_break([a, b]):
            continue
        if person_tie(rng.choice(members[a]), rng.choice(members[b])):
            proj.join([a, b])
            made += 1

    # --- assemble in the spec's order ---
    measurements = [m for ind in INDICATORS for m in make_measurements(rng, ind)]
    doc = {
        "format": "collective-impact-network/1",
        "initiative": {
            "id": "riverbend-thrives",
            "name": "Riverbend Thrives",
            "backbone": "o-backbone",
            "description": "A fictional place-based, cradle-to-career collective impact initiative in the river "
                           "city of Riverbend: partners across early years, schools, health, housing, employment "
                           "and community working to one common agenda and shared measures. Every name is "
                           "invented; this is the sample the service loads on first start.",
        },
        "goals": [{"id": g, "name": n, "description": desc} for (g, n, desc) in GOALS],
        "indicators": [{"id": i[0], "name": i[1], "goal": i[2], "unit": i[3], "direction": i[4],
                        "baseline": {"value": i[5][0], "date": i[5][1]},
                        "target": {"value": i[6][0], "date": i[6][1]}} for i in INDICATORS],
        "measurements": measurements,
        "organizations": [{"id": o[0], "name": o[1], "sector": o[2], "communityLed": o[3], "goals": list(o[4])}
                          for o in ORGANIZATIONS],
        "people": people,
        "activities": activities,
        "ties": ties,
    }
    return doc


def render(doc: dict) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, OUT_NAME)
    text = render(build())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {path} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
