#!/usr/bin/env bash
# Validates docker/compose.yaml with docker-compose (Debian's docker-compose package; no Docker engine needed):
# valid with exactly the four variables the contract lets it require, and refused, naming the variable, without
# any one of them.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v docker-compose >/dev/null || { echo "no docker-compose: apt-get install -y docker-compose" >&2; exit 1; }
required=(KEYDESK_DB_PASSWORD KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD KEYDESK_ENCRYPTION_KEY KEYDESK_SERVICE_TOKENS)

# env -i: nothing in the caller's environment may make the file valid by accident.
config() { env -i PATH="$PATH" HOME="${HOME:-/tmp}" "$@" docker-compose -f docker/compose.yaml config -q 2>&1; }

all=()
for name in "${required[@]}"; do
    all+=("$name=validation-value")
done
config "${all[@]}" >/dev/null || { config "${all[@]}" >&2; echo "docker/compose.yaml is not valid" >&2; exit 1; }

for missing in "${required[@]}"; do
    others=()
    for assignment in "${all[@]}"; do
        [[ $assignment == "$missing="* ]] || others+=("$assignment")
    done
    if message=$(config "${others[@]}"); then
        echo "docker/compose.yaml is accepted without $missing" >&2
        exit 1
    fi
    grep -q "$missing" <<<"$message" || { echo "without $missing, docker-compose says: $message" >&2; exit 1; }
done
echo "docker/compose.yaml is valid and requires exactly: ${required[*]}"
