"""Mostrador's shipped data (playbooks, lexicons, catalogues, translations).

Installed as the package ``mostrador_resources`` (pyproject.toml maps it to
this folder); ``workstation.paths.RESOURCES`` finds it through
importlib.resources. No code lives here.
"""
