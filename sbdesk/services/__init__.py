"""Services: one module per area of work; they take a ServiceContext, validate, and own transactions. No Qt."""
