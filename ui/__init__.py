"""Mostrador's windows, Qt models and dialogs. Imports ``workstation``, never the reverse."""
