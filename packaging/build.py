"""Build the QA Desktop installer payload for this platform.

    python packaging/build.py            # one-folder bundle in dist/qa-desktop/
    python packaging/build.py --tarball  # Linux: also dist/qa-desktop-<ver>-linux-<arch>.tar.gz

PyInstaller cannot cross-compile, so run it on each target OS from the
project's venv (`pip install pyinstaller`). The Whisper model is assembled
here, before PyInstaller, so the bundle ships it ready and the installed app
never writes next to itself. Windows: afterwards run Inno Setup on
packaging/qa_desktop.iss (ISCC /DAppVersion=<ver> packaging\\qa_desktop.iss).
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


def build_bundle(dist: Path, work: Path) -> Path:
    model = ensure_bundled_model()
    env = dict(os.environ, QA_DESKTOP_SHIPPED_MODEL=str(model))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
           "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "qa_desktop.spec")]
    subprocess.run(cmd, check=True, env=env, cwd=ROOT)
    return dist / "qa-desktop"


def linux_tarball(bundle: Path, dist: Path) -> Path:
    """A tarball the inspector unpacks anywhere; install-desktop-entry.sh adds the menu entry."""
    shutil.copy2(PACKAGING / "qa-desktop.desktop", bundle / "qa-desktop.desktop")
    shutil.copy2(PACKAGING / "icons" / "qa-desktop.png", bundle / "qa-desktop.png")
    shutil.copy2(PACKAGING / "install-desktop-entry.sh", bundle / "install-desktop-entry.sh")
    name = f"qa-desktop-{__version__}-linux-{platform.machine()}"
    out = dist / f"{name}.tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname=name)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tarball", action="store_true", help="Linux: also pack a .tar.gz")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args()
    from check_versions import mismatches

    if bad := mismatches():
        parser.error("; ".join(bad))
    bundle = build_bundle(args.dist, args.work)
    print(f"bundle: {bundle}")
    if args.tarball and sys.platform.startswith("linux"):
        print(f"tarball: {linux_tarball(bundle, args.dist)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
