#!/usr/bin/env bash
# Format, lint, types, spelling and tests: the one command a change must pass.
# Run it from the project folder with the project's virtual environment active.
# With --fix, formatting and the fixable lint findings are corrected first; any
# other arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" == "--fix" ]]; then
    shift
    python -m ruff format .
    python -m ruff check --fix .
fi

python -m ruff format --check .
python -m ruff check .
python -m mypy
if command -v aspell >/dev/null; then
    python -m tools.texts build/spelling
    python -m pyspelling --config tools/spelling.yml
elif [[ "${CI:-}" == "true" ]]; then
    echo "aspell is missing: the French and English spell check cannot run" >&2
    exit 1
else
    echo "aspell not installed: spell check of French and English texts skipped" >&2
fi
python -m pytest --cov --cov-report=term "$@"
