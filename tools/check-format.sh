#!/usr/bin/env bash
# Fails when clang-format (with the project's .clang-format) would change any C++ file that git tracks.
#   tools/check-format.sh          check
#   tools/check-format.sh --fix    reformat in place
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
if ((${#files[@]} == 0)); then
    echo "check-format: no files"
    exit 0
fi
if [[ "${1:-}" == "--fix" ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    [[ -f "$f" ]] || continue
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if ((${#bad[@]})); then
    echo "check-format: clang-format would change ${#bad[@]} file(s):"
    printf '  %s\n' "${bad[@]}"
    echo "run tools/check-format.sh --fix"
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
