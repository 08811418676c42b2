"""Curated multilingual content: signs, notices and boards, read from ``assets/`` as data."""
