"""Pure rules of the count: no Qt, no SQL, nothing of ours imported from outside this package."""
