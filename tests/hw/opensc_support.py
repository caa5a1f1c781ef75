"""Running the OpenSC client programs (opensc-tool, pkcs15-tool, pkcs11-tool) and openssl
against the tests' private pcscd."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from hw.private_pcscd import PrivatePcscd

TOOLS = {"opensc-tool": "opensc", "pkcs15-tool": "opensc", "pkcs11-tool": "opensc",
         "openssl": "openssl"}
AUTH_TOKEN = "JPKI (User Authentication PIN)"
SIGN_TOKEN = "JPKI (Digital Signature PIN)"
# OpenSC's PKCS#15 ids of the JPKI certificates and the EFs they come from.
CERTIFICATE_FILES = {"01": 0x000A, "02": 0x0001, "03": 0x000B, "04": 0x0002}
TOOL_TIMEOUT_S = 60


def require_tools() -> None:
    """Fail (never skip) naming the Debian packages to install when a program is missing."""
    missing = sorted({package for tool, package in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        pytest.fail(f"OpenSC tests need the Debian packages {' '.join(missing)} "
                    "(scripts/setup.sh installs them)", pytrace=False)


@dataclass
class OpenSc:
    """The OpenSC programs, talking to the private pcscd through its socket."""

    lab: PrivatePcscd
    home: Path

    def environment(self) -> dict[str, str]:
        """A clean environment: the private pcscd's socket and a HOME of its own (no cache)."""
        return {"PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "HOME": str(self.home),
                **self.lab.client_environment}

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run one program; on failure (when `check`) the assertion shows its output."""
        done = subprocess.run(list(command), env=self.environment(), capture_output=True,
                              text=True, timeout=TOOL_TIMEOUT_S)
        if check:
            assert done.returncode == 0, (f"{' '.join(command)} exited {done.returncode}:\n"
                                          f"{done.stdout}\n{done.stderr}")
        return done

    def pkcs11(self, token: str, *arguments: str,
               check: bool = True) -> subprocess.CompletedProcess[str]:
        """pkcs11-tool on the slot of `token` (OpenSC gives each JPKI PIN its own slot)."""
        return self.run("pkcs11-tool", "--token-label", token, *arguments, check=check)

    def tries_left(self) -> dict[str, int]:
        """What `pkcs15-tool --list-pins` reports: PIN label -> tries left."""
        listing = self.run("pkcs15-tool", "--list-pins").stdout
        found: dict[str, int] = {}
        label = ""
        for line in listing.splitlines():
            if line.startswith("PIN ["):
                label = line[5:line.index("]")]
            elif line.strip().startswith("Tries left") and label:
                found[label] = int(line.split(":")[1])
        return found
