#!/usr/bin/env bash
# Builds the Linux bundle and checks the frozen executable by hand (CI must not
# run PyInstaller). Usage: packaging/smoke.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${VIRTUAL_ENV:-}" ] || source .venv/bin/activate
if [ "${1:-}" != "--no-build" ]; then
  python packaging/build.py --tarball
fi
exe=dist/qa-desktop/qa-desktop
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export QA_DESKTOP_HOME="$home"   # never touch the real user folders
touch "$home/.start"                # to prove nothing is written inside the bundle

echo "== bundle size"; du -sh dist/qa-desktop
for module in QtMultimedia QtPdf; do  # the review player and the scorecard preview
  ls dist/qa-desktop/_internal/PySide6/"$module".*so >/dev/null || { echo "missing $module in the bundle"; exit 1; }
done
echo "== --version"
start=$(date +%s.%N); "$exe" --version; end=$(date +%s.%N)
echo "cold --version: $(echo "$end - $start" | bc) s"

sample=$(ls dist/qa-desktop/_internal/resources/sample_calls/20260812_Z3001_900001.flac)
echo "== audit $sample"
"$exe" audit "$sample" --json "$home/report.json"   # default database: the user data folder
python - "$home/report.json" <<'PY'
import json, sys
reports = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(reports, list) and len(reports) == 1, f"expected one report, got {reports!r:.300}"
report = reports[0]
assert not report.get("error"), f"audit error: {report['error']}"
assert isinstance(report.get("score"), (int, float)), f"no score in {report!r:.300}"
print(f"report ok: score {report['score']}")
PY

echo "== GUI start/quit (offscreen)"
start=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen QA_DESKTOP_SMOKE_QUIT_MS=1 timeout 120 "$exe" 2>&1 | tee "$home/gui.log"
end=$(date +%s.%N)
if grep -q "No QtMultimedia backends" "$home/gui.log"; then
  echo "the audio player has no media backend in the bundle"; exit 1
fi
echo "GUI start+quit: $(echo "$end - $start" | bc) s"
written=$(find dist/qa-desktop -newer "$home/.start" -print -quit)
[ -z "$written" ] || { echo "the frozen app wrote into its own folder: $written"; exit 1; }
test -s "$home/data/qa-desktop.sqlite" || { echo "database not in the user data folder"; exit 1; }
test ! -e "$home/data/models/whisper-base-ct2/model.bin" || { echo "model re-assembled instead of the shipped one"; exit 1; }
echo "smoke OK"
