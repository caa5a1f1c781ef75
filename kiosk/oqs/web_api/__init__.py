"""The OQS Web API shape (login and 個別照会 search) on loopback, for clinic software."""
