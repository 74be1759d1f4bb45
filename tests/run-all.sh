#!/usr/bin/env bash
# The whole suite, as `npm test` and CI run it: static checks first (fast failures), then
# unit tests, schema drift, integration tests on real PostgreSQL, the production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

started=$SECONDS
step() {
  echo
  echo "==> $1 (at $((SECONDS - started)) s)"
}

# ---------------------------------------------------------------------------------------------
# Compose file validation (docker/compose.yml). Needs no container engine: Compose only parses
# and normalises the file. CI installs Compose v1 (.ci/run); elsewhere a missing Compose is a
# loud skip rather than a failure, except under CI=true.
validate_compose_file() {
  step "Compose file (docker/compose.yml)"
  local compose
  if command -v docker-compose >/dev/null 2>&1; then
    compose=(docker-compose)
  elif docker compose version >/dev/null 2>&1; then
    compose=(docker compose)
  elif [[ "${CI:-}" == "true" ]]; then
    echo "docker-compose is not installed: run .ci/run, or apt-get install docker-compose" >&2
    return 1
  else
    echo "SKIPPED: neither docker-compose nor docker compose is installed"
    return 0
  fi
  # A placeholder secret: the file requires one, and validation never starts anything.
  SESSION_SECRET=compose-config-validation-only "${compose[@]}" -f docker/compose.yml config --quiet
  echo "docker/compose.yml is valid"
}

step "Formatting (Prettier)"
npx prettier --check . --log-level=warn

step "Lint (module boundaries, promise safety, Angular templates)"
# The module-boundary rule reads Nx's project graph; without one it would skip silently.
npx nx show projects >/dev/null
# One ESLint run over the repository shares the type information that per-project runs rebuild.
npx eslint .

step "Type check (API side, web side)"
npx tsc -p tests/typecheck/tsconfig.api.json
npx tsc -p tests/typecheck/tsconfig.web.json
npx tsc -p tests/e2e/tsconfig.json

step "Unit tests"
npx nx run-many -t test --parallel=2 --outputStyle=static

step "Entities and migrations agree"
npm run -s migration:check 2>&1 | grep -v '^query' || exit 1

step "Integration tests (real PostgreSQL)"
# The suites leave every distinct statement the API sent here, for the query-plan check.
NAAST_SQL_CAPTURE_DIR="$(mktemp -d)"
export NAAST_SQL_CAPTURE_DIR
npx jest --config tests/api/jest.config.cts

step "Query plans (no sequential scan of a large table, no deep OFFSET)"
npm run -s test:query-plans -- "$NAAST_SQL_CAPTURE_DIR" 2>&1 | grep -v '\[Migrations\]'
rm -rf "$NAAST_SQL_CAPTURE_DIR"

step "Production build (API + web)"
npx nx run-many -t build -p api web --parallel=2 --outputStyle=static
# A report, not a gate (the Angular budgets in apps/web/project.json are the gate).
node bench/bundle-size.mjs

step "Stateless proof (two built API processes, one PostgreSQL, a proxy)"
npx jest --config tests/ops/jest.config.cts

if [[ -f tests/e2e/playwright.config.ts ]]; then
  step "Browser tests (Chromium)"
  npx playwright test -c tests/e2e/playwright.config.ts
fi

validate_compose_file

echo
echo "All checks passed in $((SECONDS - started)) s."
