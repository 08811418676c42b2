"""PyInstaller runtime hook (build.spec, Linux): psycopg finds the bundle's own libpq.

The bundle carries psycopg's pure-Python implementation and the build machine's libpq (Debian's
libpq5) beside the program, not the psycopg-binary wheel with its second copy of OpenSSL and
Kerberos. That implementation looks for the library with ``ctypes.util.find_library("pq")``,
which on Linux asks the laptop's ldconfig cache: on a shelter laptop without PostgreSQL's client
it finds nothing, and on one with it, a libpq that is not the one the bundle was built and
tested with. Here "pq" names the bundled file; every other name is looked up as before.
"""

import ctypes.util
import os
import sys

_LIBPQ = os.path.join(sys._MEIPASS, "libpq.so.5")

if os.path.isfile(_LIBPQ):
    _find_library = ctypes.util.find_library

    def _find_bundled_libpq(name):
        return _LIBPQ if name == "pq" else _find_library(name)

    ctypes.util.find_library = _find_bundled_libpq
