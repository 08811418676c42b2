"""The registry of evacuees' language needs: a local SQLite file in the data folder."""
