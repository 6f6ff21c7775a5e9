"""Build the QA Desktop installer payload for this platform.

    pip install -e '.[installer]'        # PyInstaller, pinned (once, in the build venv)
    python packaging/build.py            # one-folder bundle in dist/qa-desktop/
    python packaging/build.py --tarball  # Linux: also dist/qa-desktop-<ver>-linux-<arch>.tar.gz

The scorer is compiled to C with mypyc first (packaging/native.py: a C compiler and the
Python headers are needed); --python-scorer bundles it as Python instead, about 15 %
slower at scoring, and says so.

PyInstaller cannot cross-compile, so run it on each target OS. The Whisper
model is assembled here, before PyInstaller, so the bundle ships it ready and
the installed app never writes next to itself. The icons (.ico, .icns) are
generated from resources/icons/qa-desktop.png (the app's window icon) with Pillow.

Windows: afterwards Inno Setup's ISCC (7.0.2 or later; found on PATH or in its
standard install folders, or given with --iscc) compiles packaging/qa_desktop.iss
into dist/qa-desktop-<ver>-windows-setup.exe; --no-installer skips that.
macOS: the spec's BUNDLE step yields dist/QA Desktop.app.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(PACKAGING))

from qa_desktop import __version__  # noqa: E402
from qa_desktop.transcription.model_store import ensure_bundled_model  # noqa: E402
from native import NativeBuildError, compile_scorer  # noqa: E402

ICON_PNG = PACKAGING.parent / "resources" / "icons" / "qa-desktop.png"
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def make_icons(folder: Path) -> Path:
    """qa-desktop.ico (Windows exe and setup) and qa-desktop.icns (macOS) from the PNG."""
    from PIL import Image  # Pillow: a dependency of reportlab, so in every build venv

    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICON_PNG, folder / "qa-desktop.png")
    with Image.open(ICON_PNG) as img:
        img = img.convert("RGBA")
        if img.size != (256, 256):
            img = img.resize((256, 256), Image.LANCZOS)
        img.save(folder / "qa-desktop.ico", format="ICO", sizes=ICO_SIZES)
        if sys.platform == "darwin" and shutil.which("iconutil"):
            iconset = folder / "qa-desktop.iconset"
            shutil.rmtree(iconset, ignore_errors=True)
            iconset.mkdir()
            for size in (16, 32, 128, 256):
                img.resize((size, size), Image.LANCZOS).save(iconset / f"icon_{size}x{size}.png")
                if size * 2 <= 256:
                    img.resize((size * 2, size * 2), Image.LANCZOS).save(iconset / f"icon_{size}x{size}@2x.png")
            subprocess.run(["iconutil", "-c", "icns", str(iconset), "-o", str(folder / "qa-desktop.icns")], check=True)
        else:  # Pillow writes ICNS on every OS
            img.save(folder / "qa-desktop.icns", format="ICNS")
    return folder


def build_bundle(dist: Path, work: Path, native: bool = True) -> Path:
    model = ensure_bundled_model()
    icons = make_icons(work / "icons")
    env = dict(os.environ, QA_DESKTOP_SHIPPED_MODEL=str(model), QA_DESKTOP_ICONS=str(icons))
    env.pop("QA_DESKTOP_NATIVE", None)
    if native:
        env["QA_DESKTOP_NATIVE"] = str(compile_scorer(work / "native"))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "qa_desktop.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return dist / "qa-desktop"


def strip_debug_info(bundle: Path) -> int:
    """Linux: drop the DWARF debug sections some wheels ship (ctranslate2's extension
    is 65 MB with them, 1 MB without; libpython 22 -> 6 MB). Symbol tables stay, so
    nothing that loads or links these libraries changes. Executables are left alone:
    PyInstaller appends the Python archive to them. Returns the bytes saved."""
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if not (strip and readelf):
        print("strip/readelf not found (binutils): debug info left in the bundle", file=sys.stderr)
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*.so*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        sections = subprocess.run([readelf, "-S", "-W", str(path)], capture_output=True, text=True).stdout
        if ".debug_" not in sections:
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def linux_tarball(bundle: Path, dist: Path) -> Path:
    """A tarball the inspector unpacks anywhere; install-desktop-entry.sh adds the menu entry."""
    shutil.copy2(PACKAGING / "qa-desktop.desktop", bundle / "qa-desktop.desktop")
    shutil.copy2(ICON_PNG, bundle / "qa-desktop.png")
    shutil.copy2(PACKAGING / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh")
    name = f"qa-desktop-{__version__}-linux-{platform.machine()}"
    out = dist / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=name)
    return out


def find_iscc(given: str | None) -> Path | None:
    """Inno Setup's command-line compiler: --iscc, PATH, or the standard install folders."""
    if given:
        return Path(given)
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    roots = [os.environ.get(v) for v in ("ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA")]
    for root in filter(None, roots):
        for edition in ("Inno Setup 7", "Inno Setup 6"):  # 6: ISCC stops with the version error
            for base in (Path(root), Path(root) / "Programs"):
                candidate = base / edition / "ISCC.exe"
                if candidate.is_file():
                    return candidate
    return None


def windows_installer(iscc: Path, icons: Path) -> Path:
    """dist/qa-desktop-<ver>-windows-setup.exe from packaging/qa_desktop.iss."""
    cmd = [str(iscc), f"/DAppVersion={__version__}", f"/DSetupIcon={icons / 'qa-desktop.ico'}",
           str(PACKAGING / "qa_desktop.iss")]
    subprocess.run(cmd, check=True, cwd=PACKAGING)
    return ROOT / "dist" / f"qa-desktop-{__version__}-windows-setup.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", action="store_true", help="Linux: also pack a .tar.gz")
    parser.add_argument("--no-installer", action="store_true", help="Windows: do not run Inno Setup")
    parser.add_argument("--iscc", help="Windows: path of ISCC.exe (default: PATH, then the standard folders)")
    parser.add_argument("--icons-only", action="store_true", help="only generate the icons (into --work/icons)")
    parser.add_argument("--python-scorer", action="store_true",
                        help="bundle the scorer as Python, not compiled by mypyc (no C compiler needed; slower)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    from check_versions import mismatches

    if bad := mismatches():
        parser.error("; ".join(bad))
    if args.icons_only:
        print(f"icons: {make_icons(args.work / 'icons')}")
        return 0
    if sys.platform == "win32" and not args.no_installer and args.dist.resolve() != (ROOT / "dist").resolve():
        parser.error("the Inno Setup script reads dist\\qa-desktop: use the default --dist or --no-installer")
    try:
        bundle = build_bundle(args.dist, args.work, native=not args.python_scorer)
    except NativeBuildError as e:
        print(f"{e}\n(--python-scorer builds the bundle with the scorer as Python)", file=sys.stderr)
        return 1
    print(f"scorer: {'Python (--python-scorer)' if args.python_scorer else 'compiled by mypyc'}")
    if sys.platform.startswith("linux"):
        print(f"debug info stripped: {strip_debug_info(bundle) / 2**20:.0f} MiB")
    print(f"bundle: {bundle}")
    if sys.platform == "darwin":
        print(f"app: {args.dist / 'QA Desktop.app'}")
    if args.tarball and sys.platform.startswith("linux"):
        print(f"tarball: {linux_tarball(bundle, args.dist)}")
    if sys.platform == "win32" and not args.no_installer:
        iscc = find_iscc(args.iscc)
        if iscc is None:
            print("Inno Setup 7.0.2+ not found (not on PATH, not in Program Files or %LOCALAPPDATA%\\Programs): "
                  "install it, or pass --iscc PATH; the bundle is ready in dist\\qa-desktop", file=sys.stderr)
            return 1
        print(f"installer: {windows_installer(iscc, args.work / 'icons')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
