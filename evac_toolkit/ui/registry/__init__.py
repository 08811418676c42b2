"""The Registry section: the evacuee list, its dialogs and its files."""
