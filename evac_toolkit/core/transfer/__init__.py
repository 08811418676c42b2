"""Moving people's records from one shelter laptop to another (issue 20): a sealed file made at
the sender (``outgoing``), registered at the destination (``incoming``)."""
