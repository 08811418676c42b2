"""Fingerboards (指さしボード): boards from the content bank, and what a conversation captured."""
