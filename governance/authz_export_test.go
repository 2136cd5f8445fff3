package governance

// Test hook for authorization.
var AuthzWellFormed = authzWellFormed
