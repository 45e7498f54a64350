"""The programme's constants and vocabularies, declared once: every module, table contract and check reads them here.

Nothing here is computed from data; a change here is a change of the warehouse's meaning and belongs in the README.
"""

from __future__ import annotations

import datetime as dt

# Geography: 63 provincial units until 2025-06-30, 34 from 2025-07-01 (Resolution 202/2025/QH15).
PRE2025 = "pre2025"
FROM2025 = "from2025"
LAYOUTS = (PRE2025, FROM2025)
MERGER_DATE = dt.date(2025, 7, 1)
PRE2025_FIRST_DAY = dt.date(2008, 8, 1)  # Hà Tây joined Hà Nội: the 63-unit layout begins
NATIONAL_NAME = "Việt Nam"
GEO_LEVELS = ("national", "region", "province", "district")

# What a figure counts.
KINDS = ("cumulative", "new", "target")
ADDITIVE_KINDS = ("cumulative", "new")  # kinds whose provincial figures add up to a national or regional one
POTENTIAL_5 = "potential_5"  # "tiềm năng 5 sao": a 4-star product proposed for the national 5-star rating
STAR_LEVELS = ("3", "4", "5", POTENTIAL_5)  # a claim's star level; NULL means every level from 3 stars up
RATED_STARS = (3, 4, 5)  # a certificate's star level in a product list
CORE_STARS = ("3", "4", "5")  # the levels a breakdown of all certified products adds up from
SUBJECT_TYPES = ("enterprise", "cooperative", "cooperative_group", "household")
QUALIFIERS = ("at_least", "approx")
COUNT_METRICS = ("products", "subjects")
UPLIFT_METRICS = ("revenue_uplift_pct", "price_uplift_pct", "output_uplift_pct")
RATING_STATUSES = ("new", "re_evaluated", "upgraded")
ARTICLE_BLOCKS = ("body", "title", "related_headline", "caption")

# Time: OCOP began as Quảng Ninh's pilot in 2013 and nationally with Decision 490/QĐ-TTg (2018); figures outside
# these years are misreadings (a decision of 1999, a plan for 2099).
YEAR_MIN = 2013
YEAR_MAX = 2040
NATIONAL_PROGRAMME_YEAR = 2018  # Decision 490/QĐ-TTg (7 May 2018) began the national programme
PILOT_PROGRAMMES = {"Quảng Ninh": 2013}  # the province whose own programme came first, and its first year
FIRST_CERTIFICATE_YEAR = 2019  # first national rating round; certificates older than this cannot expire in our data
# Decision 148/QĐ-TTg (24 February 2023) let a district's people's committee certify 3-star products; before it a
# district council only pre-screened products for the province.
FIRST_DISTRICT_CERTIFICATE_YEAR = 2023
CERTIFICATE_MONTHS = 36
SCORE_MAX = 100  # products are scored on 100 points; 50-69 is 3 stars, 70-89 is 4, 90-100 is 5

# Plausibility: the largest count believable for one place of each level (Viet Nam had about 17,000 OCOP
# products in 2025); above it a number was misread (a sum of money, a population, a typo).
PLAUSIBLE_MAX_COUNT = {"national": 100_000, "region": 40_000, "province": 6_000, "district": 1_000}
PLAUSIBLE_MAX_PCT = 1_000

# Files and their fate.
FILE_KINDS = ("article", "manifest", "spreadsheet")
FILE_STATUSES = ("loaded", "partial", "quarantined", "duplicate")
ARTICLE_STATUSES = ("loaded", "quarantined", "duplicate")
QUARANTINE_STAGES = ("scan", "decode", "manifest", "extract", "validate", "read", "sheet", "header", "row")

# Reconciliation.
SOURCE_KINDS = ("article", "sheet", "product_list")
STAT_STATUSES = ("single", "agreed", "conflict", "several")
ISSUE_KINDS = ("breakdown_mismatch", "source_conflict", "list_disagrees", "count_falls", "place_not_in_force")
AGG_STATUSES = ("reported", "complete_bottom_up", "partial", "conflict")
