#!/usr/bin/env bash
# Tumbuh: set up a fresh Debian 12 machine, build, and run or test.
#
#   bash installer/build.sh run      install packages, build, start Tumbuh on a demo database
#   bash installer/build.sh test     install packages, build, run the whole test suite, then
#                                    make the Debian package and check it
#                                    (installer/linux/check-package.sh)
#   bash installer/build.sh package  install packages, build without tests in build-package,
#                                    make tumbuh_<version>_amd64.deb and print its path
#
# Environment:
#   BUILD_DIR   build folder (default: build)
#   PACKAGE_BUILD_DIR  the package's build folder (default: build-package)
#   CI=true     warnings are errors; the suite runs under AddressSanitizer/
#               UndefinedBehaviorSanitizer (build-asan), and the package is made
#               from an optimised build without the tests (build)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
build_dir="${BUILD_DIR:-build}"
jobs="$(nproc 2>/dev/null || echo 2)"

packages=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libboost-test-dev libxlsxwriter-dev libquazip1-qt6-dev libbenchmark-dev libsodium-dev libxml2-dev libzip-dev libzstd-dev
  libgl1-mesa-dev xvfb xauth poppler-utils sqlite3 clang-format
  # The Debian package: CPack's dependency scan (dpkg-shlibdeps, file) and its checks.
  dpkg-dev file lintian desktop-file-utils appstream
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && { echo "All packages present."; return; }
  echo "Installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
}

configure_and_build() {
  local dir="$1"; shift
  local launcher=()
  # ccache, when the machine has it, makes a second build of the same sources
  # (the sanitizer pass, a new clone) cheap; the build does not need it.
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # The precompiled headers (cmake/TumbuhPch.cmake) are cached only with these.
    export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
  fi
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" "$@"
  cmake --build "$dir" -j "$jobs"
}

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON

case "${1:-}" in
  run)
    install_packages
    configure_and_build "$build_dir" -DTUMBUH_WERROR="$werror" -DTUMBUH_BUILD_TESTS=OFF -DTUMBUH_BUILD_BENCH=OFF
    # A demo city (invented names and NIKs) so a new user sees a living
    # posyandu at once; made once, then kept with whatever was typed into it.
    demo="$build_dir/tumbuh-demo.db"
    if [ ! -f "$demo" ]; then
      "$build_dir/src/cli/tumbuh-cli" demo -o "$demo"
    fi
    echo "Masuk sebagai kader, gizi (ahli gizi) atau admin — PIN 123456 / Sign in as kader, gizi or admin, PIN 123456."
    exec "$build_dir/src/app/tumbuh" --db "$demo" "${@:2}"
    ;;
  test)
    install_packages
    if [ "${CI:-}" = "true" ]; then
      # The written style is checked, not hoped for: every C++ file as
      # .clang-format formats it (clang-format 14, Debian 12).
      echo "Checking formatting (clang-format)..."
      git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run --Werror
    fi
    if [ "${CI:-}" = "true" ]; then
      # CI builds twice, not three times: the suite runs once, under
      # AddressSanitizer/UndefinedBehaviorSanitizer (which also catch what an
      # optimised build could hide), and the optimised build that makes the
      # package leaves the tests out (saves compiling them a second time)
      # but builds the benchmarks, so that they keep compiling.
      configure_and_build "$build_dir-asan" -DTUMBUH_WERROR=ON -DTUMBUH_SANITIZE=ON \
        -DTUMBUH_BUILD_BENCH=OFF -DCMAKE_BUILD_TYPE=Debug
      LSAN_OPTIONS=suppressions="$here/tests/lsan.supp" UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir "$build_dir-asan" --output-on-failure -j "$jobs"
      configure_and_build "$build_dir" -DTUMBUH_WERROR=ON -DTUMBUH_BUILD_TESTS=OFF -DTUMBUH_BUILD_BENCH=ON
    else
      configure_and_build "$build_dir" -DTUMBUH_WERROR="$werror" -DTUMBUH_BUILD_BENCH=ON
      ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    fi
    # The package from the same build (no further build): lintian, the desktop
    # and AppStream files, and the unpacked programs run from a temporary root.
    bash installer/linux/check-package.sh "$build_dir"
    ;;
  package)
    install_packages
    package_dir="${PACKAGE_BUILD_DIR:-build-package}"
    configure_and_build "$package_dir" -DTUMBUH_WERROR="$werror" -DTUMBUH_BUILD_TESTS=OFF -DTUMBUH_BUILD_BENCH=OFF
    version="$(sed -n 's/^project(Tumbuh VERSION \([0-9][0-9.]*\).*/\1/p' CMakeLists.txt)"
    deb="$package_dir/tumbuh_${version}_$(dpkg --print-architecture).deb"
    rm -f "$deb"
    (cd "$package_dir" && cpack -G DEB)
    [ -f "$deb" ] || { echo "cpack made no $deb" >&2; exit 1; }
    echo "Paket / package: $here/$deb"
    echo "Pasang / install: sudo apt install $here/$deb"
    ;;
  *)
    echo "usage: bash installer/build.sh run|test|package" >&2
    exit 2
    ;;
esac
