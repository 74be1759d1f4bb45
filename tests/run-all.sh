#!/usr/bin/env bash
# The whole suite, as `npm test` and CI run it: static checks first (fast failures), then
# unit tests, schema drift, integration tests on real PostgreSQL, the production build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

started=$SECONDS
step() {
  echo
  echo "==> $1"
}

step "Lint (module boundaries, promise safety)"
npx nx run-many -t lint --parallel=2 --outputStyle=static

step "Type check (API side, web side)"
npx tsc -p tests/typecheck/tsconfig.api.json
npx tsc -p tests/typecheck/tsconfig.web.json

step "Unit tests"
npx nx run-many -t test --parallel=2 --outputStyle=static

step "Entities and migrations agree"
npm run -s migration:check 2>&1 | grep -v '^query' || exit 1

step "Integration tests (real PostgreSQL)"
npx jest --config tests/api/jest.config.cts

step "Production build (API + web)"
npx nx run-many -t build -p api web --parallel=2 --outputStyle=static

if [[ -f tests/e2e/playwright.config.ts ]]; then
  step "Browser tests (Chromium)"
  npx playwright test -c tests/e2e/playwright.config.ts
fi

echo
echo "All checks passed in $((SECONDS - started)) s."
