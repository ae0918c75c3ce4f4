"""The package list, which pyproject.toml cannot give: the found packages plus ``mostrador_resources``.

``resources/`` keeps its place in the clone and installs under that name, its folders as data-only
subpackages (``[tool.setuptools.package-dir]`` in pyproject.toml); the rest is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

resources = ["mostrador_resources", *(f"mostrador_resources.{name}" for name in find_namespace_packages("resources"))]
setup(packages=[*find_namespace_packages(include=["workstation*", "ui*"]), *resources])
