#!/usr/bin/env bash
# Runs every test and quality gate of both artifacts: the core (./mvnw install: verify, then install
# into the local repository, where the Spark module finds it) and then the Spark module
# (./mvnw -f spark/pom.xml verify). Arguments are passed to both Maven runs.
set -euo pipefail
cd "$(dirname "$0")"
echo "== digitrade: ./mvnw install"
./mvnw install "$@"
echo "== digitrade-spark: ./mvnw -f spark/pom.xml verify"
./mvnw -f spark/pom.xml verify "$@"
