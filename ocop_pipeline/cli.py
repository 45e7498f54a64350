"""``ocop``: the operations commands, installed with the package ([project.scripts] in pyproject.toml).

    ocop status [--warehouse PATH] [--history N]   what the published warehouse holds (make status)
    ocop run [--if-changed]                        refresh the warehouse through Dagster (make run)
    ocop clean-cache                               throw away the parse cache (make clean-cache)
    ocop report [WAREHOUSE [OUT.html]]             the report of a warehouse, read-only (make report): without
                                                   OUT.html, also the workbook and the Parquet export beside it

Settings come from the environment (OCOP_RAW_DIR, OCOP_WAREHOUSE …), as for make.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command, rest = (args[0], args[1:]) if args else ("", [])
    if command == "status":
        from ocop_pipeline import status

        return status.main(rest)
    if command == "run":
        from ocop_pipeline import build

        return build.main(rest)
    if command == "report":
        from ocop_pipeline import report

        return report.main(rest)
    if command == "clean-cache":
        from ocop_pipeline import cache

        return cache.main(["clear", *rest])
    print(__doc__.strip())
    return 0 if command in ("-h", "--help") else 2


if __name__ == "__main__":
    sys.exit(main())
