"""Builds jdpipe's Python package: the native module jdpipe._core through the project's CMake
build, plus the pure-Python package in bindings/python/jdpipe.

    /usr/bin/python3 -m venv --system-site-packages .venv
    .venv/bin/pip install --no-build-isolation .

Environment: CMAKE_ARGS (extra -D options), CMAKE_BUILD_PARALLEL_LEVEL (default 2),
JDPIPE_CMAKE_BUILD_TYPE (default Release).
"""

import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def read_version() -> str:
    header = (ROOT / "include" / "jdpipe" / "version.hpp").read_text(encoding="utf-8")
    match = re.search(r'#define\s+JDPIPE_VERSION_STRING\s+"([^"]+)"', header)
    if not match:
        raise RuntimeError("JDPIPE_VERSION_STRING not found in include/jdpipe/version.hpp")
    return match.group(1)


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    """Configures the whole project with only the Python module on, builds it, and copies it
    to where setuptools expects the extension."""

    def build_extension(self, ext: Extension) -> None:
        if not isinstance(ext, CMakeExtension):
            super().build_extension(ext)
            return
        build_dir = Path(self.build_temp).resolve() / "cmake"
        build_dir.mkdir(parents=True, exist_ok=True)
        build_type = os.environ.get("JDPIPE_CMAKE_BUILD_TYPE", "Debug" if self.debug else "Release")
        configure = [
            "cmake",
            "-S", str(ROOT),
            "-B", str(build_dir),
            f"-DCMAKE_BUILD_TYPE={build_type}",
            "-DJDPIPE_BUILD_PYTHON=ON",
            "-DJDPIPE_BUILD_TESTS=OFF",
            "-DJDPIPE_BUILD_CLI=OFF",
            "-DJDPIPE_INSTALL=OFF",
            "-DBUILD_SHARED_LIBS=OFF",
            f"-DPython_EXECUTABLE={sys.executable}",
            f"-DPYTHON_EXECUTABLE={sys.executable}",
        ]
        configure += shlex.split(os.environ.get("CMAKE_ARGS", ""))
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        build = ["cmake", "--build", str(build_dir), "--target", "jdpipe_python", "-j", jobs]
        for command in (configure, build):
            print(" ".join(shlex.quote(c) for c in command), flush=True)
            subprocess.run(command, check=True)

        suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
        built = build_dir / "bindings" / "python" / "jdpipe" / ("_core" + suffix)
        if not built.exists():
            candidates = sorted((build_dir / "bindings" / "python" / "jdpipe").glob("_core*.so"))
            if len(candidates) != 1:
                raise RuntimeError(f"cannot find the built module _core{suffix} under {build_dir}")
            built = candidates[0]
        destination = Path(self.get_ext_fullpath(ext.name))
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, destination)


setup(
    version=read_version(),
    ext_modules=[CMakeExtension("jdpipe._core")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
